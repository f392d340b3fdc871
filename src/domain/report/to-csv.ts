/**
 * CSV export of the sizing report: the requirements (totals and breakdown, low/typical/high with their
 * display unit) and the device grades. Every figure is the formatted string the screen shows (from the
 * shared report model), so a spreadsheet and the report never disagree on a digit.
 *
 * RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break are quoted and
 * their quotes doubled. Text cells that start with = + - @ (or a tab / carriage return) are prefixed with
 * an apostrophe, so a spreadsheet never runs a scenario or module name as a formula (OWASP "CSV Injection").
 * Control characters other than tab, CR and LF are removed.
 */
import { withoutControlCharacters } from '../visible-text.ts';
import type { Answers } from '../answers.ts';
import { DEVICES } from '../catalog/devices.ts';
import type { Device, Estimate } from '../types.ts';
import { buildReportModel, type ReportMeta } from './report-model.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field: formula-guarded, then quoted when needed. */
export function csvCell(raw: string): string {
  // NUL, BEL, ESC … have no place in a spreadsheet cell and break some readers (issue 20 item 11).
  const value = withoutControlCharacters(raw);
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** Rows of cells to CSV text with CRLF line ends (and a final CRLF). */
export function csvRows(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The report's requirements and device grades as CSV. `meta` (share link and date) is optional so the
 * export of the same scenario is byte-identical when it is left out.
 */
export function toCsv(
  estimate: Estimate,
  answers: Answers,
  catalog: readonly Device[] = DEVICES,
  meta?: ReportMeta,
): string {
  const model = buildReportModel(
    estimate,
    answers,
    catalog,
    meta ?? { shareUrl: '', generatedAt: new Date(NaN) },
  );
  const rows: string[][] = [['Edge Sizer sizing report'], ['Scenario', model.scenarioName]];
  rows.push(['Model version', model.modelVersion]);
  if (meta) rows.push(['Generated', model.generatedAt], ['Share link', model.shareUrl]);

  rows.push([], ['Requirements'], ['Resource', 'Unit', 'Low', 'Typical', 'High']);
  for (const r of model.requirements) rows.push([r.label, r.unit, r.low, r.typical, r.high]);
  if (model.accelerator) {
    const a = model.accelerator;
    rows.push(['Accelerator throughput', a.unit, a.low, a.typical, a.high]);
  }

  rows.push(
    [],
    ['Requirement breakdown'],
    ['Resource', 'Share', 'Component', 'Unit', 'Low', 'Typical', 'High'],
  );
  for (const r of model.requirements) {
    for (const b of r.breakdown) rows.push([r.label, b.label, b.component, r.unit, b.low, b.typical, b.high]);
    rows.push([r.label, 'Total', '', r.unit, r.low, r.typical, r.high]);
  }

  rows.push(
    [],
    ['Device grades'],
    [
      'Device',
      'Class',
      'Grade',
      'Binding constraint',
      'CPU utilisation',
      'RAM utilisation',
      'Storage utilisation',
      'Accelerator utilisation',
      'Price (USD)',
      'Within budget',
      'Recommended',
    ],
  );
  for (const d of model.ladder) {
    rows.push([
      d.name,
      d.deviceClass,
      d.gradeLabel,
      d.binding,
      d.cpu,
      d.ram,
      d.storage,
      d.accelerator,
      d.price,
      d.withinBudget,
      d.recommended ? 'Yes' : 'No',
    ]);
  }

  const cpu = model.cpuConfidence;
  rows.push(
    [],
    ['CPU confidence'],
    ['Level', cpu.label],
    ['Why', cpu.text],
    ['Calibration', cpu.calibration],
  );

  const wear = model.storageWear;
  if (wear) {
    rows.push(
      [],
      ['Storage wear'],
      ['Planned service life', wear.serviceLife],
      ['Written per day', 'GB', wear.writesPerDay.low, wear.writesPerDay.typical, wear.writesPerDay.high],
      ['What is written', 'Unit', 'Low', 'Typical', 'High'],
    );
    for (const b of wear.breakdown) rows.push([b.label, 'GB per day', b.low, b.typical, b.high]);
    rows.push([
      'Device',
      'Storage',
      'Rated endurance',
      'Flash writes per day',
      'Expected life',
      'Life range',
      'Against service life',
      'Recommended',
    ]);
    for (const r of wear.rows) {
      rows.push([
        r.name,
        r.storage,
        r.endurance,
        r.flashPerDay,
        r.life,
        r.lifeRange,
        r.verdict,
        r.recommended ? 'Yes' : 'No',
      ]);
    }
  }
  return csvRows(rows);
}
