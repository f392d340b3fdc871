/**
 * TEST FIXTURE ONLY: a hand-built, realistic Estimate and device catalog for the results' component
 * tests. It is not the model: the app always renders `estimate(answers)` from src/domain/estimate.ts.
 * Totals are computed from the breakdown items, so "the items add up" holds by construction.
 */
import { DEFAULT_ANSWERS, type Answers } from '../domain/answers.ts';
import { ANY_PLATFORM } from './device-platform.ts';
import type {
  Assumption,
  BreakdownItem,
  ComponentKind,
  Device,
  Estimate,
  Finding,
  Range,
  Requirement,
  ResourceId,
  Suggestion,
  Unit,
} from '../domain/types.ts';
// The model's own builder (a requirement whose total is the sum of its breakdown) and grader.
import { requirement as requirementOf } from '../domain/sizing/range.ts';
import { gradeDevice } from '../domain/catalog/suggest-devices.ts';
import { buildVerdict } from '../domain/catalog/verdict.ts';

/** A range from its three ends. */
export const r = (low: number, typical: number, high: number): Range => ({ low, typical, high });

function item(
  id: string,
  label: string,
  component: ComponentKind,
  value: Range,
  assumptionIds: string[],
  explanation: string,
): BreakdownItem {
  return { id, label, component, value, assumptionIds, explanation };
}

function requirement(
  resource: ResourceId,
  label: string,
  unit: Unit,
  items: BreakdownItem[],
  headroomPercent: number | null,
  explanation: string,
): Requirement {
  const sum = (k: keyof Range) => items.reduce((acc, i) => acc + i.value[k], 0);
  const f = (headroomPercent ?? 0) / 100;
  const headroom =
    headroomPercent === null
      ? null
      : item(
          'headroom',
          `Headroom (${headroomPercent}%)`,
          'headroom',
          r(sum('low') * f, sum('typical') * f, sum('high') * f),
          ['headroom-default'],
          `${headroomPercent}% spare capacity on top of the sum of the shares above.`,
        );
  return requirementOf(resource, label, unit, [...items], explanation, headroom);
}

export const TEST_ASSUMPTIONS: Assumption[] = [
  {
    id: 'os-ram-debian',
    label: 'Debian 12 (no desktop), idle RAM',
    value: 200,
    low: 125,
    high: 300,
    unit: 'MiB',
    source: 'https://www.debian.org/releases/bookworm/amd64/ch03s04.en.html',
    confidence: 'L',
    date: '2026-11',
  },
  {
    id: 'engine-ram',
    label: 'dockerd + containerd idle RSS',
    value: 80,
    low: 54,
    high: 120,
    unit: 'MiB',
    source: 'http://codeandcoffee.us/what-is-docker/',
    confidence: 'EST',
    date: '2026-11',
  },
  {
    id: 'edgehub-ram',
    label: 'edgeHub working set, busy environment',
    value: 250,
    low: 200,
    high: 300,
    unit: 'MiB',
    source: 'https://github.com/Azure/iotedge/issues/4545',
    confidence: 'H',
    date: '2026-11',
  },
  {
    id: 'edgeagent-ram',
    label: 'edgeAgent working set',
    value: 100,
    low: 70,
    high: 130,
    unit: 'MiB',
    source: 'https://github.com/Azure/iotedge/issues/4545',
    confidence: 'H',
    date: '2026-11',
  },
  {
    id: 'daemons-ram',
    label: 'aziot-edged and identity services',
    value: 30,
    low: 20,
    high: 45,
    unit: 'MiB',
    source: 'https://github.com/Azure/iotedge/pull/6254',
    confidence: 'M',
    date: '2026-11',
  },
  {
    id: 'module-ram-unknown',
    label: 'Module of unknown language, working set',
    value: 150,
    low: 80,
    high: 250,
    unit: 'MiB',
    source: 'Estimate: spread of .NET, Node.js and Python module baselines',
    confidence: 'EST',
    date: '2026-11',
  },
  {
    id: 'headroom-default',
    label: 'Headroom chosen by the user',
    value: 25,
    unit: '%',
    source: 'Answer: performance.headroomPercent',
    confidence: 'H',
    date: '2026-11',
  },
  {
    id: 'os-disk',
    label: 'Debian 12 base install on disk',
    value: 2,
    low: 1.5,
    high: 3,
    unit: 'GB',
    source: 'https://www.debian.org/releases/bookworm/amd64/ch03s04.en.html',
    confidence: 'L',
    date: '2026-11',
  },
  {
    id: 'runtime-images',
    label: 'edgeAgent + edgeHub images, unique layers',
    value: 0.26,
    low: 0.19,
    high: 0.33,
    unit: 'GB',
    source: 'https://github.com/Azure/iotedge/pull/6254',
    confidence: 'H',
    date: '2026-11',
  },
  {
    id: 'module-image-unknown',
    label: 'Module image of unknown language',
    value: 0.15,
    low: 0.06,
    high: 0.3,
    unit: 'GB',
    source: 'https://github.com/docker-library/repo-info/blob/master/repos/python/remote/3-slim-trixie.md',
    confidence: 'M',
    date: '2026-11',
  },
  {
    id: 'log-cap',
    label: 'Container log cap per container (10m × 3 files)',
    value: 30,
    unit: 'MB',
    source: 'https://learn.microsoft.com/azure/iot-edge/production-checklist',
    confidence: 'H',
    date: '2026-11',
  },
  {
    id: 'cpu-module-light',
    label: 'CPU per module, light processing',
    value: 0.05,
    low: 0.02,
    high: 0.1,
    unit: 'ref-cores',
    source: 'Estimate from the 2022 IoT Edge profiling run (SimulatedTemperatureSensor)',
    confidence: 'EST',
    date: '2026-11',
  },
  {
    id: 'message-overhead',
    label: 'Protocol overhead per message',
    value: 0.5,
    unit: 'KB',
    source: 'Estimate: MQTT/AMQP framing and properties',
    confidence: 'EST',
    date: '2026-11',
  },
];

const ramItems = [
  item(
    'os',
    'Debian 12',
    'os',
    r(125, 200, 300),
    ['os-ram-debian'],
    'Idle RAM of the host OS without a desktop.',
  ),
  item(
    'engine',
    'Moby engine',
    'container-engine',
    r(54, 80, 120),
    ['engine-ram'],
    'dockerd and containerd at idle.',
  ),
  item(
    'daemons',
    'aziot-edged + identity',
    'iot-edge-daemons',
    r(20, 30, 45),
    ['daemons-ram'],
    'The host daemons of IoT Edge 1.6.',
  ),
  item(
    'edge-agent',
    'edgeAgent',
    'edge-agent',
    r(70, 100, 130),
    ['edgeagent-ram'],
    'Maintainer guidance for edgeAgent.',
  ),
  item(
    'edge-hub',
    'edgeHub',
    'edge-hub',
    r(200, 250, 300),
    ['edgehub-ram'],
    'Maintainer guidance for a busy edgeHub.',
  ),
  item(
    'module:module-1',
    'module-1',
    'module',
    r(80, 150, 250),
    ['module-ram-unknown'],
    'A module of unknown language.',
  ),
  item(
    'module:module-2',
    'module-2',
    'module',
    r(80, 150, 250),
    ['module-ram-unknown'],
    'A module of unknown language.',
  ),
];

const storageItems = [
  item('os', 'Debian 12', 'os', r(1.5, 2, 3), ['os-disk'], 'Base install of the host OS.'),
  item(
    'images',
    'Runtime images',
    'image-layers',
    r(0.19, 0.26, 0.33),
    ['runtime-images'],
    'edgeAgent and edgeHub share one base layer.',
  ),
  item(
    'module-images',
    'Module images',
    'module',
    r(0.12, 0.3, 0.6),
    ['module-image-unknown'],
    'Two module images, no shared layers known.',
  ),
  item(
    'logs',
    'Container logs',
    'logs',
    r(0.12, 0.12, 0.12),
    ['log-cap'],
    'Four containers × 30 MB log cap.',
  ),
  item(
    'buffer',
    'Store-and-forward buffer',
    'message-buffer',
    r(0.02, 0.054, 0.11),
    ['message-overhead'],
    '2 h offline × 5 msg/s × 1.5 KB.',
  ),
];

const cpuItems = [
  item('os', 'Debian 12', 'os', r(0.02, 0.05, 0.1), ['os-ram-debian'], 'Background load of the host OS.'),
  item(
    'edge-hub',
    'edgeHub',
    'edge-hub',
    r(0.05, 0.1, 0.2),
    ['edgehub-ram'],
    'Routing 5 msg/s (20 at peak).',
  ),
  item(
    'edge-agent',
    'edgeAgent',
    'edge-agent',
    r(0.01, 0.02, 0.05),
    ['edgeagent-ram'],
    'Reconciling the deployment.',
  ),
  item(
    'modules',
    'Modules',
    'module',
    r(0.04, 0.1, 0.2),
    ['cpu-module-light'],
    'Two modules, light processing.',
  ),
];

const bufferItems = [
  item(
    'buffer',
    'edgeHub message store',
    'message-buffer',
    r(20, 54, 110),
    ['message-overhead'],
    '2 h offline × 5 msg/s × (1 KB + 0.5 KB overhead).',
  ),
];

const uplinkItems = [
  item(
    'telemetry',
    'Telemetry',
    'edge-hub',
    r(10.4, 19.4, 38.9),
    ['message-overhead'],
    '5 msg/s × 1.5 KB × 30 days, all upstream.',
  ),
  item(
    'updates',
    'Image updates',
    'image-layers',
    r(0.2, 0.56, 0.93),
    ['runtime-images'],
    'One update of every image a month.',
  ),
];

export const TEST_REQUIREMENTS: Record<ResourceId, Requirement> = {
  cpu: requirement('cpu', 'CPU', 'ref-cores', cpuItems, 25, 'Sum of the shares plus headroom.'),
  ram: requirement('ram', 'RAM', 'MiB', ramItems, 25, 'Sum of the working sets plus headroom.'),
  storage: requirement('storage', 'Storage', 'GB', storageItems, 25, 'Sum of the disk shares plus headroom.'),
  buffer: requirement(
    'buffer',
    'Store-and-forward buffer',
    'MiB',
    bufferItems,
    null,
    'Offline time × message rate × size.',
  ),
  uplink: requirement('uplink', 'Uplink', 'GB/month', uplinkItems, null, 'Telemetry plus updates per month.'),
};

export const TEST_DEVICES: Device[] = [
  device('rpi3b', 'Raspberry Pi 3 Model B+', 'sbc', ['arm32v7', 'arm64'], 2.2, 1024, 32, null, 35),
  device('rpi4-2gb', 'Raspberry Pi 4 (2 GB)', 'sbc', ['arm32v7', 'arm64'], 4, 2048, 32, null, 45),
  device('rpi5-8gb', 'Raspberry Pi 5 (8 GB)', 'sbc', ['arm64'], 8, 8192, 64, null, 80),
  device(
    'orin-nano',
    'Jetson Orin Nano Super (8 GB)',
    'ai-module',
    ['arm64'],
    6.5,
    7680,
    128,
    { kind: 'gpu', name: 'Ampere GPU', tops: 67 },
    249,
  ),
  device('nuc', 'Intel NUC 13 Pro (i5)', 'mini-pc', ['amd64'], 20, 16384, 512, null, 650),
  device('edge-server', 'Dell PowerEdge XR4000', 'edge-server', ['amd64'], 48, 65536, 1920, null, 4500),
];

function device(
  id: string,
  name: string,
  deviceClass: Device['deviceClass'],
  architectures: Device['architectures'],
  refCores: number,
  ramMiB: number,
  storageGB: number,
  accelerator: Device['accelerator'],
  priceUsd: number,
): Device {
  return {
    id,
    name,
    deviceClass,
    architectures,
    cpu: 'test CPU',
    cores: 4,
    refCores,
    ramMiB,
    storageGB,
    storageNote: 'test storage',
    accelerator,
    powerW: 10,
    priceUsd,
    priceNote: 'test price',
    ...ANY_PLATFORM,
    sources: ['https://example.com/device'],
    confidence: 'M',
  };
}

/**
 * The test devices graded by the model's own grader against the hand-built requirements (arm64, no accelerator,
 * no budget): Pi 3 tight on RAM (its 960 MiB before headroom fits in 1,024 MiB, the 1,200 MiB with headroom does
 * not), Pi 4, Pi 5 and Orin fit, the two amd64 devices insufficient on architecture.
 */
export const TEST_SUGGESTIONS: Suggestion[] = TEST_DEVICES.map((d) =>
  gradeDevice(d, {
    requirements: TEST_REQUIREMENTS,
    acceleratorTops: r(0, 0, 0),
    acceleratorTopsBeforeHeadroom: r(0, 0, 0),
    answers: DEFAULT_ANSWERS,
  }),
);

export const TEST_FINDINGS: Finding[] = [
  {
    id: 'engine-docker-ce',
    severity: 'warning',
    title: 'Docker CE is best effort',
    message: 'Microsoft supports Moby engine in production; Docker CE is supported on a best-effort basis.',
    remedy: 'Install moby-engine from packages.microsoft.com.',
    field: 'platform.containerEngine',
    source: 'https://learn.microsoft.com/azure/iot-edge/support',
  },
  {
    id: 'lts-1-6',
    severity: 'info',
    title: 'IoT Edge 1.6 LTS',
    message: 'IoT Edge 1.6 is the supported long-term release.',
    remedy: 'No action needed.',
    field: 'platform.iotEdgeVersion',
  },
  {
    id: 'arch-armv6',
    severity: 'error',
    title: 'ARMv6 cannot run IoT Edge',
    message: 'IoT Edge ships no armv6 packages or images (Raspberry Pi Zero and Pi 1 are ARMv6).',
    remedy: 'Choose an arm64 or arm32v7 device.',
    field: 'platform.architecture',
  },
];

/** A complete Estimate for component tests: the default telemetry gateway, hand-sized. */
export const TEST_ESTIMATE: Estimate = {
  modelVersion: 'test-fixture',
  requirements: TEST_REQUIREMENTS,
  memory: {
    edgeHub: r(200, 250, 300),
    edgeAgent: r(70, 100, 130),
    modules: ['module-1', 'module-2'].map((name, index) => ({
      index,
      name,
      need: r(80, 150, 250),
      inference: null,
      inferenceReason: null,
      assumptionIds: ['module-ram-unknown'],
    })),
    unattachedInference: null,
    host: r(199, 310, 465),
  },
  acceleratorTops: r(0, 0, 0),
  acceleratorTopsBeforeHeadroom: r(0, 0, 0),
  eflowVm: null,
  assumptions: TEST_ASSUMPTIONS,
  findings: TEST_FINDINGS,
  suggestions: TEST_SUGGESTIONS,
  recommendedDeviceId: 'rpi4-2gb',
  verdict: buildVerdict(TEST_SUGGESTIONS, TEST_DEVICES, 'rpi4-2gb', DEFAULT_ANSWERS),
};

export const TEST_ANSWERS: Answers = DEFAULT_ANSWERS;
