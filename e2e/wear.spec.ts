/**
 * Flash wear and CPU confidence (issue 12 §4, §5), as an architect meets them on an SD-card gateway (the default
 * answers: a few messages a second on a Raspberry Pi with a microSD card) and on a busier one: the storage life in
 * words, every device's storage in a disclosure with the keyboard, the warning with its remedies, the CPU's
 * "Low confidence" mark, and the same in the report; axe on both.
 */
import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test } from '@playwright/test';

test('an SD-card gateway: storage life, the wear warning and the CPU confidence mark, on screen and in the report', async ({
  page,
}) => {
  test.slow(); // two axe scans, a report chunk and a rate change: give a loaded machine room (3 × the timeout)
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const results = page.getByRole('region', { name: 'Your estimate' });
  await expect(results).toBeVisible();

  const cpu = results.getByRole('article', { name: 'CPU' });
  await expect(cpu.getByText('Low confidence')).toBeVisible();
  await expect(cpu.getByText(/not on measurements/)).toBeVisible();

  const wear = results.getByRole('region', { name: 'Storage wear' });
  await expect(wear.getByText(/its 32 GB microSD card lasts about 10 months/)).toBeVisible();
  await expect(wear.getByRole('table')).toHaveCount(0);
  // Open the disclosure with the keyboard, as a keyboard-only user would.
  await wear.getByText(/Storage life of every device/).focus();
  await page.keyboard.press('Enter');
  const devices = wear.getByRole('table', { name: /Expected life of each device/ });
  await expect(devices).toBeVisible();
  const recommended = devices.getByRole('row').filter({ hasText: '(recommended)' });
  await expect(recommended).toContainText('Wears out first');
  await expect(devices.getByRole('row').filter({ hasText: 'NUC-class mini PC, Core i5' })).toContainText(
    'Outlasts it',
  );

  const findings = results.getByRole('region', { name: 'Compatibility' });
  await expect(findings.getByText(/its storage wears out in about 10 months/)).toBeVisible();
  await expect(findings.getByText(/host-mounted SSD/)).toBeVisible();
  await expectNoAxeViolations(page, 'results with storage wear', ['.results']);

  // A busier gateway: 100 msg/s on average wears the card out in weeks.
  await page.getByRole('link', { name: /Data volume/ }).click();
  await page.getByRole('spinbutton', { name: 'Peak messages per second' }).fill('200');
  await page.getByRole('spinbutton', { name: 'Average messages per second' }).fill('100');
  await expect(wear.getByText(/lasts about (under a month|1 month)/)).toBeVisible({ timeout: 10_000 });

  await page.goto('/#/report');
  const report = page.getByRole('region', { name: 'Storage wear' });
  await expect(report).toBeVisible({ timeout: 20_000 });
  await expect(report.getByRole('table', { name: /Expected life of each device/ })).toBeVisible();
  await expect(page.getByText(/CPU: low confidence/)).toBeVisible();
  await expect(page.getByText(/Azure\/iotedge#6578/)).toBeVisible();
  await expectNoAxeViolations(page, 'report with storage wear', ['.report']);
});
