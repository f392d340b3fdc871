/**
 * Format 1 of the share links (the first release, 2026-11-25): lz-string packing. Read only: new links are
 * written in the current format. Importing this module installs the reader in pack.ts; the app imports it
 * only when a format-1 link is opened (src/store/open-link.ts), so the first view does not carry lz-string
 * (about 1.5 kB gzip).
 */
import LZString from 'lz-string';
// Through link-codec.ts, which the app has loaded before this (src/store/open-link.ts): the bundler then keeps the
// packing in the codec's chunk instead of a chunk of its own that both would import.
import { installFormat1Reader } from './link-codec.ts';

installFormat1Reader(LZString);

/** Pack JSON text the way format 1 did (kept for tests and for measuring; new links are format 2). */
export function packV1(json: string): string {
  return LZString.compressToEncodedURIComponent(json);
}
