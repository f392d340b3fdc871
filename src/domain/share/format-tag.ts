/**
 * What the first view must know of a payload before the codec (share-codec.ts, with DEFLATE) is loaded: which
 * reader it needs. Kept out of pack.ts so that the first view does not carry fflate.
 */

/** True when a payload (as in the URL) is in format 1: its reader must be loaded before it is decoded. */
export function isFormat1Payload(payload: string): boolean {
  return /^0*1\./.test(payload.replace(/\s+/g, ''));
}
