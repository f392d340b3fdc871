/**
 * The printable report, end to end: open it from a share link, print it to PDF on A4 and US Letter, read the
 * PDFs back with poppler (pdftotext, pdfinfo, pdftoppm) and check what a reviewer would get on paper.
 * Page images go to test-results/report-pages/ to be looked at.
 */
import { expectNoAxeViolations } from './support/axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const OUT = join('test-results', 'report-pages');
const SECTIONS = [
  'Scenario',
  'Requirements',
  'Recommended device',
  'Device ladder',
  'Compatibility findings',
  'Assumptions and sources',
];
/** A preset with a list of named modules and a budget: a long, realistic report. */
const PRESET = 'Factory protocol gateway (OPC UA / Modbus)';
const SCENARIO = 'Factory protocol gateway';

/**
 * A colleague's copy of a preset's report: pick the preset in the wizard, take the link the app keeps in the
 * address bar, pointed at the report view, and open it in a fresh browser context that has no saved answers,
 * so only the link can carry the scenario.
 */
async function presetReportInFreshBrowser(
  page: Page,
  presetName: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  await page.goto('/#/wizard');
  // The address bar holds the defaults' link (made at build time, src/store/default-link.ts); then the preset's
  // link replaces it, once the link codec has loaded.
  await page.waitForFunction(() => window.location.hash.includes('?s='));
  const before = new URL(page.url()).hash;
  await page.getByRole('button', { name: `Use preset: ${presetName}` }).click();
  await page.waitForFunction(
    (old) => window.location.hash.includes('?s=') && window.location.hash !== old,
    before,
  );
  const url = new URL(page.url());
  url.hash = url.hash.replace(/^#\/wizard(\/[a-z0-9-]+)?/, '#/report');
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({ baseURL: url.origin, ...(viewport ? { viewport } : {}) });
  const report = await context.newPage();
  await report.goto(url.toString());
  return report;
}

/** Open a preset's report from its link in a fresh browser (presetReportInFreshBrowser), with its charts drawn. */
async function openReport(
  page: Page,
  viewport?: { width: number; height: number },
  preset: { name: string; scenario: string; charts: number } = {
    name: PRESET,
    scenario: SCENARIO,
    charts: 5,
  },
): Promise<Page> {
  const report = await presetReportInFreshBrowser(page, preset.name, viewport);
  await expect(
    report.getByRole('heading', { level: 1, name: `Sizing report: ${preset.scenario}` }),
  ).toBeVisible();
  // A report opened from a link draws its charts as they come near the viewport or at the reader's first
  // input: scroll a little, as a reader does, then wait until all five (three breakdowns, utilisation,
  // lifecycle) have drawn (lazy chunks).
  await report.mouse.wheel(0, 200);
  await expect(report.locator('.report .chart-graphic svg.recharts-surface')).toHaveCount(preset.charts, {
    timeout: 15_000,
  });
  return report;
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/** The text of the QR code on the PDF's first page, when zbarimg (Debian zbar-tools) is installed; else null. */
function qrTextOnFirstPage(pdf: string, outPrefix: string): string | null {
  try {
    execFileSync('zbarimg', ['--version'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  execFileSync('pdftoppm', ['-r', '200', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, outPrefix]);
  // stderr ignored: zbarimg complains about D-Bus in containers.
  return execFileSync('zbarimg', ['--raw', '-q', `${outPrefix}.png`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
}

function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = /^Pages:\s+(\d+)/m.exec(info);
  return Number(pages?.[1] ?? 0);
}

test.describe('sizing report', () => {
  test('opens from a share link, has no axe violations and proper structure', async ({ page: wizard }) => {
    const page = await openReport(wizard);
    await expectNoAxeViolations(page, 'full report', ['.report-page']);
    for (const name of SECTIONS) {
      await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    }
    // One h1, the report's title; the shell's "Edge Sizer" brand is not a heading here.
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.locator('.app-header')).toContainText('Edge Sizer');
    // Device names on the utilisation chart's axis are whole without any report-only padding.
    const clipped = await page.locator('.report .utilisation-chart').evaluate((box) => {
      const left = box.getBoundingClientRect().left;
      return [...box.querySelectorAll('.recharts-yAxis text')]
        .filter((t) => t.getBoundingClientRect().left < left - 0.5)
        .map((t) => t.querySelector('title')?.textContent ?? '');
    });
    expect(clipped).toEqual([]);
    await expect(page.getByRole('img', { name: 'QR code linking to this scenario' })).toBeVisible();
    // Every chart is a named image with a table of its numbers beside it.
    for (const graphic of await page.locator('.report .chart-graphic').all()) {
      await expect(graphic).toHaveAttribute('role', 'img');
      await expect(graphic).toHaveAttribute('aria-label', /\S/);
    }
    expect(await page.locator('.report .chart-table table').count()).toBe(5);
    expect(await page.locator('.report table th:not([scope])').count()).toBe(0);
    await expect(page.locator('.report')).not.toContainText(/undefined|NaN/);
  });

  test('fits a phone screen: wide tables and charts scroll inside their own box', async ({
    page: wizard,
  }) => {
    const page = await openReport(wizard, { width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const ladder = page.getByRole('region', { name: 'Device grades' });
    await ladder.focus();
    await expect(ladder).toBeFocused();
  });

  test('downloads CSV and Markdown with the figures on screen', async ({ page: wizard }) => {
    const page = await openReport(wizard);
    // The memory row of the requirements table, as the screen shows it.
    const ramRow = page
      .getByRole('table', { name: 'Requirements, low to high' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /RAM/ }) });
    const ramLabel = ((await ramRow.getByRole('rowheader').textContent()) ?? '').trim();
    const ramCells = (await ramRow.getByRole('cell').allTextContents()).map((c) => c.trim());
    expect(ramCells).toHaveLength(4);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^edge-sizer-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvText = readFileSync(await csv.path(), 'utf8');
    expect(csvText).toContain('Device grades');
    expect(csvText).not.toMatch(/undefined|NaN/);
    // Same label, unit and digits as on screen (low, typical, high), the figures as plain numbers a spreadsheet
    // reads: no thousands separator, never quoted. The unit has its own column.
    const [low, typical, high, unit] = ramCells;
    const cell = (v = '') => (v.includes(',') ? `"${v}"` : v);
    const plain = (v = '') => v.replaceAll(',', '');
    expect(csvText).toContain(
      `\r\n${cell(ramLabel)},${cell(unit)},${plain(low)},${plain(typical)},${plain(high)}\r\n`,
    );
    expect(csvText).not.toMatch(/"\d{1,3}(,\d{3})+(\.\d+)?"/);
    expect(csvText).toMatch(/\r\nDevice,Class,Grade,Binding constraint,CPU utilisation \(%\),/);

    const [md] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    const mdText = readFileSync(await md.path(), 'utf8');
    for (const name of SECTIONS) expect(mdText).toContain(`\n## ${name}\n`);
    expect(mdText).not.toMatch(/undefined|NaN/);
  });

  test('prints to A4 and US Letter PDFs that read well', async ({ page: wizard }) => {
    // Two PDFs of a 25-page report took more than 60 s at load 12–17 on this 2-core box.
    test.slow();
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const page = await openReport(wizard);
    const recommended =
      (await page.locator('.report-recommended-name strong').first().textContent())?.trim() ?? '';
    expect(recommended).not.toBe('');
    const shareLink = (await page.locator('.report-meta-link a').getAttribute('href')) ?? '';
    expect(shareLink).toMatch(/#\/report/);
    await page.emulateMedia({ media: 'print' });
    // Print media hides the app chrome and the buttons.
    await expect(page.getByRole('button', { name: 'Print report' })).toBeHidden();
    await expect(page.locator('.app-header')).toBeHidden();
    await page.screenshot({ path: join(OUT, 'print-media.png'), fullPage: true });

    const counts: Record<string, number> = {};
    for (const format of ['A4', 'Letter'] as const) {
      const path = join(OUT, `report-${format}.pdf`);
      await page.pdf({ path, format, printBackground: true });
      const text = pdfText(path);
      const pages = pdfPages(path);
      counts[format] = pages;
      expect(text).not.toMatch(/undefined|NaN/);
      for (const name of SECTIONS) expect(text, `section "${name}" in the ${format} PDF`).toContain(name);
      expect(text).toContain(recommended);
      expect(text).toContain('Model version');
      expect(text).toMatch(/#\/report\?s=|#\/report/);
      // Page numbers from the @page margin boxes.
      expect(text).toContain(`Page 1 of ${pages}`);
      expect(text).toContain(`Page ${pages} of ${pages}`);
      // No app chrome on paper.
      expect(text).not.toContain('Skip to main content');
      expect(text).not.toContain('Print report');
      expect(text).not.toContain('Copy share link');
      // The factory preset has 5 modules, 22 devices and about 75 assumptions: 23 A4 / 24 Letter pages on 2026-11-25;
      // 30 A4 / 31 Letter on 2026-12-04 with the storage-wear section; 20 / 21 after page 1 became the verdict; 15 / 16
      // with the denser print of 2026-12-04 (breakdown charts beside their tables, a two-column register citing a
      // numbered source list, smaller appendix type, no forced page break); 16 / 17 with the grown catalog merged the
      // same day; 12 / 13 with the denser paper of issue 15 item 4 (one-line ladder and wear rows, register entries run
      // on, three-column inputs, 8.5pt text after page 1, 10 mm margins, the utilisation chart drawing only the devices
      // not ruled out). The budget leaves a page for font differences.
      expect(pages).toBeGreaterThanOrEqual(8);
      expect(pages).toBeLessThanOrEqual(format === 'A4' ? 13 : 14);
      execFileSync('pdftoppm', ['-r', '60', '-png', path, join(OUT, format.toLowerCase())]);
      // The printed QR code leads back to the live scenario (checked where zbarimg is installed).
      const qr = qrTextOnFirstPage(path, join(OUT, `qr-${format}`));
      if (qr !== null) expect(qr).toBe(shareLink);
    }
    const images = readdirSync(OUT).filter((f) => /^(a4|letter)-\d+\.png$/.test(f));
    expect(images.length).toBe((counts.A4 ?? 0) + (counts.Letter ?? 0));
    test.info().annotations.push({ type: 'pages', description: `A4 ${counts.A4}, Letter ${counts.Letter}` });
    console.log(`report pages: A4 ${counts.A4}, Letter ${counts.Letter}`);
  });
  test('prints a short summary on a few A4 pages', async ({ page: wizard }) => {
    mkdirSync(OUT, { recursive: true });
    const page = await openReport(wizard);
    const recommended =
      (await page.locator('.report-recommended-name strong').first().textContent())?.trim() ?? '';
    expect(recommended).not.toBe('');
    const length = page.getByRole('group', { name: 'Report length' });
    await expect(length.getByRole('radio', { name: 'Full report' })).toBeChecked();
    await length.getByRole('radio', { name: 'Summary' }).check();
    await expect(page.getByRole('heading', { level: 2, name: 'Devices that fit' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Assumptions and sources' })).toHaveCount(0);
    await expect(page.locator('.report .chart-graphic')).toHaveCount(0);
    await expect(page.getByText(/sourced assumptions are in the full report \(same link\)/)).toBeVisible();
    await expectNoAxeViolations(page, 'summary report', ['.report-page']);
    await page.screenshot({ path: join(OUT, 'summary-screen.png'), fullPage: true });

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('radio', { name: 'Summary' })).toBeHidden();
    const path = join(OUT, 'summary-A4.pdf');
    await page.pdf({ path, format: 'A4', printBackground: true });
    const pages = pdfPages(path);
    const text = pdfText(path);
    expect(pages).toBeGreaterThanOrEqual(1);
    // Four pages before the lifecycle, firewall and storage-wear lines were added (2026-12); five with them; six
    // since the verdict's why sentence and its neighbours (one step up, one step down) joined the recommended device:
    // page 6 then holds only the closing line; 3 with the denser print of 2026-12-04, 4 with the grown catalog;
    // 3 with the denser paper of issue 15 item 4. The budget leaves a page for font differences.
    expect(pages).toBeLessThanOrEqual(4);
    expect(text).not.toMatch(/undefined|NaN/);
    expect(text).toContain(recommended);
    expect(text).toContain('Requirements');
    expect(text).not.toContain('Assumptions register');
    expect(text).not.toContain('Report length');
    execFileSync('pdftoppm', ['-r', '50', '-png', path, join(OUT, 'summary')]);
    test.info().annotations.push({ type: 'pages', description: `summary A4 ${pages}` });
    console.log(`summary pages: A4 ${pages}`);
  });

  test('page 1 is the verdict (pdftotext), and the vision preset prints on 12 A4 pages or fewer', async ({
    page: wizard,
  }) => {
    test.slow();
    mkdirSync(OUT, { recursive: true });
    const page = await openReport(wizard, undefined, {
      name: 'Vision inference at the edge',
      scenario: 'Vision inference at the edge',
      charts: 5,
    });
    const recommended =
      (await page.locator('.report-recommended-name strong').first().textContent())?.trim() ?? '';
    expect(recommended).not.toBe('');
    await page.emulateMedia({ media: 'print' });
    const path = join(OUT, 'vision-A4.pdf');
    await page.pdf({ path, format: 'A4', printBackground: true });
    const pages = pdfPages(path);
    const first = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', path, '-'], {
      encoding: 'utf8',
    });
    execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '3', path, join(OUT, 'vision')]);
    test.info().annotations.push({ type: 'pages', description: `vision A4 ${pages}` });
    console.log(`vision report pages: A4 ${pages}`);
    console.log(first);
    // Page 1: the recommended device with grade and price, the requirements, the neighbours and the QR code.
    expect(first).toContain('Recommended device');
    expect(first).toContain(recommended);
    expect(first).toMatch(/\$[\d,]+/);
    expect(first).toMatch(/\b(Fit|Tight)\b/);
    expect(first).toContain('Requirements');
    expect(first).toMatch(/Memory \(RAM\)\s+[\d.,]+\s+[\d.,]+\s+[\d.,]+\s+GiB/);
    expect(first).toContain('Compatibility findings');
    expect(first).toMatch(/Warning:|Error:/);
    // The inputs follow the verdict; the assumptions register is the appendix.
    expect(first).not.toContain('Assumptions register');
    // Vision preset (3 modules, 22 devices, 74 assumptions): 33 A4 pages before page 1 became the verdict, 20 after,
    // 15 with the denser print (2026-12-04: the breakdowns went from 5 pages to 3, the register from 6 to 3.5), 16 with
    // the grown catalog; 11 with the denser paper of issue 15 item 4 (Letter: 12). The budget leaves a page for font
    // differences.
    expect(pages).toBeLessThanOrEqual(12);
  });

  test('a report link opened with no input draws every chart to print', async ({ page: wizard }) => {
    const page = await presetReportInFreshBrowser(wizard, PRESET, { width: 412, height: 823 });
    await expect(page.getByRole('heading', { level: 1, name: `Sizing report: ${SCENARIO}` })).toBeVisible();
    // Before any input the charts wait until they come near the viewport. How many are drawn at this point is
    // not asserted: a section that renders after a chart can move it out of reach only after the observer has
    // fired (seen once in 2 clean-clone CI runs). The bench's report-link figure measures what is fetched.
    const drawn = page.locator('.report .chart-graphic svg.recharts-surface');
    // Printing draws every one of them (beforeprint), and every chart's table is there.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(drawn).toHaveCount(5, { timeout: 15_000 });
    expect(await page.locator('.report .chart-table table').count()).toBe(5);
    await page.context().close();
  });
});
