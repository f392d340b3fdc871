/**
 * Two designs side by side, as an architect weighs them in Debian's Chromium: name a scenario, copy it as a
 * variant, change the variant in the wizard, compare the two (differences and "best" in words), share the compare
 * link, open it in a fresh browser (same numbers, nothing of the user's replaced), print it on A4 and Letter
 * (pdftotext), axe clean, keyboard only for the picker. A broken compare link says so and loses nothing.
 * Waits only for states the app announces. Screenshots and PDFs in test-results/compare-screens/.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe.ts';

const SHOTS = 'test-results/compare-screens';
const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });
const summary = (page: Page) => page.getByText(/^\d scenarios compared: \d+ of \d+ rows differ\.$/);
const table = (page: Page) => page.getByRole('table', { name: /Each scenario’s requirements/ });
const tableText = async (page: Page) => (await table(page).innerText()).replace(/\s+/g, ' ');
const row = (page: Page, name: RegExp) => table(page).getByRole('row', { name });

test('copy a scenario as a variant, change it, compare, share, reopen fresh, print', async ({
  page,
  browser,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.goto('/#/wizard/start');
  await page.getByLabel('Scenario name').fill('Line gateway');

  // The compare view, from the header: only the current scenario so far.
  await views(page).getByRole('link', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/#\/compare/);
  await expect(page.getByRole('checkbox', { name: 'The current scenario: Line gateway' })).toBeChecked();
  await expect(page.getByText(/Choose at least 2 scenarios to compare/)).toBeVisible();

  // Copy as a variant: the answers are saved as "Line gateway", the current one becomes the variant.
  await page.getByRole('button', { name: 'Copy this scenario as a variant' }).click();
  await expect(page.getByText(/The current scenario is now “Line gateway \(variant 1\)”/)).toBeVisible();
  await expect(summary(page)).toHaveText(/^2 scenarios compared: 0 of \d+ rows differ\.$/);

  // Change the variant in the wizard: ten times the messages.
  await page.getByRole('button', { name: 'Change the current scenario in the wizard' }).click();
  await page.goto('/#/wizard/data');
  await page.getByRole('spinbutton', { name: 'Average messages per second' }).fill('400');
  await page.getByRole('spinbutton', { name: 'Peak messages per second' }).fill('1000');
  await views(page).getByRole('link', { name: 'Compare' }).click();
  await expect(summary(page)).toHaveText(/^2 scenarios compared: [1-9]\d* of \d+ rows differ\.$/);

  // The headers are the two scenarios; the uplink differs and the original's is best (lowest), in words.
  await expect(table(page).locator('thead').getByRole('columnheader')).toHaveText([
    'Row',
    'Line gateway',
    'Line gateway (variant 1)',
  ]);
  const uplink = row(page, /^Uplink/);
  await expect(uplink.getByRole('rowheader')).toContainText('differs');
  await expect(uplink.getByRole('cell').nth(0)).toContainText('best');
  await expect(uplink.getByRole('cell').nth(1)).not.toContainText('best');
  await expect(row(page, /^Recommended device/)).toBeVisible();
  await expect(row(page, /^Price per device/)).toBeVisible();
  await expect(row(page, /^Binding constraint/)).toBeVisible();
  const numbers = await tableText(page);
  await page.screenshot({ path: `${SHOTS}/compare-1280.png`, fullPage: true });
  await expectNoAxeViolations(page, 'compare view', ['#main']);

  // Keyboard only: clear and re-choose the variant with the space bar (it goes back to its place, the last).
  const savedBox = page.getByRole('checkbox', { name: 'The current scenario: Line gateway (variant 1)' });
  await savedBox.focus();
  await page.keyboard.press('Space');
  await expect(savedBox).not.toBeChecked();
  await expect(page.getByText(/Choose at least 2 scenarios to compare/)).toBeVisible();
  await page.keyboard.press('Space');
  await expect(savedBox).toBeChecked();
  await expect.poll(() => tableText(page)).toBe(numbers);

  // Share: the link opens in a fresh browser with the same numbers, and replaces nothing there.
  const link = await page.getByRole('textbox', { name: /^Compare link/ }).inputValue();
  expect(link).toMatch(/#\/compare\?(s=[^&]+&)?c=3\.[A-Za-z0-9_-]+$/);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(summary(other)).toHaveText(/^2 scenarios compared: [1-9]\d* of \d+ rows differ\.$/);
  expect(await tableText(other)).toBe(numbers);
  await expect(
    other.getByRole('checkbox', { name: 'From the link: Line gateway (variant 1)' }),
  ).toBeChecked();
  await other.setViewportSize({ width: 390, height: 900 });
  await other.screenshot({ path: `${SHOTS}/compare-390.png`, fullPage: true });
  const overflow = await other.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await other.setViewportSize({ width: 1280, height: 900 });

  // Print on A4 and Letter: both names, the devices and the rows are on paper; the controls are not.
  const devices = (
    await row(other, /^Recommended device/)
      .getByRole('cell')
      .allInnerTexts()
  ).map((t) => t.replace(/ best$/, ''));
  await other.emulateMedia({ media: 'print' });
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await other.pdf({ format, printBackground: true });
    const file = `${SHOTS}/compare-${format}.pdf`;
    writeFileSync(file, pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
    expect(pages).toBeLessThanOrEqual(2);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString().replace(/\s+/g, ' ');
    for (const name of [
      'Line gateway',
      'Line gateway (variant 1)',
      'Uplink',
      'Price per device',
      'Open this comparison',
    ])
      expect(text).toContain(name);
    // Cells wrap on paper: each word of each device's name is there.
    for (const word of devices.join(' ').split(/\s+/)) expect(text).toContain(word);
    expect(text).not.toContain('Copy this scenario as a variant');
    execFileSync('pdftoppm', ['-png', '-r', '50', file, `${SHOTS}/compare-${format}-page`]);
  }
  await fresh.close();
});

test('a broken compare link says what was wrong and loses nothing', async ({ page }) => {
  await page.goto('/#/wizard/start');
  await page.getByLabel('Scenario name').fill('My plant');
  await views(page).getByRole('link', { name: 'Compare' }).click();
  await expect(page.getByRole('checkbox', { name: 'The current scenario: My plant' })).toBeChecked();
  await page.goto('/#/compare?c=3.AAAA_broken');
  await expect(page.getByRole('alert')).toContainText('compare link');
  await expect(page.getByRole('alert')).toContainText('Your answers and saved scenarios were not changed.');
  await expect(page.getByRole('checkbox', { name: 'The current scenario: My plant' })).toBeChecked();
  await page.goto('/#/compare?c=not-a-link');
  await expect(page.getByRole('alert')).toContainText('not an Edge Sizer');
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.goto('/#/wizard/start');
  await expect(page.getByLabel('Scenario name')).toHaveValue('My plant');
});
