/** Accelerators: whether inference needs a GPU, NPU or VPU, and how much throughput. */
import { formatNumber } from '../vocabulary/format.ts';
import { ACCELERATOR, INFERENCE_SIZING } from './choices.ts';
import { bounded, boundedInt, enUsNumber, field, oneOf } from './field.ts';
import { LIMITS } from './limits.ts';

const WITH_ACCELERATOR = { path: 'accelerator.kind', not: ['none'] } as const;
const BY_WORKLOAD = [WITH_ACCELERATOR, { path: 'accelerator.sizing', is: ['workload'] }] as const;

export const ACCELERATOR_FIELDS = {
  kind: field({
    schema: oneOf(ACCELERATOR),
    default: 'none',
    label: 'Accelerator for inference',
    help: "Machine-learning inference (vision, audio) usually needs an accelerator; telemetry does not. Don't know? Keep None.",
    short: 'accelerator',
    choices: ACCELERATOR,
    askedIn: 'accelerators',
    report: { label: 'Accelerator' },
    wire: { at: 0, since: 1, as: 'choice' },
  }),
  sizing: field({
    schema: oneOf(INFERENCE_SIZING),
    default: 'tops',
    label: 'How do you know the inference load?',
    help: 'TOPS are tera-operations per second at INT8, as vendors publish them.',
    short: 'inference load',
    choices: INFERENCE_SIZING,
    askedIn: 'accelerators',
    shownWhen: [WITH_ACCELERATOR],
    report: { label: 'Inference load' },
    wire: { at: 1, since: 1, as: 'choice' },
  }),
  /** Required INT8 TOPS, when stated directly. */
  tops: field({
    schema: bounded(LIMITS.tops, 'TOPS'),
    default: 0,
    label: 'Throughput needed',
    help: `INT8 TOPS, ${LIMITS.tops.min} to ${enUsNumber(LIMITS.tops.max)}. Don't know? Switch to "Work it out from the model". 0 means no accelerator load.`,
    whenEmpty: "Don't know? Enter 0 (no accelerator load), or work it out from the model.",
    short: 'accelerator TOPS',
    unit: 'TOPS',
    limits: LIMITS.tops,
    askedIn: 'accelerators',
    report: {
      label: 'Required throughput',
      value: (value) => `${formatNumber(value)} TOPS (INT8)`,
    },
    shownWhen: [WITH_ACCELERATOR, { path: 'accelerator.sizing', is: ['tops'] }],
    wire: { at: 2, since: 1 },
  }),
  /** Model cost in giga-operations per inference (for example about 8 for YOLOv8n at 640 px). */
  gopsPerInference: field({
    schema: bounded(LIMITS.gopsPerInference, 'GOPs per inference'),
    default: 0,
    label: 'Model cost',
    help: 'Giga-operations per inference, from the model card (YOLOv8n at 640 px: about 8.7). 0 if unknown.',
    whenEmpty: "Don't know? Enter 0.",
    short: 'model cost',
    unit: 'GOPs',
    limits: LIMITS.gopsPerInference,
    askedIn: 'accelerators',
    report: { value: (value) => `${formatNumber(value)} GOPs per inference` },
    shownWhen: BY_WORKLOAD,
    wire: { at: 3, since: 1 },
  }),
  framesPerSecond: field({
    schema: bounded(LIMITS.framesPerSecond, 'Frames per second'),
    default: 0,
    label: 'Frames per second',
    help: `Per stream, up to ${LIMITS.framesPerSecond.max}. 0 if unknown.`,
    whenEmpty: "Don't know? Enter 0.",
    short: 'frame rate',
    unit: 'fps',
    limits: LIMITS.framesPerSecond,
    askedIn: 'accelerators',
    report: {
      label: 'Frame rate',
      value: (value) => `${formatNumber(value)} frames per second per stream`,
    },
    shownWhen: BY_WORKLOAD,
    wire: { at: 4, since: 1 },
  }),
  streams: field({
    schema: boundedInt(LIMITS.streams, 'Streams'),
    default: 0,
    label: 'Streams',
    help: `Cameras or feeds, whole number up to ${LIMITS.streams.max}. 0 if unknown.`,
    whenEmpty: "Don't know? Enter 0.",
    short: 'streams',
    limits: LIMITS.streams,
    integer: true,
    askedIn: 'accelerators',
    report: {
      value: (value) => `${formatNumber(value)} ${value === 1 ? 'stream' : 'streams'}`,
    },
    shownWhen: BY_WORKLOAD,
    wire: { at: 5, since: 1 },
  }),
};
