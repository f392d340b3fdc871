/**
 * How deeply a JSON text nests arrays and objects, read before JSON.parse. V8's JSON.parse takes time that
 * grows with nesting depth much faster than with size (about 1.5 µs per level: a 5 MB manifest of nested
 * brackets took 7.6 s), and a deep value later overflows the stack of every recursive walk (JSON.stringify
 * included). No manifest or answers file nests more than a dozen levels, so files deeper than a limit are
 * refused before they are parsed (issue 20).
 *
 * One linear pass that skips strings and // and /* *\/ comments (JSON with comments is read too).
 */

/** Deeper than any real deployment manifest or answers file (they nest about 10 levels). A guard, not a rule. */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SLASH = 0x2f;
const STAR = 0x2a;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/** The index of the first bracket that nests deeper than `limit`, or null when the text stays within it. */
export function jsonTooDeepAt(text: string, limit: number = MAX_JSON_DEPTH): number | null {
  let depth = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth++;
      if (depth > limit) return i;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      if (depth > 0) depth--;
    } else if (code === QUOTE) {
      // Skip the string: to the next quote not escaped by an odd number of backslashes.
      let j = i + 1;
      for (;;) {
        const quote = text.indexOf('"', j);
        if (quote < 0) return null;
        let backslashes = 0;
        while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
        if (backslashes % 2 === 0) {
          i = quote;
          break;
        }
        j = quote + 1;
      }
    } else if (code === SLASH) {
      const next = text.charCodeAt(i + 1);
      if (next === SLASH) {
        const end = text.indexOf('\n', i + 2);
        if (end < 0) return null;
        i = end;
      } else if (next === STAR) {
        const end = text.indexOf('*/', i + 2);
        if (end < 0) return null;
        i = end + 1;
      }
    }
  }
  return null;
}
