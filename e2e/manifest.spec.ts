/**
 * Deployment manifests in and out, as a user does it in Debian's Chromium: drop a manifest file, see the
 * modules found, fill the wizard, see the sizing follow, export the tuned manifest (download), and recover
 * from a malformed file. axe (WCAG 2.2 AA tags) on the panel; screenshots in test-results/manifest-screens/.
 */
import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const SHOTS = 'test-results/manifest-screens';
const FIXTURE = 'src/testing/fixtures/manifests/multi-module.template.json';

const panel = (page: Page) => page.getByRole('region', { name: 'Deployment manifests' });
/** The header's link to a view ("Sizing", "Deployment manifests"). */
const viewLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name, exact: true });
const figures = async (page: Page) =>
  (await page.locator('.req-card .req-figure').allInnerTexts()).join(' | ');

test('import a manifest, fill the wizard, size it, export the tuned manifest', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.req-card').first()).toBeVisible();
  const before = await figures(page);
  // The wizard stays focused: the manifests have their own view, reached from the results' recommendation.
  await expect(panel(page)).toHaveCount(0);
  await page.getByRole('link', { name: 'Export a tuned manifest for this device' }).click();
  await expect(panel(page)).toBeVisible();
  await expect(page).toHaveURL(/#\/manifests/);
  await expect(viewLink(page, 'Deployment manifests')).toHaveAttribute('aria-current', 'page');

  // Choose the file with the file input (the drop zone reads the same way).
  await panel(page).getByLabel('Choose a manifest file').setInputFiles(FIXTURE);
  const found = panel(page).getByRole('table', { name: '4 custom modules' });
  await expect(found).toBeVisible();
  await expect(found.getByRole('rowheader')).toHaveText([
    'filtermodule',
    'pythonclassifier',
    'nodered',
    'opcPublisher',
  ]);
  await expect(found.getByRole('row', { name: /pythonclassifier/ })).toContainText('512 MiB');
  await expect(panel(page).getByText(/Which language is module "filtermodule"/)).toBeVisible();
  await expectNoAxeViolations(page, 'import findings', ['#manifests']);
  await panel(page).screenshot({ path: `${SHOTS}/import-found.png` });

  await panel(page).getByRole('button', { name: 'Use these modules' }).click();
  await expect(panel(page).getByRole('status').filter({ hasText: 'now lists 4 modules' })).toBeVisible();

  // The wizard shows the modules, and the live results follow the new answers.
  await panel(page).getByRole('button', { name: 'Review the modules in the wizard' }).click();
  await expect(page.getByRole('heading', { name: 'Modules (4)' })).toBeVisible();
  const second = page.getByRole('group', { name: /Module 2/ });
  await expect(second.getByRole('textbox', { name: 'Name' })).toHaveValue('pythonclassifier');
  await expect(second.getByRole('spinbutton', { name: 'Memory limit' })).toHaveValue('512');
  await expect.poll(() => figures(page)).not.toBe(before);
  await page.screenshot({ path: `${SHOTS}/wizard-filled.png`, fullPage: true });
  // Back to the manifests from the header.
  await viewLink(page, 'Deployment manifests').click();
  await expect(panel(page)).toBeVisible();

  // Export for the recommended device: a download that parses, with memory limits.
  const exportSection = panel(page).getByRole('region', { name: 'Export a tuned deployment manifest' });
  // The export is the imported template, tuned: its routes and settings are kept.
  await expect(exportSection.getByText(/Tuning your imported manifest/)).toBeVisible();
  await expect(
    exportSection.getByText(/checked against the documented deployment manifest shape/i),
  ).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exportSection.getByRole('button', { name: 'Download deployment manifest' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^deployment\..+\.json$/);
  const path = await download.path();
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
    modulesContent: {
      $edgeAgent: {
        'properties.desired': { modules: Record<string, { settings: { createOptions: unknown } }> };
      };
      $edgeHub: {
        'properties.desired': {
          routes: Record<string, unknown>;
          storeAndForwardConfiguration: { timeToLiveSecs: number };
        };
      };
    };
  };
  const modules = manifest.modulesContent.$edgeAgent['properties.desired'].modules;
  expect(Object.keys(modules)).toEqual(['filtermodule', 'pythonclassifier', 'nodered', 'opcPublisher']);
  // A template keeps createOptions as objects (the build tool stringifies them).
  for (const [name, module] of Object.entries(modules)) {
    const options = module.settings.createOptions as { HostConfig?: { Memory?: number } };
    expect(options.HostConfig?.Memory, name).toBeGreaterThan(0);
  }
  expect(modules['pythonclassifier']?.settings.createOptions).toMatchObject({
    HostConfig: { Memory: 512 * 1_048_576 },
  });
  const original = JSON.parse(readFileSync(FIXTURE, 'utf8')) as typeof manifest;
  expect(manifest.modulesContent.$edgeHub['properties.desired'].routes).toEqual(
    original.modulesContent.$edgeHub['properties.desired'].routes,
  );
  expect(
    manifest.modulesContent.$edgeHub['properties.desired'].storeAndForwardConfiguration.timeToLiveSecs,
  ).toBe(43_200);

  // Tune for a 1 GiB Raspberry Pi 3: OptimizeForPerformance goes off.
  await exportSection.getByLabel('Tune for device').selectOption('rpi3bplus-1gb');
  await expect(exportSection.getByRole('row', { name: /OptimizeForPerformance false/ })).toBeVisible();
  await expectNoAxeViolations(page, 'export', ['#manifests']);
  await exportSection.screenshot({ path: `${SHOTS}/export.png` });
});

test('a malformed manifest gives a clear message and changes nothing', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.req-card').first()).toBeVisible();
  const before = await figures(page);
  await viewLink(page, 'Deployment manifests').click();
  await expect(panel(page)).toBeVisible();
  const text = readFileSync(FIXTURE, 'utf8').slice(0, 900);
  await panel(page).getByRole('textbox', { name: 'Manifest JSON' }).fill(text);
  await panel(page).getByRole('button', { name: 'Read manifest' }).click();
  const alert = panel(page).getByRole('alert');
  await expect(alert).toContainText('This manifest could not be read.');
  await expect(alert).toContainText(/not valid JSON at the end of the text \(line \d+, column \d+\)/);
  await expect(alert).toContainText('Your answers were not changed.');
  await expect(panel(page).getByRole('button', { name: 'Use these modules' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'error', ['#manifests']);
  await panel(page).screenshot({ path: `${SHOTS}/error.png` });

  // Drop a valid file onto the drop zone afterwards: the error clears.
  const json = readFileSync(
    'src/testing/fixtures/manifests/simulated-temperature-sensor.deployment.json',
    'utf8',
  );
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'deployment.json', { type: 'application/json' }));
    return transfer;
  }, json);
  await page.getByTestId('manifest-drop').dispatchEvent('drop', { dataTransfer });
  await expect(panel(page).getByRole('table', { name: '1 custom module' })).toBeVisible();
  await expect(panel(page).getByRole('alert')).toHaveCount(0);

  // Nothing was used: the sizing is as before.
  await viewLink(page, 'Sizing').click();
  await expect(page.locator('.req-card').first()).toBeVisible();
  expect(await figures(page)).toBe(before);
});

test('the panel fits a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  // A deep link straight to the view.
  await page.goto('/#/manifests');
  await panel(page).getByLabel('Choose a manifest file').setInputFiles(FIXTURE);
  await expect(panel(page).getByRole('table', { name: '4 custom modules' })).toBeVisible();
  // Tables and the JSON scroll inside their own boxes; the page itself never scrolls sideways.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, 'phone', ['#manifests']);
  await panel(page).screenshot({ path: `${SHOTS}/phone.png` });
});

test('the export renames a name IoT Edge rejects once, and warns when its limits overcommit the device', async ({
  page,
}) => {
  const text = readFileSync(
    'src/testing/fixtures/manifests/simulated-temperature-sensor.deployment.json',
    'utf8',
  ).replace('"SimulatedTemperatureSensor"', '" "');
  await page.goto('/#/manifests');
  await expect(panel(page)).toBeVisible();
  await panel(page)
    .getByLabel('Choose a manifest file')
    .setInputFiles({
      name: 'blank-name.deployment.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
  await panel(page).getByRole('button', { name: 'Use these modules' }).click();
  await expect(panel(page).getByRole('status').filter({ hasText: 'now lists 1 module' })).toBeVisible();

  const exportSection = panel(page).getByRole('region', { name: 'Export a tuned deployment manifest' });
  await expect(
    exportSection.getByText(/1 module is renamed \(IoT Edge would reject its name\)/),
  ).toBeVisible();
  const json = JSON.parse(
    (await exportSection.getByLabel(/^deployment\..*\.json \(JSON\)$/).textContent()) ?? '',
  ) as {
    modulesContent: { $edgeAgent: { 'properties.desired': { modules: Record<string, unknown> } } };
  };
  expect(Object.keys(json.modulesContent.$edgeAgent['properties.desired'].modules)).toEqual(['module']);

  await exportSection.getByLabel('Tune for device').selectOption('rpi3b-1gb');
  const findings = exportSection.getByRole('list', { name: 'Check before deploying' });
  await expect(findings.getByText(/Warning: The memory limits together exceed Raspberry Pi 3/)).toBeVisible();
  await expectNoAxeViolations(page, 'export findings', ['#manifests']);
  await exportSection.screenshot({ path: `${SHOTS}/export-renamed-overcommit.png` });
});
