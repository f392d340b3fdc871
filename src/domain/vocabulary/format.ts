/**
 * The one number/unit formatter for every figure a reader sees: the results and report views, the
 * chart tables, the CSV and the Markdown export. A figure therefore reads the same on screen, on paper
 * and in a spreadsheet. It lives in src/domain (pure, no DOM) so the exports can use it too.
 *
 * The locale is pinned to 'en-US' (not the browser's), so an exported file never depends on who made it.
 * The results, the charts and the report all import it from here (there is no second copy in the UI).
 *
 * Rules:
 * - Scale: MiB of 1 GiB or more are shown in GiB; GB (and GB/month) below 1 in MB. The scale of a whole
 *   range or breakdown table is picked once, from its typical total, so one table shares one unit.
 * - Precision: two decimals below 10, one below 100, none above; two significant digits for tiny
 *   non-zero values so they never read "0".
 * - A figure that is not finite reads "n/a", never "NaN" or "Infinity".
 */
import type { Constraint, Range, Unit } from '../types.ts';
import { CONSTRAINT_LABELS } from './labels.ts';

/** The pinned locale of every formatted figure. */
export const NUMBER_LOCALE = 'en-US';

/** What a figure that could not be computed reads as. */
export const NOT_AVAILABLE = 'n/a';

/** How a quantity is shown: the factor to divide the model's value by, and the unit's short and long names. */
export interface DisplayScale {
  /** Display value = model value / divisor. */
  divisor: number;
  /** Short unit, e.g. "GiB". */
  unit: string;
  /** Unit in words, for screen readers and captions, e.g. "gibibytes". */
  unitLong: string;
}

const SCALES: Record<Unit, DisplayScale> = {
  'ref-cores': { divisor: 1, unit: 'ref. cores', unitLong: 'reference cores' },
  MiB: { divisor: 1, unit: 'MiB', unitLong: 'mebibytes' },
  GB: { divisor: 1, unit: 'GB', unitLong: 'gigabytes' },
  'GB/month': { divisor: 1, unit: 'GB/month', unitLong: 'gigabytes per month' },
};

/**
 * The display scale for a quantity, from a reference value (usually the typical total), so that a whole
 * range or breakdown table shares one unit.
 */
export function pickScale(unit: Unit, reference: number): DisplayScale {
  const abs = Math.abs(reference);
  if (unit === 'MiB' && abs >= 1024) return { divisor: 1024, unit: 'GiB', unitLong: 'gibibytes' };
  if (unit === 'GB' && abs > 0 && abs < 1) return { divisor: 0.001, unit: 'MB', unitLong: 'megabytes' };
  if (unit === 'GB/month' && abs > 0 && abs < 1) {
    return { divisor: 0.001, unit: 'MB/month', unitLong: 'megabytes per month' };
  }
  return SCALES[unit];
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(NUMBER_LOCALE, options);
    formatters.set(key, f);
  }
  return f;
}

/** A plain number with the precision rule above: "1,234", "12.3", "1.23", "0.0042"; "n/a" when not finite. */
export function formatNumber(value: number): string {
  return numberText(value, true) ?? NOT_AVAILABLE;
}

/**
 * A number as a spreadsheet reads it: the same precision as formatNumber, with no thousands separator and a
 * decimal point ("1396", "12.3", "0.0042"); null when not finite (an empty cell).
 */
export function plainNumber(value: number): string | null {
  return numberText(value, false);
}

/**
 * numberText's formatters, by grouping and precision (2, 1, 0 decimals, then 2 significant digits), made once:
 * the grader formats numbers for every device, and building formatter()'s key on each call was most of the cost.
 * Made on first use, not when the app loads.
 */
let NUMBER_FORMATS: Intl.NumberFormat[][] | null = null;

function numberText(value: number, useGrouping: boolean): string | null {
  if (!Number.isFinite(value)) return null;
  const abs = Math.abs(value);
  NUMBER_FORMATS ??= [true, false].map((grouping) => [
    ...[2, 1, 0].map((digits) => formatter({ maximumFractionDigits: digits, useGrouping: grouping })),
    formatter({ maximumSignificantDigits: 2, useGrouping: grouping }),
  ]);
  const formats = NUMBER_FORMATS[useGrouping ? 0 : 1]!;
  const text = formats[abs > 0 && abs < 0.01 ? 3 : abs < 10 ? 0 : abs < 100 ? 1 : 2]!.format(value);
  // A tiny negative value must not read "-0".
  return text === '-0' ? '0' : text;
}

/** A value in the given scale, without its unit. */
export function formatScaled(value: number, scale: DisplayScale): string {
  return formatNumber(value / scale.divisor);
}

/** A value with its unit, e.g. "1.5 GiB"; "n/a" when not finite. */
export function formatQuantity(
  value: number,
  unit: Unit,
  scale: DisplayScale = pickScale(unit, value),
): string {
  const number = formatScaled(value, scale);
  return number === NOT_AVAILABLE ? number : `${number} ${scale.unit}`;
}

/** A number followed by a free-text unit ("300 MB", "4 TOPS"), for answers and assumptions. */
export function formatWithUnit(value: number, unit: string): string {
  const number = formatNumber(value);
  if (number === NOT_AVAILABLE || !unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** The three ends of a range in one scale (chosen from the typical value). */
export interface FormattedRange {
  low: string;
  typical: string;
  high: string;
  scale: DisplayScale;
}

export function formatRange(
  range: Range,
  unit: Unit,
  scale: DisplayScale = pickScale(unit, range.typical),
): FormattedRange {
  return {
    low: formatScaled(range.low, scale),
    typical: formatScaled(range.typical, scale),
    high: formatScaled(range.high, scale),
    scale,
  };
}

/** A ratio (1 = 100 %) as a whole percentage, e.g. "78%"; "n/a" when not finite. */
export function formatPercent(ratio: number): string {
  if (!Number.isFinite(ratio)) return NOT_AVAILABLE;
  return (PERCENT ??= formatter({ style: 'percent', maximumFractionDigits: 0 })).format(ratio);
}

/** US dollars without cents, e.g. "$1,200"; "n/a" when not finite. */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return (USD ??= formatter({ style: 'currency', currency: 'USD', maximumFractionDigits: 0 })).format(value);
}

/** formatPercent's and formatUsd's formatters, made on first use. */
let PERCENT: Intl.NumberFormat | null = null;
let USD: Intl.NumberFormat | null = null;

/**
 * formatDateTime's formatter, made on first use (the report's date): this module is in the first view, and
 * making a DateTimeFormat with a time zone loads the zone data, about 60 ms of the page's start on a busy
 * 2-core machine (a Chrome CPU profile of the landing page, 2026-12-04), 4 times that in Lighthouse's mobile run.
 */
let DATE_TIME: Intl.DateTimeFormat | null = null;

/** A timestamp in UTC, whatever the reader's time zone: "November 25, 2026 at 15:33 UTC". */
export function formatDateTime(date: Date): string {
  if (!Number.isFinite(date.getTime())) return NOT_AVAILABLE;
  DATE_TIME ??= new Intl.DateTimeFormat(NUMBER_LOCALE, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
    timeZoneName: 'short',
  });
  return DATE_TIME.format(date);
}

/** A binding constraint in words; "None near a limit" when null. */
export function formatConstraint(constraint: Constraint | null): string {
  return constraint === null ? 'None near a limit' : CONSTRAINT_LABELS[constraint];
}
