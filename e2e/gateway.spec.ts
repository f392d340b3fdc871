/**
 * A gateway (issue 17, item 1), as an architect sizing a line gateway meets it: in the Data step, 150 downstream
 * devices over MQTT at 12 messages a minute each; the RAM and CPU breakdowns show edgeHub's downstream line with its
 * sources, the findings say to raise MaxConnectedClients and what it costs (axe clean, screenshots at 1280 and
 * 390 px); the share link opens in a fresh browser with the same answers and the same lines.
 */
import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const OUT = join('test-results', 'gateway');
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The card of one requirement ("RAM", "CPU") with its breakdown opened; returns the downstream row's text. */
async function downstreamRow(page: Page, heading: RegExp): Promise<string> {
  const results = page.getByRole('region', { name: 'Your estimate' });
  const card = results.locator('.req-card').filter({ has: page.getByRole('heading', { name: heading }) });
  const table = card.getByRole('table', { name: /breakdown/ });
  if (!(await table.isVisible())) await card.getByText('Why this number?').click();
  await expect(table).toBeVisible();
  const row = table.getByRole('row').filter({ hasText: 'edgeHub: downstream devices' });
  await expect(row).toHaveCount(1);
  // The row's explanation is the row after it.
  const why = table.getByRole('row').filter({ hasText: /downstream devices (over|\()/ });
  return `${await row.innerText()}\n${await why.innerText()}`;
}

test('150 downstream devices over MQTT: edgeHub lines, the 100-client finding, and the link', async ({
  page,
  browser,
}) => {
  test.slow(); // axe twice and a fresh browser on a loaded 2-core machine
  mkdirSync(OUT, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const results = page.getByRole('region', { name: 'Your estimate' });
  await expect(results).toBeVisible();

  await page.getByRole('link', { name: /Data volume/ }).click();
  const devices = page.getByRole('spinbutton', { name: 'Downstream devices (gateway)' });
  await expect(devices).toHaveValue('0');
  // Not a gateway: the protocol and the rate are not asked.
  await expect(page.getByRole('radio', { name: 'MQTT' })).toHaveCount(0);
  await devices.fill('150');
  const rate = page.getByRole('spinbutton', { name: 'Messages per downstream device per minute' });
  await expect(rate).toHaveValue('6');
  await rate.fill('12');
  await expect(page.getByRole('radio', { name: 'MQTT' })).toBeChecked();

  const findings = results.getByRole('region', { name: 'Compatibility' });
  await expect(
    findings.getByText("150 downstream devices exceed edgeHub's default of 100 clients"),
  ).toBeVisible({ timeout: 20_000 });
  await expect(
    findings.getByText(/Set the environment variable MaxConnectedClients of edgeHub/),
  ).toBeVisible();
  await expect(findings.getByText(/A transparent gateway needs its certificates set up/)).toBeVisible();

  const ram = await downstreamRow(page, /RAM/);
  expect(ram).toMatch(/150 downstream devices over MQTT: memory per connection \(an estimate/);
  const cpu = await downstreamRow(page, /CPU/);
  expect(cpu).toMatch(/30 msg\/s from 150 downstream devices \(12 a minute each\)/);
  const ramCard = results.locator('.req-card').filter({ has: page.getByRole('heading', { name: /RAM/ }) });
  await expect(
    ramCard
      .getByRole('list', { name: /^Assumptions behind/ })
      .getByText(/memory per connected downstream device/),
  ).toBeVisible();

  await expectNoAxeViolations(page, 'Data step and results of a gateway', ['.wizard', '.results']);
  await page.getByRole('group', { name: 'Gateway (optional)' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, 'data-step-1280.png') });
  await ramCard.getByRole('row').filter({ hasText: 'edgeHub: downstream devices' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, 'ram-breakdown-1280.png') });
  await findings
    .getByText("150 downstream devices exceed edgeHub's default of 100 clients")
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, 'finding-1280.png') });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('group', { name: 'Gateway (optional)' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, 'data-step-390.png') });
  await findings
    .getByText("150 downstream devices exceed edgeHub's default of 100 clients")
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, 'finding-390.png') });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Share: a fresh browser opens the same answers and the same lines.
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/\?s=3\./);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Share link copied/ })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByRole('region', { name: 'Your estimate' })).toBeVisible();
  await other.getByRole('link', { name: /Data volume/ }).click();
  await expect(other.getByRole('spinbutton', { name: 'Downstream devices (gateway)' })).toHaveValue('150');
  await expect(
    other.getByRole('spinbutton', { name: 'Messages per downstream device per minute' }),
  ).toHaveValue('12');
  await expect(other.getByRole('radio', { name: 'MQTT' })).toBeChecked();
  expect(await downstreamRow(other, /RAM/)).toBe(ram);
  expect(await downstreamRow(other, /CPU/)).toBe(cpu);
  await fresh.close();
});
