/**
 * The catalog of known modules, as a user meets it: add Azure SQL Edge from the "Add a known module" picker with
 * the keyboard only, and import NVIDIA's DeepStream-on-Jetson sample manifest, which must lead to a Jetson-class
 * device (it led to a Raspberry Pi before the importer read the nvidia runtime and the l4t image). axe on both;
 * screenshots in test-results/known-modules-screens/.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

const SHOTS = 'test-results/known-modules-screens';
const DEEPSTREAM = 'src/testing/fixtures/manifests/deepstream-jetson.template.json';

const steps = (page: Page) => page.getByRole('navigation', { name: 'Wizard steps' });

test('add a known module from the picker with the keyboard: a marked row, sized by its catalog entry', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/#/wizard/workload');
  await page.getByRole('radio', { name: /One row per module/ }).check();
  await expect(page.getByRole('heading', { name: /^Modules \(\d+\)$/ })).toBeVisible();
  const before = (await page.getByRole('group', { name: /^Module \d+/ }).count()) + 1;

  const picker = page.getByRole('combobox', { name: 'Add a known module' });
  await picker.focus();
  await page.keyboard.type('sql edge');
  const list = page.getByRole('listbox', { name: 'Known modules' });
  await expect(list).toBeVisible();
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option', { selected: true })).toContainText('Azure SQL Edge');
  await expectNoAxeViolations(page, 'picker open', ['.module-table']);
  await page.screenshot({ path: `${SHOTS}/picker-open.png` });
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status').filter({ hasText: 'Added Azure SQL Edge' })).toBeVisible();
  await expect(picker).toBeFocused();
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  const row = page.getByRole('group', { name: new RegExp(`^Module ${before}\\b`) });
  await expect(row.getByRole('textbox', { name: 'Name' })).toHaveValue('AzureSQLEdge');
  await expect(row.getByText('Catalog module')).toBeVisible();
  await expect(row).toContainText('sized by its catalog entry (amd64 only)');

  // Down arrow opens the full list; Escape closes it and keeps what was typed.
  await page.keyboard.press('ArrowDown');
  await expect(list).toBeVisible();
  expect(await list.getByRole('option').count()).toBeGreaterThanOrEqual(12);
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();

  // SQL Edge runs only on amd64: on the default arm64 the results say so, as an error.
  await expect(page.getByText(/do(es)? not run on arm64/).first()).toBeVisible();
  // The RAM breakdown names the catalog entry that sized the module, with its source.
  const ram = page.locator('.req-card').filter({ has: page.getByRole('heading', { name: /RAM/ }) });
  await ram.getByText('Why this number?').click();
  await expect(ram.getByText(/Sized by catalog entry “Azure SQL Edge”/)).toBeVisible();
  await ram.screenshot({ path: `${SHOTS}/ram-breakdown.png` });
  await expectNoAxeViolations(page, 'module table with a catalog module', ['.module-table']);
  await row.scrollIntoViewIfNeeded();
  await page.locator('.module-table').screenshot({ path: `${SHOTS}/catalog-row.png` });
});

test('import the DeepStream-on-Jetson manifest: GPU and arm64 are read, a Jetson-class device is recommended', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  // Start from x64 so that the import has to change the architecture.
  await steps(page).getByRole('link', { name: 'Platform' }).click();
  await page.getByRole('radio', { name: /x64/ }).check();

  // The manifests have their own view, in the header.
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Deployment manifests', exact: true })
    .click();
  const panel = page.getByRole('region', { name: 'Deployment manifests' });
  await panel.getByLabel('Choose a manifest file').setInputFiles(DEEPSTREAM);
  const found = panel.getByRole('table', { name: '1 custom module' });
  await expect(found).toBeVisible();
  await expect(found.getByRole('rowheader')).toHaveText(['NVIDIADeepStreamSDK']);
  await expect(found).toContainText('NVIDIA DeepStream (Jetson, l4t)');
  await expect(panel.getByText(/accelerator set to GPU/)).toBeVisible();
  await expect(panel.getByText(/architecture changed from amd64 to arm64/)).toBeVisible();
  await expectNoAxeViolations(page, 'deepstream import', ['#manifests']);
  await panel.screenshot({ path: `${SHOTS}/deepstream-import.png` });
  await panel.getByRole('button', { name: 'Use these modules' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'now lists 1 module' })).toBeVisible();
  await panel.getByRole('button', { name: 'Review the modules in the wizard' }).click();

  const headline = page.locator('.headline-device');
  await expect(headline).toContainText(/Jetson/);
  await page.screenshot({ path: `${SHOTS}/deepstream-results.png`, fullPage: true });
});
