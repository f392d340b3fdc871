/**
 * The sizing model's output contract: what `estimate(answers)` returns.
 * Every number here is derived from Answers and the sourced constants in the assumptions register;
 * nothing in the UI stores or recomputes it.
 */
import type { AcceleratorKind, Architecture, HostOs } from './answers.ts';
import type { StorageWear } from './sizing/wear.ts';
import type { Verdict } from './catalog/verdict.ts';
import type { AzureVmResult } from './catalog/suggest-azure-vms.ts';
import type { VmSize } from './sizing/vm-size.ts';

/** A quantity with its uncertainty: low ≤ typical ≤ high. */
export interface Range {
  low: number;
  typical: number;
  high: number;
}

/** The resources the model sizes. */
export const RESOURCES = ['cpu', 'ram', 'storage', 'buffer', 'uplink'] as const;
export type ResourceId = (typeof RESOURCES)[number];

/**
 * Units. CPU is counted in "reference cores": one Cortex-A72 core at 1.5 GHz (a Raspberry Pi 4 core),
 * so that an Atom, an A53 and a Xeon core can be compared on one scale.
 */
export type Unit = 'ref-cores' | 'MiB' | 'GB' | 'GB/month';

/** Which part of the stack a share of a requirement belongs to. */
export const COMPONENTS = [
  'os',
  'container-engine',
  'iot-edge-daemons',
  'edge-agent',
  'edge-hub',
  'module',
  'image-layers',
  'message-buffer',
  'logs',
  'eflow-vm',
  'update-headroom',
  'headroom',
] as const;
export type ComponentKind = (typeof COMPONENTS)[number];

/** One share of a requirement. The items of a breakdown add up to the requirement's total, for low, typical and high. */
export interface BreakdownItem {
  /** Stable id, unique within its requirement (for example "module:opcpublisher"). */
  id: string;
  label: string;
  component: ComponentKind;
  value: Range;
  /** Ids of the assumptions this share was computed from. */
  assumptionIds: string[];
  /** One sentence: how the share was computed. */
  explanation: string;
}

export interface Requirement {
  resource: ResourceId;
  label: string;
  unit: Unit;
  /** What the stack needs plus the user's headroom (`performance.headroomPercent`) at typical and high. */
  total: Range;
  /**
   * The same need before the user's headroom: the sum of every breakdown item except the headroom item (RAM's
   * free-memory floor is a need, so it stays in). Equal to `total` when the requirement carries no headroom, and
   * at the low end always (headroom is zero there). The grader compares devices with it (docs/sizing-model.md).
   */
  beforeHeadroom: Range;
  breakdown: BreakdownItem[];
  /** How the total is formed, in one or two sentences. */
  explanation: string;
}

export type Confidence = 'H' | 'M' | 'L' | 'EST';

/** A sourced constant the model uses. */
export interface Assumption {
  id: string;
  label: string;
  /** The value used for "typical". */
  value: number;
  /** Values used for the low and high ends of a range, where they differ. */
  low?: number;
  high?: number;
  unit: string;
  /** A URL, or a description of a measurement (what, where, when). */
  source: string;
  confidence: Confidence;
  /** When the source was read or the measurement taken (YYYY-MM or YYYY-MM-DD). */
  date: string;
  note?: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** A compatibility finding about the chosen platform or workload. */
export interface Finding {
  id: string;
  severity: Severity;
  title: string;
  message: string;
  remedy: string;
  /** Dot path of the answer the finding is about (for example "platform.architecture"). */
  field?: string;
  /** Source URL for the rule. */
  source?: string;
}

/** Accelerator classes a device may carry. */
export interface DeviceAccelerator {
  kind: Exclude<AcceleratorKind, 'none'>;
  name: string;
  /** Peak INT8 TOPS as published. */
  tops: number;
}

export type DeviceClass = 'sbc' | 'ai-module' | 'industrial-gateway' | 'mini-pc' | 'edge-server';

/** Whether a device has a TPM 2.0 (needed for DPS TPM attestation): on board, as an add-on module, none, or not known. */
export type TpmSupport = 'tpm2' | 'add-on' | 'none' | 'unknown';

/** Whether a device keeps the time without a network: an RTC with its battery, one that needs a battery fitted, one on the carrier board, none, or not known. */
export type RtcSupport = 'yes' | 'battery-needed' | 'carrier' | 'no' | 'unknown';

/** A platform fact about a device, with its source. */
export interface DeviceFact<K> {
  kind: K;
  note: string;
  source: string;
}

/** A device class in the catalog, with the source of its figures. */
export interface Device {
  id: string;
  name: string;
  deviceClass: DeviceClass;
  /** Architectures IoT Edge can run on it (a Pi 3's ARMv8 runs arm32v7 or arm64). */
  architectures: Architecture[];
  cpu: string;
  cores: number;
  /** Compute in reference cores (see Unit): cores × per-core speed relative to a Cortex-A72 at 1.5 GHz. */
  refCores: number;
  ramMiB: number;
  storageGB: number;
  storageNote: string;
  accelerator: DeviceAccelerator | null;
  powerW: number;
  priceUsd: number;
  priceNote: string;
  /** When the price was read (YYYY-MM-DD); src/domain/catalog/prices.ts holds every price. */
  priceAsOf: string;
  /** True when no list price was found and the price is Edge Sizer's estimate for the class (shown as "estimate"). */
  priceEstimated?: boolean;
  /** Host operating systems the device can run IoT Edge on (for ASE: in its Linux VM), with the source. */
  hostOses: { oses: HostOs[]; note: string; source: string };
  tpm: DeviceFact<TpmSupport>;
  rtc: DeviceFact<RtcSupport>;
  sources: string[];
  confidence: Confidence;
}

export type Grade = 'fit' | 'tight' | 'insufficient';

export type Constraint = 'cpu' | 'ram' | 'storage' | 'accelerator' | 'architecture' | 'host-os' | 'tpm';

/** The quantities a device is graded on, each against a capacity. */
export type GradedResource = 'cpu' | 'ram' | 'storage' | 'accelerator';

/**
 * The three needs a capacity is checked against (docs/decisions/006-grades-that-mean-their-words.md):
 * - `typicalBeforeHeadroom`: what we expect the stack to use, with no margin;
 * - `typical`: the same plus the user's headroom (the requirement's typical total);
 * - `high`: the pessimistic estimate, before headroom (high-end constants at the peak rate).
 */
export interface GradedNeeds {
  typicalBeforeHeadroom: number;
  typical: number;
  high: number;
}

/** Which of the three needs fit in the usable capacity. */
export type NeedsFit = Record<keyof GradedNeeds, boolean>;

/** One resource of one device, as the grader checked it: the numbers behind the grade, never recomputed. */
export interface ResourceCheck {
  resource: GradedResource;
  /** Unit of every amount of this check. */
  unit: Unit | 'TOPS';
  /** The catalog's figure: refCores, ramMiB, storageGB or the accelerator's peak INT8 TOPS (0 without one). */
  capacity: number;
  /** What the grade compares with: `capacity` less what the device reserves (firmware GPU memory on a Pi…). */
  usableCapacity: number;
  /** The amount reserved and why, when the device reserves any. */
  reserved: { amount: number; why: string; assumptionId: string } | null;
  needs: GradedNeeds;
  fits: NeedsFit;
  /** fit: `typical` and `high` fit; tight: only `typicalBeforeHeadroom` fits; insufficient: not even that. */
  grade: Grade;
  /** needs.typical / usableCapacity (1 = full; infinite when nothing is usable but something is needed). */
  utilisation: number;
  /**
   * Accelerator only: why the device cannot serve the need at all, whatever the TOPS ('missing': it has none;
   * 'wrong-kind': an NPU or VPU for a GPU need). Null when the kind can serve it.
   */
  unavailable: 'missing' | 'wrong-kind' | null;
  /** The check in words: which need fits in the usable capacity and which does not. */
  verdict: string;
}

/**
 * A device's price against the budget, kept apart from its capacity grade (issue 19: a Pi 5 that is $10 over the
 * budget can still do the job, so it is "fit, over budget by $10", never "insufficient").
 */
export type BudgetState =
  | { kind: 'no-budget'; priceUsd: number }
  | { kind: 'within-budget'; priceUsd: number; budgetUsd: number }
  | { kind: 'over-budget'; priceUsd: number; budgetUsd: number; overByUsd: number };

/** A device graded against the requirements. */
export interface Suggestion {
  deviceId: string;
  grade: Grade;
  /** Typical requirement / capacity, per resource (1 = full). Accelerator only when one is needed. */
  utilisation: { cpu: number; ram: number; storage: number; accelerator?: number };
  /** The constraint that decides the grade (the worst one); null only when nothing is near a limit. */
  binding: Constraint | null;
  /** Sentences that explain the grade, one per constraint that matters. */
  reasons: string[];
  /** True when no budget is set or the price is within it (the same as `budget.kind !== 'over-budget'`). */
  withinBudget: boolean;
  /** The price against the budget: a state of its own, never part of `grade`. */
  budget: BudgetState;
  /** The per-resource checks behind the grade: CPU, RAM, storage, and the accelerator when one is needed. */
  checks: ResourceCheck[];
  /** Whether the device runs images of the chosen architecture. */
  architectureOk: boolean;
}

/** One module's memory as the estimate counts it (MiB), for the manifest export's limits. */
export interface ModuleMemory {
  /** Position in the answers' modules (effectiveModules). */
  index: number;
  /** The module's name in the answers. */
  name: string;
  /**
   * What the module needs: its working set (never under its server application's vendor figure), its memory
   * limit applied to the high end as the RAM requirement does, plus the inference runtime when it runs inference.
   */
  need: Range;
  /** The inference runtime counted in `need` when this module runs inference; null otherwise. */
  inference: Range | null;
  /** Why this module was taken to run inference (null when it does not). */
  inferenceReason: string | null;
  /** The assumptions `need` was computed from. */
  assumptionIds: string[];
}

/**
 * The RAM estimate per container, as typed data (MiB): what the manifest export needs to set memory limits and
 * to check that the limits together fit the device. The same numbers as the RAM breakdown.
 */
export interface ContainerMemory {
  edgeHub: Range;
  edgeAgent: Range;
  modules: ModuleMemory[];
  /**
   * An inference runtime the estimate counts but could not attach to a module (no modules); null otherwise.
   */
  unattachedInference: Range | null;
  /** Everything on the device outside the containers: host OS, EFLOW guest, engine, daemons, free-memory floor. */
  host: Range;
}

export interface Estimate {
  modelVersion: string;
  requirements: Record<ResourceId, Requirement>;
  /** The RAM requirement per container (the manifest export's input). */
  memory: ContainerMemory;
  /** Required accelerator throughput in INT8 TOPS, headroom included (all zero when no accelerator is needed). */
  acceleratorTops: Range;
  /** The same before the user's headroom (the grader's "typical before headroom" and "high"). */
  acceleratorTopsBeforeHeadroom: Range;
  /** Suggested EFLOW Linux VM (Deploy-Eflow parameters) when the host is Windows; null otherwise. */
  eflowVm: {
    /** memoryInMB: an even value ≥ 1024. */
    memoryMiB: number;
    cpuCount: number;
    /** vmDiskSize, 21 GB – 2 TB. */
    diskGB: number;
    /** True when the need exceeds EFLOW's 2 TB disk (diskGB is then capped). */
    diskTooLarge: boolean;
    logSize: 'Small' | 'Large';
    /** What Windows must keep free besides the VM. */
    hostFreeRamMiB: number;
    hostFreeDiskGB: number;
    /** The Deploy-Eflow command line with these values. */
    command: string;
  } | null;
  assumptions: Assumption[];
  findings: Finding[];
  /** Catalog order (smallest to largest device); the recommended device is `recommendedDeviceId`. */
  suggestions: Suggestion[];
  /** The cheapest "fit" device within the budget, or null when none fits within it. */
  recommendedDeviceId: string | null;
  /** Which device to buy and why, next to the ladder (src/domain/catalog/verdict.ts). */
  verdict: Verdict;
  /** Flash writes per day and the storage life of each device (absent in estimates made before it existed). */
  storageWear?: StorageWear;
  /** The VM to give IoT Edge on Hyper-V, vSphere, KVM or another hypervisor; null otherwise (absent: older estimate). */
  vmSize?: VmSize | null;
  /** Azure VM sizes graded, with the recommended one, when hosting is an Azure VM; null otherwise. */
  azureVms?: AzureVmResult | null;
}
