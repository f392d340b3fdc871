/**
 * Text from outside (a scenario or module name, an imported manifest, a share link) shown as it is, with the
 * characters that would change what a reader sees made harmless (issue 20 item 11):
 *
 * - Unicode bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) reorder the text
 *   around them: "report\u202Egnp.exe" displays as "reportexe.png". Each is replaced by a visible marker such
 *   as "[U+202E]", so the reader sees that the text holds one and reads it in its real order
 *   (Unicode Technical Standard #39 and CVE-2021-42574, "Trojan Source", recommend showing them).
 * - C0 and C1 control characters (NUL, BEL, ESC, …) and DEL are removed; tab, line feed and carriage return
 *   become a space. They have no visible form, and in a CSV or Markdown file they corrupt the output.
 *
 * Pure and linear. The stored answers are not changed (nothing is lost); only what is shown and exported.
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const BLANK_CONTROL = /[\t\n\r]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const ANY = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The visible marker for a bidi control, e.g. "[U+202E]". */
export const bidiMarker = (c: string) =>
  `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`;

/** `text` with bidi controls shown as markers and control characters removed (see the file comment). */
export function visibleText(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(BLANK_CONTROL, ' ').replace(CONTROL, '').replace(BIDI, bidiMarker);
}

/** Only the control characters removed (tab, line feed, carriage return kept), for CSV and Markdown cells. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL, '');
}

/** Every string in a plain object, array or string passed through visibleText (other values as they are). */
export function visibleDeep<T>(value: T): T {
  if (typeof value === 'string') return visibleText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => visibleDeep(item)) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = visibleDeep(item);
    return out as T;
  }
  return value;
}
