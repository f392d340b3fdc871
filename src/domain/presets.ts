/**
 * Starting points for the wizard: typical IoT Edge deployments, each a complete set of answers.
 * Pure data; presets.test.ts validates every one against AnswersSchema. Each section starts from its
 * defaults, so a new answer field takes its default in every preset unless a preset says otherwise.
 */
import { DEFAULT_ANSWERS, DEFAULT_MODULE, type Answers, type ModuleSpec } from './answers.ts';

/** A named starting point. */
export interface Preset {
  id: string;
  name: string;
  /** One line: what the scenario is and what drives its size. */
  description: string;
  answers: Answers;
}

const module = (overrides: Partial<ModuleSpec> & Pick<ModuleSpec, 'name'>): ModuleSpec => ({
  ...DEFAULT_MODULE,
  ...overrides,
});

/** The presets, in the order the wizard offers them. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'pi-telemetry',
    name: 'Raspberry Pi telemetry gateway',
    description: 'Two small modules read sensors and forward a few messages a second to IoT Hub.',
    answers: {
      scenarioName: 'Raspberry Pi telemetry gateway',
      workload: {
        ...DEFAULT_ANSWERS.workload,
        mode: 'count',
        moduleCount: 2,
        defaultLanguage: 'python',
        modules: [],
        layerSharing: 'by-language',
      },
      data: {
        ...DEFAULT_ANSWERS.data,
        messagesPerSecondAvg: 2,
        messagesPerSecondPeak: 10,
        messageSizeKb: 0.5,
        processing: 'light',
        upstreamPercent: 100,
      },
      accelerator: {
        ...DEFAULT_ANSWERS.accelerator,
        kind: 'none',
        sizing: 'tops',
        tops: 0,
        gopsPerInference: 0,
        framesPerSecond: 0,
        streams: 0,
      },
      performance: { ...DEFAULT_ANSWERS.performance, headroomPercent: 25, offlineHours: 2 },
      budget: { ...DEFAULT_ANSWERS.budget, maxDeviceUsd: 150 },
      platform: {
        ...DEFAULT_ANSWERS.platform,
        iotEdgeVersion: '1.6',
        hostOs: 'raspberry-pi-os-bookworm',
        architecture: 'arm64',
        containerEngine: 'moby',
        containerOs: 'linux',
        hosting: 'bare-metal',
      },
    },
  },
  {
    id: 'vision-inference',
    name: 'Vision inference at the edge',
    description: 'Object detection (YOLOv8n-class, about 8.7 GOPs) on four camera streams at 15 fps.',
    answers: {
      scenarioName: 'Vision inference at the edge',
      workload: {
        ...DEFAULT_ANSWERS.workload,
        mode: 'list',
        moduleCount: 3,
        defaultLanguage: 'python',
        modules: [
          module({ name: 'camera-capture', language: 'python', messagesPerSecond: 1 }),
          module({ name: 'inference', language: 'python', imageSizeMb: 2500, messagesPerSecond: 4 }),
          module({ name: 'results-publisher', language: 'dotnet', messagesPerSecond: 4 }),
        ],
        layerSharing: 'none',
      },
      data: {
        ...DEFAULT_ANSWERS.data,
        messagesPerSecondAvg: 4,
        messagesPerSecondPeak: 20,
        messageSizeKb: 4,
        processing: 'heavy',
        upstreamPercent: 100,
      },
      accelerator: {
        ...DEFAULT_ANSWERS.accelerator,
        kind: 'gpu',
        sizing: 'workload',
        tops: 0,
        gopsPerInference: 8.7,
        framesPerSecond: 15,
        streams: 4,
      },
      performance: { ...DEFAULT_ANSWERS.performance, headroomPercent: 30, offlineHours: 4 },
      budget: { ...DEFAULT_ANSWERS.budget, maxDeviceUsd: 1500 },
      platform: {
        ...DEFAULT_ANSWERS.platform,
        iotEdgeVersion: '1.6',
        hostOs: 'ubuntu-22.04',
        architecture: 'arm64',
        containerEngine: 'moby',
        containerOs: 'linux',
        hosting: 'bare-metal',
      },
    },
  },
  {
    id: 'factory-protocol-gateway',
    name: 'Factory protocol gateway (OPC UA / Modbus)',
    description:
      'OPC UA publisher, Modbus reader and local rules for a production line: several modules, steady load.',
    answers: {
      scenarioName: 'Factory protocol gateway',
      workload: {
        ...DEFAULT_ANSWERS.workload,
        mode: 'list',
        moduleCount: 5,
        defaultLanguage: 'dotnet',
        modules: [
          module({ name: 'opc-publisher', language: 'dotnet', messagesPerSecond: 150 }),
          module({ name: 'modbus', language: 'dotnet', messagesPerSecond: 50 }),
          module({ name: 'rules-engine', language: 'node', messagesPerSecond: 200 }),
          module({ name: 'local-historian', language: 'python', messagesPerSecond: 200 }),
          module({ name: 'metrics-collector', language: 'dotnet', messagesPerSecond: 1 }),
        ],
        layerSharing: 'by-language',
      },
      data: {
        ...DEFAULT_ANSWERS.data,
        messagesPerSecondAvg: 200,
        messagesPerSecondPeak: 600,
        messageSizeKb: 1,
        processing: 'moderate',
        upstreamPercent: 40,
      },
      accelerator: {
        ...DEFAULT_ANSWERS.accelerator,
        kind: 'none',
        sizing: 'tops',
        tops: 0,
        gopsPerInference: 0,
        framesPerSecond: 0,
        streams: 0,
      },
      performance: { ...DEFAULT_ANSWERS.performance, headroomPercent: 40, offlineHours: 8 },
      budget: { ...DEFAULT_ANSWERS.budget, maxDeviceUsd: 1200 },
      platform: {
        ...DEFAULT_ANSWERS.platform,
        iotEdgeVersion: '1.6',
        hostOs: 'ubuntu-24.04',
        architecture: 'amd64',
        containerEngine: 'moby',
        containerOs: 'linux',
        hosting: 'bare-metal',
      },
    },
  },
  {
    id: 'store-and-forward-cellular',
    name: 'Store-and-forward over cellular',
    description:
      'A remote site on a metered LTE link: up to three days offline, only a summary goes upstream.',
    answers: {
      scenarioName: 'Store-and-forward over cellular',
      workload: {
        ...DEFAULT_ANSWERS.workload,
        mode: 'count',
        moduleCount: 3,
        defaultLanguage: 'rust-go',
        modules: [],
        layerSharing: 'single-base',
      },
      data: {
        ...DEFAULT_ANSWERS.data,
        messagesPerSecondAvg: 20,
        messagesPerSecondPeak: 50,
        messageSizeKb: 2,
        processing: 'moderate',
        upstreamPercent: 10,
      },
      accelerator: {
        ...DEFAULT_ANSWERS.accelerator,
        kind: 'none',
        sizing: 'tops',
        tops: 0,
        gopsPerInference: 0,
        framesPerSecond: 0,
        streams: 0,
      },
      performance: { ...DEFAULT_ANSWERS.performance, headroomPercent: 30, offlineHours: 72 },
      budget: { ...DEFAULT_ANSWERS.budget, maxDeviceUsd: 600 },
      platform: {
        ...DEFAULT_ANSWERS.platform,
        iotEdgeVersion: '1.6',
        hostOs: 'debian-12',
        architecture: 'arm64',
        containerEngine: 'moby',
        containerOs: 'linux',
        hosting: 'bare-metal',
      },
    },
  },
];

/** The preset with this id, or undefined. */
export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
