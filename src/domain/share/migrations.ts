/**
 * Share-link format migrations.
 *
 * The format version is written OUTSIDE the compressed payload (`<format>.<packed JSON>`), so a link made by
 * any past release can be recognised before it is unpacked. A format fixes two things: how the JSON is
 * packed (pack.ts unpacks each format its own way) and the JSON layout. Each past format gets ONE migration
 * that turns its unpacked JSON into the next format's JSON; decoding runs them in order, from the link's
 * format up to the current one, and only then validates the result field by field (share-codec.ts).
 *
 *   format 1 (2026-11-25, first release): lz-string packing, `[model, view, step, answers]`.
 *   format 2 (2026-11-25): raw DEFLATE + base64url packing (fflate), same layout as format 1.
 *   format 3 (2026-12-04): same packing; `[model, answers]` (the view and step are in the fragment's path
 *     only), and every section's array is appendable (wire.ts).
 *
 * A NEW ANSWER FIELD NEEDS NO NEW FORMAT: it takes the next position of its section (wire.ts), and links
 * made before it open with its default. A new format is only for changes that move or drop what is there.
 *
 * Rules for whoever changes the wire layout in such a way (wire.ts):
 * 1. bump CURRENT_FORMAT_VERSION;
 * 2. append a migration to MIGRATIONS, annotated `// vN → vN+1: what changed`;
 * 3. keep the golden link of every past format in src/testing/golden/share-links/ and add one for the new
 *    format: share-golden.test.ts opens each of them.
 */

/** The format that encodeShareState writes today. */
export const CURRENT_FORMAT_VERSION = 3;

/** Turns the decompressed JSON of format N into the JSON of format N + 1. May throw on nonsense input. */
export type Migration = (wire: unknown) => unknown;

/**
 * Ordered migrations: MIGRATIONS[i] upgrades format i + 1 to format i + 2.
 */
export const MIGRATIONS: readonly Migration[] = [
  // v1 → v2: only the packing changed (lz-string → raw DEFLATE + base64url, undone by pack.ts before this
  // runs); the JSON layout is unchanged, so the unpacked JSON passes through as it is.
  (wire) => wire,
  // v2 → v3: the copy of the view and the step inside the payload is dropped (the fragment's path has always
  // carried both, and the app opens the path's). `[model, view, step, answers]` → `[model, answers]`.
  // Anything but an array passes through for restoreState to refuse.
  (wire) => (Array.isArray(wire) ? [wire[0], ...wire.slice(3)] : wire),
];

export type MigrationResult = { ok: true; wire: unknown } | { ok: false; error: string };

/**
 * Upgrade a decompressed payload of format `fromVersion` to the current format. Never throws: a
 * migration that fails on a mangled payload is reported as an error.
 */
export function migrateToCurrent(fromVersion: number, wire: unknown): MigrationResult {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) {
    return { ok: false, error: `Format ${String(fromVersion)} never existed.` };
  }
  if (fromVersion > CURRENT_FORMAT_VERSION) {
    return {
      ok: false,
      error:
        `This link was made by a newer version of Edge Sizer (link format ${fromVersion}); this page reads ` +
        `formats up to ${CURRENT_FORMAT_VERSION}. Reload the page to get the latest version, then open the link again.`,
    };
  }
  let current = wire;
  for (let version = fromVersion; version < CURRENT_FORMAT_VERSION; version++) {
    const migration = MIGRATIONS[version - 1];
    if (!migration) return { ok: false, error: `No migration from link format ${version}.` };
    try {
      current = migration(current);
    } catch {
      return { ok: false, error: `The link's data (format ${version}) could not be upgraded.` };
    }
  }
  return { ok: true, wire: current };
}
