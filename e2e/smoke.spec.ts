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
