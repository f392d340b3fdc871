/** Every golden share link, one per format ever published (append when a format is added). */
import { GOLDEN_V1, type GoldenLink } from './v1.ts';
import { GOLDEN_V2 } from './v2.ts';
import { GOLDEN_V3 } from './v3.ts';

export type { GoldenLink } from './v1.ts';
export { GOLDEN_V1 } from './v1.ts';
export { GOLDEN_V2 } from './v2.ts';
export { GOLDEN_V3 } from './v3.ts';

export const GOLDEN_LINKS: readonly GoldenLink[] = [GOLDEN_V1, GOLDEN_V2, GOLDEN_V3];
