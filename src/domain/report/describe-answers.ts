/**
 * The user's answers in readable words, grouped as the wizard asks them. The report view, the Markdown
 * export and the CSV header all render this one description, so the scenario reads the same everywhere.
 */
import { recognizeModule } from '../modules/known-modules.ts';
import { effectiveModules, type Answers, type ModuleSpec } from '../answers.ts';
import { OS_SUPPORT, TIER_LABELS } from '../compat/os-support.ts';
import { formatNumber, formatUsd, formatWithUnit } from './format.ts';
import {
  ACCELERATOR_LABELS,
  ARCHITECTURE_LABELS,
  CONTAINER_ENGINE_LABELS,
  CONTAINER_OS_LABELS,
  HOSTING_LABELS,
  HOST_OS_LABELS,
  INFERENCE_SIZING_LABELS,
  IOT_EDGE_VERSION_LABELS,
  LANGUAGE_LABELS,
  LAYER_SHARING_LABELS,
  PROCESSING_LABELS,
  WORKLOAD_MODE_LABELS,
} from './labels.ts';

/** One answer in words: "Host OS" → "Debian 12 (Bookworm)". */
export interface AnswerItem {
  label: string;
  value: string;
  /** Dot path of the answer in Answers (for example "platform.hostOs"). */
  path: string;
}

/** A group of answers, in the order the wizard asks them. */
export interface AnswerSection {
  id: 'scenario' | 'workload' | 'modules' | 'data' | 'accelerator' | 'performance' | 'budget' | 'platform';
  title: string;
  items: AnswerItem[];
}

const plural = (value: number, one: string, many: string): string =>
  `${formatNumber(value)} ${value === 1 ? one : many}`;

/** One module of the list in words: "Python; image mcr.microsoft.com/x:1; 300 MB image; 5 msg/s". */
export function describeModule(module: ModuleSpec): string {
  const parts = [LANGUAGE_LABELS[module.language]];
  if (module.image.trim()) parts.push(`image ${module.image.trim()}`);
  parts.push(
    module.imageSizeMb === null
      ? 'image size not known'
      : `${formatWithUnit(module.imageSizeMb, 'MB')} image`,
  );
  parts.push(
    module.messagesPerSecond === null
      ? 'share of the workload rate'
      : `${formatNumber(module.messagesPerSecond)} msg/s`,
  );
  if (module.memoryLimitMb !== null) parts.push(`memory limit ${formatWithUnit(module.memoryLimitMb, 'MB')}`);
  const known = recognizeModule(module.image, module.name);
  if (known !== null)
    parts.push(`sized by catalog entry ${known.entry.name}${known.fromName ? ' (going by its name)' : ''}`);
  return parts.join('; ');
}

/** Describe every answer in words, section by section. Pure; never returns an empty value. */
export function describeAnswers(answers: Answers): AnswerSection[] {
  const { workload, data, accelerator, performance, budget, platform } = answers;
  const sections: AnswerSection[] = [
    {
      id: 'scenario',
      title: 'Name',
      items: [
        {
          label: 'Scenario name',
          value: answers.scenarioName.trim() || 'Untitled scenario',
          path: 'scenarioName',
        },
      ],
    },
  ];

  const modules = effectiveModules(workload);
  const workloadItems: AnswerItem[] = [
    { label: 'Modules described as', value: WORKLOAD_MODE_LABELS[workload.mode], path: 'workload.mode' },
    {
      label: 'Number of custom modules',
      value: formatNumber(modules.length),
      path: workload.mode === 'count' ? 'workload.moduleCount' : 'workload.modules',
    },
  ];
  if (workload.mode === 'count') {
    workloadItems.push({
      label: 'Modules’ language',
      value: LANGUAGE_LABELS[workload.defaultLanguage],
      path: 'workload.defaultLanguage',
    });
  }
  workloadItems.push({
    label: 'Shared image layers',
    value: LAYER_SHARING_LABELS[workload.layerSharing],
    path: 'workload.layerSharing',
  });
  sections.push({ id: 'workload', title: 'Workload', items: workloadItems });

  if (workload.mode === 'list') {
    sections.push({
      id: 'modules',
      title: 'Modules',
      items:
        workload.modules.length === 0
          ? [{ label: 'Modules', value: 'No custom modules', path: 'workload.modules' }]
          : workload.modules.map((module, i) => ({
              label: module.name.trim() || `Module ${i + 1}`,
              value: describeModule(module),
              path: `workload.modules.${i}`,
            })),
    });
  }

  sections.push({
    id: 'data',
    title: 'Data',
    items: [
      {
        label: 'Average message rate',
        value: `${formatNumber(data.messagesPerSecondAvg)} messages per second`,
        path: 'data.messagesPerSecondAvg',
      },
      {
        label: 'Peak message rate',
        value: `${formatNumber(data.messagesPerSecondPeak)} messages per second`,
        path: 'data.messagesPerSecondPeak',
      },
      { label: 'Message size', value: formatWithUnit(data.messageSizeKb, 'KB'), path: 'data.messageSizeKb' },
      { label: 'Local processing', value: PROCESSING_LABELS[data.processing], path: 'data.processing' },
      {
        label: 'Share sent upstream to IoT Hub',
        value: formatWithUnit(data.upstreamPercent, '%'),
        path: 'data.upstreamPercent',
      },
    ],
  });

  const acceleratorItems: AnswerItem[] = [
    { label: 'Accelerator', value: ACCELERATOR_LABELS[accelerator.kind], path: 'accelerator.kind' },
  ];
  if (accelerator.kind !== 'none') {
    acceleratorItems.push({
      label: 'Inference load',
      value: INFERENCE_SIZING_LABELS[accelerator.sizing],
      path: 'accelerator.sizing',
    });
    if (accelerator.sizing === 'tops') {
      acceleratorItems.push({
        label: 'Required throughput',
        value: `${formatNumber(accelerator.tops)} TOPS (INT8)`,
        path: 'accelerator.tops',
      });
    } else {
      acceleratorItems.push(
        {
          label: 'Model cost',
          value: `${formatNumber(accelerator.gopsPerInference)} GOPs per inference`,
          path: 'accelerator.gopsPerInference',
        },
        {
          label: 'Frame rate',
          value: `${formatNumber(accelerator.framesPerSecond)} frames per second per stream`,
          path: 'accelerator.framesPerSecond',
        },
        {
          label: 'Streams',
          value: plural(accelerator.streams, 'stream', 'streams'),
          path: 'accelerator.streams',
        },
      );
    }
  }
  sections.push({ id: 'accelerator', title: 'Accelerator', items: acceleratorItems });

  sections.push({
    id: 'performance',
    title: 'Performance',
    items: [
      {
        label: 'Headroom',
        value: `${formatWithUnit(performance.headroomPercent, '%')} spare capacity`,
        path: 'performance.headroomPercent',
      },
      {
        label: 'Offline buffering',
        value: plural(performance.offlineHours, 'hour', 'hours'),
        path: 'performance.offlineHours',
      },
    ],
  });

  sections.push({
    id: 'budget',
    title: 'Budget',
    items: [
      {
        label: 'Hardware budget per device',
        value: budget.maxDeviceUsd === null ? 'No budget set' : formatUsd(budget.maxDeviceUsd),
        path: 'budget.maxDeviceUsd',
      },
    ],
  });

  sections.push({
    id: 'platform',
    title: 'Platform',
    items: [
      {
        label: 'IoT Edge version',
        value: IOT_EDGE_VERSION_LABELS[platform.iotEdgeVersion],
        path: 'platform.iotEdgeVersion',
      },
      { label: 'Host OS', value: HOST_OS_LABELS[platform.hostOs], path: 'platform.hostOs' },
      {
        label: 'Support tier of this OS',
        value:
          platform.architecture === 'armv6'
            ? TIER_LABELS.unsupported
            : `${TIER_LABELS[OS_SUPPORT[platform.hostOs].tiers[platform.architecture]]} on ${platform.architecture}`,
        path: 'platform.hostOs',
      },
      {
        label: 'CPU architecture',
        value: ARCHITECTURE_LABELS[platform.architecture],
        path: 'platform.architecture',
      },
      {
        label: 'Container engine',
        value: CONTAINER_ENGINE_LABELS[platform.containerEngine],
        path: 'platform.containerEngine',
      },
      {
        label: 'Container OS',
        value: CONTAINER_OS_LABELS[platform.containerOs],
        path: 'platform.containerOs',
      },
      { label: 'Hosting', value: HOSTING_LABELS[platform.hosting], path: 'platform.hosting' },
    ],
  });

  return sections;
}
