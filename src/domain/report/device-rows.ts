/**
 * The device ladder as rows of words and numbers: one model for the results' ladder, the printed report, the CSV
 * and the Markdown export. Every figure comes from the grader's checks (catalog/suggest-devices.ts): the usable
 * capacity, the needs and which of them fit are read, never recomputed from a utilisation.
 */
import { formatDevicePrice } from '../catalog/prices.ts';
import { KIND_WITH_ARTICLE } from '../catalog/suggest-devices.ts';
import { OS_SUPPORT } from '../compat/os-support.ts';
import type { Answers } from '../answers.ts';
import type {
  BudgetState,
  Constraint,
  Device,
  Estimate,
  Grade,
  GradedResource,
  ResourceCheck,
  Suggestion,
} from '../types.ts';
import {
  formatConstraint,
  formatNumber,
  formatPercent,
  formatQuantity,
  formatUsd,
  pickScale,
} from '../vocabulary/format.ts';
import { CONSTRAINT_LABELS, DEVICE_CLASS_LABELS, GRADE_ICONS, GRADE_LABELS } from '../vocabulary/labels.ts';

/** The grading rule in one sentence per grade, for the results and the report (docs/sizing-model.md). */
export const GRADING_RULE: Record<Grade, string> = {
  fit: 'the typical need with your headroom fits, and so does the high estimate before headroom',
  tight: 'the typical need before headroom fits, but the headroom or that high estimate does not',
  insufficient:
    'even the typical need before headroom does not fit, or the architecture, host OS, TPM or accelerator kind rules it out',
};

/** The budget state in words, beside the grade (never part of it). */
export const BUDGET_RULE =
  'A price over your budget is shown as its own state ("Over budget by …") beside the grade, which is about capacity; the recommendation is the cheapest fit device within the budget.';

/** What a price marked "(estimate)" means, wherever the ladder's prices are shown. */
export const PRICE_RULE =
  'A price marked "(estimate)" is Edge Sizer’s estimate for the class: the vendor publishes no list price, so ask for a quote before you buy.';

/** One resource of one device: its grade, utilisation and the check in words. */
export interface DeviceResourceRow {
  resource: GradedResource;
  label: string;
  grade: Grade;
  gradeLabel: string;
  /** Typical need with headroom / usable capacity (1 = full); null when the device cannot serve the need at all. */
  utilisation: number | null;
  /** The utilisation as a percentage ("91%"), or why there is none ("None on board", "Wrong kind"). */
  utilisationText: string;
  /** True when the typical need with headroom is over the usable capacity. */
  over: boolean;
  /** The capacity the grade compares with, e.g. "948 MiB usable", "1.8 ref. cores", "67 TOPS". */
  capacityText: string;
  /** Which need fits and which does not, in a sentence (the grader's words). */
  verdict: string;
}

/** One device of the ladder with its grade against the requirements. */
export interface DeviceRow {
  deviceId: string;
  name: string;
  deviceClass: string;
  /** "Cortex-A53 × 4 · arm64 / arm32v7"; empty when the device is not in the catalog. */
  spec: string;
  grade: Grade;
  gradeLabel: string;
  gradeIcon: string;
  recommended: boolean;
  /** The constraint that decided the grade, as data and in words ("RAM", "None near a limit"). */
  bindingConstraint: Constraint | null;
  binding: string;
  /** What decides the grade, in a sentence. */
  bindingText: string;
  /** CPU, RAM, storage, and the accelerator when one is needed. */
  resources: DeviceResourceRow[];
  /**
   * The card's words on which estimate fits: each resource short of fit in its own sentence (with the amounts),
   * then the resources that fit in one sentence. The amounts of those are in `reasons` and the resource rows.
   */
  verdicts: { grade: Grade; text: string }[];
  /** Utilisation as percentages for the tables ("Not needed" / "None on board" for the accelerator). */
  cpu: string;
  ram: string;
  storage: string;
  accelerator: string;
  /** The device's accelerator in words ("Ampere GPU, 67 TOPS (25% used)", "None (one is needed)"). */
  acceleratorText: string;
  price: string;
  /** The price against the budget, in words. */
  priceText: string;
  /** The budget column of the tables: "Yes", "No: over by $55" or "No budget set". */
  withinBudget: string;
  /** The price against the budget, kept apart from the grade (issue 19). */
  budget: BudgetState | null;
  /** "Over budget by $10" when over the budget; null otherwise (within the budget, or none set). */
  overBudgetText: string | null;
  reasons: string[];
}

const RESOURCE_LABELS: Record<GradedResource, string> = {
  cpu: 'CPU',
  ram: 'RAM',
  storage: 'Storage',
  accelerator: 'Accelerator',
};

/** The display scale of a check's amounts: RAM stays in MiB so it reads like the grader's sentences. */
function amountOf(check: ResourceCheck, value: number): string {
  if (check.unit === 'TOPS') return `${formatNumber(value)} TOPS`;
  const scale = check.unit === 'MiB' ? pickScale('MiB', 0) : pickScale(check.unit, check.usableCapacity);
  return formatQuantity(value, check.unit, scale);
}

/** A check's usable capacity in words, e.g. "948 MiB usable", "1.8 ref. cores", "67 TOPS". */
function capacityText(check: ResourceCheck): string {
  if (check.unavailable === 'missing') return 'none on board';
  // The kind decides, so no TOPS are shown for an accelerator that cannot run the workload (issue 19).
  if (check.unavailable === 'wrong-kind') return 'an accelerator of the wrong kind';
  const amount = amountOf(check, check.usableCapacity);
  return check.reserved === null ? amount : `${amount} usable`;
}

/** What keeps a tight or insufficient resource from fitting, in a short sentence. */
function shortfall(check: ResourceCheck, label: string, headroomPercent: number): string {
  const capacity = capacityText(check);
  const { needs, fits } = check;
  if (check.unavailable !== null) return check.verdict;
  if (!fits.typicalBeforeHeadroom) {
    return `${label}: even the typical need before headroom (${amountOf(check, needs.typicalBeforeHeadroom)}) is ${formatPercent(needs.typicalBeforeHeadroom / check.usableCapacity)} of ${capacity}.`;
  }
  const headroom = `the typical need with ${formatNumber(headroomPercent)} % headroom (${amountOf(check, needs.typical)})`;
  const high = `the high estimate${headroomPercent > 0 ? ' before headroom' : ''} (${amountOf(check, needs.high)})`;
  if (!fits.typical && !fits.high) return `${label}: neither ${headroom} nor ${high} fits in ${capacity}.`;
  if (!fits.high) return `${label}: ${high} does not fit in ${capacity}.`;
  return `${label}: ${headroom} does not fit in ${capacity}.`;
}

function resourceRow(check: ResourceCheck): DeviceResourceRow {
  const available = check.unavailable === null;
  return {
    resource: check.resource,
    label: RESOURCE_LABELS[check.resource],
    grade: check.grade,
    gradeLabel: GRADE_LABELS[check.grade],
    utilisation: available ? check.utilisation : null,
    utilisationText: available
      ? formatPercent(check.utilisation)
      : check.unavailable === 'missing'
        ? 'None on board'
        : 'Wrong kind',
    over: !available || check.utilisation > 1,
    capacityText: capacityText(check),
    verdict: check.verdict,
  };
}

/** What decides the grade, in a sentence built from the checks. */
function bindingSentence(
  s: Suggestion,
  device: Device | undefined,
  answers: Answers,
  resources: DeviceResourceRow[],
): string {
  const b = s.binding;
  if (b === null) return 'Nothing is near a limit.';
  if (b === 'architecture') {
    const archs = device ? device.architectures.join(', ') : 'other architectures';
    return `Architecture: runs ${archs}, not ${answers.platform.architecture} as chosen.`;
  }
  if (b === 'host-os') {
    const runs = device ? device.hostOses.oses.map((os) => OS_SUPPORT[os].label).join(', ') : 'other systems';
    return `Host OS: cannot run ${OS_SUPPORT[answers.platform.hostOs].label}; it runs ${runs}.`;
  }
  if (b === 'tpm') {
    return `TPM: TPM attestation needs a TPM 2.0; ${device ? device.tpm.note : 'none is documented.'}`;
  }
  const check = s.checks.find((c) => c.resource === b);
  const row = resources.find((r) => r.resource === b);
  if (check === undefined || row === undefined) return `${CONSTRAINT_LABELS[b]} decides the grade.`;
  if (s.grade !== 'fit') return shortfall(check, CONSTRAINT_LABELS[b], answers.performance.headroomPercent);
  const high = formatPercent(check.needs.high / check.usableCapacity);
  return (
    `${CONSTRAINT_LABELS[b]} is nearest its capacity: ${row.utilisationText} of ${row.capacityText} at the ` +
    `typical need with headroom, ${high} at the high estimate before headroom.`
  );
}

const NAMES: Record<GradedResource, string> = {
  cpu: 'CPU',
  ram: 'RAM',
  storage: 'storage',
  accelerator: 'accelerator',
};

/** "CPU", "CPU and RAM", "CPU, RAM and storage". */
function listOf(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function verdicts(resources: DeviceResourceRow[], headroomPercent: number): DeviceRow['verdicts'] {
  const short = resources.filter((r) => r.grade !== 'fit').map((r) => ({ grade: r.grade, text: r.verdict }));
  const fit = resources.filter((r) => r.grade === 'fit').map((r) => NAMES[r.resource]);
  if (fit.length === 0) return short;
  const names = listOf(fit);
  const needs =
    headroomPercent > 0
      ? `the typical need with ${formatNumber(headroomPercent)} % headroom and the high estimate before headroom`
      : 'the typical need and the high estimate';
  const text = `${names.charAt(0).toUpperCase()}${names.slice(1)}: ${needs} both fit.`;
  return [...short, { grade: 'fit', text }];
}

/** The price against the budget, from the grader's budget state. */
function priceText(s: Suggestion, device: Device): string {
  const b = s.budget;
  const price = formatDevicePrice({ priceUsd: b.priceUsd, priceEstimated: device.priceEstimated === true });
  if (b.kind === 'no-budget') return `${price} (no budget set)`;
  if (b.kind === 'within-budget') return `${price}, within the ${formatUsd(b.budgetUsd)} budget`;
  return `${price}: over budget by ${formatUsd(b.overByUsd)} (the budget is ${formatUsd(b.budgetUsd)})`;
}

/** "Over budget by $10", or null when the price is within the budget or none is set. */
export function overBudgetText(budget: BudgetState): string | null {
  return budget.kind === 'over-budget' ? `Over budget by ${formatUsd(budget.overByUsd)}` : null;
}

function acceleratorText(device: Device, accelerator: DeviceResourceRow | undefined): string {
  if (!device.accelerator) return accelerator ? 'None (one is needed)' : 'None';
  if (accelerator !== undefined && accelerator.utilisation === null) {
    return `${device.accelerator.name}: ${KIND_WITH_ARTICLE[device.accelerator.kind]}, the wrong kind for this workload`;
  }
  const base = `${device.accelerator.name}, ${formatNumber(device.accelerator.tops)} TOPS`;
  return accelerator === undefined ? base : `${base} (${accelerator.utilisationText} used)`;
}

/** One suggestion as a row; a device missing from the catalog is shown by its id rather than dropped. */
export function deviceRow(
  s: Suggestion,
  device: Device | undefined,
  answers: Answers,
  recommendedId: string | null,
): DeviceRow {
  const resources = s.checks.map(resourceRow);
  const percent = (resource: GradedResource) => resources.find((r) => r.resource === resource);
  const accelerator = percent('accelerator');
  return {
    deviceId: s.deviceId,
    name: device?.name ?? s.deviceId,
    deviceClass: device ? DEVICE_CLASS_LABELS[device.deviceClass] : 'Unknown device',
    spec: device ? `${device.cpu} · ${device.architectures.join(' / ')}` : '',
    grade: s.grade,
    gradeLabel: GRADE_LABELS[s.grade],
    gradeIcon: GRADE_ICONS[s.grade],
    recommended: s.deviceId === recommendedId,
    bindingConstraint: s.binding,
    binding: formatConstraint(s.binding),
    bindingText: bindingSentence(s, device, answers, resources),
    resources,
    verdicts: verdicts(resources, answers.performance.headroomPercent),
    cpu: percent('cpu')?.utilisationText ?? 'n/a',
    ram: percent('ram')?.utilisationText ?? 'n/a',
    storage: percent('storage')?.utilisationText ?? 'n/a',
    accelerator: accelerator?.utilisationText ?? 'Not needed',
    acceleratorText: device ? acceleratorText(device, accelerator) : '',
    price: device ? formatDevicePrice(device) : 'n/a',
    priceText: device ? priceText(s, device) : 'n/a',
    withinBudget:
      s.budget.kind === 'no-budget'
        ? 'No budget set'
        : s.budget.kind === 'within-budget'
          ? 'Yes'
          : `No: over by ${formatUsd(s.budget.overByUsd)}`,
    budget: device ? s.budget : null,
    overBudgetText: device ? overBudgetText(s.budget) : null,
    reasons: s.reasons,
  };
}

/** Every suggestion of the estimate as a row, in the estimate's (catalog) order. */
export function deviceRows(estimate: Estimate, answers: Answers, catalog: readonly Device[]): DeviceRow[] {
  const devices = new Map(catalog.map((d) => [d.id, d]));
  return estimate.suggestions.map((s) =>
    deviceRow(s, devices.get(s.deviceId), answers, estimate.recommendedDeviceId),
  );
}
