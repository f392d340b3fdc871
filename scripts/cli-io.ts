/**
 * Safe input and output for the command-line tools (scripts/estimate.ts, scripts/estimate-manifest.ts).
 *
 * - readBounded: read a file or standard input, but stop once it is larger than the limit. readFileSync
 *   reads to the end first, so `/dev/zero`, a FIFO or an endless pipe made the CLI hang (issue 20 item 8).
 * - printable: text from outside (a file name, a module name from a manifest, an error message quoting a
 *   path) is written to the terminal with its control characters shown as \u{…} escapes, so a name such as
 *   "\u001b]0;pwned\u0007" cannot retitle the terminal, move the cursor or hide text.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/**
 * C0 and C1 control characters and DEL (line feed aside, so lines stay lines), and the Unicode bidi
 * controls that reorder what a terminal shows (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character written as a visible \u{…} escape. */
export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}}`);
}

/** Like printable, for JSON text: the same characters as JSON \uXXXX escapes, so the JSON stays valid. */
export function printableJson(json: string): string {
  return json.replace(UNSAFE, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

export class TooLargeError extends Error {
  readonly code = 'ETOOLARGE';
}

const CHUNK_BYTES = 64 * 1024;

/**
 * Read a file ('-' or 0: standard input) as UTF-8, reading at most `maxChars` characters' worth of bytes
 * (UTF-8 needs up to 3 bytes per UTF-16 character, so 3 × maxChars + 1 bytes tell "too large" apart). Throws
 * the fs error of open/read, or TooLargeError as soon as the input is known to be too large, without
 * reading the rest.
 */
export function readBounded(path: string | 0, maxChars: number): string {
  const maxBytes = maxChars * 3;
  const fd = path === '-' || path === 0 ? 0 : openSync(path, 'r');
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      let read: number;
      try {
        read = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      } catch (error) {
        // A non-blocking standard input with nothing yet: wait a little and try again.
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        throw error;
      }
      if (read === 0) break;
      total += read;
      if (total > maxBytes) throw new TooLargeError(`larger than ${maxBytes.toLocaleString('en-US')} bytes`);
      chunks.push(chunk.subarray(0, read));
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
  const text = Buffer.concat(chunks, total).toString('utf8');
  if (text.length > maxChars)
    throw new TooLargeError(
      `${text.length.toLocaleString('en-US')} characters, more than ${maxChars.toLocaleString('en-US')}`,
    );
  return text;
}
