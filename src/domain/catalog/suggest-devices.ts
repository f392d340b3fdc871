/**
 * Device grading: each catalog device against the estimated requirements.
 *
 * The rule (team sheet, relied on by the estimate and the results view):
 * - fit: for cpu, ram and storage the typical requirement (which already includes headroom) ≤ the device's
 *   capacity, AND the architecture matches, AND the accelerator need is met at the typical TOPS, AND the device is
 *   within budget (or no budget is set);
 * - tight: not fit, but every resource's low requirement ≤ capacity, the architecture matches, the accelerator need
 *   is met at the low TOPS, and within budget;
 * - insufficient: anything else.
 * binding = the constraint that decided the grade (for a fit, the most utilised resource);
 * utilisation = typical / capacity.
 */
import type { AcceleratorKind, Answers, Architecture } from '../answers.ts';
import type {
  Assumption,
  Constraint,
  Device,
  DeviceAccelerator,
  Grade,
  Range,
  Requirement,
  ResourceId,
  Suggestion,
} from '../types.ts';
import { DEVICES } from './devices.ts';

/** What the grader needs: the estimate's requirements, the accelerator throughput needed and the answers. */
export interface SuggestInput {
  requirements: Record<ResourceId, Requirement>;
  acceleratorTops: Range;
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
type GradedResource = (typeof GRADED_RESOURCES)[number];

const RESOURCE_LABEL: Record<GradedResource, string> = { cpu: 'CPU', ram: 'RAM', storage: 'Storage' };
const KIND_LABEL: Record<DeviceAccelerator['kind'], string> = { gpu: 'GPU', npu: 'NPU/TPU', vpu: 'VPU' };

const FORMATS = [0, 1, 2].map((digits) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }));

/** A number in US English with at most `digits` (0–2) decimals; formatters are built once (grading is hot). */
const fmt = (value: number, digits: 0 | 1 | 2): string =>
  Number.isFinite(value) ? (FORMATS[digits] ?? FORMATS[0]!).format(value) : String(value);

function fmtAmount(resource: GradedResource, value: number): string {
  if (resource === 'cpu') return `${fmt(value, 2)} reference cores`;
  if (resource === 'ram') return `${fmt(value, 0)} MiB`;
  return `${fmt(value, value < 10 ? 1 : 0)} GB`;
}

const pct = (ratio: number): string =>
  Number.isFinite(ratio) ? `${fmt(ratio * 100, 0)} %` : 'more than 100 %';

/** typical / capacity; a zero capacity is infinitely used unless nothing is needed. */
function ratio(need: number, capacity: number): number {
  if (capacity > 0) return need / capacity;
  return need > 0 ? Number.POSITIVE_INFINITY : 0;
}

interface ResourceCheck {
  resource: GradedResource;
  capacity: number;
  low: number;
  typical: number;
  utilisation: number;
  typicalFits: boolean;
  lowFits: boolean;
}

function checkResource(
  resource: GradedResource,
  requirement: Requirement,
  device: Device,
  ram: UsableRam,
): ResourceCheck {
  const capacity =
    resource === 'cpu' ? device.refCores : resource === 'ram' ? ram.usableMiB : device.storageGB;
  const { low, typical } = requirement.total;
  return {
    resource,
    capacity,
    low,
    typical,
    utilisation: ratio(typical, capacity),
    typicalFits: typical <= capacity,
    lowFits: low <= capacity,
  };
}

function resourceReason(check: ResourceCheck, device: Device, ram: UsableRam): string {
  const { resource } = check;
  const verdict = check.typicalFits
    ? 'fits'
    : check.lowFits
      ? 'fits only at the low estimate'
      : 'does not fit even at the low estimate';
  const usable = resource === 'ram' && ram.reservedMiB > 0 ? ' usable' : '';
  let sentence =
    `${RESOURCE_LABEL[resource]} ${verdict}: ${fmtAmount(resource, check.typical)} needed ` +
    `(low ${fmtAmount(resource, check.low)}) of ${fmtAmount(resource, check.capacity)}${usable}, ` +
    `${pct(check.utilisation)} at the typical estimate.`;
  if (resource === 'ram' && ram.reservedMiB > 0 && ram.why !== null) {
    sentence += ` Usable RAM is ${fmt(device.ramMiB, 0)} MiB less ${fmt(ram.reservedMiB, 0)} MiB for ${ram.why}.`;
  }
  if (resource === 'storage') sentence += ` Storage: ${device.storageNote}.`;
  return sentence;
}

interface AcceleratorCheck {
  needed: boolean;
  kindOk: boolean;
  typicalOk: boolean;
  lowOk: boolean;
  utilisation: number | undefined;
  reason: string | null;
}

function checkAccelerator(device: Device, need: AcceleratorKind, tops: Range): AcceleratorCheck {
  if (need === 'none') {
    return {
      needed: false,
      kindOk: true,
      typicalOk: true,
      lowOk: true,
      utilisation: undefined,
      reason: null,
    };
  }
  const needLabel = KIND_LABEL[need];
  const stated =
    tops.typical > 0
      ? `${fmt(tops.typical, 1)} INT8 TOPS (low ${fmt(tops.low, 1)})`
      : 'an accelerator (no TOPS figure given)';
  const have = device.accelerator;
  if (have === null) {
    return {
      needed: true,
      kindOk: false,
      typicalOk: false,
      lowOk: false,
      utilisation: undefined,
      reason: `Accelerator missing: the workload needs a ${needLabel} with ${stated}; this device has none.`,
    };
  }
  if (!acceleratorKindMeets(need, have.kind)) {
    return {
      needed: true,
      kindOk: false,
      typicalOk: false,
      lowOk: false,
      utilisation: undefined,
      reason:
        `Accelerator of the wrong kind: the workload needs a ${needLabel} with ${stated}; the device's ` +
        `${have.name} is a ${KIND_LABEL[have.kind]}, which cannot run GPU code.`,
    };
  }
  const typicalOk = have.tops >= tops.typical;
  const lowOk = have.tops >= tops.low;
  const utilisation = ratio(tops.typical, have.tops);
  const verdict = typicalOk ? 'meets' : lowOk ? 'meets only the low estimate of' : 'falls short of';
  return {
    needed: true,
    kindOk: true,
    typicalOk,
    lowOk,
    utilisation,
    reason:
      `Accelerator ${verdict} the need: ${stated} needed, the device's ${have.name} offers ` +
      `${fmt(have.tops, 1)} TOPS; ${pct(utilisation)} used at the typical estimate.`,
  };
}

const worst = (checks: ResourceCheck[]): ResourceCheck | undefined =>
  checks.reduce<ResourceCheck | undefined>(
    (acc, c) => (acc === undefined || c.utilisation > acc.utilisation ? c : acc),
    undefined,
  );

/** Grade one device against the requirements. */
export function gradeDevice(device: Device, input: SuggestInput): Suggestion {
  const { requirements, acceleratorTops, answers } = input;
  const ram = usableRam(device);
  const checks = GRADED_RESOURCES.map((r) => checkResource(r, requirements[r], device, ram));
  const accel = checkAccelerator(device, answers.accelerator.kind, acceleratorTops);
  const arch = answers.platform.architecture;
  const moduleArch = input.moduleArchitectures ?? null;
  const deviceArchOk = device.architectures.includes(arch);
  const moduleArchOk = moduleArch === null || moduleArch.architectures.includes(arch);
  const archOk = deviceArchOk && moduleArchOk;
  const budget = answers.budget.maxDeviceUsd;
  const withinBudget = budget === null || device.priceUsd <= budget;

  const fit = archOk && accel.typicalOk && withinBudget && checks.every((c) => c.typicalFits);
  const tight = !fit && archOk && accel.lowOk && withinBudget && checks.every((c) => c.lowFits);
  const grade: Grade = fit ? 'fit' : tight ? 'tight' : 'insufficient';

  let binding: Constraint | null;
  if (grade === 'fit') {
    const top = worst(checks);
    binding = top?.resource ?? null;
    if (accel.utilisation !== undefined && top !== undefined && accel.utilisation > top.utilisation) {
      binding = 'accelerator';
    }
  } else if (grade === 'tight') {
    const over = worst(checks.filter((c) => !c.typicalFits));
    binding = !accel.typicalOk ? 'accelerator' : (over?.resource ?? null);
  } else {
    const over = worst(checks.filter((c) => !c.lowFits));
    binding = !archOk
      ? 'architecture'
      : !accel.lowOk
        ? 'accelerator'
        : over !== undefined
          ? over.resource
          : !withinBudget
            ? 'budget'
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
  for (const check of checks) reasons.push(resourceReason(check, device, ram));
  if (accel.reason !== null) reasons.push(accel.reason);
  if (budget !== null) {
    reasons.push(
      withinBudget
        ? `Budget: the $${fmt(device.priceUsd, 0)} price is within the $${fmt(budget, 0)} budget (prices ±30 %).`
        : `Over budget: the $${fmt(device.priceUsd, 0)} price exceeds the $${fmt(budget, 0)} budget (prices ±30 %).`,
    );
  }

  const utilisation: Suggestion['utilisation'] = {
    cpu: checks[0]?.utilisation ?? 0,
    ram: checks[1]?.utilisation ?? 0,
    storage: checks[2]?.utilisation ?? 0,
  };
  if (accel.utilisation !== undefined) utilisation.accelerator = accel.utilisation;

  return { deviceId: device.id, grade, utilisation, binding, reasons, withinBudget };
}

/**
 * Grade every device of the catalog (default: DEVICES), in catalog order (smallest → largest).
 * Pure: the same input always gives the same suggestions.
 */
export function suggestDevices(input: SuggestInput, catalog: readonly Device[] = DEVICES): Suggestion[] {
  return catalog.map((device) => gradeDevice(device, input));
}

/**
 * The recommended device: the cheapest "fit"; on equal prices the smaller one (earlier in the catalog).
 * Null when nothing fits.
 */
export function recommendDevice(
  suggestions: Suggestion[],
  catalog: readonly Device[] = DEVICES,
): string | null {
  let best: { device: Device; index: number } | null = null;
  for (const suggestion of suggestions) {
    if (suggestion.grade !== 'fit') continue;
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
