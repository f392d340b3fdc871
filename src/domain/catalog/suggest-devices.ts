/**
 * Device grading: each catalog device against the estimated requirements (docs/sizing-model.md, "Grading";
 * docs/decisions/006-grades-that-mean-their-words.md).
 *
 * Each resource (CPU, RAM, storage, and the accelerator when one is needed) is checked at three needs against the
 * device's usable capacity: the typical need before headroom, the typical need with the user's headroom, and the
 * high estimate (before headroom).
 * - fit: the typical need with headroom fits, and so does the high estimate;
 * - tight: the typical need before headroom fits, but the headroom or the high estimate does not;
 * - insufficient: the typical need before headroom does not fit.
 * A device is as good as its worst resource; a wrong architecture, a host OS or TPM it cannot offer, or an
 * accelerator that is missing or of the wrong kind makes it insufficient.
 * The price against the budget is a state of its own (`Suggestion.budget`), never part of the grade: a device that
 * is $10 over the budget can do the job, and says "over budget by $10" (issue 19). The recommendation prefers the
 * devices within the budget (recommendDevice; ./verdict.ts says which fitting device is cheapest when none is).
 * binding = the constraint that decided the grade (for a fit, the resource nearest its capacity);
 * utilisation = typical need with headroom / usable capacity.
 */
import type { AcceleratorKind, Answers, Architecture } from '../answers.ts';
import type {
  Assumption,
  BudgetState,
  Constraint,
  Device,
  DeviceAccelerator,
  Grade,
  GradedNeeds,
  GradedResource,
  NeedsFit,
  Range,
  Requirement,
  ResourceCheck,
  ResourceId,
  Suggestion,
  Unit,
} from '../types.ts';
import { waveAnswers, type Attestation } from '../compat/wave-answers.ts';
import { DEVICES } from './devices.ts';
import { platformFit } from './platform-fit.ts';

/**
 * What the grader needs: the estimate's requirements, the accelerator throughput needed (with and before the
 * user's headroom) and the answers.
 */
export interface SuggestInput {
  requirements: Record<ResourceId, Requirement>;
  acceleratorTops: Range;
  acceleratorTopsBeforeHeadroom: Range;
  answers: Answers;
  /**
   * The architectures the deployment's known modules run on (Azure SQL Edge: amd64; l4t images: arm64), and which
   * modules say so; null or absent when none is constrained.
   */
  moduleArchitectures?: { architectures: readonly Architecture[]; by: readonly string[] } | null;
}

/**
 * RAM that a device reserves before Linux can use it, as sourced assumptions (add them to the estimate's register).
 * - Raspberry Pi: the firmware keeps `gpu_mem` for the VideoCore GPU; the default is 76 MB on boards with ≥ 1 GB.
 *   The page predates the Pi 5, where the same figure is applied as an estimate (it errs on the safe side).
 * - Jetson Orin: CPU and GPU share one LPDDR5 pool, and firmware carve-outs (CMA, debug, secure world) are taken
 *   before Linux starts: an Orin Nano 8 GB shows about 7.2 GB, i.e. about 10 % is gone. Applied as 10 % to the
 *   Orin NX and AGX Orin as an estimate. The GPU's working memory for models comes out of what is left.
 */
export const RAM_RESERVATION_ASSUMPTIONS = {
  rpiGpuMem: {
    id: 'device.ram-reserved.rpi-gpu-mem',
    label: 'Raspberry Pi: RAM reserved for the GPU (gpu_mem default)',
    value: 76,
    unit: 'MiB',
    source:
      'https://github.com/raspberrypi/documentation/blob/develop/documentation/asciidoc/computers/config_txt/memory.adoc',
    confidence: 'H',
    date: '2026-11',
    note: 'Default for boards with 1 GB or more; applied to the Pi 5 as an estimate (EST).',
  },
  jetsonOrinCarveout: {
    id: 'device.ram-reserved.jetson-orin-carveout',
    label: 'Jetson Orin: share of RAM taken by firmware carve-outs',
    value: 10,
    unit: '% of RAM',
    source: 'https://github.com/cranky-cyborg/Jetson-Flash-Manager/issues/1',
    confidence: 'M',
    date: '2026-11',
    note:
      'Orin Nano 8 GB shows ≈ 7.2 GB ("~10% is used for board supported functions"); NX and AGX Orin: EST. ' +
      'See also https://proventusnova.com/blog/jetson-orin-high-ram-usage-idle (CMA 512 MB by default).',
  },
} as const satisfies Record<string, Assumption>;

type ReservationKey = keyof typeof RAM_RESERVATION_ASSUMPTIONS;

/** Which catalog devices reserve RAM, by device id. Devices not listed reserve nothing (or list usable RAM already). */
const RAM_RESERVED_BY_DEVICE: Readonly<Record<string, ReservationKey>> = {
  'rpi3b-1gb': 'rpiGpuMem',
  'rpi3bplus-1gb': 'rpiGpuMem',
  'rpi4b-2gb': 'rpiGpuMem',
  'rpi4b-4gb': 'rpiGpuMem',
  'rpi4b-4gb-coral-usb': 'rpiGpuMem',
  'rpi-cm4-4gb-32gb': 'rpiGpuMem',
  'rpi5-4gb': 'rpiGpuMem',
  'rpi4b-8gb': 'rpiGpuMem',
  'rpi5-8gb': 'rpiGpuMem',
  'rpi5-16gb': 'rpiGpuMem',
  'jetson-orin-nano-super-8gb': 'jetsonOrinCarveout',
  'jetson-orin-nx-16gb': 'jetsonOrinCarveout',
  'jetson-agx-orin-64gb': 'jetsonOrinCarveout',
  'onlogic-fr201-4gb': 'rpiGpuMem',
  'advantech-mic-711-orin-nx-16gb': 'jetsonOrinCarveout',
  'jetson-agx-orin-32gb-industrial': 'jetsonOrinCarveout',
};

/** RAM left for Linux and the workload on a device, with what was deducted and why. */
export interface UsableRam {
  usableMiB: number;
  reservedMiB: number;
  /** Id of the assumption behind the deduction, or null when nothing is deducted. */
  assumptionId: string | null;
  /** Why the RAM was reserved, as a short phrase. */
  why: string | null;
}

/** The device's RAM capacity for grading: ramMiB minus what the device reserves (see RAM_RESERVATION_ASSUMPTIONS). */
export function usableRam(device: Device): UsableRam {
  const key = RAM_RESERVED_BY_DEVICE[device.id];
  if (key === undefined) return { usableMiB: device.ramMiB, reservedMiB: 0, assumptionId: null, why: null };
  const assumption = RAM_RESERVATION_ASSUMPTIONS[key];
  if (key === 'rpiGpuMem') {
    const reservedMiB = Math.min(assumption.value, device.ramMiB);
    return {
      usableMiB: device.ramMiB - reservedMiB,
      reservedMiB,
      assumptionId: assumption.id,
      why: 'GPU memory reserved by the firmware (gpu_mem default)',
    };
  }
  const reservedMiB = Math.round((device.ramMiB * assumption.value) / 100);
  return {
    usableMiB: device.ramMiB - reservedMiB,
    reservedMiB,
    assumptionId: assumption.id,
    why: 'firmware carve-outs of the memory shared by CPU and GPU; model memory on the GPU also comes from what is left',
  };
}

/**
 * Whether a device accelerator of kind `have` can serve a need of kind `need`.
 * - A GPU need (CUDA, OpenCL, general GPU compute) is met only by a GPU.
 * - An NPU/TPU or VPU need is neural-network inference stated in INT8 TOPS. A GPU's tensor cores run the same
 *   models (TensorRT, ONNX Runtime) at their INT8 rate, so a GPU meets it; NPUs and VPUs are both fixed-function
 *   inference engines and meet each other's need, though the model must be compiled for the vendor's toolchain.
 *   The reverse does not hold: an NPU cannot run GPU code.
 */
export function acceleratorKindMeets(need: AcceleratorKind, have: DeviceAccelerator['kind']): boolean {
  if (need === 'none') return true;
  if (need === 'gpu') return have === 'gpu';
  return have === 'npu' || have === 'vpu' || have === 'gpu';
}

const GRADED_RESOURCES = ['cpu', 'ram', 'storage'] as const;
type HostResource = (typeof GRADED_RESOURCES)[number];

const RESOURCE_LABEL: Record<GradedResource, string> = {
  cpu: 'CPU',
  ram: 'RAM',
  storage: 'Storage',
  accelerator: 'Accelerator',
};
const KIND_LABEL: Record<DeviceAccelerator['kind'], string> = { gpu: 'GPU', npu: 'NPU/TPU', vpu: 'VPU' };

/** "a GPU", "an NPU", "a VPU": an accelerator kind with its article, as the reasons say it. */
export const KIND_WITH_ARTICLE: Record<DeviceAccelerator['kind'], string> = {
  gpu: 'a GPU',
  npu: 'an NPU',
  vpu: 'a VPU',
};

/**
 * What the workload needs, for the kind sentences: a GPU need is met only by a GPU; an NPU or VPU need by any
 * inference engine (acceleratorKindMeets).
 */
const NEED_WORDS: Record<DeviceAccelerator['kind'], string> = {
  gpu: 'a GPU',
  npu: 'an NPU, a VPU or a GPU',
  vpu: 'an NPU, a VPU or a GPU',
};

/**
 * The accelerator kind in one sentence, when the device cannot serve the need at all: "Accelerator: needs a GPU;
 * has an NPU (Intel AI Boost NPU), which cannot run GPU code." Never a TOPS comparison: the device's TOPS do not
 * matter when its kind cannot run the workload (issue 19: "needs 2.61 TOPS; has 11 TOPS" contradicted the grade).
 */
export function acceleratorKindSentence(
  need: DeviceAccelerator['kind'],
  have: DeviceAccelerator | null,
): string {
  if (have === null) return `Accelerator: needs ${NEED_WORDS[need]}; has none.`;
  return (
    `Accelerator: needs ${NEED_WORDS[need]}; has ${KIND_WITH_ARTICLE[have.kind]} (${have.name}), ` +
    `which cannot run ${KIND_LABEL[need]} code (CUDA, OpenCL).`
  );
}
const UNIT_OF: Record<HostResource, Unit> = { cpu: 'ref-cores', ram: 'MiB', storage: 'GB' };

const FORMATS = [0, 1, 2].map((digits) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }));

/**
 * Formatted numbers, by digits and value: every device is checked against the same needs, so one estimate formats
 * the same few numbers 20 times over (Intl formatting is most of the grader's time). Cleared when it grows.
 */
const FORMATTED = [new Map<number, string>(), new Map<number, string>(), new Map<number, string>()];

/** A number in US English with at most `digits` (0–2) decimals; formatters are built once (grading is hot). */
function fmt(value: number, digits: 0 | 1 | 2): string {
  if (!Number.isFinite(value)) return String(value);
  const cache = FORMATTED[digits]!;
  let text = cache.get(value);
  if (text === undefined) {
    if (cache.size > 1000) cache.clear();
    text = (FORMATS[digits] ?? FORMATS[0]!).format(value);
    cache.set(value, text);
  }
  return text;
}

function fmtAmount(unit: ResourceCheck['unit'], value: number): string {
  if (unit === 'ref-cores') return `${fmt(value, 2)} reference cores`;
  if (unit === 'MiB') return `${fmt(value, 0)} MiB`;
  if (unit === 'TOPS') return `${fmt(value, 1)} TOPS`;
  return `${fmt(value, value < 10 ? 1 : 0)} ${unit}`;
}

const pct = (ratio: number): string =>
  Number.isFinite(ratio) ? `${fmt(ratio * 100, 0)} %` : 'more than 100 %';

/** need / capacity; a zero capacity is infinitely used unless nothing is needed. */
function ratio(need: number, capacity: number): number {
  if (capacity > 0) return need / capacity;
  return need > 0 ? Number.POSITIVE_INFINITY : 0;
}

/** The grade of one resource from which of its needs fit (the rule above). */
export function gradeOfNeeds(fits: NeedsFit): Grade {
  if (fits.typical && fits.high) return 'fit';
  return fits.typicalBeforeHeadroom ? 'tight' : 'insufficient';
}

/**
 * The check in words: which need fits in the usable capacity and which does not, with the amounts. For example
 * "RAM: the typical need with 25 % headroom (1,020 MiB) fits in 3,800 MiB usable, and so does the high estimate
 * before headroom (1,400 MiB)." (The requirement's displayed high carries the headroom; the grade reads it without.)
 */
function verdictOf(
  resource: GradedResource,
  unit: ResourceCheck['unit'],
  usable: { amount: number; text: string },
  needs: GradedNeeds,
  fits: NeedsFit,
  headroomPercent: number,
): string {
  const label = RESOURCE_LABEL[resource];
  const { base, headroom, withHeadroom, high, typical } = needPhrases(resource, unit, needs, headroomPercent);
  const inUsable = `in ${usable.text}`;
  if (!fits.typicalBeforeHeadroom) {
    return `${label}: even ${base} does not fit ${inUsable} (${pct(ratio(needs.typicalBeforeHeadroom, usable.amount))}).`;
  }
  if (fits.typical && fits.high) return `${label}: ${withHeadroom} fits ${inUsable}, and so does ${high}.`;
  if (fits.typical) return `${label}: ${withHeadroom} fits ${inUsable}, but ${high} does not.`;
  if (fits.high) {
    return `${label}: ${base} fits ${inUsable}, and so does ${high}, but not with ${headroom} (${typical}).`;
  }
  return `${label}: only ${base} fits ${inUsable}; neither with ${headroom} (${typical}) nor ${high} does.`;
}

interface NeedPhrases {
  base: string;
  headroom: string;
  withHeadroom: string;
  high: string;
  /** The typical need with headroom, as an amount. */
  typical: string;
}

/**
 * The phrases of verdictOf that depend only on the needs: the same for every device of the catalog, so they are
 * written once per resource and kept while the needs stay the same (the last needs of each resource).
 */
function needPhrases(
  resource: GradedResource,
  unit: ResourceCheck['unit'],
  needs: GradedNeeds,
  headroomPercent: number,
): NeedPhrases {
  const last = LAST_PHRASES.get(resource);
  if (
    last !== undefined &&
    last.unit === unit &&
    Object.is(last.headroomPercent, headroomPercent) &&
    Object.is(last.needs.typicalBeforeHeadroom, needs.typicalBeforeHeadroom) &&
    Object.is(last.needs.typical, needs.typical) &&
    Object.is(last.needs.high, needs.high)
  )
    return last.phrases;
  const amount = (value: number) => fmtAmount(unit, value);
  const headroom = `${fmt(headroomPercent, 1)} % headroom`;
  const typical = amount(needs.typical);
  const phrases: NeedPhrases = {
    base: `the typical need before headroom (${amount(needs.typicalBeforeHeadroom)})`,
    headroom,
    withHeadroom:
      headroomPercent > 0
        ? `the typical need with ${headroom} (${typical})`
        : `the typical need (${typical}; no headroom chosen)`,
    high: `the high estimate${headroomPercent > 0 ? ' before headroom' : ''} (${amount(needs.high)})`,
    typical,
  };
  LAST_PHRASES.set(resource, { unit, headroomPercent, needs: { ...needs }, phrases });
  return phrases;
}

const LAST_PHRASES = new Map<
  GradedResource,
  { unit: ResourceCheck['unit']; headroomPercent: number; needs: GradedNeeds; phrases: NeedPhrases }
>();

/** A check from its needs and usable capacity (the accelerator's availability is decided by the caller). */
function check(
  resource: GradedResource,
  unit: ResourceCheck['unit'],
  capacity: number,
  usableCapacity: number,
  usableText: string,
  reserved: ResourceCheck['reserved'],
  needs: GradedNeeds,
  headroomPercent: number,
): ResourceCheck {
  const fits: NeedsFit = {
    typicalBeforeHeadroom: needs.typicalBeforeHeadroom <= usableCapacity,
    typical: needs.typical <= usableCapacity,
    high: needs.high <= usableCapacity,
  };
  return {
    resource,
    unit,
    capacity,
    usableCapacity,
    reserved,
    needs,
    fits,
    grade: gradeOfNeeds(fits),
    utilisation: ratio(needs.typical, usableCapacity),
    unavailable: null,
    verdict: verdictOf(
      resource,
      unit,
      { amount: usableCapacity, text: usableText },
      needs,
      fits,
      headroomPercent,
    ),
  };
}

/** The three needs of a requirement: typical before and with headroom, and high before headroom. */
function needsOf(total: Range, beforeHeadroom: Range): GradedNeeds {
  return {
    typicalBeforeHeadroom: beforeHeadroom.typical,
    typical: total.typical,
    high: beforeHeadroom.high,
  };
}

function checkHostResource(
  resource: HostResource,
  requirement: Requirement,
  device: Device,
  ram: UsableRam,
  headroomPercent: number,
): ResourceCheck {
  const unit = UNIT_OF[resource];
  const capacity =
    resource === 'cpu' ? device.refCores : resource === 'ram' ? device.ramMiB : device.storageGB;
  const reserved =
    resource === 'ram' && ram.reservedMiB > 0 && ram.assumptionId !== null && ram.why !== null
      ? { amount: ram.reservedMiB, why: ram.why, assumptionId: ram.assumptionId }
      : null;
  const usable = resource === 'ram' ? ram.usableMiB : capacity;
  const usableText = `${fmtAmount(unit, usable)}${reserved === null ? '' : ' usable'}`;
  const needs = needsOf(requirement.total, requirement.beforeHeadroom);
  return check(resource, unit, capacity, usable, usableText, reserved, needs, headroomPercent);
}

/** The accelerator check, or null when no accelerator is needed. */
function checkAccelerator(
  device: Device,
  need: AcceleratorKind,
  tops: Range,
  topsBeforeHeadroom: Range,
  headroomPercent: number,
): ResourceCheck | null {
  if (need === 'none') return null;
  const needs = needsOf(tops, topsBeforeHeadroom);
  const have = device.accelerator;
  if (have === null || !acceleratorKindMeets(need, have.kind)) {
    const unavailable = have === null ? 'missing' : 'wrong-kind';
    const verdict = acceleratorKindSentence(need, have);
    return {
      resource: 'accelerator',
      unit: 'TOPS',
      capacity: have?.tops ?? 0,
      usableCapacity: 0,
      reserved: null,
      needs,
      fits: { typicalBeforeHeadroom: false, typical: false, high: false },
      grade: 'insufficient',
      utilisation: Number.POSITIVE_INFINITY,
      unavailable,
      verdict,
    };
  }
  const usableText = `${fmtAmount('TOPS', have.tops)} (${have.name})`;
  return check('accelerator', 'TOPS', have.tops, have.tops, usableText, null, needs, headroomPercent);
}

/** A price against the budget (null: none set). */
export function budgetState(priceUsd: number, budgetUsd: number | null): BudgetState {
  if (budgetUsd === null) return { kind: 'no-budget', priceUsd };
  if (priceUsd <= budgetUsd) return { kind: 'within-budget', priceUsd, budgetUsd };
  return { kind: 'over-budget', priceUsd, budgetUsd, overByUsd: priceUsd - budgetUsd };
}

/** How close a check comes to its capacity: the larger of the typical-with-headroom and high ratios. */
const pressure = (c: ResourceCheck): number =>
  Math.max(ratio(c.needs.typical, c.usableCapacity), ratio(c.needs.high, c.usableCapacity));

/** The check that comes closest to (or goes furthest over) its capacity by `by`, or undefined. */
function nearest(checks: ResourceCheck[], by: (c: ResourceCheck) => number): ResourceCheck | undefined {
  return checks.reduce<ResourceCheck | undefined>(
    (acc, c) => (acc === undefined || by(c) > by(acc) ? c : acc),
    undefined,
  );
}

const GRADE_RANK: Record<Grade, number> = { fit: 0, tight: 1, insufficient: 2 };

/** Grade one device against the requirements. */
export function gradeDevice(
  device: Device,
  input: SuggestInput,
  attestation: Attestation = waveAnswers(input.answers).attestation,
): Suggestion {
  const { requirements, acceleratorTops, acceleratorTopsBeforeHeadroom, answers } = input;
  const headroomPercent = answers.performance.headroomPercent;
  const ram = usableRam(device);
  const checks: ResourceCheck[] = GRADED_RESOURCES.map((r) =>
    checkHostResource(r, requirements[r], device, ram, headroomPercent),
  );
  const accel = checkAccelerator(
    device,
    answers.accelerator.kind,
    acceleratorTops,
    acceleratorTopsBeforeHeadroom,
    headroomPercent,
  );
  if (accel !== null) checks.push(accel);
  const arch = answers.platform.architecture;
  const moduleArch = input.moduleArchitectures ?? null;
  const deviceArchOk = device.architectures.includes(arch);
  const moduleArchOk = moduleArch === null || moduleArch.architectures.includes(arch);
  const archOk = deviceArchOk && moduleArchOk;
  const budget = budgetState(device.priceUsd, answers.budget.maxDeviceUsd);
  const withinBudget = budget.kind !== 'over-budget';

  const worstCheck = checks.reduce<Grade>(
    (acc, c) => (GRADE_RANK[c.grade] > GRADE_RANK[acc] ? c.grade : acc),
    'fit',
  );
  // Host OS and TPM: a device that cannot run the platform is insufficient (src/domain/catalog/platform-fit.ts).
  const platform = platformFit(device, answers, attestation);
  const grade: Grade = archOk && platform.ok ? worstCheck : 'insufficient';

  let binding: Constraint | null;
  if (grade === 'fit') {
    binding = nearest(checks, pressure)?.resource ?? null;
  } else if (grade === 'tight') {
    binding = nearest(
      checks.filter((c) => c.grade === 'tight'),
      pressure,
    )!.resource;
  } else {
    const over = nearest(
      checks.filter((c) => c.grade === 'insufficient' && c.resource !== 'accelerator'),
      (c) => ratio(c.needs.typicalBeforeHeadroom, c.usableCapacity),
    );
    binding = !archOk
      ? 'architecture'
      : platform.constraint !== null
        ? platform.constraint
        : accel?.grade === 'insufficient'
          ? 'accelerator'
          : over !== undefined
            ? over.resource
            : null;
  }

  const reasons: string[] = [];
  if (!deviceArchOk) {
    reasons.push(
      `Architecture mismatch: the device runs ${device.architectures.join(' or ')} images; ${arch} was chosen.`,
    );
  }
  if (moduleArch !== null && !moduleArchOk) {
    reasons.push(
      `Architecture mismatch: ${moduleArch.by.join(', ')} ${moduleArch.by.length === 1 ? 'runs' : 'run'} only on ${moduleArch.architectures.join(' or ') || 'no single architecture'}; ${arch} was chosen.`,
    );
  }
  reasons.push(...platform.reasons);
  for (const c of checks) {
    let sentence = c.verdict;
    if (c.reserved !== null) {
      sentence += ` Usable RAM is ${fmt(c.capacity, 0)} MiB less ${fmt(c.reserved.amount, 0)} MiB for ${c.reserved.why}.`;
    }
    if (c.resource === 'storage') sentence += ` Capacity: ${device.storageNote}.`;
    reasons.push(sentence);
  }
  if (budget.kind === 'within-budget') {
    reasons.push(
      `Budget: the $${fmt(budget.priceUsd, 0)} price is within the $${fmt(budget.budgetUsd, 0)} budget (prices ±30 %).`,
    );
  } else if (budget.kind === 'over-budget') {
    reasons.push(
      `Over budget by $${fmt(budget.overByUsd, 0)}: the $${fmt(budget.priceUsd, 0)} price exceeds the ` +
        `$${fmt(budget.budgetUsd, 0)} budget (prices ±30 %). The price is kept apart from the grade, which is about capacity.`,
    );
  }

  const utilisation: Suggestion['utilisation'] = {
    cpu: checks[0]?.utilisation ?? 0,
    ram: checks[1]?.utilisation ?? 0,
    storage: checks[2]?.utilisation ?? 0,
  };
  if (accel !== null && accel.unavailable === null) utilisation.accelerator = accel.utilisation;

  return {
    deviceId: device.id,
    grade,
    utilisation,
    binding,
    reasons,
    withinBudget,
    budget,
    checks,
    architectureOk: archOk,
  };
}

/**
 * Grade every device of the catalog (default: DEVICES), in catalog order (smallest → largest).
 * Pure: the same input always gives the same suggestions.
 */
export function suggestDevices(input: SuggestInput, catalog: readonly Device[] = DEVICES): Suggestion[] {
  const attestation = waveAnswers(input.answers).attestation;
  return catalog.map((device) => gradeDevice(device, input, attestation));
}

/**
 * The recommended device: the cheapest "fit" within the budget; on equal prices the smaller one (earlier in the
 * catalog). Null when nothing fits within the budget (./verdict.ts then names the cheapest fit over the budget).
 */
export function recommendDevice(
  suggestions: Suggestion[],
  catalog: readonly Device[] = DEVICES,
): string | null {
  let best: { device: Device; index: number } | null = null;
  for (const suggestion of suggestions) {
    if (suggestion.grade !== 'fit' || suggestion.budget.kind === 'over-budget') continue;
    const index = catalog.findIndex((d) => d.id === suggestion.deviceId);
    const device = catalog[index];
    if (device === undefined) continue;
    if (
      best === null ||
      device.priceUsd < best.device.priceUsd ||
      (device.priceUsd === best.device.priceUsd && index < best.index)
    ) {
      best = { device, index };
    }
  }
  return best?.device.id ?? null;
}
