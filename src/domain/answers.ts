/**
 * Answers: the only input of the sizing model.
 *
 * Microsoft's IoT Edge guidance asks seven prototyping questions before choosing hardware
 * (modules, shared layers, languages, data volume, accelerators, performance, budget) and gives no
 * numbers. Answers holds a user's replies to those questions plus the platform choices. Every field
 * has a default, so "I don't know" is always a valid answer.
 *
 * The schema is the single source of validation: the CLI, the wizard's forms, share links and
 * imported files all go through it. It is assembled here from the description of each field
 * (src/domain/fields/<section>.ts), which also holds its default, its words and its place on a share link.
 */
import * as v from 'valibot';
import {
  ACCELERATOR,
  ACCELERATOR_FIELDS,
  ARCHITECTURE,
  ATTESTATION,
  BUDGET_FIELDS,
  CONTAINER_ENGINES as CONTAINER_ENGINE_VALUES,
  CONTAINER_OS,
  DATA_FIELDS,
  DOWNSTREAM_PROTOCOL,
  HOSTING,
  HOST_OSES as HOST_OS_VALUES,
  INFERENCE_SIZING as INFERENCE_SIZING_CHOICES,
  IOT_EDGE_VERSION,
  LANGUAGE,
  LAYER_SHARING as LAYER_SHARING_CHOICES,
  LIMITS,
  MODULE_FIELDS,
  PERFORMANCE_FIELDS,
  PLATFORM_FIELDS,
  PROCESSING as PROCESSING_CHOICES,
  SCENARIO_NAME,
  WORKLOAD_FIELDS,
  defaultsOf,
  schemaOf,
  text,
} from './fields/index.ts';

export { LIMITS };

/** Module languages. "rust-go" groups the two natively compiled, garbage-light runtimes. */
export const LANGUAGES = LANGUAGE.values;
export type Language = (typeof LANGUAGES)[number];

/** How the modules' container images share layers (question 2 of Microsoft's list). */
export const LAYER_SHARING = LAYER_SHARING_CHOICES.values;
export type LayerSharing = (typeof LAYER_SHARING)[number];

/** Local processing done per message, beyond routing it. */
export const PROCESSING = PROCESSING_CHOICES.values;
export type Processing = (typeof PROCESSING)[number];

/** How downstream devices connect to a gateway's edgeHub (MQTT or AMQP). */
export const DOWNSTREAM_PROTOCOLS = DOWNSTREAM_PROTOCOL.values;
export type DownstreamProtocol = (typeof DOWNSTREAM_PROTOCOLS)[number];

export const ACCELERATORS = ACCELERATOR.values;
export type AcceleratorKind = (typeof ACCELERATORS)[number];

/** How an inference load is stated: directly in TOPS, or as model cost × frames per second × streams. */
export const INFERENCE_SIZING = INFERENCE_SIZING_CHOICES.values;
export type InferenceSizing = (typeof INFERENCE_SIZING)[number];

/** IoT Edge release lines a user may pick; 1.6 LTS is the only supported one on 2026-11-25. */
export const IOT_EDGE_VERSIONS = IOT_EDGE_VERSION.values;
export type IotEdgeVersion = (typeof IOT_EDGE_VERSIONS)[number];

export const HOST_OSES = HOST_OS_VALUES;
export type HostOs = (typeof HOST_OSES)[number];

export const ARCHITECTURES = ARCHITECTURE.values;
export type Architecture = (typeof ARCHITECTURES)[number];

export const CONTAINER_ENGINES = CONTAINER_ENGINE_VALUES;
export type ContainerEngine = (typeof CONTAINER_ENGINES)[number];

/** Container OS family. Windows containers ended with IoT Edge 1.1 LTS; kept so the old rule can be explained. */
export const CONTAINER_OSES = CONTAINER_OS.values;
export type ContainerOs = (typeof CONTAINER_OSES)[number];

export const HOSTINGS = HOSTING.values;
export type Hosting = (typeof HOSTINGS)[number];

/** How the device proves its identity to IoT Hub / DPS. */
export const ATTESTATIONS = ATTESTATION.values;
export type Attestation = (typeof ATTESTATIONS)[number];

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

/** One custom module, as the user (or an imported manifest) describes it (fields/workload.ts MODULE_FIELDS). */
export const ModuleSchema = v.object(schemaOf(MODULE_FIELDS));
export type ModuleSpec = v.InferOutput<typeof ModuleSchema>;

const WorkloadObjectSchema = v.object({
  ...schemaOf(WORKLOAD_FIELDS),
  modules: v.pipe(
    v.array(ModuleSchema),
    v.maxLength(LIMITS.modules.max, `At most ${LIMITS.modules.max} modules`),
  ),
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

export const DataSchema = v.object(schemaOf(DATA_FIELDS));
export const AcceleratorSchema = v.object(schemaOf(ACCELERATOR_FIELDS));
export const PerformanceSchema = v.object(schemaOf(PERFORMANCE_FIELDS));
export const BudgetSchema = v.object(schemaOf(BUDGET_FIELDS));
export const PlatformSchema = v.object(schemaOf(PLATFORM_FIELDS));

export const AnswersSchema = v.object({
  scenarioName: SCENARIO_NAME.schema,
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

/**
 * Defaults: a small telemetry gateway on Microsoft's recommended platform. Each is an "I don't know" answer;
 * each field's default is written in its description (src/domain/fields/<section>.ts).
 */
export const DEFAULT_ANSWERS: Answers = {
  scenarioName: SCENARIO_NAME.default,
  workload: { ...defaultsOf(WORKLOAD_FIELDS), modules: [] },
  data: defaultsOf(DATA_FIELDS),
  accelerator: defaultsOf(ACCELERATOR_FIELDS),
  performance: defaultsOf(PERFORMANCE_FIELDS),
  budget: defaultsOf(BUDGET_FIELDS),
  platform: defaultsOf(PLATFORM_FIELDS),
};

/** A blank module row, for "add module" in the wizard and for imports. */
export const DEFAULT_MODULE: ModuleSpec = defaultsOf(MODULE_FIELDS);

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
