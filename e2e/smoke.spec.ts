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
