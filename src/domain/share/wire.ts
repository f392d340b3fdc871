/**
 * Wire layout of share links: the mapping between `Answers` and the compact JSON inside the compressed
 * payload, derived from each field's description (src/domain/fields: `wire.at`, `wire.since`, `wire.as`).
 *
 * Why a mapping and not `JSON.stringify(answers)`: key names are most of the bytes, and a realistic
 * 20-module scenario must stay under 1,000 URL characters. So every section is a positional array and
 * every choice is its index in the field's choice table (whose order is frozen: append only).
 *
 * Format 3, as JSON (index: field):
 *
 *   [0 modelVersion: string, 1 answers]
 *   answers     = [0 scenarioName, 1 workload, 2 data, 3 accelerator, 4 performance, 5 budget, 6 platform]
 *   <section>   = its fields at their `wire.at` position; with the fields of today:
 *   workload    = [0 mode#, 1 moduleCount, 2 defaultLanguage#, 3 modules, 4 layerSharing#]
 *   modules     = columns, one entry per module (module i = entry i of every column):
 *                 [0 registries: string[], 1 name[], 2 language#[], 3 imageRef: (int|null)[], 4 imageTail: string[],
 *                  5 imageSizeMb: (number|null)[], 6 messagesPerSecond: (number|null)[], 7 memoryLimitMb: (number|null)[]]
 *   data        = [0 messagesPerSecondAvg, 1 messagesPerSecondPeak, 2 messageSizeKb, 3 processing#, 4 upstreamPercent,
 *                  5 downstreamDevices, 6 downstreamProtocol#, 7 downstreamMessagesPerMinute (5 to 7: since 3, a gateway)]
 *   accelerator = [0 kind#, 1 sizing#, 2 tops, 3 gopsPerInference, 4 framesPerSecond, 5 streams]
 *   performance = [0 headroomPercent, 1 offlineHours, 2 mayBootOffline (1|0, since 3)]
 *   budget      = [0 maxDeviceUsd|null, 1 serviceLifeYears (since 3), 2 planFleet (1|0), 3 sites, 4 devicesPerSite,
 *                  5 energyUsdPerKwh|null, 6 dataUsdPerGb|null, 7 sparePercent (2 to 7: since 3, the fleet plan)]
 *   platform    = [0 iotEdgeVersion#, 1 hostOs#, 2 architecture#, 3 containerEngine#, 4 containerOs#, 5 hosting#,
 *                  6 attestation# (since 3), 7 deploymentsPerMonth (since 3)]
 *
 * `#` = index into the field's choice table. Numbers and strings are written as they are; flags as 1 or 0.
 *
 * Formats 1 and 2 wrote `[modelVersion, view, step, answers]` with the `since 1` fields only; the view and
 * the step have always been in the fragment's path (`#/<view>/<step>?s=…`), so format 3 dropped the copy
 * (migrations.ts). From format 3 on, a section's array is APPENDABLE: a new field takes the next position
 * of its section with `since` = the current format, and a link without that position (made before the field
 * existed) opens with the field's default, without a notice and without a format bump. A position past the
 * ones this version knows comes from a newer version: it is ignored, and the user is told.
 *
 * Module images are the longest strings and repeat a lot (same registry; the image usually contains the
 * module's name), so each image is split: `registries` lists distinct prefixes (first seen first), and
 *   imageRef = null        → image is ""
 *   imageRef = k ≥ 0       → image = registries[k] + imageTail
 *   imageRef = k < 0       → image = registries[-k - 1] + name + imageTail
 * The encoder cuts an image around the first occurrence of the module's name (k < 0), or else after its
 * last "/" (k ≥ 0); the decoder only applies the three rules above, so other cuts stay readable.
 * Columns instead of rows put similar values next to each other, which compresses better (measured
 * 2026-11-25 on the 20-module golden scenario, whole payload: plain JSON of Answers 2,399 characters;
 * positional rows 1,304; rows with images split 1,030; columns 1,009; columns with images cut around the
 * module name 950).
 */
import { SECTIONS, type FieldSpec, type SectionKey } from '../fields/index.ts';

/** The first format whose sections are appendable (fields with `since` ≥ this are optional on a link). */
export const APPENDABLE_SINCE_FORMAT = 3;

/** The sections of `Answers` in wire order (index 1…6 of the answers array; 0 is scenarioName). Frozen. */
export const WIRE_SECTIONS: readonly SectionKey[] = [
  'workload',
  'data',
  'accelerator',
  'performance',
  'budget',
  'platform',
];

/** One field of a section on the wire. */
export interface WireField {
  key: string;
  spec: FieldSpec;
}

/** A section's fields in wire order (by `wire.at`; positions are checked to be 0…n-1 by share-codec.test.ts). */
export function wireFieldsOf(section: SectionKey): readonly WireField[] {
  return Object.entries(SECTIONS[section].fields as Record<string, FieldSpec>)
    .map(([key, spec]) => ({ key, spec }))
    .sort((a, b) => a.spec.wire.at - b.spec.wire.at);
}

/** Every section's wire fields, computed once. */
export const WIRE_FIELDS: Readonly<Record<SectionKey, readonly WireField[]>> = Object.fromEntries(
  WIRE_SECTIONS.map((section) => [section, wireFieldsOf(section)]),
) as Record<SectionKey, readonly WireField[]>;

/** Module columns, in wire order (position 0 is `registries`, 3 and 4 are the split image). */
export const WIRE_MODULE_COLUMNS = {
  registries: 0,
  name: 1,
  language: 2,
  imageRef: 3,
  imageTail: 4,
  imageSizeMb: 5,
  messagesPerSecond: 6,
  memoryLimitMb: 7,
} as const;

/** Number of module columns. */
export const WIRE_MODULE_COLUMN_COUNT = 8;

/** A field's value as the link writes it. */
export function valueToWire(spec: FieldSpec, value: unknown): unknown {
  if (spec.wire.as === 'flag') return value === true ? 1 : value === false ? 0 : value;
  if (spec.wire.as !== 'choice' || !spec.choices) return value;
  const index = spec.choices.values.indexOf(value as string);
  // A value missing from the table cannot come from valid answers; written as text, the decoder accepts it.
  return index === -1 ? value : index;
}

/**
 * A value read from a link, before validation: a choice index becomes its value and a flag its boolean.
 * Returns `undefined` for an index that does not exist; anything else is passed on for the schema to judge.
 */
export function valueFromWire(spec: FieldSpec, raw: unknown): unknown {
  if (spec.wire.as === 'flag') return raw === 1 ? true : raw === 0 ? false : raw;
  if (spec.wire.as !== 'choice' || !spec.choices || typeof raw !== 'number') return raw;
  const table = spec.choices.values;
  return Number.isInteger(raw) && raw >= 0 && raw < table.length ? table[raw] : undefined;
}
