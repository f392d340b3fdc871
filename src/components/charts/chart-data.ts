/**
 * Plain data for the charts and their tables, derived from the model's output. Pure functions, no React:
 * the chart and the table next to it are fed the same rows, so they cannot disagree.
 */
import type { ComponentKind, Device, Range, Requirement, Suggestion } from '../../domain/types.ts';
import { COMPONENTS } from '../../domain/types.ts';
import { pickScale, type DisplayScale } from '../../domain/vocabulary/format.ts';
import { COMPONENT_LABELS } from '../../domain/vocabulary/labels.ts';

/** One stacked series of a breakdown chart: a component and its share of the requirement. */
export interface BreakdownSeries {
  key: ComponentKind;
  label: string;
  /** The share in the model's unit. */
  value: Range;
}

export interface BreakdownChartData {
  title: string;
  scale: DisplayScale;
  series: BreakdownSeries[];
  total: Range;
}

/** A requirement's breakdown summed per component, in the order of COMPONENTS; empty components are left out. */
export function breakdownByComponent(requirement: Requirement): BreakdownChartData {
  const sums = new Map<ComponentKind, Range>();
  for (const item of requirement.breakdown) {
    const prev = sums.get(item.component) ?? { low: 0, typical: 0, high: 0 };
    sums.set(item.component, {
      low: prev.low + item.value.low,
      typical: prev.typical + item.value.typical,
      high: prev.high + item.value.high,
    });
  }
  const series: BreakdownSeries[] = [];
  for (const key of COMPONENTS) {
    const value = sums.get(key);
    if (value && (value.low !== 0 || value.typical !== 0 || value.high !== 0)) {
      // A series sums every item of its component, so the modules' series is named in the plural.
      series.push({ key, label: key === 'module' ? 'Modules' : COMPONENT_LABELS[key], value });
    }
  }
  return {
    title: requirement.label,
    scale: pickScale(requirement.unit, requirement.total.typical),
    series,
    total: requirement.total,
  };
}

/** Utilisation of one device (1 = 100 % of its capacity), for the utilisation chart. */
export interface UtilisationRow {
  deviceId: string;
  name: string;
  cpu: number;
  ram: number;
  storage: number;
  /** Present only when the workload needs an accelerator. */
  accelerator?: number;
  recommended: boolean;
  /** Why the device is out whatever its capacity (ruledOutBy), or null: the chart and its table mark it. */
  ruledOut: string | null;
}

/**
 * What rules a device out whatever its capacity, in a word or two ("Architecture", "Budget"), or null: the
 * chosen architecture, host OS or TPM attestation it cannot serve, a price over the budget, or an accelerator
 * need it has no accelerator of the right kind for. The utilisation chart and the ladder table mark such devices
 * the same way, so a short bar never reads as a device that could do the job.
 */
export function ruledOutBy(s: Suggestion): string | null {
  if (!s.architectureOk) return 'Architecture';
  if (s.binding === 'host-os') return 'Host OS';
  if (s.binding === 'tpm') return 'TPM';
  const accelerator = s.checks.find((c) => c.resource === 'accelerator');
  if (accelerator?.unavailable === 'missing') return 'No accelerator';
  if (accelerator?.unavailable === 'wrong-kind') return 'Wrong accelerator kind';
  if (!s.withinBudget) return 'Over budget';
  return null;
}

/** Join suggestions with their devices (catalog order kept); suggestions whose device is unknown are skipped. */
export function utilisationRows(
  suggestions: readonly Suggestion[],
  devices: readonly Device[],
  recommendedDeviceId: string | null,
): UtilisationRow[] {
  const rows: UtilisationRow[] = [];
  for (const s of suggestions) {
    const device = devices.find((d) => d.id === s.deviceId);
    if (!device) continue;
    const row: UtilisationRow = {
      deviceId: s.deviceId,
      name: device.name,
      cpu: s.utilisation.cpu,
      ram: s.utilisation.ram,
      storage: s.utilisation.storage,
      recommended: s.deviceId === recommendedDeviceId,
      ruledOut: ruledOutBy(s),
    };
    if (s.utilisation.accelerator !== undefined) row.accelerator = s.utilisation.accelerator;
    rows.push(row);
  }
  return rows;
}
