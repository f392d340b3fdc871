/**
 * The fleet plan (issue 16, part 2), as an architect preparing a budget review meets it: tick "Plan a fleet" in
 * the Budget step, set 20 sites × 5 devices and an energy price, read the IoT Hub edition and the cost over the
 * service life (axe clean, screenshots at 1280 and 390 px), copy the link and open it in a fresh browser with the
 * same fleet numbers, and print the report to PDF with the fleet section in it (pdftotext).
 */
import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const OUT = join('test-results', 'fleet');
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The fleet section's headline figures as text: the edition and the known total for the fleet. */
async function fleetNumbers(page: Page): Promise<string> {
  const section = page.getByRole('region', { name: 'Fleet and cost over 5 years' });
  await expect(section).toBeVisible({ timeout: 20_000 });
  const costs = section.getByRole('table', { name: /Cost over 5 years/ });
  const total = costs.getByRole('row').filter({ hasText: 'Total (known parts)' });
  return `${await section.locator('.fleet-facts strong').first().innerText()} | ${await total.innerText()}`;
}

test('plan 20 sites × 5 devices: IoT Hub edition, costs, the link and the printed report', async ({
  page,
  browser,
}) => {
  test.slow(); // axe twice, a fresh browser and a PDF on a loaded 2-core machine
  mkdirSync(OUT, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const results = page.getByRole('region', { name: 'Your estimate' });
  await expect(results).toBeVisible();
  // A single device: no fleet section.
  await expect(results.getByRole('region', { name: /Fleet and cost/ })).toHaveCount(0);

  await page.getByRole('link', { name: /Budget/ }).click();
  await page.getByRole('checkbox', { name: 'Plan a fleet (optional)' }).check();
  await page.getByRole('spinbutton', { name: 'Number of sites' }).fill('20');
  await page.getByRole('spinbutton', { name: 'Devices per site' }).fill('5');
  await page.getByRole('spinbutton', { name: 'Energy price per kWh' }).fill('0.25');
  await expect(page.getByText(/100 devices in the field/)).toBeVisible();

  const fleet = results.getByRole('region', { name: 'Fleet and cost over 5 years' });
  await expect(fleet).toBeVisible({ timeout: 20_000 });
  // 5 msg/s × 86,400 s = 432,000 a day per device; × 100 devices = 43.2 million: 8 S2 units.
  await expect(fleet.getByText('S2 × 8 units', { exact: true })).toBeVisible();
  await expect(fleet.getByText(/432,000 messages a day per device/)).toBeVisible();
  const costs = fleet.getByRole('table', { name: /Cost over 5 years/ });
  await expect(costs.getByRole('row', { name: /^IoT Hub / })).toContainText('price not listed');
  await expect(costs.getByRole('row', { name: /^Hardware / })).toContainText('100 devices + 5 spares');
  // The chart (drawn once it nears the viewport) and the table of the same numbers.
  await fleet
    .getByText(/Fleet cost cumulated over 5 years/)
    .first()
    .scrollIntoViewIfNeeded();
  await expect(fleet.locator('.chart-graphic svg.recharts-surface')).toHaveCount(1, { timeout: 20_000 });
  await expect(
    fleet.getByRole('table', { name: /Fleet cost cumulated by year/, includeHidden: true }),
  ).toBeAttached();
  // Keyboard: open "Why S2 × 8 units?".
  await fleet.getByText(/Every IoT Hub edition for this volume/).focus();
  await page.keyboard.press('Enter');
  await expect(fleet.getByRole('table', { name: /IoT Hub standard editions/ })).toBeVisible();
  await expectNoAxeViolations(page, 'results with a fleet plan', ['.results']);
  const mine = await fleetNumbers(page);
  await fleet.getByRole('heading', { name: 'Fleet and cost over 5 years' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, 'fleet-1280.png') });
  await fleet.getByRole('table', { name: /IoT Hub standard editions/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, 'fleet-hub-1280.png') });
  await page.screenshot({ path: join(OUT, 'budget-step-1280.png') });

  await page.setViewportSize({ width: 390, height: 844 });
  await fleet.getByRole('heading', { name: 'Fleet and cost over 5 years' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, 'fleet-390.png') });
  await fleet.getByRole('table', { name: /Cost over 5 years/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, 'fleet-costs-390.png') });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Share: the link carries the fleet; a fresh browser shows the same fleet numbers.
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/\?s=3\./);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Share link copied/ })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const other = await fresh.newPage();
  await other.goto(link);
  expect(await fleetNumbers(other)).toBe(mine);

  // The printed report, from the same link: the fleet section after the verdict page.
  await other.evaluate(() => {
    window.location.hash = window.location.hash.replace(/^#\/wizard(\/[a-z0-9-]+)?/, '#/report');
  });
  const report = other.getByRole('region', { name: 'Fleet and cost over 5 years' });
  await expect(report).toBeVisible({ timeout: 20_000 });
  await expect(report.locator('.chart-graphic svg.recharts-surface')).toHaveCount(1, { timeout: 20_000 });
  await expectNoAxeViolations(other, 'report with a fleet plan', ['.report']);
  await other.emulateMedia({ media: 'print' });
  const pages: Record<string, number> = {};
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = join(OUT, `fleet-report-${format}.pdf`);
    await other.pdf({ path: pdf, format, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Fleet and cost over 5 years');
    expect(text).toContain('S2 × 8 units');
    expect(text).toMatch(/Total \(known/);
    expect(text).not.toMatch(/undefined|NaN/);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    pages[format] = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(OUT, `fleet-report-${format.toLowerCase()}`)]);
  }
  // The defaults with a fleet of 100: 12 A4 / 13 Letter pages on 2026-12-04 (issue 15 item 4, the fleet's chart
  // beside its table). The budget leaves a page for font differences.
  console.log(`fleet report pages: A4 ${pages.A4}, Letter ${pages.Letter}`);
  expect(pages.A4).toBeLessThanOrEqual(13);
  expect(pages.Letter).toBeLessThanOrEqual(14);
  await fresh.close();
});
