/**
 * Side by side: 2–4 scenarios estimated with the same model and catalog, in rows an architect reads across
 * (requirements, the recommended device and its grade, its price, the binding constraint, the findings that
 * differ, and the fleet's cost when a scenario plans one).
 *
 * Each row says whether the scenarios differ on it and which column is best, by a stated rule:
 * - requirements, price, fleet cost: the lowest value is best;
 * - grade: fit beats tight beats insufficient beats "no device";
 * - findings: fewer errors, then fewer warnings, is best.
 * A row whose values are all the same marks no best (nothing to choose), and a row whose values cannot be ranked
 * (the device's name, the binding constraint) marks none either. Ties are all marked.
 *
 * Pure: no React, no DOM. The compare view, its CSV and its Markdown (compare-export.ts) all read this.
 */
import type { Answers } from '../answers.ts';
import { AZURE_VM_SIZES } from '../catalog/azure-vms.ts';
import { DEVICES } from '../catalog/devices.ts';
import { formatDevicePrice } from '../catalog/prices.ts';
import { estimate as estimateOf } from '../estimate.ts';
import { buildFleetReport } from '../report/fleet-report.ts';
import { RESOURCES, type Device, type Estimate, type Grade, type ResourceId } from '../types.ts';
import { formatNumber, formatPercent, formatRange, pickScale } from '../vocabulary/format.ts';
import { CONSTRAINT_LABELS, GRADE_LABELS, SEVERITY_LABELS } from '../vocabulary/labels.ts';

/** At least two and at most four scenarios side by side (issue 16). */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

export interface ComparedScenario {
  name: string;
  answers: Answers;
}

/** How a row picks its best column. */
export type BestRule = 'lowest' | 'best-grade' | 'fewest-findings' | 'none';

export interface CompareCell {
  text: string;
  /** What the row ranks by (lower is better); null when the cell has nothing to rank. */
  rank: number | null;
  best: boolean;
}

export interface CompareRow {
  id: string;
  group: 'requirements' | 'device' | 'findings' | 'fleet';
  label: string;
  /** The unit the row's numbers are in, when they share one ("GiB", "ref. cores"). */
  unit: string | null;
  cells: CompareCell[];
  /** True when at least two cells say different things. */
  differs: boolean;
  rule: BestRule;
}

export interface Comparison {
  names: string[];
  estimates: Estimate[];
  rows: CompareRow[];
  /** How many rows differ. */
  differing: number;
}

const RESOURCE_LABELS: Record<ResourceId, string> = {
  cpu: 'CPU',
  ram: 'RAM',
  storage: 'Storage',
  buffer: 'Offline buffer',
  uplink: 'Uplink',
};

const GRADE_RANK: Record<Grade, number> = { fit: 0, tight: 1, insufficient: 2 };
const NO_DEVICE_RANK = 3;

/** Mark the best cells of a row by its rule, and whether the cells differ. */
function finish(
  row: Omit<CompareRow, 'differs' | 'cells'> & { cells: Omit<CompareCell, 'best'>[] },
): CompareRow {
  const differs = row.cells.some((c) => c.text !== row.cells[0]?.text);
  const ranks = row.cells.map((c) => c.rank).filter((r): r is number => r !== null && Number.isFinite(r));
  const min = ranks.length > 0 ? Math.min(...ranks) : null;
  const ranked = row.rule !== 'none' && differs && min !== null && new Set(ranks).size > 1;
  return {
    ...row,
    differs,
    cells: row.cells.map((c) => ({ ...c, best: ranked && c.rank !== null && c.rank === min })),
  };
}

function requirementRows(estimates: readonly Estimate[]): CompareRow[] {
  return RESOURCES.map((resource) => {
    const requirements = estimates.map((e) => e.requirements[resource]);
    const unit = requirements[0]!.unit;
    // One scale for the row, from the largest typical, so the columns read in the same unit.
    const scale = pickScale(unit, Math.max(...requirements.map((r) => r.total.typical)));
    return finish({
      id: `req-${resource}`,
      group: 'requirements',
      label: `${RESOURCE_LABELS[resource]} (low / typical / high)`,
      unit: scale.unit,
      rule: 'lowest',
      cells: requirements.map((r) => {
        const f = formatRange(r.total, unit, scale);
        return { text: `${f.low} / ${f.typical} / ${f.high}`, rank: r.total.typical };
      }),
    });
  });
}

function acceleratorRow(estimates: readonly Estimate[]): CompareRow | null {
  if (estimates.every((e) => e.acceleratorTops.typical === 0)) return null;
  return finish({
    id: 'req-accelerator',
    group: 'requirements',
    label: 'Accelerator (low / typical / high)',
    unit: 'INT8 TOPS',
    rule: 'lowest',
    cells: estimates.map((e) => {
      const t = e.acceleratorTops;
      return {
        text: `${formatNumber(t.low)} / ${formatNumber(t.typical)} / ${formatNumber(t.high)}`,
        rank: t.typical,
      };
    }),
  });
}

/** The device a scenario leads to: the recommended one, else the closest (with its grade), else none. */
function deviceOf(e: Estimate, catalog: readonly Device[]) {
  const id =
    e.recommendedDeviceId ?? e.verdict.cheapestOverBudget?.deviceId ?? e.verdict.closest[0]?.deviceId;
  const device = id ? (catalog.find((d) => d.id === id) ?? null) : null;
  const suggestion = id ? (e.suggestions.find((s) => s.deviceId === id) ?? null) : null;
  const role: 'recommended' | 'over-budget' | 'closest' | 'none' = e.recommendedDeviceId
    ? 'recommended'
    : e.verdict.cheapestOverBudget
      ? 'over-budget'
      : device
        ? 'closest'
        : 'none';
  return { device, suggestion, role };
}

const ROLE_TEXT = {
  recommended: '',
  'over-budget': ' (over budget: none fits within it)',
  closest: ' (closest: none fits)',
  none: '',
} as const;

/** In an Azure VM no device is bought: the recommended size (graded), billed by the month. */
function azureVmOf(e: Estimate) {
  const vms = e.azureVms;
  if (!vms) return null;
  const size = vms.recommendedId ? (AZURE_VM_SIZES.find((v) => v.id === vms.recommendedId) ?? null) : null;
  const suggestion = vms.recommendedId
    ? (vms.suggestions.find((x) => x.sizeId === vms.recommendedId) ?? null)
    : null;
  return { size, suggestion };
}

function deviceRows(estimates: readonly Estimate[], catalog: readonly Device[]): CompareRow[] {
  const vms = estimates.map(azureVmOf);
  const picks = estimates.map((e, i) =>
    vms[i] ? { device: null, suggestion: null, role: 'none' as const } : deviceOf(e, catalog),
  );
  const device = finish({
    id: 'device',
    group: 'device',
    label: 'Recommended device',
    unit: null,
    rule: 'none',
    cells: picks.map((p, i) => {
      const vm = vms[i];
      if (vm)
        return {
          text: vm.size
            ? `Azure VM ${vm.size.name} (no device is bought)`
            : 'No Azure VM size fits (no device is bought)',
          rank: null,
        };
      return {
        text: p.device ? `${p.device.name}${ROLE_TEXT[p.role]}` : 'No device in the catalog',
        rank: null,
      };
    }),
  });
  const grade = finish({
    id: 'grade',
    group: 'device',
    label: 'Its grade',
    unit: null,
    rule: 'best-grade',
    cells: picks.map((p, i) => {
      const graded = vms[i] ? vms[i].suggestion : p.suggestion;
      return {
        text: graded ? GRADE_LABELS[graded.grade] : vms[i] ? 'No size' : 'No device',
        rank: graded ? GRADE_RANK[graded.grade] : NO_DEVICE_RANK,
      };
    }),
  });
  const price = finish({
    id: 'price',
    group: 'device',
    label: 'Price per device',
    unit: 'USD',
    rule: 'lowest',
    // The closest device does not fit: its price is shown, but not ranked against devices that do.
    cells: picks.map((p, i) => ({
      text: vms[i]
        ? 'n/a (billed by the month: see the report’s Azure VM sizes)'
        : !p.device
          ? 'n/a'
          : p.role === 'closest'
            ? `${formatDevicePrice(p.device)} (does not fit)`
            : formatDevicePrice(p.device),
      rank: p.device && p.role !== 'closest' ? p.device.priceUsd : null,
    })),
  });
  const binding = finish({
    id: 'binding',
    group: 'device',
    label: 'Binding constraint',
    unit: null,
    rule: 'none',
    cells: estimates.map((e, i) => {
      const vm = vms[i];
      if (vm) {
        const worst = [...(vm.suggestion?.checks ?? [])].sort(
          (a, b) => GRADE_RANK[b.grade] - GRADE_RANK[a.grade],
        )[0];
        return {
          text: worst ? `${CONSTRAINT_LABELS[worst.resource]} (the Azure VM size's closest check)` : 'n/a',
          rank: null,
        };
      }
      const limit = e.recommendedDeviceId ? e.verdict.limit : null;
      if (limit) {
        return {
          text: `${CONSTRAINT_LABELS[limit.resource]}: ${formatPercent(limit.typicalShare)} typical, ${formatPercent(limit.highShare)} high`,
          rank: null,
        };
      }
      const b = picks[i]!.suggestion?.binding ?? null;
      return { text: b === null ? 'None near a limit' : CONSTRAINT_LABELS[b], rank: null };
    }),
  });
  return [device, grade, price, binding];
}

function findingRows(estimates: readonly Estimate[]): CompareRow[] {
  const counts = finish({
    id: 'findings-count',
    group: 'findings',
    label: 'Findings (errors / warnings / notes)',
    unit: null,
    rule: 'fewest-findings',
    cells: estimates.map((e) => {
      const n = (s: string) => e.findings.filter((f) => f.severity === s).length;
      const errors = n('error');
      const warnings = n('warning');
      return { text: `${errors} / ${warnings} / ${n('info')}`, rank: errors * 1000 + warnings };
    }),
  });
  // Every finding some but not all scenarios raise, in the order first met, errors first.
  const seen = new Map<string, { title: string; severity: string }>();
  for (const e of estimates) for (const f of e.findings) if (!seen.has(f.id)) seen.set(f.id, f);
  const severityOrder = { error: 0, warning: 1, info: 2 } as Record<string, number>;
  const differing = [...seen.entries()]
    .filter(([id]) => !estimates.every((e) => e.findings.some((f) => f.id === id)))
    .sort((a, b) => (severityOrder[a[1].severity] ?? 3) - (severityOrder[b[1].severity] ?? 3));
  const rows = differing.map(([id, f]) =>
    finish({
      id: `finding-${id}`,
      group: 'findings',
      label: f.title,
      unit: null,
      rule: 'none',
      cells: estimates.map((e) => {
        const hit = e.findings.find((x) => x.id === id);
        return {
          text: hit ? `Yes (${SEVERITY_LABELS[hit.severity].toLowerCase()})` : 'No',
          rank: null,
        };
      }),
    }),
  );
  return [counts, ...rows];
}

function fleetRows(
  scenarios: readonly ComparedScenario[],
  estimates: readonly Estimate[],
  catalog: readonly Device[],
): CompareRow[] {
  if (!scenarios.some((s) => s.answers.budget.planFleet)) return [];
  const reports = scenarios.map((s, i) => buildFleetReport(s.answers, estimates[i]!, catalog));
  const NOT_PLANNED = 'No fleet planned';
  const devices = finish({
    id: 'fleet-devices',
    group: 'fleet',
    label: 'Fleet: devices (deployed + spares)',
    unit: null,
    rule: 'none',
    cells: reports.map((r) => ({
      text: r ? `${formatNumber(r.devices)} + ${formatNumber(r.spares)}` : NOT_PLANNED,
      rank: null,
    })),
  });
  const hub = finish({
    id: 'fleet-hub',
    group: 'fleet',
    label: 'Fleet: IoT Hub edition and units',
    unit: null,
    rule: 'none',
    cells: reports.map((r) => {
      return { text: r ? r.hub.headline : NOT_PLANNED, rank: null };
    }),
  });
  const total = finish({
    id: 'fleet-total',
    group: 'fleet',
    label: 'Fleet: cost over the service life (known parts)',
    unit: 'USD',
    rule: 'lowest',
    cells: reports.map((r) => {
      if (!r) return { text: NOT_PLANNED, rank: null };
      return {
        text: `${r.total.fleet} over ${r.serviceLifeYears} years${r.excludedNote ? ` (${r.excludedNote})` : ''}`,
        rank: r.total.fleetUsd,
      };
    }),
  });
  // Rank totals only when every planned fleet leaves out the same parts (else "lowest" would mislead).
  const planned = reports.filter((r) => r !== null);
  const sameParts = planned.every((r) => r.excludedNote === planned[0]!.excludedNote);
  const rankedTotal = sameParts
    ? total
    : { ...total, rule: 'none' as const, cells: total.cells.map((c) => ({ ...c, best: false })) };
  return [devices, hub, rankedTotal];
}

/** Estimate every scenario and lay them side by side. */
export function compareScenarios(
  scenarios: readonly ComparedScenario[],
  catalog: readonly Device[] = DEVICES,
): Comparison {
  const estimates = scenarios.map((s) => estimateOf(s.answers, catalog));
  const accelerator = acceleratorRow(estimates);
  const rows = [
    ...requirementRows(estimates),
    ...(accelerator ? [accelerator] : []),
    ...deviceRows(estimates, catalog),
    ...findingRows(estimates),
    ...fleetRows(scenarios, estimates, catalog),
  ];
  return {
    names: scenarios.map((s) => s.name),
    estimates,
    rows,
    differing: rows.filter((r) => r.differs).length,
  };
}

/** The rule of a row in words, for the table's caption and the exports. */
export const RULE_TEXT: Record<BestRule, string> = {
  lowest: 'lowest is best',
  'best-grade': 'fit is best, then tight, then insufficient',
  'fewest-findings': 'fewest errors, then fewest warnings, is best',
  none: 'not ranked',
};
