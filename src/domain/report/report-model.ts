/**
 * The sizing report as formatted text: one pure function turns (estimate, answers, catalog) into every
 * string the report shows. The report view, the CSV and the Markdown export all render this one model,
 * so a figure is formatted once and reads identically on screen, on paper and in the exported files.
 */
import { visibleDeep } from '../visible-text.ts';
import { PRICES_AS_OF } from '../catalog/prices.ts';
import { addYears, supportWindows } from '../compat/lifecycle.ts';
import { REFERENCE_DATE, SUPPORT_DATA_CHECKED } from '../compat/os-support.ts';
import { networkRequirements, type FirewallRule } from '../compat/platform-checks.ts';
import { waveAnswers } from '../compat/wave-answers.ts';
import type { Answers } from '../answers.ts';
import {
  RESOURCES,
  type Assumption,
  type Device,
  type Estimate,
  type Finding,
  type ResourceId,
  type Severity,
} from '../types.ts';
import { describeAnswers, type AnswerSection } from './describe-answers.ts';
import { deviceRows, type DeviceRow } from './device-rows.ts';
import {
  buildCpuConfidence,
  buildStorageWearReport,
  type CpuConfidenceReport,
  type StorageWearReport,
} from './storage-wear-report.ts';
import {
  formatDateTime,
  formatNumber,
  formatQuantity,
  formatRange,
  formatUsd,
  formatWithUnit,
  pickScale,
} from '../vocabulary/format.ts';
import {
  COMPONENT_LABELS,
  CONFIDENCE_LABELS,
  DEVICE_CLASS_LABELS,
  SEVERITY_LABELS,
} from '../vocabulary/labels.ts';

/** Where the report came from: the link back to the live scenario and when the report was made. */
export interface ReportMeta {
  shareUrl: string;
  generatedAt: Date;
}

/** One share of a requirement, formatted in its requirement's display unit. */
export interface BreakdownRow {
  id: string;
  label: string;
  component: string;
  low: string;
  typical: string;
  high: string;
  explanation: string;
  assumptionIds: string[];
}

/** One requirement: its total and breakdown in one display unit (chosen from the typical total). */
export interface RequirementRow {
  resource: ResourceId;
  label: string;
  /** The display unit of every figure of this requirement, e.g. "GiB". */
  unit: string;
  unitLong: string;
  low: string;
  typical: string;
  high: string;
  explanation: string;
  breakdown: BreakdownRow[];
}

/** One device of the ladder with its grade against the requirements (the model the results' ladder shares). */
export type LadderRow = DeviceRow;

/** The recommended device with its specification, in words. */
export interface RecommendedDevice {
  row: LadderRow;
  specs: { label: string; value: string }[];
  sources: string[];
}

export interface FindingRow {
  id: string;
  severity: Severity;
  severityLabel: string;
  title: string;
  message: string;
  remedy: string;
  source: string;
}

export interface AssumptionRow {
  id: string;
  label: string;
  value: string;
  /** The value with its unit: "200 MiB", "25%". */
  valueWithUnit: string;
  /** "low–high", or "" when the assumption has a single value. */
  range: string;
  unit: string;
  source: string;
  confidence: string;
  date: string;
  note: string;
}

/** One support window in the report's lifecycle timeline. */
export interface LifecycleRow {
  kind: 'host-os' | 'iot-edge' | 'eflow';
  label: string;
  what: string;
  from: string;
  /** YYYY-MM-DD, or null when no end date is known. */
  endsOn: string | null;
  source: string;
  /** Ends before the planned service life does. */
  endsBeforeRetirement: boolean;
}

export interface ReportModel {
  /** When the support data (tiers, lifecycles, EFLOW, limits) was checked. */
  supportDataChecked: string;
  /** The date of the newest price in the catalog. */
  pricesAsOf: string;
  /** The device's planned service life against the platform's support windows. */
  lifecycle: {
    serviceLifeYears: number;
    serviceStart: string;
    serviceEnd: string;
    windows: LifecycleRow[];
  };
  /** What the firewall must allow, and the proxy rule. */
  network: { rules: FirewallRule[]; proxy: string; sources: string[] };
  title: string;
  scenarioName: string;
  modelVersion: string;
  generatedAt: string;
  shareUrl: string;
  answers: AnswerSection[];
  requirements: RequirementRow[];
  /** Required accelerator throughput, when the answers need one. */
  accelerator: { low: string; typical: string; high: string; unit: string } | null;
  /** Suggested EFLOW Linux VM, as label/value pairs, when the host is Windows. */
  eflowVm: { label: string; value: string }[] | null;
  recommended: RecommendedDevice | null;
  /**
   * The verdict in words (src/domain/catalog/verdict.ts): why this device and why not the next cheaper one; the
   * neighbours (one step up, one step down); when nothing is recommended, the closest devices and what each lacks.
   */
  verdict: { sentence: string; neighbours: string[]; closest: string[] };
  ladder: LadderRow[];
  findings: FindingRow[];
  assumptions: AssumptionRow[];
  /** Flash writes per day and each device's storage life; null for an estimate without it. */
  storageWear: StorageWearReport | null;
  /** How far the CPU figure rests on measurement, and what it was calibrated against. */
  cpuConfidence: CpuConfidenceReport;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Assumption units as a reader sees them ("ref-cores" → "ref. cores"). */
function assumptionUnit(unit: string): string {
  return unit === 'ref-cores' ? 'ref. cores' : unit;
}

function requirementRow(estimate: Estimate, resource: ResourceId): RequirementRow {
  const requirement = estimate.requirements[resource];
  const scale = pickScale(requirement.unit, requirement.total.typical);
  const total = formatRange(requirement.total, requirement.unit, scale);
  return {
    resource,
    label: requirement.label,
    unit: scale.unit,
    unitLong: scale.unitLong,
    low: total.low,
    typical: total.typical,
    high: total.high,
    explanation: requirement.explanation,
    breakdown: requirement.breakdown.map((item) => {
      const value = formatRange(item.value, requirement.unit, scale);
      return {
        id: item.id,
        label: item.label,
        component: COMPONENT_LABELS[item.component],
        low: value.low,
        typical: value.typical,
        high: value.high,
        explanation: item.explanation,
        assumptionIds: item.assumptionIds,
      };
    }),
  };
}

function deviceSpecs(device: Device): { label: string; value: string }[] {
  return [
    { label: 'Class', value: DEVICE_CLASS_LABELS[device.deviceClass] },
    {
      label: 'CPU',
      value: `${device.cpu}, ${formatNumber(device.cores)} cores (${formatQuantity(device.refCores, 'ref-cores')})`,
    },
    { label: 'RAM', value: formatQuantity(device.ramMiB, 'MiB') },
    { label: 'Storage', value: `${formatQuantity(device.storageGB, 'GB')}; ${device.storageNote}` },
    {
      label: 'Accelerator',
      value: device.accelerator
        ? `${device.accelerator.name} (${formatNumber(device.accelerator.tops)} TOPS INT8)`
        : 'None',
    },
    { label: 'Architectures', value: device.architectures.join(', ') },
    { label: 'Power', value: formatWithUnit(device.powerW, 'W') },
    { label: 'Price', value: `${formatUsd(device.priceUsd)}; ${device.priceNote}` },
  ];
}

function findingRow(finding: Finding): FindingRow {
  return {
    id: finding.id,
    severity: finding.severity,
    severityLabel: SEVERITY_LABELS[finding.severity],
    title: finding.title,
    message: finding.message,
    remedy: finding.remedy,
    source: finding.source ?? '',
  };
}

function assumptionRow(assumption: Assumption): AssumptionRow {
  const low = assumption.low ?? assumption.value;
  const high = assumption.high ?? assumption.value;
  const range = low === high && low === assumption.value ? '' : `${formatNumber(low)}–${formatNumber(high)}`;
  return {
    id: assumption.id,
    label: assumption.label,
    value: formatNumber(assumption.value),
    valueWithUnit: formatWithUnit(assumption.value, assumptionUnit(assumption.unit)),
    range,
    unit: assumptionUnit(assumption.unit),
    source: assumption.source,
    confidence: CONFIDENCE_LABELS[assumption.confidence],
    date: assumption.date,
    note: assumption.note ?? '',
  };
}

/**
 * Format a whole sizing report. Pure: the same inputs give the same strings. Devices missing from the
 * catalog are shown by id rather than dropped; findings are ordered error → warning → note.
 */
export function buildReportModel(
  estimate: Estimate,
  answers: Answers,
  catalog: readonly Device[],
  meta: ReportMeta,
): ReportModel {
  const devices = new Map(catalog.map((device) => [device.id, device]));
  const scenarioName = answers.scenarioName.trim() || 'Untitled scenario';
  const acceleratorNeeded = estimate.acceleratorTops.typical > 0 || estimate.acceleratorTops.high > 0;
  const ladder = deviceRows(estimate, answers, catalog);
  const recommendedRow = ladder.find((row) => row.recommended);
  const recommendedDevice = estimate.recommendedDeviceId
    ? devices.get(estimate.recommendedDeviceId)
    : undefined;

  const wave = waveAnswers(answers);
  const serviceEnd = addYears(REFERENCE_DATE, wave.serviceLifeYears);
  // Every string shown or exported passes through visibleText: bidi controls become markers, control
  // characters are removed (names come from the user, a link or a manifest).
  return visibleDeep({
    supportDataChecked: SUPPORT_DATA_CHECKED,
    pricesAsOf: PRICES_AS_OF,
    lifecycle: {
      serviceLifeYears: wave.serviceLifeYears,
      serviceStart: REFERENCE_DATE,
      serviceEnd,
      windows: supportWindows(answers).map((w) => ({
        kind: w.kind,
        label: w.label,
        what: w.what,
        from: w.from,
        endsOn: w.endsOn,
        source: w.source,
        endsBeforeRetirement: w.endsOn !== null && w.endsOn < serviceEnd,
      })),
    },
    network: networkRequirements(answers),
    title: `Sizing report: ${scenarioName}`,
    scenarioName,
    modelVersion: estimate.modelVersion,
    generatedAt: formatDateTime(meta.generatedAt),
    shareUrl: meta.shareUrl,
    answers: describeAnswers(answers),
    requirements: RESOURCES.map((resource) => requirementRow(estimate, resource)),
    accelerator: acceleratorNeeded
      ? {
          low: formatNumber(estimate.acceleratorTops.low),
          typical: formatNumber(estimate.acceleratorTops.typical),
          high: formatNumber(estimate.acceleratorTops.high),
          unit: 'TOPS (INT8)',
        }
      : null,
    eflowVm: estimate.eflowVm
      ? [
          { label: 'Memory (memoryInMB)', value: formatQuantity(estimate.eflowVm.memoryMiB, 'MiB') },
          { label: 'Virtual CPUs (cpuCount)', value: formatNumber(estimate.eflowVm.cpuCount) },
          {
            label: 'Disk (vmDiskSize, 21 GB – 2 TB)',
            value: `${formatQuantity(estimate.eflowVm.diskGB, 'GB')}${estimate.eflowVm.diskTooLarge ? ' (the need exceeds EFLOW’s 2 TB)' : ''}`,
          },
          {
            label: 'Log partition (vmLogSize)',
            value: estimate.eflowVm.logSize === 'Large' ? 'Large (6 GB)' : 'Small (1 GB)',
          },
          {
            label: 'Windows keeps free besides the VM',
            value: `${formatQuantity(estimate.eflowVm.hostFreeRamMiB, 'MiB')} RAM, ${formatQuantity(estimate.eflowVm.hostFreeDiskGB, 'GB')} disk`,
          },
          { label: 'Command', value: estimate.eflowVm.command },
        ]
      : null,
    recommended:
      recommendedRow && recommendedDevice
        ? { row: recommendedRow, specs: deviceSpecs(recommendedDevice), sources: recommendedDevice.sources }
        : recommendedRow
          ? { row: recommendedRow, specs: [], sources: [] }
          : null,
    verdict: {
      sentence: estimate.verdict.sentence,
      neighbours: [estimate.verdict.stepUp?.sentence, estimate.verdict.stepDown?.sentence].filter(
        (x): x is string => x !== undefined,
      ),
      closest: estimate.verdict.closest.map((c) => c.sentence),
    },
    ladder,
    findings: [...estimate.findings]
      .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
      .map(findingRow),
    assumptions: estimate.assumptions.map(assumptionRow),
    storageWear: buildStorageWearReport(estimate, catalog),
    cpuConfidence: buildCpuConfidence(estimate),
  });
}

/** The sentence shown when no device of the catalog fits. */
export const NO_DEVICE_FITS =
  'No device in the catalog fits these requirements. The device ladder of the full report shows how close each one comes and what binds it.';

/**
 * A file name for an export: "edge-sizer-<scenario slug>-<YYYY-MM-DD>.<extension>" (ASCII, no spaces).
 * The date is the UTC day the report was generated.
 */
export function reportFileName(scenarioName: string, generatedAt: Date, extension: string): string {
  const slug =
    scenarioName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || 'scenario';
  const day = Number.isFinite(generatedAt.getTime()) ? generatedAt.toISOString().slice(0, 10) : 'undated';
  return `edge-sizer-${slug}-${day}.${extension}`;
}
