/**
 * Series styles for the charts: the Okabe–Ito colours from src/lib/palette.ts, each paired with a fill
 * pattern, so colour is never the only carrier of meaning (the legend and the table name every series too).
 */
import { SERIES_COLOURS, seriesColour } from '../../lib/palette.ts';

/** Fill patterns, cycled with the colours so neighbouring series differ in texture too. */
export const PATTERNS = [
  'solid',
  'diagonal',
  'dots',
  'horizontal',
  'crosshatch',
  'vertical',
  'reverse-diagonal',
  'grid',
] as const;
export type PatternKind = (typeof PATTERNS)[number];

export interface SeriesStyle {
  color: string;
  pattern: PatternKind;
}

/** The style of the n-th series: colours cycle through Okabe–Ito; a repeated colour gets a new texture. */
export function seriesStyle(index: number): SeriesStyle {
  const n = SERIES_COLOURS.length;
  const pattern = PATTERNS[(index + Math.floor(index / n)) % PATTERNS.length] ?? 'solid';
  return { color: seriesColour(index), pattern };
}
