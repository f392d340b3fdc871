/**
 * Packing of the share-link JSON into URL-safe text, per format version. The JSON layout itself (wire-v1.ts)
 * and its upgrades (migrations.ts) are separate: a format version fixes BOTH the packing and the layout.
 *
 *   format 1: lz-string `compressToEncodedURIComponent` (alphabet A–Z a–z 0–9 + - $)
 *   format 2 and 3: UTF-8 → raw DEFLATE (RFC 1951, no zlib/gzip header; fflate, level 9) → base64url
 *             without padding (RFC 4648 §5, alphabet A–Z a–z 0–9 - _); format 3 changed only the JSON layout
 *
 * Why format 2: on the 20-module golden scenario the same JSON (1,150 characters) packs to 948 characters
 * with lz-string and 762 with deflate-raw + base64url (measured 2026-11-25). lz-string's 6-bit dictionary
 * coder is tuned for short strings; DEFLATE's LZ77 window + Huffman coding does better on ~1 kB of JSON
 * with repeated keys, registries and version tags.
 *
 * Format 1 is read by lz-string, which the app loads only when a format-1 link is opened (format-1.ts installs
 * it; the app's first view does not carry it): unpack() reports 'reader-not-loaded' until then.
 *
 * Unpacking never throws and is bounded: the caller refuses payloads over MAX_PAYLOAD_LENGTH characters
 * before they get here, and the unpacked text is capped at MAX_UNPACKED_BYTES (a "zip bomb" guard: DEFLATE
 * can expand ~1,000×, so 12 kB of hostile data could otherwise claim ~12 MB).
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/** The part of lz-string that reads format 1. */
export interface Format1Reader {
  decompressFromEncodedURIComponent(body: string): string | null;
}

let format1Reader: Format1Reader | null = null;

/** Install the format-1 reader (format-1.ts does, when it is loaded). */
export function installFormat1Reader(reader: Format1Reader): void {
  format1Reader = reader;
}

/** True once format 1 can be read. */
export function format1ReaderInstalled(): boolean {
  return format1Reader !== null;
}

export { isFormat1Payload } from './format-tag.ts';

/**
 * Largest unpacked JSON accepted, in bytes (UTF-8). The largest valid state (200 modules with 80-character
 * names and 300-character images, every character JSON-escaped) is about 0.5 MB; real links are 1–30 kB.
 */
export const MAX_UNPACKED_BYTES = 1_048_576;

/** Characters a packed body of each format may contain. */
export const PACKED_ALPHABETS: Readonly<Record<number, RegExp>> = {
  1: /^[A-Za-z0-9+$-]*$/,
  2: /^[A-Za-z0-9_-]*$/,
  3: /^[A-Za-z0-9_-]*$/,
};

export type UnpackResult =
  | { ok: true; json: string }
  | {
      ok: false;
      problem: 'corrupt' | 'foreign-characters' | 'too-large' | 'unknown-format' | 'reader-not-loaded';
    };

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE64URL_INDEX: ReadonlyMap<string, number> = new Map([...BASE64URL].map((c, i) => [c, i]));

/** Bytes → base64url without padding (RFC 4648 §5). */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    const left = bytes.length - i;
    out += BASE64URL[(n >> 18) & 63];
    out += BASE64URL[(n >> 12) & 63];
    if (left > 1) out += BASE64URL[(n >> 6) & 63];
    if (left > 2) out += BASE64URL[n & 63];
  }
  return out;
}

/** base64url without padding → bytes, or null when the text is not base64url (wrong character or length). */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null; // one leftover character cannot hold a whole byte
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (const char of text) {
    const value = BASE64URL_INDEX.get(char);
    if (value === undefined) return null;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (buffer >> bits) & 255;
    }
  }
  return out;
}

/** Pack JSON text the way formats 2 and 3 (the current one) do. */
export function packV2(json: string): string {
  return toBase64Url(deflateSync(strToU8(json), { level: 9 }));
}

function unpackV1(body: string): UnpackResult {
  if (!format1Reader) return { ok: false, problem: 'reader-not-loaded' };
  let json: string | null;
  try {
    json = format1Reader.decompressFromEncodedURIComponent(body);
  } catch {
    json = null;
  }
  if (!json) return { ok: false, problem: 'corrupt' };
  // lz-string has no output cap; refuse the result before JSON.parse spends time on it.
  if (json.length > MAX_UNPACKED_BYTES) return { ok: false, problem: 'too-large' };
  return { ok: true, json };
}

function unpackV2(body: string): UnpackResult {
  const bytes = fromBase64Url(body);
  if (!bytes || bytes.length === 0) return { ok: false, problem: 'corrupt' };
  // A fixed output buffer one byte larger than the cap: fflate never grows a buffer it was given (it writes
  // at most its length and reports how far it got), so a bomb cannot allocate more than this, and a result
  // that fills it completely was over the cap.
  const out = new Uint8Array(MAX_UNPACKED_BYTES + 1);
  let unpacked: Uint8Array;
  try {
    unpacked = inflateSync(bytes, { out });
  } catch {
    // fflate throws on invalid DEFLATE data (bad block type, bad code lengths, unexpected end, …).
    return { ok: false, problem: 'corrupt' };
  }
  if (unpacked.length > MAX_UNPACKED_BYTES) return { ok: false, problem: 'too-large' };
  if (unpacked.length === 0) return { ok: false, problem: 'corrupt' };
  let json: string;
  try {
    json = strFromU8(unpacked);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  return { ok: true, json };
}

/** Unpack the body of a payload of the given format to JSON text. Never throws. */
export function unpack(formatVersion: number, body: string): UnpackResult {
  const alphabet = PACKED_ALPHABETS[formatVersion];
  if (!alphabet) return { ok: false, problem: 'unknown-format' };
  if (!alphabet.test(body)) return { ok: false, problem: 'foreign-characters' };
  if (formatVersion === 1) return unpackV1(body);
  return unpackV2(body);
}
