/**
 * Storage wear and CPU confidence as formatted text (issue 12 §4, §5): what the results, the report view, the CSV
 * and the Markdown export show, formatted once here so they read the same everywhere.
 */
import { requirementConfidence, CPU_CALIBRATION_NOTE } from '../sizing/confidence.ts';
import { formatLife, type DeviceWear, type StorageWear } from '../sizing/wear.ts';
import type { Device, Estimate, Range } from '../types.ts';
import { formatNumber } from '../vocabulary/format.ts';

export interface StorageWearRow {
  deviceId: string;
  name: string;
  medium: string;
  /** "32 GB microSD card". */
  storage: string;
  /** Rated endurance, "5.12 TB". */
  endurance: string;
  /** What the flash itself writes a day (after its own amplification), "16 GB". */
  flashPerDay: string;
  /** Typical life in words, "10 months". */
  life: string;
  /** "under a month to 16.9 years". */
  lifeRange: string;
  /** True when the typical life is shorter than the planned service life. */
  short: boolean;
  /** "Wears out before the 5-year service life" / "Outlasts the 5-year service life". */
  verdict: string;
  recommended: boolean;
  note: string;
}

export interface StorageWearBreakdownRow {
  id: string;
  label: string;
  low: string;
  typical: string;
  high: string;
  explanation: string;
}

export interface StorageWearReport {
  /** "5 years". */
  serviceLife: string;
  /** Host writes per day in GB, formatted: low / typical / high. */
  writesPerDay: { low: string; typical: string; high: string };
  /** One sentence: the writes and the recommended device's storage life. */
  summary: string;
  explanation: string;
  breakdown: StorageWearBreakdownRow[];
  rows: StorageWearRow[];
  /** The recommended device's row, when there is one and its medium is known. */
  recommended: StorageWearRow | null;
}

export interface CpuConfidenceReport {
  level: 'low' | 'medium' | 'high';
  /** "Low confidence". */
  label: string;
  /** What share of the figure is estimated. */
  text: string;
  /** What was calibrated against what, and what was not. */
  calibration: string;
}

const gb = (x: number) => formatNumber(x);

function formatRangeGB(r: Range) {
  return { low: gb(r.low), typical: gb(r.typical), high: gb(r.high) };
}

function years(n: number): string {
  return `${formatNumber(n)}-year`;
}

function row(
  d: DeviceWear,
  device: Device | undefined,
  wear: StorageWear,
  recommendedId: string | null,
): StorageWearRow {
  const tb = d.enduranceTB.typical;
  return {
    deviceId: d.deviceId,
    name: device?.name ?? d.deviceId,
    medium: d.mediumLabel,
    storage: `${formatNumber(d.capacityGB)} GB ${d.mediumLabel}`,
    endurance: `${formatNumber(tb)} TB`,
    flashPerDay: `${gb(d.flashGBPerDay.typical)} GB`,
    life: formatLife(d.lifeYears.typical),
    lifeRange:
      formatLife(d.lifeYears.low) === formatLife(d.lifeYears.high)
        ? formatLife(d.lifeYears.low)
        : `${formatLife(d.lifeYears.low)} to ${formatLife(d.lifeYears.high)}`,
    short: d.shorterThanServiceLife,
    verdict: d.shorterThanServiceLife
      ? `Wears out before the ${years(wear.serviceLifeYears)} service life`
      : `Outlasts the ${years(wear.serviceLifeYears)} service life`,
    recommended: d.deviceId === recommendedId,
    note: d.note,
  };
}

/** The storage-wear part of the report, or null for an estimate made before storage wear existed. */
export function buildStorageWearReport(
  estimate: Estimate,
  catalog: readonly Device[],
): StorageWearReport | null {
  const wear = estimate.storageWear;
  if (!wear) return null;
  const devices = new Map(catalog.map((d) => [d.id, d]));
  const rows = wear.devices.map((d) => row(d, devices.get(d.deviceId), wear, estimate.recommendedDeviceId));
  const recommended = rows.find((r) => r.recommended) ?? null;
  const writes = formatRangeGB(wear.writesGBPerDay);
  const summary =
    `About ${writes.typical} GB is written to storage a day (range ${writes.low}–${writes.high} GB).` +
    (recommended
      ? ` On the recommended ${recommended.name}, its ${recommended.storage} lasts about ${recommended.life} (${recommended.lifeRange}): ${recommended.short ? 'shorter than' : 'longer than'} the planned ${formatNumber(wear.serviceLifeYears)}-year service life.`
      : '');
  return {
    serviceLife: `${formatNumber(wear.serviceLifeYears)} years`,
    writesPerDay: writes,
    summary,
    explanation: wear.explanation,
    breakdown: wear.breakdown.map((i) => ({
      id: i.id,
      label: i.label,
      ...formatRangeGB(i.value),
      explanation: i.explanation,
    })),
    rows,
    recommended,
  };
}

/** The confidence of the CPU requirement, with what it was calibrated against. */
export function buildCpuConfidence(estimate: Estimate): CpuConfidenceReport {
  const c = requirementConfidence(estimate.requirements.cpu, estimate.assumptions);
  return { level: c.level, label: c.label, text: c.text, calibration: CPU_CALIBRATION_NOTE };
}
