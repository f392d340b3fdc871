/**
 * Colours safe for colour-blind readers: the Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008;
 * https://jfly.uni-koeln.de/color/). Charts import these instead of inventing colours. Colour is never the only
 * carrier of meaning: every chart also has a table, labels or patterns.
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/**
 * Series colours in the order charts should use them. Yellow is last: it has low contrast on white, so it is
 * only used for the eighth series and always with an outline.
 */
export const SERIES_COLOURS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.skyBlue,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.black,
  OKABE_ITO.yellow,
];

/** The colour of series number `index` (wraps around). */
export function seriesColour(index: number): string {
  const n = SERIES_COLOURS.length;
  return SERIES_COLOURS[((index % n) + n) % n] ?? OKABE_ITO.blue;
}
