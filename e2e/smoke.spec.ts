import { expect, test } from '@playwright/test';

test('the app opens on the wizard with the live results beside it', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Edge Sizer');
  await expect(page.getByRole('navigation', { name: 'Wizard steps' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Start' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Your estimate' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('an unknown route falls back to the first step', async ({ page }) => {
  await page.goto('/#/nowhere/at-all');
  await expect(page.getByRole('heading', { level: 2, name: 'Start' })).toBeVisible();
});

test('the first render is styled: the entry stylesheet (preloaded, not render-blocking) applies before the app draws', async ({
  page,
}) => {
  // Record, when the app first puts something in #root, whether the entry stylesheet was applied then.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const root = document.getElementById('root');
      if (!root) return;
      new MutationObserver((_, observer) => {
        observer.disconnect();
        const sheets = [...document.styleSheets].map((sheet) => sheet.href ?? '');
        (window as unknown as { firstRender: unknown }).firstRender = {
          sheets: sheets.filter((href) => /\/assets\/index-[^/]+\.css$/.test(href)).length,
          margin: getComputedStyle(document.body).margin,
        };
      }).observe(root, { childList: true });
    });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Start' })).toBeVisible();
  // The HTML preloads the style (no render-blocking <link rel="stylesheet"> in the markup) …
  expect(await page.locator('link[rel="preload"][as="style"][data-entry-style]').count()).toBe(1);
  // … and main.tsx applied it before the first render (base.css sets the body's margin to 0).
  const first = await page.evaluate(() => (window as unknown as { firstRender: unknown }).firstRender);
  expect(first).toEqual({ sheets: 1, margin: '0px' });
});

test('the landing page adds no modulepreload link of its own: its chunks load without preload lists', async ({
  page,
  request,
}) => {
  // vite.config.ts (LANDING_OWN_LOADS): the start step's form, the link codec and the service worker's module get
  // no preload list, so Vite's helper inserts no <link rel="modulepreload"> after the first paint (Lighthouse
  // counted that work in its blocking time). The HTML's own modulepreloads stay.
  const html = await (await request.get('/')).text();
  const inHtml = (html.match(/<link rel="modulepreload"/g) ?? []).length;
  expect(inHtml).toBeGreaterThan(0);
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/');
  await expect(page.getByRole('button', { name: /use preset/i }).first()).toBeVisible();
  // The address bar holds the defaults' link (made at build time); the service worker's module loads at `load`.
  await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('?s=');
  await page.waitForFunction(() => document.readyState === 'complete');
  await expect
    .poll(() =>
      page.evaluate(() => performance.getEntriesByType('resource').some((e) => /register-sw-/.test(e.name))),
    )
    .toBe(true);
  expect(await page.locator('link[rel="modulepreload"]').count()).toBe(inHtml);
});

test('a first visit writes the defaults’ link without the link codec, and loads it at the first change', async ({
  page,
  browser,
}) => {
  // src/store/default-link.ts: the default answers' payload is made at build time, so the landing page's
  // address bar gets its link without fetching and running the codec (fflate) after the first paint.
  const codecLoaded = () =>
    page.evaluate(() => performance.getEntriesByType('resource').some((e) => /link-codec-/.test(e.name)));
  await page.goto('/');
  const name = page.getByRole('textbox', { name: 'Scenario name' });
  await expect(name).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#\/wizard\?s=3\./);
  const defaults = await page.evaluate(() => window.location.hash);
  // Past the page's own loads: the service worker's module is fetched at `load`, after the first paint's work
  // (where the codec was requested before).
  await page.waitForFunction(() => document.readyState === 'complete');
  await expect
    .poll(() =>
      page.evaluate(() => performance.getEntriesByType('resource').some((e) => /register-sw-/.test(e.name))),
    )
    .toBe(true);
  expect(await codecLoaded()).toBe(false);

  await name.fill('Line 4 gateway');
  await expect.poll(() => page.evaluate(() => window.location.hash)).not.toBe(defaults);
  expect(await codecLoaded()).toBe(true);
  // The new link opens the new name in a fresh browser.
  const link = page.url();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Line 4 gateway');
  await fresh.close();
});
