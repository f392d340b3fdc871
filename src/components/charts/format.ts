/**
 * Number and unit formatting shared by the results, the charts' tables and the report, so every place
 * that shows a figure shows it the same way (same unit, same rounding).
 *
 * One fixed locale keeps the screen, the printed report and the exports in agreement.
 */
import type { Range, Unit } from '../../domain/types.ts';

export const NUMBER_LOCALE = 'en-US';

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
 * Pick the display scale for a quantity from a reference value (usually the typical total), so that a
 * whole range or a whole breakdown table shares one unit: MiB of 1 GiB or more are shown in GiB,
 * GB below 1 GB in MB.
 */
export function pickScale(unit: Unit, reference: number): DisplayScale {
  if (unit === 'MiB' && Math.abs(reference) >= 1024) {
    return { divisor: 1024, unit: 'GiB', unitLong: 'gibibytes' };
  }
  if (unit === 'GB' && Math.abs(reference) > 0 && Math.abs(reference) < 1) {
    return { divisor: 0.001, unit: 'MB', unitLong: 'megabytes' };
  }
  if (unit === 'GB/month' && Math.abs(reference) > 0 && Math.abs(reference) < 1) {
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

/**
 * A plain number with precision that suits its size: two decimals below 10, one below 100, none above;
 * two significant digits for tiny non-zero values so they never show as "0".
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  if (abs > 0 && abs < 0.01) return formatter({ maximumSignificantDigits: 2 }).format(value);
  const digits = abs < 10 ? 2 : abs < 100 ? 1 : 0;
  return formatter({ maximumFractionDigits: digits }).format(value);
}

/** A value in the given scale, without its unit. */
export function formatScaled(value: number, scale: DisplayScale): string {
  return formatNumber(value / scale.divisor);
}

/** A value with its unit, e.g. "1.5 GiB". */
export function formatQuantity(
  value: number,
  unit: Unit,
  scale: DisplayScale = pickScale(unit, value),
): string {
  return `${formatScaled(value, scale)} ${scale.unit}`;
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

/** "1.5 GiB (1.1–2.3 GiB)": the typical value with its range. */
export function formatRangeText(range: Range, unit: Unit): string {
  const f = formatRange(range, unit);
  return `${f.typical} ${f.scale.unit} (range ${f.low}–${f.high} ${f.scale.unit})`;
}

/** A ratio (1 = 100 %) as a whole percentage, e.g. "78%". */
export function formatPercent(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  return formatter({ style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/** US dollars without cents, e.g. "$1,200". */
export function formatUsd(value: number): string {
  return formatter({ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);
}
