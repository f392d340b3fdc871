/**
 * Wire layout of share-link format 1: the explicit mapping between `Answers` and the compact JSON that
 * goes inside the compressed payload.
 *
 * Why a mapping and not `JSON.stringify(answers)`: key names are most of the bytes, and a realistic
 * 20-module scenario must stay under 1,000 URL characters. So every section is a positional array and
 * every enum is an index into a FROZEN table below. The tables are copies, not the arrays exported by
 * answers.ts, on purpose: reordering or inserting values in answers.ts must not silently change what old
 * links mean. A new enum value is APPENDED here (share-codec.test.ts fails until it is); anything else that
 * changes the layout needs a new format version and a migration (see migrations.ts).
 *
 * Formats 1 and 2 share this layout (format 2 only packs it differently, see pack.ts).
 *
 * Format 1, as JSON (index: field):
 *
 *   [0 modelVersion: string, 1 view: string, 2 step: string | null, 3 answers]
 *   answers     = [0 scenarioName, 1 workload, 2 data, 3 accelerator, 4 performance, 5 budget, 6 platform]
 *   workload    = [0 mode#, 1 moduleCount, 2 defaultLanguage#, 3 modules, 4 layerSharing#]
 *   modules     = columns, one entry per module (module i = entry i of every column):
 *                 [0 registries: string[], 1 name[], 2 language#[], 3 imageRef: (int|null)[], 4 imageTail: string[],
 *                  5 imageSizeMb: (number|null)[], 6 messagesPerSecond: (number|null)[], 7 memoryLimitMb: (number|null)[]]
 *   data        = [0 messagesPerSecondAvg, 1 messagesPerSecondPeak, 2 messageSizeKb, 3 processing#, 4 upstreamPercent]
 *   accelerator = [0 kind#, 1 sizing#, 2 tops, 3 gopsPerInference, 4 framesPerSecond, 5 streams]
 *   performance = [0 headroomPercent, 1 offlineHours]
 *   budget      = [0 maxDeviceUsd|null]
 *   platform    = [0 iotEdgeVersion#, 1 hostOs#, 2 architecture#, 3 containerEngine#, 4 containerOs#, 5 hosting#]
 *
 * `#` = index into the enum table of that field. Numbers and strings are written as they are.
 *
 * Module images are the longest strings and repeat a lot (same registry; the image usually contains the
 * module's name), so each image is split: `registries` lists distinct prefixes (first seen first), and
 *   imageRef = null        → image is ""
 *   imageRef = k ≥ 0       → image = registries[k] + imageTail
 *   imageRef = k < 0       → image = registries[-k - 1] + name + imageTail
 * The encoder cuts an image around the first occurrence of the module's name (k < 0), or else after its
 * last "/" (k ≥ 0); the decoder only applies the three rules above, so other cuts stay readable.
 * Columns instead of rows put similar values next to each other, which lz-string compresses better
 * (measured 2026-11-25 on the 20-module golden scenario, whole payload: plain JSON of Answers 2,399
 * characters; positional rows 1,304; rows with images split 1,030; columns 1,009; columns with images cut
 * around the module name 950).
 */

/** Enum tables of format 1. Append only. */
export const WIRE_V1_ENUMS = {
  mode: ['count', 'list'],
  language: ['c', 'dotnet', 'java', 'node', 'python', 'rust-go', 'unknown'],
  layerSharing: ['unknown', 'none', 'by-language', 'single-base'],
  processing: ['passthrough', 'light', 'moderate', 'heavy'],
  acceleratorKind: ['none', 'gpu', 'npu', 'vpu'],
  inferenceSizing: ['tops', 'workload'],
  iotEdgeVersion: ['1.6', '1.5', '1.4', '1.1'],
  hostOs: [
    'debian-12',
    'debian-11',
    'debian-13',
    'raspberry-pi-os-bookworm',
    'raspberry-pi-os-trixie',
    'ubuntu-24.04',
    'ubuntu-22.04',
    'ubuntu-20.04',
    'ubuntu-core',
    'rhel-9',
    'rhel-8',
    'azure-linux-3',
    'yocto',
    'other-linux',
    'windows-client',
    'windows-server',
  ],
  architecture: ['amd64', 'arm64', 'arm32v7', 'armv6'],
  containerEngine: ['moby', 'docker-ce', 'docker-ee', 'docker-snap'],
  containerOs: ['linux', 'windows'],
  hosting: ['bare-metal', 'hyper-v', 'vsphere', 'kvm', 'azure-vm', 'other-vm'],
} as const satisfies Record<string, readonly string[]>;

/** How one field is written: as it is, or as an index into an enum table. */
export type WireField = { key: string; enum?: keyof typeof WIRE_V1_ENUMS };

/** The sections of `Answers` in wire order (index 1…6 of the answers array; 0 is scenarioName). */
export const WIRE_V1_SECTIONS = [
  {
    key: 'workload',
    fields: [
      { key: 'mode', enum: 'mode' },
      { key: 'moduleCount' },
      { key: 'defaultLanguage', enum: 'language' },
      { key: 'modules' },
      { key: 'layerSharing', enum: 'layerSharing' },
    ],
  },
  {
    key: 'data',
    fields: [
      { key: 'messagesPerSecondAvg' },
      { key: 'messagesPerSecondPeak' },
      { key: 'messageSizeKb' },
      { key: 'processing', enum: 'processing' },
      { key: 'upstreamPercent' },
    ],
  },
  {
    key: 'accelerator',
    fields: [
      { key: 'kind', enum: 'acceleratorKind' },
      { key: 'sizing', enum: 'inferenceSizing' },
      { key: 'tops' },
      { key: 'gopsPerInference' },
      { key: 'framesPerSecond' },
      { key: 'streams' },
    ],
  },
  { key: 'performance', fields: [{ key: 'headroomPercent' }, { key: 'offlineHours' }] },
  { key: 'budget', fields: [{ key: 'maxDeviceUsd' }] },
  {
    key: 'platform',
    fields: [
      { key: 'iotEdgeVersion', enum: 'iotEdgeVersion' },
      { key: 'hostOs', enum: 'hostOs' },
      { key: 'architecture', enum: 'architecture' },
      { key: 'containerEngine', enum: 'containerEngine' },
      { key: 'containerOs', enum: 'containerOs' },
      { key: 'hosting', enum: 'hosting' },
    ],
  },
] as const satisfies readonly { key: string; fields: readonly WireField[] }[];

/** Module columns, in wire order (position 0 is `registries`, 3 and 4 are the split image). */
export const WIRE_V1_MODULE_COLUMNS = {
  registries: 0,
  name: 1,
  language: 2,
  imageRef: 3,
  imageTail: 4,
  imageSizeMb: 5,
  messagesPerSecond: 6,
  memoryLimitMb: 7,
} as const;

/** Number of module columns in format 1. */
export const WIRE_V1_MODULE_COLUMN_COUNT = 8;
