/** The scenario's name and the workload: how many modules, in which languages, sharing which layers. */
import * as v from 'valibot';
import { LANGUAGE, LAYER_SHARING, WORKLOAD_MODE } from './choices.ts';
import { bounded, boundedInt, field, oneOf, text, unknownOr } from './field.ts';
import { LIMITS } from './limits.ts';

const DEFAULT_NAME = 'My IoT Edge device';

export const SCENARIO_NAME = field({
  schema: v.pipe(text(LIMITS.nameLength, 'Scenario name'), v.trim()),
  default: DEFAULT_NAME,
  label: 'Scenario name',
  help: `Shown on the report and in saved scenarios (up to ${LIMITS.nameLength} characters). Don't know? Keep "${DEFAULT_NAME}".`,
  short: 'scenario name',
  askedIn: 'start',
  report: { value: (name) => name.trim() || 'Untitled scenario' },
  wire: { at: 0, since: 1 },
});

/**
 * One custom module's fields, as the user (or an imported manifest) describes it. On the link the module
 * list is written column by column (share/wire.ts), not field by field, so these have no `wire` position.
 */
export const MODULE_FIELDS = {
  name: field({
    schema: v.pipe(text(LIMITS.nameLength, 'Module name'), v.trim()),
    default: 'module',
    label: 'Name',
    help: 'As in the deployment manifest.',
    short: 'module name',
    askedIn: 'workload',
    wire: { at: 1, since: 1 },
  }),
  language: field({
    schema: oneOf(LANGUAGE, 'Pick a language from the list'),
    default: 'unknown',
    label: 'Language',
    help: "Don't know: typical mix.",
    short: 'module language',
    choices: LANGUAGE,
    askedIn: 'workload',
    wire: { at: 2, since: 1, as: 'choice' },
  }),
  /** Container image reference, when known (for example from an imported manifest). */
  image: field({
    schema: text(LIMITS.imageLength, 'Image'),
    default: '',
    label: 'Image',
    short: 'module image',
    askedIn: 'workload',
    wire: { at: 3, since: 1 },
  }),
  /** Uncompressed image size on disk, when known. */
  imageSizeMb: field({
    schema: unknownOr(bounded(LIMITS.imageSizeMb, 'Image size (MB)')),
    default: null,
    label: 'Image size',
    help: 'Uncompressed. Empty: typical for the language.',
    short: 'image size',
    unit: 'MB',
    limits: LIMITS.imageSizeMb,
    optional: true,
    askedIn: 'workload',
    wire: { at: 5, since: 1 },
  }),
  /** This module's own message rate; null means its share of the workload's rate. */
  messagesPerSecond: field({
    schema: unknownOr(bounded(LIMITS.messagesPerSecond, 'Messages per second')),
    default: null,
    label: 'Messages/s',
    help: 'Empty: an even share of the total.',
    short: 'module message rate',
    limits: LIMITS.messagesPerSecond,
    optional: true,
    askedIn: 'workload',
    wire: { at: 6, since: 1 },
  }),
  /** createOptions.HostConfig.Memory already set for it, when imported from a manifest. */
  memoryLimitMb: field({
    schema: unknownOr(bounded(LIMITS.memoryLimitMb, 'Memory limit (MB)')),
    default: null,
    label: 'Memory limit',
    help: 'HostConfig.Memory. Empty: none set.',
    short: 'module memory limit',
    unit: 'MB',
    limits: LIMITS.memoryLimitMb,
    optional: true,
    askedIn: 'workload',
    wire: { at: 7, since: 1 },
  }),
};

const DEFAULT_COUNT = 2;

export const WORKLOAD_FIELDS = {
  mode: field({
    schema: oneOf(WORKLOAD_MODE),
    default: 'count',
    label: 'How do you want to describe your modules?',
    help: "Your own modules only: IoT Edge's edgeAgent and edgeHub are always counted.",
    short: 'workload mode',
    choices: WORKLOAD_MODE,
    askedIn: 'workload',
    report: { label: 'Modules described as' },
    wire: { at: 0, since: 1, as: 'choice' },
  }),
  moduleCount: field({
    schema: boundedInt(LIMITS.modules, 'Number of modules'),
    default: DEFAULT_COUNT,
    label: 'Number of custom modules',
    help: `Whole number from ${LIMITS.modules.min} to ${LIMITS.modules.max}. Don't know? Keep ${DEFAULT_COUNT}, a typical small gateway.`,
    whenEmpty: `Don't know? Enter ${DEFAULT_COUNT}, a typical small gateway.`,
    short: 'number of modules',
    limits: LIMITS.modules,
    integer: true,
    askedIn: 'workload',
    shownWhen: [{ path: 'workload.mode', is: ['count'] }],
    // Its report row counts the modules of either mode (report/describe-answers.ts).
    report: false,
    wire: { at: 1, since: 1 },
  }),
  defaultLanguage: field({
    schema: oneOf(LANGUAGE, 'Pick a language from the list'),
    default: 'unknown',
    label: 'Language of the modules',
    help: "The runtime drives memory and image size. Don't know? The model uses a typical mix.",
    short: 'module language',
    choices: LANGUAGE,
    askedIn: 'workload',
    shownWhen: [{ path: 'workload.mode', is: ['count'] }],
    report: { label: 'Modules’ language' },
    wire: { at: 2, since: 1, as: 'choice' },
  }),
  modules: field({
    // The rows' schema is assembled in answers.ts (ModuleSchema); this entry is replaced there.
    schema: v.array(v.unknown()),
    default: [],
    label: 'Modules',
    short: 'modules',
    askedIn: 'workload',
    shownWhen: [{ path: 'workload.mode', is: ['list'] }],
    report: false,
    wire: { at: 3, since: 1, as: 'modules' },
  }),
  layerSharing: field({
    schema: oneOf(LAYER_SHARING),
    default: 'unknown',
    label: "Do your modules' images share base layers?",
    help: "Layers shared between images are stored once on disk, so sharing lowers the storage needed. Don't know? The model assumes modules of the same language share their base.",
    short: 'shared layers',
    choices: LAYER_SHARING,
    askedIn: 'layers',
    report: { label: 'Shared image layers' },
    wire: { at: 4, since: 1, as: 'choice' },
  }),
};
