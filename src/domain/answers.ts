/**
 * Answers: the only input of the sizing model.
 *
 * Microsoft's IoT Edge guidance asks seven prototyping questions before choosing hardware
 * (modules, shared layers, languages, data volume, accelerators, performance, budget) and gives no
 * numbers. Answers holds a user's replies to those questions plus the platform choices. Every field
 * has a default, so "I don't know" is always a valid answer.
 *
 * The schema is the single source of validation: the CLI, the wizard's forms, share links and
 * imported files all go through it.
 */
import * as v from 'valibot';

/** Limits shared by the schema, the wizard's inputs and their help texts. */
export const LIMITS = {
  modules: { min: 0, max: 200 },
  messagesPerSecond: { min: 0, max: 100_000 },
  /** IoT Hub / edgeHub reject device-to-cloud messages over 256 KB. */
  messageSizeKb: { min: 0.01, max: 256 },
  imageSizeMb: { min: 1, max: 20_000 },
  memoryLimitMb: { min: 4, max: 1_048_576 },
  headroomPercent: { min: 0, max: 200 },
  offlineHours: { min: 0, max: 720 },
  upstreamPercent: { min: 0, max: 100 },
  budgetUsd: { min: 0, max: 1_000_000 },
  tops: { min: 0, max: 10_000 },
  gopsPerInference: { min: 0, max: 10_000 },
  framesPerSecond: { min: 0, max: 1_000 },
  streams: { min: 0, max: 256 },
  nameLength: 80,
  imageLength: 300,
} as const;

/** Module languages. "rust-go" groups the two natively compiled, garbage-light runtimes. */
export const LANGUAGES = ['c', 'dotnet', 'java', 'node', 'python', 'rust-go', 'unknown'] as const;
export type Language = (typeof LANGUAGES)[number];

/** How the modules' container images share layers (question 2 of Microsoft's list). */
export const LAYER_SHARING = ['unknown', 'none', 'by-language', 'single-base'] as const;
export type LayerSharing = (typeof LAYER_SHARING)[number];

/** Local processing done per message, beyond routing it. */
export const PROCESSING = ['passthrough', 'light', 'moderate', 'heavy'] as const;
export type Processing = (typeof PROCESSING)[number];

export const ACCELERATORS = ['none', 'gpu', 'npu', 'vpu'] as const;
export type AcceleratorKind = (typeof ACCELERATORS)[number];

/** How an inference load is stated: directly in TOPS, or as model cost × frames per second × streams. */
export const INFERENCE_SIZING = ['tops', 'workload'] as const;
export type InferenceSizing = (typeof INFERENCE_SIZING)[number];

/** IoT Edge release lines a user may pick; 1.6 LTS is the only supported one on 2026-11-25. */
export const IOT_EDGE_VERSIONS = ['1.6', '1.5', '1.4', '1.1'] as const;
export type IotEdgeVersion = (typeof IOT_EDGE_VERSIONS)[number];

export const HOST_OSES = [
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
] as const;
export type HostOs = (typeof HOST_OSES)[number];

export const ARCHITECTURES = ['amd64', 'arm64', 'arm32v7', 'armv6'] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

export const CONTAINER_ENGINES = ['moby', 'docker-ce', 'docker-ee', 'docker-snap'] as const;
export type ContainerEngine = (typeof CONTAINER_ENGINES)[number];

/** Container OS family. Windows containers ended with IoT Edge 1.1 LTS; kept so the old rule can be explained. */
export const CONTAINER_OSES = ['linux', 'windows'] as const;
export type ContainerOs = (typeof CONTAINER_OSES)[number];

export const HOSTINGS = ['bare-metal', 'hyper-v', 'vsphere', 'kvm', 'azure-vm', 'other-vm'] as const;
export type Hosting = (typeof HOSTINGS)[number];

const bounded = (limits: { readonly min: number; readonly max: number }, label: string) =>
  v.pipe(
    v.number(`${label} must be a number`),
    v.finite(`${label} must be a finite number`),
    v.minValue(limits.min, `${label} must be at least ${limits.min}`),
    v.maxValue(limits.max, `${label} must be at most ${limits.max.toLocaleString('en-US')}`),
  );

const boundedInt = (limits: { readonly min: number; readonly max: number }, label: string) =>
  v.pipe(bounded(limits, label), v.integer(`${label} must be a whole number`));

/** A number the user may not know: null means "I don't know", and the model uses its default. */
const unknownOr = <S extends v.GenericSchema<unknown, number>>(schema: S) => v.nullable(schema);

const text = (max: number, label: string) =>
  v.pipe(v.string(`${label} must be text`), v.maxLength(max, `${label} must be at most ${max} characters`));

/**
 * The characters a module name may use. IoT Hub module identities (the moduleId IoT Edge gives each module) are
 * case-sensitive, up to 128 ASCII letters and digits plus - : . + % _ # * ? ! ( ) , = @ ; $ '
 * (https://learn.microsoft.com/javascript/api/@azure/eventgrid/iothubdeviceconnectedeventdata, "moduleId";
 * checked 2026-11-25). Edge Sizer keeps to the subset its manifest export writes unchanged
 * (src/domain/manifest/schema.ts MODULE_NAME_PATTERN): no ';' and no '$', which IoT Edge reserves for its own
 * modules ($edgeAgent, $edgeHub). No spaces.
 */
export const MODULE_NAME_CHARACTERS = /^[A-Za-z0-9\-:.+%_#*?!(),=@']*$/;

/**
 * A module name as the wizard accepts it: not empty, and only MODULE_NAME_CHARACTERS. ModuleSchema itself keeps
 * accepting any text, so every past share link, answers file and imported manifest still opens (the golden
 * format-1 link has a module called "Résumé 名前"); the manifest export renames such names and says so.
 */
export const ModuleNameSchema = v.pipe(
  text(LIMITS.nameLength, 'Module name'),
  v.trim(),
  v.nonEmpty('Give the module a name (as in the deployment manifest)'),
  v.regex(
    MODULE_NAME_CHARACTERS,
    "Module names use only letters, digits and - : . + % _ # * ? ! ( ) , = @ ' (no spaces, no $)",
  ),
);

/** One custom module, as the user (or an imported manifest) describes it. */
export const ModuleSchema = v.object({
  name: v.pipe(text(LIMITS.nameLength, 'Module name'), v.trim()),
  language: v.picklist(LANGUAGES, 'Pick a language from the list'),
  /** Container image reference, when known (for example from an imported manifest). */
  image: text(LIMITS.imageLength, 'Image'),
  /** Uncompressed image size on disk, when known. */
  imageSizeMb: unknownOr(bounded(LIMITS.imageSizeMb, 'Image size (MB)')),
  /** This module's own message rate; null means its share of the workload's rate. */
  messagesPerSecond: unknownOr(bounded(LIMITS.messagesPerSecond, 'Messages per second')),
  /** createOptions.HostConfig.Memory already set for it, when imported from a manifest. */
  memoryLimitMb: unknownOr(bounded(LIMITS.memoryLimitMb, 'Memory limit (MB)')),
});
export type ModuleSpec = v.InferOutput<typeof ModuleSchema>;

const WorkloadObjectSchema = v.object({
  /** "count": moduleCount modules in defaultLanguage. "list": the modules table, one row per module. */
  mode: v.picklist(['count', 'list'] as const),
  moduleCount: boundedInt(LIMITS.modules, 'Number of modules'),
  defaultLanguage: v.picklist(LANGUAGES, 'Pick a language from the list'),
  modules: v.pipe(
    v.array(ModuleSchema),
    v.maxLength(LIMITS.modules.max, `At most ${LIMITS.modules.max} modules`),
  ),
  layerSharing: v.picklist(LAYER_SHARING),
});

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/**
 * Module names are unique within a deployment (they are the keys of $edgeAgent's modules and the module
 * identities in IoT Hub; case-sensitive, as the manifest export compares them). Each later use of a name gets
 * an issue at its own row's name (workload.modules.<i>.name); the first use stays valid. valibot runs this
 * even when other fields are invalid, so the value is checked as unknown data.
 */
const uniqueModuleNames = v.rawCheck<v.InferOutput<typeof WorkloadObjectSchema>>(({ dataset, addIssue }) => {
  const workload: unknown = dataset.value;
  if (!isRecord(workload) || !Array.isArray(workload['modules'])) return;
  const modules: unknown[] = workload['modules'];
  const firstUse = new Map<string, number>();
  modules.forEach((module, index) => {
    if (!isRecord(module) || typeof module['name'] !== 'string') return;
    const raw = module['name'];
    const name = raw.trim();
    if (name === '') return;
    const first = firstUse.get(name);
    if (first === undefined) {
      firstUse.set(name, index);
      return;
    }
    addIssue({
      message: `Module ${first + 1} is already called "${name}": module names must be unique in a deployment`,
      path: [
        { type: 'object', origin: 'value', input: workload, key: 'modules', value: modules },
        { type: 'array', origin: 'value', input: modules, key: index, value: module },
        { type: 'object', origin: 'value', input: module, key: 'name', value: raw },
      ],
    });
  });
});

export const WorkloadSchema = WorkloadObjectSchema;

/**
 * The workload as the wizard's module table validates it: WorkloadSchema plus valid module names
 * (ModuleNameSchema), each unique in the deployment, with the message at the offending row's name
 * (workload.modules.<i>.name). Stricter than AnswersSchema on purpose: old links and files still open, and the
 * wizard shows what to fix.
 */
export const WorkloadEditSchema = v.pipe(
  v.object({
    ...WorkloadObjectSchema.entries,
    modules: v.pipe(
      v.array(v.object({ ...ModuleSchema.entries, name: ModuleNameSchema })),
      v.maxLength(LIMITS.modules.max, `At most ${LIMITS.modules.max} modules`),
    ),
  }),
  uniqueModuleNames,
);

export const DataSchema = v.object({
  messagesPerSecondAvg: bounded(LIMITS.messagesPerSecond, 'Average messages per second'),
  messagesPerSecondPeak: bounded(LIMITS.messagesPerSecond, 'Peak messages per second'),
  messageSizeKb: bounded(LIMITS.messageSizeKb, 'Message size (KB)'),
  processing: v.picklist(PROCESSING),
  /** Share of messages routed to $upstream (IoT Hub), in percent. */
  upstreamPercent: bounded(LIMITS.upstreamPercent, 'Share sent upstream (%)'),
});

export const AcceleratorSchema = v.object({
  kind: v.picklist(ACCELERATORS),
  sizing: v.picklist(INFERENCE_SIZING),
  /** Required INT8 TOPS, when stated directly. */
  tops: bounded(LIMITS.tops, 'TOPS'),
  /** Model cost in giga-operations per inference (for example about 8 for YOLOv8n at 640 px). */
  gopsPerInference: bounded(LIMITS.gopsPerInference, 'GOPs per inference'),
  framesPerSecond: bounded(LIMITS.framesPerSecond, 'Frames per second'),
  streams: boundedInt(LIMITS.streams, 'Streams'),
});

export const PerformanceSchema = v.object({
  /** Spare capacity kept on top of the typical requirement, in percent. */
  headroomPercent: bounded(LIMITS.headroomPercent, 'Headroom (%)'),
  /** Hours without a cloud connection that store-and-forward must survive (edgeHub timeToLiveSecs). */
  offlineHours: bounded(LIMITS.offlineHours, 'Offline hours'),
});

export const BudgetSchema = v.object({
  /** Hardware budget per device in US dollars; null means no budget was set. */
  maxDeviceUsd: unknownOr(bounded(LIMITS.budgetUsd, 'Budget (USD)')),
});

export const PlatformSchema = v.object({
  iotEdgeVersion: v.picklist(IOT_EDGE_VERSIONS),
  hostOs: v.picklist(HOST_OSES),
  architecture: v.picklist(ARCHITECTURES),
  containerEngine: v.picklist(CONTAINER_ENGINES),
  containerOs: v.picklist(CONTAINER_OSES),
  hosting: v.picklist(HOSTINGS),
});

export const AnswersSchema = v.object({
  scenarioName: v.pipe(text(LIMITS.nameLength, 'Scenario name'), v.trim()),
  workload: WorkloadSchema,
  data: DataSchema,
  accelerator: AcceleratorSchema,
  performance: PerformanceSchema,
  budget: BudgetSchema,
  platform: PlatformSchema,
});

export type Answers = v.InferOutput<typeof AnswersSchema>;
export type Workload = Answers['workload'];
export type DataAnswers = Answers['data'];
export type AcceleratorAnswers = Answers['accelerator'];
export type PerformanceAnswers = Answers['performance'];
export type Platform = Answers['platform'];

/** Defaults: a small telemetry gateway on Microsoft's recommended platform. Each is an "I don't know" answer. */
export const DEFAULT_ANSWERS: Answers = {
  scenarioName: 'My IoT Edge device',
  workload: {
    mode: 'count',
    moduleCount: 2,
    defaultLanguage: 'unknown',
    modules: [],
    layerSharing: 'unknown',
  },
  data: {
    messagesPerSecondAvg: 5,
    messagesPerSecondPeak: 20,
    messageSizeKb: 1,
    processing: 'light',
    upstreamPercent: 100,
  },
  accelerator: { kind: 'none', sizing: 'tops', tops: 0, gopsPerInference: 0, framesPerSecond: 0, streams: 0 },
  // edgeHub's default storeAndForwardConfiguration.timeToLiveSecs is 7200 s = 2 h (production checklist).
  performance: { headroomPercent: 25, offlineHours: 2 },
  budget: { maxDeviceUsd: null },
  platform: {
    iotEdgeVersion: '1.6',
    hostOs: 'debian-12',
    architecture: 'arm64',
    containerEngine: 'moby',
    containerOs: 'linux',
    hosting: 'bare-metal',
  },
};

/** A blank module row, for "add module" in the wizard and for imports. */
export const DEFAULT_MODULE: ModuleSpec = {
  name: 'module',
  language: 'unknown',
  image: '',
  imageSizeMb: null,
  messagesPerSecond: null,
  memoryLimitMb: null,
};

/** One problem found while validating answers: where it is (dot path) and what is wrong. */
export interface AnswerIssue {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; answers: Answers } | { ok: false; issues: AnswerIssue[] };

/** Validate unknown input against the Answers schema. Never throws. */
export function parseAnswers(input: unknown): ParseResult {
  const result = v.safeParse(AnswersSchema, input);
  if (result.success) return { ok: true, answers: result.output };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({
      path: v.getDotPath(issue) ?? '(root)',
      message: issue.message,
    })),
  };
}

/**
 * The modules the model sizes: the table in "list" mode, or moduleCount generic modules in
 * "count" mode. Adding a row or raising the count never removes a module.
 */
export function effectiveModules(workload: Workload): ModuleSpec[] {
  if (workload.mode === 'list') return workload.modules;
  return Array.from({ length: workload.moduleCount }, (_, i) => ({
    ...DEFAULT_MODULE,
    name: `module-${i + 1}`,
    language: workload.defaultLanguage,
  }));
}
