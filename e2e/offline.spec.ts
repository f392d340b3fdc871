/**
 * Offline and updates (issue 7): after one visit the whole app (model, catalog, charts, report) works with no
 * network; a new version waits during a visit and is applied at the next one without losing the answers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test, type Page } from '@playwright/test';

/** Wait until the service worker controls the page (it installs and precaches everything first). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 30_000,
  });
}

/** The live results area next to the wizard. */
const results = (page: Page) => page.getByRole('region', { name: /your estimate/i });

/** Open the wizard's Workload step and return its "number of modules" answer. */
async function modulesField(page: Page) {
  await page.getByRole('link', { name: /workload/i }).click();
  const field = page.getByRole('spinbutton', { name: /number of custom modules/i });
  await expect(field).toBeVisible();
  return field;
}

test('after one visit it works offline: reload, change an answer, see the numbers, open the report', async ({
  page,
  context,
}) => {
  const failed: string[] = [];
  page.on('requestfailed', (request) =>
    failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`),
  );

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Edge Sizer');
  await waitForServiceWorker(page);

  await context.setOffline(true);
  // Prove the network is really gone for the page: a request that skips the service worker fails.
  const online = await page.evaluate(() =>
    fetch(`/no-such-file-${Date.now()}`, { cache: 'no-store' }).then(
      () => true,
      () => false,
    ),
  );
  expect(online).toBe(false);
  failed.length = 0;

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Edge Sizer');

  // Complete a sizing: change an answer and watch the live numbers follow.
  const field = await modulesField(page);
  const summary = results(page).getByRole('status').first();
  await expect(summary).toContainText(/RAM \d/);
  const before = await summary.innerText();
  await field.fill('9');
  await field.blur();
  await expect(summary).not.toHaveText(before);
  await expect(summary).toContainText(/RAM \d/);
  const after = await summary.innerText();

  // The answers survive a reload while offline (they live in the URL and localStorage).
  await page.reload();
  await expect(await modulesField(page)).toHaveValue('9');
  await expect(summary).toHaveText(after);

  // The lazy chunks (report, charts) were precached too.
  await page.getByRole('link', { name: /platform/i }).click();
  await page.getByRole('button', { name: /open the report/i }).click();
  await expect(page).toHaveURL(/#\/report/);
  await expect(page.getByRole('heading', { level: 2, name: 'Requirements' })).toBeVisible();
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('offline-report.png'), fullPage: true });

  expect(failed).toEqual([]);
  await context.setOffline(false);
});

test('it is installable: Chromium reports no installability error for the manifest', async ({ page }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  const manifest = page.locator('link[rel="manifest"]');
  await expect(manifest).toHaveAttribute('href', /manifest\.webmanifest$/);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's browser contexts are off-the-record, which Chromium itself reports; anything else is ours.
  expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
  const { url, data } = await cdp.send('Page.getAppManifest');
  expect(url).toMatch(/manifest\.webmanifest$/);
  const parsed = JSON.parse(data ?? '{}') as { name?: string; icons?: { sizes: string; purpose?: string }[] };
  expect(parsed.name).toBe('Edge Sizer');
  expect(parsed.icons?.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
});

test('a new version waits during the visit and is applied at the next one, answers kept', async ({
  page,
}) => {
  const port = process.env.E2E_PORT ?? '4173';
  const swPath = resolve(
    dirname(test.info().config.configFile ?? 'playwright.config.ts'),
    `dist-e2e-${port}/sw.js`,
  );
  const original = readFileSync(swPath, 'utf8');

  await page.goto('/');
  await waitForServiceWorker(page);
  const field = await modulesField(page);
  await field.fill('7');
  await field.blur();
  await expect.poll(() => page.url()).toMatch(/[?&]s=/);

  // Full document loads only (hash and history changes are not loads).
  let loads = 0;
  page.on('load', () => {
    loads += 1;
  });

  try {
    // "Deploy" a new version: any byte change to sw.js is an update for the browser.
    writeFileSync(swPath, `${original}\n// e2e: version ${Date.now()}\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    // Found and installed in the background, then the app decides to leave it waiting (and says so): this
    // visit is not interrupted.
    await expect(page.locator('html')).toHaveAttribute('data-sw-update', 'waiting', { timeout: 30_000 });
    expect(
      await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)),
    ).toBe(true);
    expect(loads).toBe(0);
    await expect(field).toHaveValue('7');

    // The next visit: the waiting version takes over and the page reloads once by itself.
    await page.reload();
    await expect.poll(() => loads, { timeout: 30_000 }).toBe(2);
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration !== undefined && registration.waiting === null && registration.active !== null;
    });
    await expect(await modulesField(page)).toHaveValue('7');
  } finally {
    writeFileSync(swPath, original);
  }
});

test.describe('a chunk that cannot be fetched', () => {
  // Without a service worker, as on a first visit before it has cached anything: page.route sees every request.
  test.use({ serviceWorkers: 'block' });

  test('says so, keeps the answers, and loads on Try again', async ({ page }) => {
    // Two full page loads and an axe pass over the whole page (the idle-mounted manifest panel included): more
    // than the default budget on a busy 2-core machine, so the budget is tripled here.
    test.slow();
    await page.goto('/');
    const field = await modulesField(page);
    await field.fill('7');
    await field.blur();
    await expect.poll(() => page.url()).toMatch(/[?&]s=/);

    // The network now drops the Workload step form's chunk (each step's form is its own chunk); reload.
    const stepsChunk = /\/assets\/workload-step-[^/]*\.js$/;
    await page.route(stepsChunk, (route) => route.abort('internetdisconnected'));
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the questions' });
    await expect(alert).toContainText('Your answers are kept');
    // The rest of the page works: the stepper, the heading and the live results of the 7 modules.
    await expect(page.getByRole('heading', { level: 2, name: 'Workload' })).toBeVisible();
    await expect(results(page).getByRole('status').first()).toContainText(/RAM \d/);
    await expectNoAxeViolations(page, 'chunk failed');

    // Only Try again loads it again (the first-input prefetch never retries a failed chunk), so the message
    // and its button stay put until the user clicks.
    await page.unroute(stepsChunk);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('spinbutton', { name: /number of custom modules/i })).toHaveValue('7');
    await expect(alert).toHaveCount(0);
  });

  test('the report: says so, and Try again opens it', async ({ page }) => {
    const reportChunk = /\/assets\/report-route-[^/]*\.js$/;
    await page.route(reportChunk, (route) => route.abort('internetdisconnected'));
    await page.goto('/#/report');
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the report' });
    await expect(alert).toBeVisible();
    await page.unroute(reportChunk);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('My IoT Edge device');
    await expect(alert).toHaveCount(0);
  });
});
