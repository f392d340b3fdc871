/**
 * TEST FIXTURE ONLY (used by the report's unit and component tests): a small hand-built Estimate and
 * catalog whose user text is hostile on purpose (commas, quotes, line breaks, formula starts, Markdown).
 * The app always renders `estimate(answers)`; nothing here is a model result.
 */
import { DEFAULT_ANSWERS, type Answers } from '../domain/answers.ts';
import { ANY_PLATFORM } from './device-platform.ts';
import type {
  BreakdownItem,
  Device,
  Estimate,
  Range,
  Requirement,
  ResourceId,
  Unit,
} from '../domain/types.ts';
// The model's own builder (a requirement whose total is the sum of its breakdown) and grader.
import { requirement as requirementOf } from '../domain/sizing/range.ts';
import { gradeDevice } from '../domain/catalog/suggest-devices.ts';
import { buildVerdict } from '../domain/catalog/verdict.ts';
import { r } from './test-estimate.ts';

function requirement(resource: ResourceId, label: string, unit: Unit, items: [string, Range][]): Requirement {
  const breakdown: BreakdownItem[] = items.map(([name, value], i) => ({
    id: `${resource}-${i}`,
    label: name,
    component: i === 0 ? 'os' : i === items.length - 1 ? 'headroom' : 'module',
    value,
    assumptionIds: ['fixture-a'],
    explanation: `Share ${i + 1} of ${label}.`,
  }));
  // A last "Headroom" share is the requirement's headroom (so it also carries its need before headroom).
  const headroom = breakdown.length > 1 ? (breakdown.at(-1) ?? null) : null;
  const shares = headroom === null ? breakdown : breakdown.slice(0, -1);
  return requirementOf(resource, label, unit, shares, `${label}: the sum of its shares.`, headroom);
}

/** Answers with hostile text in the scenario and module names. */
export const FIXTURE_ANSWERS: Answers = {
  ...DEFAULT_ANSWERS,
  scenarioName: '=HYPERLINK("x"), line "A" | *bold*',
  workload: {
    ...DEFAULT_ANSWERS.workload,
    mode: 'list',
    modules: [
      {
        name: '+opc, "publisher"',
        language: 'dotnet',
        image: 'mcr.microsoft.com/iotedge/opc-publisher:2.9',
        imageSizeMb: 310,
        messagesPerSecond: 4,
        memoryLimitMb: 512,
      },
      {
        name: '@line\nbreak',
        language: 'python',
        image: '',
        imageSizeMb: null,
        messagesPerSecond: null,
        memoryLimitMb: null,
      },
    ],
  },
  budget: { ...DEFAULT_ANSWERS.budget, maxDeviceUsd: 2000 },
};

/** Two devices: one that fits, one that does not. */
export const FIXTURE_DEVICES: Device[] = [
  {
    id: 'small',
    name: 'Tiny, "board"',
    deviceClass: 'sbc',
    architectures: ['arm64'],
    cpu: 'Cortex-A53',
    cores: 4,
    refCores: 1.6,
    ramMiB: 640,
    storageGB: 16,
    storageNote: 'microSD',
    accelerator: null,
    powerW: 5,
    priceUsd: 35,
    priceNote: 'list price',
    ...ANY_PLATFORM,
    sources: ['https://example.com/small'],
    confidence: 'M',
  },
  {
    id: 'big',
    name: 'Big Box 9000',
    deviceClass: 'mini-pc',
    architectures: ['amd64', 'arm64'],
    cpu: 'Core i5',
    cores: 8,
    refCores: 14.5,
    ramMiB: 16384,
    storageGB: 512,
    storageNote: 'NVMe SSD',
    accelerator: { kind: 'gpu', name: 'Iris Xe', tops: 11 },
    powerW: 28,
    priceUsd: 1249,
    priceNote: 'street price',
    ...ANY_PLATFORM,
    sources: ['https://example.com/big'],
    confidence: 'M',
  },
];

const FIXTURE_REQUIREMENTS: Record<ResourceId, Requirement> = {
  cpu: requirement('cpu', 'CPU', 'ref-cores', [
    ['Host OS', r(0.02, 0.05, 0.1)],
    ['+opc, "publisher"', r(0.1, 0.2333, 0.4)],
    ['Headroom', r(0.03, 0.07, 0.13)],
  ]),
  ram: requirement('ram', 'RAM', 'MiB', [
    ['Host OS', r(125, 200, 300)],
    ['@line break', r(300, 512, 700)],
    ['Headroom', r(106, 178, 250)],
  ]),
  storage: requirement('storage', 'Storage', 'GB', [
    ['Host OS', r(1.5, 2, 3)],
    ['Images', r(0.4, 0.61, 0.9)],
    ['Headroom', r(0.48, 0.65, 0.98)],
  ]),
  buffer: requirement('buffer', 'Store-and-forward buffer', 'MiB', [['Message store', r(20, 54.321, 110)]]),
  uplink: requirement('uplink', 'Uplink', 'GB/month', [['Telemetry', r(0.004, 0.0123, 0.05)]]),
};

const FIXTURE_SUGGESTIONS = FIXTURE_DEVICES.map((d) =>
  gradeDevice(d, {
    requirements: FIXTURE_REQUIREMENTS,
    acceleratorTops: r(0, 0, 0),
    acceleratorTopsBeforeHeadroom: r(0, 0, 0),
    answers: FIXTURE_ANSWERS,
  }),
);

export const FIXTURE_ESTIMATE: Estimate = {
  modelVersion: 'fixture-1',
  memory: {
    edgeHub: { low: 0, typical: 0, high: 0 },
    edgeAgent: { low: 0, typical: 0, high: 0 },
    modules: [],
    unattachedInference: null,
    host: { low: 125, typical: 200, high: 300 },
  },
  requirements: FIXTURE_REQUIREMENTS,
  acceleratorTops: r(0, 0, 0),
  acceleratorTopsBeforeHeadroom: r(0, 0, 0),
  eflowVm: null,
  assumptions: [
    {
      id: 'fixture-a',
      label: 'Debian 12 idle RAM',
      value: 200,
      low: 125,
      high: 300,
      unit: 'MiB',
      source: 'https://www.debian.org/releases/bookworm/amd64/ch03s04.en.html',
      confidence: 'L',
      date: '2026-11',
    },
    {
      id: 'fixture-b',
      label: 'Headroom',
      value: 25,
      unit: '%',
      source: 'Answer: performance.headroomPercent',
      confidence: 'H',
      date: '2026-11-25',
      note: 'chosen by the user',
    },
  ],
  findings: [
    {
      id: 'info-1',
      severity: 'info',
      title: 'IoT Edge 1.6 LTS',
      message: 'The supported long-term release.',
      remedy: 'No action needed.',
    },
    {
      id: 'warn-1',
      severity: 'warning',
      title: 'Docker CE is best effort',
      message: 'Microsoft recommends moby-engine in production.',
      remedy: 'Install moby-engine.',
      field: 'platform.containerEngine',
      source: 'https://learn.microsoft.com/azure/iot-edge/support',
    },
  ],
  // Graded by the model's own grader: the small board is insufficient on RAM, the big box fits.
  suggestions: FIXTURE_SUGGESTIONS,
  recommendedDeviceId: 'big',
  verdict: buildVerdict(FIXTURE_SUGGESTIONS, FIXTURE_DEVICES, 'big', FIXTURE_ANSWERS),
};
