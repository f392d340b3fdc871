/**
 * The verdict next to the graded ladder (issues 15 item 2 and 19): which device to buy, why, and its neighbours.
 *
 * - **recommended**: the cheapest fit device within the budget (recommendDevice in ./suggest-devices.ts). A fit
 *   already means margin (docs/decisions/006-grades-that-mean-their-words.md): the typical need with the user's
 *   headroom fits, and so does the high estimate.
 * - **why**: the resource nearest its capacity on that device, with its figures ("RAM is the limit: 1.3 of 1.9 GiB
 *   usable at the typical load with 25 % headroom (65 %), 1.2 GiB at the high estimate").
 * - **stepUp**: the cheapest fit device, at the recommended price or above, whose tightest resource is less loaded:
 *   more margin, at what price (and its budget state).
 * - **stepDown**: the next cheaper device that runs the chosen platform (architecture, host OS, TPM), and the first
 *   thing it lacks (an accelerator of the right kind, then the resource furthest short).
 * - **cheapestOverBudget**: when nothing fits within the budget, the cheapest device that fits over it.
 * - **closest**: when nothing fits within the budget, the 2–3 devices that lack the least, each with what it lacks;
 *   the nearest device for each kind of first gap comes first, so the user sees different ways out.
 *
 * Every figure is read from the grader's checks (Suggestion.checks), never recomputed.
 */
import type { Answers } from '../answers.ts';
import { OS_SUPPORT } from '../compat/os-support.ts';
import type { BudgetState, Device, Grade, GradedResource, ResourceCheck, Suggestion } from '../types.ts';
import { formatNumber, formatPercent, formatQuantity, formatUsd, pickScale } from '../vocabulary/format.ts';
import { formatDevicePrice } from './prices.ts';
import { KIND_WITH_ARTICLE } from './suggest-devices.ts';

/** What a device lacks, as data and in words. */
export interface Gap {
  /** What falls short: a resource, a platform rule, the accelerator's kind, or the price. */
  constraint: GradedResource | 'accelerator-kind' | 'architecture' | 'host-os' | 'tpm' | 'budget';
  /** As a noun phrase for a list: "needs a GPU; has an NPU", "RAM: needs 9.1 GiB, has 7.9 GiB usable". */
  text: string;
  /** As a verb phrase after a device's name: "runs out of RAM at the high estimate (1.4 of 0.9 GiB usable)". */
  phrase: string;
}

/** A neighbour of the recommended device. */
export interface Neighbour {
  deviceId: string;
  name: string;
  priceUsd: number;
  grade: Grade;
  budget: BudgetState;
}

/** One step up: more margin, at what price. */
export interface StepUp extends Neighbour {
  /** Its price less the recommended device's (≥ 0). */
  extraUsd: number;
  /** Its tightest resource and how loaded it is (the larger of typical-with-headroom and high over usable). */
  binding: GradedResource | null;
  pressure: number;
  sentence: string;
}

/** One step down: the next cheaper device and why it falls short. */
export interface StepDown extends Neighbour {
  /** The recommended device's price less its own (≥ 0). */
  savingUsd: number;
  /** The first thing it lacks. */
  shortfall: Gap;
  sentence: string;
}

/** A device named when nothing fits within the budget, with everything it lacks. */
export interface Closest extends Neighbour {
  gaps: Gap[];
  sentence: string;
}

/** The cheapest device that fits, when every device that fits is over the budget. */
export interface OverBudgetFit {
  deviceId: string;
  name: string;
  priceUsd: number;
  /** The price is Edge Sizer's estimate for the class (no list price found). */
  priceEstimated: boolean;
  budgetUsd: number;
  overByUsd: number;
}

/** The recommended device's limit: its binding check, with the figures of the why sentence. */
export interface VerdictLimit {
  resource: GradedResource;
  /** The grader's check, as it graded the resource. */
  check: ResourceCheck;
  /** needs.typical / usable, and needs.high / usable. */
  typicalShare: number;
  highShare: number;
}

/** The answer to "which device should I buy, and why?". */
export interface Verdict {
  /** The cheapest fit device within the budget (the same as Estimate.recommendedDeviceId), or null. */
  recommendedDeviceId: string | null;
  /** The recommended device's binding resource and its figures; null when nothing is recommended or near a limit. */
  limit: VerdictLimit | null;
  stepUp: StepUp | null;
  stepDown: StepDown | null;
  /** When nothing fits within the budget but something fits over it: the cheapest of those. Null otherwise. */
  cheapestOverBudget: OverBudgetFit | null;
  /** When nothing is recommended: the 2–3 devices that lack the least, closest first. Empty otherwise. */
  closest: Closest[];
  /** The verdict in a sentence or two: why this device and why not the next cheaper one, or why none. */
  sentence: string;
}

const LABEL: Record<GradedResource, string> = {
  cpu: 'CPU',
  ram: 'RAM',
  storage: 'Storage',
  accelerator: 'Accelerator',
};

/** "runs out of RAM", "runs short of CPU": the verb for a resource that falls short. */
const RUNS_OUT: Record<GradedResource, string> = {
  cpu: 'runs short of CPU',
  ram: 'runs out of RAM',
  storage: 'runs out of storage',
  accelerator: 'runs short of accelerator TOPS',
};

/** A check's amount in the scale of its usable capacity ("1.3 GiB", "2.1 ref. cores", "40 TOPS"). */
function amount(check: ResourceCheck, value: number): string {
  if (check.unit === 'TOPS') return `${formatNumber(value)} TOPS`;
  return formatQuantity(value, check.unit, pickScale(check.unit, check.usableCapacity));
}

/** "1.3 of 1.9 GiB usable" / "40 of 4 TOPS": a need against the usable capacity, in one scale. */
function ofUsable(check: ResourceCheck, need: number): string {
  const usable = amount(check, check.usableCapacity);
  const needText = amount(check, need);
  // "1.3 GiB of 1.9 GiB" reads as "1.3 of 1.9 GiB" when both carry the same unit.
  const [needNumber, needUnit] = splitUnit(needText);
  const [, usableUnit] = splitUnit(usable);
  const head = needUnit === usableUnit ? needNumber : needText;
  return `${head} of ${usable}${check.reserved === null ? '' : ' usable'}`;
}

function splitUnit(text: string): [string, string] {
  const i = text.indexOf(' ');
  return i < 0 ? [text, ''] : [text.slice(0, i), text.slice(i + 1)];
}

const share = (need: number, usable: number): number =>
  usable > 0 ? need / usable : need > 0 ? Number.POSITIVE_INFINITY : 0;

/** How loaded a check is: the larger of typical-with-headroom and high over the usable capacity. */
const pressureOf = (c: ResourceCheck): number =>
  c.unavailable !== null
    ? Number.POSITIVE_INFINITY
    : Math.max(share(c.needs.typical, c.usableCapacity), share(c.needs.high, c.usableCapacity));

/** The tightest available check of a suggestion (fit devices: its binding), or undefined. */
function tightest(s: Suggestion): ResourceCheck | undefined {
  return s.checks.reduce<ResourceCheck | undefined>(
    (acc, c) => (acc === undefined || pressureOf(c) > pressureOf(acc) ? c : acc),
    undefined,
  );
}

const GRADE_RANK: Record<Grade, number> = { fit: 0, tight: 1, insufficient: 2 };

/**
 * A resource check that falls short (null when it fits, or when it is the accelerator's kind: see kindGap): its
 * constraint, and its words only when asked (`words`). Ranking the closest devices reads only the constraints, so
 * the words of the devices not named are never written (issue 18).
 */
function checkGap(c: ResourceCheck, headroomPercent: number, words: false): Gap['constraint'] | null;
function checkGap(c: ResourceCheck, headroomPercent: number, words: true): Gap | null;
function checkGap(c: ResourceCheck, headroomPercent: number, words: boolean): Gap | Gap['constraint'] | null {
  if (c.grade === 'fit') return null;
  if (c.unavailable !== null) return null; // the accelerator's kind: see kindGap
  if (!words) return c.resource;
  const label = LABEL[c.resource];
  const usable = `${amount(c, c.usableCapacity)}${c.reserved === null ? '' : ' usable'}`;
  if (!c.fits.typicalBeforeHeadroom) {
    return {
      constraint: c.resource,
      text: `${label}: needs ${amount(c, c.needs.typicalBeforeHeadroom)} at the typical load, has ${usable}`,
      phrase: `${RUNS_OUT[c.resource]} even at the typical load before headroom (${ofUsable(c, c.needs.typicalBeforeHeadroom)})`,
    };
  }
  if (!c.fits.high) {
    return {
      constraint: c.resource,
      text: `${label}: the high estimate needs ${amount(c, c.needs.high)}, has ${usable}`,
      phrase: `${RUNS_OUT[c.resource]} at the high estimate (${ofUsable(c, c.needs.high)})`,
    };
  }
  return {
    constraint: c.resource,
    text: `${label}: no room for the ${formatNumber(headroomPercent)} % headroom (needs ${amount(c, c.needs.typical)}, has ${usable})`,
    phrase: `has no room for the ${formatNumber(headroomPercent)} % headroom in ${label === 'Storage' ? 'storage' : label} (${ofUsable(c, c.needs.typical)})`,
  };
}

const NEED_KIND: Record<'gpu' | 'npu' | 'vpu', string> = {
  gpu: 'a GPU',
  npu: 'an NPU, a VPU or a GPU',
  vpu: 'an NPU, a VPU or a GPU',
};

/** A check that the device's accelerator is of the wrong kind (not a shortfall of TOPS). */
function isKindGap(c: ResourceCheck): boolean {
  return c.resource === 'accelerator' && c.unavailable !== null;
}

/** The accelerator's kind as a gap (for a check isKindGap picks): "needs a GPU; has an NPU", never a TOPS comparison. */
function kindGap(device: Device, answers: Answers): Gap {
  const need = answers.accelerator.kind === 'none' ? 'gpu' : answers.accelerator.kind;
  const has = device.accelerator === null ? 'none' : KIND_WITH_ARTICLE[device.accelerator.kind];
  const text = `needs ${NEED_KIND[need]}; has ${has}`;
  return { constraint: 'accelerator-kind', text, phrase: `has the wrong accelerator: it ${text}` };
}

/**
 * Everything a device lacks, most fundamental first: the platform (architecture, host OS, TPM), the accelerator's
 * kind, the resources (insufficient before tight, then the most loaded), then the budget.
 */
export function gapsOf(s: Suggestion, device: Device, answers: Answers): Gap[] {
  return collectGaps(s, device, answers, true);
}

/** What gapsOf lists, as constraints only (no words): the same entries in the same order. */
export function gapConstraints(s: Suggestion, device: Device, answers: Answers): Gap['constraint'][] {
  return collectGaps(s, device, answers, false);
}

function collectGaps(s: Suggestion, device: Device, answers: Answers, words: true): Gap[];
function collectGaps(s: Suggestion, device: Device, answers: Answers, words: false): Gap['constraint'][];
function collectGaps(
  s: Suggestion,
  device: Device,
  answers: Answers,
  words: boolean,
): (Gap | Gap['constraint'])[] {
  const gaps: (Gap | Gap['constraint'])[] = [];
  const arch = answers.platform.architecture;
  if (!s.architectureOk) {
    if (!words) gaps.push('architecture');
    else {
      const text = device.architectures.includes(arch)
        ? `a module of the deployment does not run on ${arch}`
        : `runs ${device.architectures.join(' / ')}, not ${arch}`;
      gaps.push({ constraint: 'architecture', text, phrase: text });
    }
  }
  if (!device.hostOses.oses.includes(answers.platform.hostOs)) {
    if (!words) gaps.push('host-os');
    else {
      const text = `cannot run ${OS_SUPPORT[answers.platform.hostOs].label}`;
      gaps.push({ constraint: 'host-os', text, phrase: text });
    }
  }
  if (s.binding === 'tpm' || s.reasons.some((r) => r.startsWith('TPM ruled out'))) {
    if (!words) gaps.push('tpm');
    else {
      const text = 'has no TPM 2.0 for TPM attestation';
      gaps.push({ constraint: 'tpm', text, phrase: text });
    }
  }
  for (const c of s.checks) {
    if (isKindGap(c)) gaps.push(words ? kindGap(device, answers) : 'accelerator-kind');
  }
  const short = s.checks
    .filter((c) => c.grade !== 'fit' && c.unavailable === null)
    .sort((a, b) => GRADE_RANK[b.grade] - GRADE_RANK[a.grade] || pressureOf(b) - pressureOf(a));
  for (const c of short) {
    const gap = words
      ? checkGap(c, answers.performance.headroomPercent, true)
      : checkGap(c, answers.performance.headroomPercent, false);
    if (gap !== null) gaps.push(gap);
  }
  if (s.budget.kind === 'over-budget') {
    if (!words) gaps.push('budget');
    else {
      const text = `over budget by ${formatUsd(s.budget.overByUsd)}`;
      gaps.push({ constraint: 'budget', text, phrase: `is ${text}` });
    }
  }
  return gaps;
}

/**
 * How far a device is from doing the job within the budget, for ranking the closest: a platform rule or the wrong
 * accelerator kind 3 (it cannot run the workload), a resource short before headroom 2, a tight resource 1, the
 * budget 0.5 + the share it is over (at most 2.5).
 */
function distance(gaps: readonly Gap['constraint'][], s: Suggestion): number {
  return gaps.reduce((sum, constraint) => {
    if (constraint === 'budget') {
      // A fit device a little over the budget is closer than a tight one; far over it, further than one.
      return s.budget.kind === 'over-budget' && s.budget.budgetUsd > 0
        ? sum + 0.5 + Math.min(s.budget.overByUsd / s.budget.budgetUsd, 2)
        : sum + 2.5;
    }
    if (
      constraint === 'cpu' ||
      constraint === 'ram' ||
      constraint === 'storage' ||
      constraint === 'accelerator'
    ) {
      const check = s.checks.find((c) => c.resource === constraint);
      return sum + (check?.grade === 'tight' ? 1 : 2);
    }
    return sum + 3; // architecture, host OS, TPM, accelerator kind: the device cannot run the workload at all
  }, 0);
}

interface Row {
  s: Suggestion;
  device: Device;
  index: number;
}

/** Suggestions joined with their catalog devices and positions, cheapest first (ties: the smaller device). */
function rowsByPrice(suggestions: readonly Suggestion[], catalog: readonly Device[]): Row[] {
  const byId = new Map(catalog.map((d, index) => [d.id, { device: d, index }]));
  return suggestions
    .flatMap((s) => {
      const hit = byId.get(s.deviceId);
      return hit === undefined ? [] : [{ s, device: hit.device, index: hit.index }];
    })
    .sort((a, b) => a.device.priceUsd - b.device.priceUsd || a.index - b.index);
}

const neighbour = (r: Row): Neighbour => ({
  deviceId: r.s.deviceId,
  name: r.device.name,
  priceUsd: r.device.priceUsd,
  grade: r.s.grade,
  budget: r.s.budget,
});

/** ", over budget by $10" when over the budget; "" otherwise. */
const overBudgetClause = (b: BudgetState): string =>
  b.kind === 'over-budget' ? `, over budget by ${formatUsd(b.overByUsd)}` : '';

/** Whether a device can run the chosen platform (architecture, host OS, TPM): a fair "why not smaller?" neighbour. */
const runsPlatform = (r: Row, answers: Answers): boolean =>
  r.s.architectureOk &&
  r.device.hostOses.oses.includes(answers.platform.hostOs) &&
  r.s.binding !== 'tpm' &&
  !r.s.reasons.some((reason) => reason.startsWith('TPM ruled out'));

function limitOf(s: Suggestion): VerdictLimit | null {
  if (s.binding === null || !['cpu', 'ram', 'storage', 'accelerator'].includes(s.binding)) return null;
  const check = s.checks.find((c) => c.resource === s.binding);
  if (check === undefined || check.unavailable !== null) return null;
  return {
    resource: check.resource,
    check,
    typicalShare: share(check.needs.typical, check.usableCapacity),
    highShare: share(check.needs.high, check.usableCapacity),
  };
}

function whySentence(limit: VerdictLimit | null, headroomPercent: number): string {
  if (limit === null) return 'Nothing is near a limit.';
  const { check } = limit;
  const headroom = headroomPercent > 0 ? ` with ${formatNumber(headroomPercent)} % headroom` : '';
  return (
    `${LABEL[check.resource]} is the limit: ${ofUsable(check, check.needs.typical)} at the typical load${headroom} ` +
    `(${formatPercent(limit.typicalShare)}), ${amount(check, check.needs.high)} at the high estimate ` +
    `(${formatPercent(limit.highShare)})`
  );
}

/** The verdict for graded suggestions; `recommendedDeviceId` is recommendDevice's pick. */
export function buildVerdict(
  suggestions: readonly Suggestion[],
  catalog: readonly Device[],
  recommendedDeviceId: string | null,
  answers: Answers,
): Verdict {
  const rows = rowsByPrice(suggestions, catalog);
  const at = rows.findIndex((r) => r.s.deviceId === recommendedDeviceId);
  const recommended = rows[at];
  const headroom = answers.performance.headroomPercent;

  if (recommended !== undefined) {
    const limit = limitOf(recommended.s);
    const ownPressure = Math.max(0, ...recommended.s.checks.map(pressureOf));
    const up = rows
      .slice(at + 1)
      .find((r) => r.s.grade === 'fit' && Math.max(0, ...r.s.checks.map(pressureOf)) < ownPressure);
    let stepUp: StepUp | null = null;
    if (up !== undefined) {
      const c = tightest(up.s);
      const pressure = Math.max(0, ...up.s.checks.map(pressureOf));
      const extraUsd = up.device.priceUsd - recommended.device.priceUsd;
      stepUp = {
        ...neighbour(up),
        extraUsd,
        binding: c?.resource ?? null,
        pressure,
        sentence:
          `One step up: ${up.device.name} at ${formatDevicePrice(up.device)} (${extraUsd > 0 ? `${formatUsd(extraUsd)} more` : 'the same price'}` +
          `${overBudgetClause(up.s.budget)})` +
          (c === undefined
            ? '.'
            : `: ${LABEL[c.resource]} at worst ${formatPercent(pressure)} used (typical or high), against ${formatPercent(ownPressure)} here.`),
      };
    }
    const down = rows
      .slice(0, at)
      .reverse()
      .find((r) => runsPlatform(r, answers) && gapConstraints(r.s, r.device, answers).length > 0);
    let stepDown: StepDown | null = null;
    if (down !== undefined) {
      const shortfall = gapsOf(down.s, down.device, answers)[0]!;
      stepDown = {
        ...neighbour(down),
        savingUsd: recommended.device.priceUsd - down.device.priceUsd,
        shortfall,
        sentence: `One step down: ${down.device.name} at ${formatDevicePrice(down.device)} (${formatUsd(recommended.device.priceUsd - down.device.priceUsd)} less): ${shortfall.text}.`,
      };
    }
    const why = whySentence(limit, headroom);
    const sentence =
      stepDown === null
        ? `${why}; no cheaper device in the catalog runs this platform.`
        : `${why}; the next cheaper device, ${stepDown.name}, ${stepDown.shortfall.phrase}.`;
    return {
      recommendedDeviceId,
      limit,
      stepUp,
      stepDown,
      cheapestOverBudget: null,
      closest: [],
      sentence,
    };
  }

  // Nothing is recommended: the closest devices and what each lacks. They are ranked by their gaps' constraints;
  // the gaps' words are written only for the devices named.
  const ranked = rows
    .map((r) => ({ r, gaps: gapConstraints(r.s, r.device, answers) }))
    .filter(({ gaps }) => gaps.length > 0)
    .map(({ r, gaps }) => ({ r, gaps, d: distance(gaps, r.s) }))
    .sort((a, b) => a.d - b.d || a.r.device.priceUsd - b.r.device.priceUsd || a.r.index - b.r.index);
  // Three different ways out rather than three of a kind: the nearest device for each first gap (over budget,
  // another architecture, no GPU…), then the next nearest to fill up to 3.
  const firstOfKind = ranked.filter((x, i) => ranked.findIndex((y) => y.gaps[0] === x.gaps[0]) === i);
  const picked = [...firstOfKind, ...ranked.filter((x) => !firstOfKind.includes(x))].slice(0, 3);
  picked.sort((a, b) => a.d - b.d || a.r.device.priceUsd - b.r.device.priceUsd || a.r.index - b.r.index);
  const closest: Closest[] = picked.map(({ r }) => {
    const gaps = gapsOf(r.s, r.device, answers);
    return {
      ...neighbour(r),
      gaps,
      sentence: `${r.device.name} (${formatUsd(r.device.priceUsd)}${r.device.priceEstimated === true ? ', an estimate' : ''}): ${gaps.map((g) => g.text).join('; ')}.`,
    };
  });
  const over = rows.find((r) => r.s.grade === 'fit' && r.s.budget.kind === 'over-budget');
  const cheapestOverBudget: OverBudgetFit | null =
    over !== undefined && over.s.budget.kind === 'over-budget'
      ? {
          deviceId: over.s.deviceId,
          name: over.device.name,
          priceUsd: over.s.budget.priceUsd,
          priceEstimated: over.device.priceEstimated === true,
          budgetUsd: over.s.budget.budgetUsd,
          overByUsd: over.s.budget.overByUsd,
        }
      : null;
  const budget = answers.budget.maxDeviceUsd;
  const sentence =
    cheapestOverBudget !== null
      ? `No device fits within the ${formatUsd(cheapestOverBudget.budgetUsd)} budget. The cheapest device that fits is ` +
        `${cheapestOverBudget.name} at ${formatDevicePrice(cheapestOverBudget)}: over budget by ${formatUsd(cheapestOverBudget.overByUsd)}.`
      : budget === null
        ? 'No device in the catalog fits these requirements.'
        : `No device in the catalog fits these requirements, within the ${formatUsd(budget)} budget or over it.`;
  return {
    recommendedDeviceId: null,
    limit: null,
    stepUp: null,
    stepDown: null,
    cheapestOverBudget,
    closest,
    sentence,
  };
}
