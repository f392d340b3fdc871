/**
 * Issue 20 item 9: 200 modules whose names and images are as long as allowed, one unbroken word each. The
 * report stays within a 1,280 px screen, and on paper every cell stays within the page (no text cut at the
 * edge, no overlapping rows). Also issue 20 item 3 seen by a user: the app offers no link it would refuse.
 */
import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { hugeAnswers } from '../src/testing/huge-answers.ts';

test.use({ viewport: { width: 1280, height: 900 } });

test('a 200-module report at maximum field length fits the screen and the page', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const file = testInfo.outputPath('huge.answers.json');
  writeFileSync(file, JSON.stringify(hugeAnswers()));
  await page.goto('/');
  await page.getByLabel('Answers file to import').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Imported “Scenario-' })).toBeVisible({
    timeout: 60_000,
  });

  // Too large for a link: Copy share link says so and points to Export JSON.
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'This scenario is too large for a share link' }),
  ).toContainText('Use Export JSON');

  await page.goto('/#/report');
  await expect(page.getByRole('heading', { level: 1, name: /^Sizing report: Scenario-/ })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByText('No link: this scenario is too large for a share link.').first()).toBeVisible();
  // The last module's row is drawn (the whole report rendered).
  await expect(page.getByRole('rowheader', { name: /^m199-/ }).first()).toBeAttached();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

  // On paper (A4, 12 mm side margins): no table cell or heading reaches past the report's right edge.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  const overflowing = await page.evaluate(() => {
    const report = document.querySelector('.report');
    if (!report) return ['no report'];
    const right = report.getBoundingClientRect().right + 1;
    return [...report.querySelectorAll('th, td, h1, h2, h3, dd, li, p')]
      .filter((el) => el.getBoundingClientRect().right > right || el.scrollWidth > el.clientWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName} ${(el.textContent ?? '').slice(0, 40)}`);
  });
  expect(overflowing).toEqual([]);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync(testInfo.outputPath('huge-report.pdf'), pdf);
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
