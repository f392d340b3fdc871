/**
 * The VM to give IoT Edge when it runs in a virtual machine on Hyper-V, vSphere, KVM or another hypervisor
 * (issue 19, "Hosting in a VM or in the cloud"): vCPUs, memory and disk from the estimate, and what the hypervisor
 * needs on the host besides the VM. Pure; constants in src/domain/assumptions/vm.ts.
 *
 * The size follows the grading rule of docs/decisions/006-grades-that-mean-their-words.md: each resource must hold
 * the typical need WITH the user's headroom and the HIGH estimate (before headroom), so the size is the larger of the
 * two, rounded up the way VMs are allocated:
 * - vCPUs: whole vCPUs, need in reference cores ÷ the reference cores of one vCPU (x64 or ARM host);
 * - memory: 512 MiB steps up to 4 GiB, 1 GiB steps above;
 * - disk: GiB (the requirement is in GB = 10^9 bytes), in 8 GiB steps.
 * A VM sized so is "fit" by construction; the checks say so per resource, with the numbers.
 */
import type { AcceleratorKind, Architecture, Hosting } from '../answers.ts';
import { VM_ASSUMPTIONS, type VmAssumptionId } from '../assumptions/vm.ts';
import type { GradedNeeds, NeedsFit, Requirement, ResourceId } from '../types.ts';

/** The hostings that put IoT Edge in a VM we size here (an Azure VM is sized from the Azure catalog instead). */
export const VM_HOSTINGS = ['hyper-v', 'vsphere', 'kvm', 'other-vm'] as const;
export type VmHosting = (typeof VM_HOSTINGS)[number];

export function isVmHosting(hosting: Hosting): hosting is VmHosting {
  return (VM_HOSTINGS as readonly string[]).includes(hosting);
}

/** Hypervisor names as the results and the report say them. */
export const HYPERVISOR_NAME: Record<VmHosting, string> = {
  'hyper-v': 'Hyper-V',
  vsphere: 'VMware vSphere / ESXi',
  kvm: 'KVM / Proxmox',
  'other-vm': 'the hypervisor',
};

/** Bytes per GB (the requirement's storage unit) and per GiB (the VM disk's unit). */
const GB = 1e9;
const GIB = 2 ** 30;
export const gbToGib = (gb: number): number => (gb * GB) / GIB;
export const gibToGb = (gib: number): number => (gib * GIB) / GB;

const value = (id: VmAssumptionId): number => VM_ASSUMPTIONS[id].value;

/** One resource of the VM: the needs it is sized for, the size given, and the check in words. */
export interface VmLine {
  resource: 'cpu' | 'ram' | 'disk';
  /** Unit of `size`. */
  unit: 'vCPU' | 'MiB' | 'GiB';
  /** The three needs of ADR 006, in the requirement's unit (reference cores, MiB, GB). */
  needs: GradedNeeds;
  needUnit: 'reference cores' | 'MiB' | 'GB';
  /** The size must hold this (the larger of the typical need with headroom and the high estimate), in `unit`. */
  sizedFor: number;
  /** What the VM is given, in `unit`. */
  size: number;
  /** The size in the requirement's unit (vCPUs × reference cores per vCPU; MiB; GB). */
  capacity: number;
  fits: NeedsFit;
  /** How the size was reached and what it holds, in one or two sentences. */
  explanation: string;
  assumptionIds: VmAssumptionId[];
}

/** What the hypervisor needs on the host for this VM, besides the VM's own memory and disk. */
export interface VmOverhead {
  /** Host memory besides the VM's, MiB (per VM, or per host for Hyper-V). */
  ramMiB: number;
  /** Host disk besides the VM's virtual disk, GiB. */
  diskGiB: number;
  explanation: string;
  assumptionIds: VmAssumptionId[];
}

export interface VmSize {
  hosting: VmHosting;
  hypervisor: string;
  vcpus: number;
  ramMiB: number;
  diskGiB: number;
  /** "Give the VM: 2 vCPU, 2 GiB RAM, 16 GiB disk" */
  summary: string;
  lines: [VmLine, VmLine, VmLine];
  overhead: VmOverhead;
  /** What the host must have free for this VM and the hypervisor's overhead (logical processors, MiB, GiB). */
  host: { logicalProcessors: number; ramMiB: number; diskGiB: number };
  /** Passing the accelerator through to the VM, when the workload needs one; null otherwise. */
  accelerator: string | null;
  assumptionIds: VmAssumptionId[];
}

/** The inputs: the estimate's requirements and the answers that matter. */
export interface VmSizeInput {
  requirements: Record<ResourceId, Requirement>;
  hosting: Hosting;
  architecture: Architecture;
  acceleratorKind: AcceleratorKind;
}

/** Memory rounded up the way VMs are given it: 512 MiB steps up to 4 GiB, 1 GiB steps above (at least one step). */
export function roundVmRamMiB(needMiB: number): number {
  const small = value('vm.ram-step-small');
  const large = value('vm.ram-step-large');
  const need = Math.max(need0(needMiB), small);
  const up = (step: number) => Math.ceil(need / step - 1e-9) * step;
  return need <= 4096 ? up(small) : up(large);
}

/** Disk in GiB rounded up to the disk step, from a need in GB. */
export function roundVmDiskGiB(needGB: number): number {
  const step = value('vm.disk-step');
  return Math.max(step, Math.ceil(gbToGib(need0(needGB)) / step - 1e-9) * step);
}

/** Reference cores of one vCPU: a server thread on x64, the slowest ARM host otherwise. */
export function refCoresPerVcpu(architecture: Architecture): { value: number; id: VmAssumptionId } {
  const id: VmAssumptionId =
    architecture === 'amd64' ? 'vm.ref-cores-per-vcpu-x64' : 'vm.ref-cores-per-vcpu-arm';
  return { value: value(id), id };
}

/** Whole vCPUs for a need in reference cores (at least one). */
export function roundVcpus(needRefCores: number, perVcpu: number): number {
  return Math.max(1, Math.ceil(need0(needRefCores) / perVcpu - 1e-9));
}

/** A need as a finite, non-negative number. */
function need0(x: number): number {
  return Number.isFinite(x) && x > 0 ? x : 0;
}

/** The three graded needs of a requirement (ADR 006). */
export function gradedNeeds(req: Requirement): GradedNeeds {
  return {
    typicalBeforeHeadroom: req.beforeHeadroom.typical,
    typical: req.total.typical,
    high: req.beforeHeadroom.high,
  };
}

function fitsOf(needs: GradedNeeds, capacity: number): NeedsFit {
  return {
    typicalBeforeHeadroom: needs.typicalBeforeHeadroom <= capacity,
    typical: needs.typical <= capacity,
    high: needs.high <= capacity,
  };
}

const fmt = (x: number, digits = 0): string =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(x);

/** "2 GiB", "1.5 GiB", "512 MiB". */
export function formatVmRam(mib: number): string {
  return mib < 1024 ? `${fmt(mib)} MiB` : `${fmt(mib / 1024, 1)} GiB`;
}

/** "Give the VM: 2 vCPU, 2 GiB RAM, 16 GiB disk" */
export function vmSummary(vcpus: number, ramMiB: number, diskGiB: number): string {
  return `Give the VM: ${vcpus} vCPU, ${formatVmRam(ramMiB)} RAM, ${fmt(diskGiB)} GiB disk`;
}

/** VMware's sample overhead table (MB) by configured memory (rows) and vCPUs (columns), VSPHERE_OVERHEAD_SOURCE. */
const VSPHERE_ROWS_MB = [256, 1024, 4096, 16384];
const VSPHERE_COLS_VCPU = [1, 2, 4, 8];
const VSPHERE_TABLE_MB = [
  [20.29, 24.28, 32.23, 48.16],
  [25.9, 29.91, 37.86, 53.82],
  [48.64, 52.72, 60.67, 76.78],
  [139.62, 143.98, 151.93, 168.6],
];

/** Linear interpolation in a sorted axis, extrapolated from the last two points past its end (clamped below). */
function locate(axis: readonly number[], x: number): { i: number; t: number } {
  if (x <= axis[0]!) return { i: 0, t: 0 };
  for (let i = 0; i < axis.length - 1; i++) {
    if (x <= axis[i + 1]!) return { i, t: (x - axis[i]!) / (axis[i + 1]! - axis[i]!) };
  }
  const i = axis.length - 2;
  return { i, t: (x - axis[i]!) / (axis[i + 1]! - axis[i]!) };
}

/** vSphere power-on overhead (MB) for a VM of `memoryMiB` and `vcpus`, bilinear in VMware's table. */
export function vsphereOverheadMb(memoryMiB: number, vcpus: number): number {
  const r = locate(VSPHERE_ROWS_MB, memoryMiB);
  const c = locate(VSPHERE_COLS_VCPU, vcpus);
  const at = (ri: number, ci: number) => VSPHERE_TABLE_MB[ri]![ci]!;
  const row = (ri: number) => at(ri, c.i) + (at(ri, c.i + 1) - at(ri, c.i)) * c.t;
  return row(r.i) + (row(r.i + 1) - row(r.i)) * r.t;
}

/** KVM (OpenShift Virtualization formula): 0.2 % of memory + 218 MiB + 8 MiB per vCPU + 16 MiB graphics + 1 GiB per GPU. */
export function kvmOverheadMiB(memoryMiB: number, vcpus: number, gpus: number): number {
  return (
    (memoryMiB * value('vm.overhead.kvm-memory-share')) / 100 +
    value('vm.overhead.kvm-fixed') +
    value('vm.overhead.kvm-per-vcpu') * vcpus +
    value('vm.overhead.kvm-graphics') +
    value('vm.overhead.kvm-gpu') * gpus
  );
}

const KVM_IDS: VmAssumptionId[] = [
  'vm.overhead.kvm-memory-share',
  'vm.overhead.kvm-fixed',
  'vm.overhead.kvm-per-vcpu',
  'vm.overhead.kvm-graphics',
];

/** The hypervisor's overhead on the host for a VM of this size. */
export function vmOverhead(
  hosting: VmHosting,
  vm: { vcpus: number; ramMiB: number },
  gpus: number,
): VmOverhead {
  const swapGiB = (vm.ramMiB * value('vm.overhead.vsphere-swap')) / 100 / 1024;
  const vsphere = (): VmOverhead => {
    const mb = vsphereOverheadMb(vm.ramMiB, vm.vcpus);
    return {
      ramMiB: Math.ceil((mb * 1e6) / 2 ** 20),
      diskGiB: swapGiB,
      explanation:
        `vSphere needs about ${fmt(mb, 1)} MB of host memory to power on a VM of ${formatVmRam(vm.ramMiB)} and ${vm.vcpus} vCPU ` +
        `(VMware's overhead table, interpolated), and a swap file (.vswp) as large as the VM memory that is not reserved ` +
        `(${fmt(swapGiB, 1)} GiB on the datastore, or reserve the memory to avoid it).`,
      assumptionIds: ['vm.overhead.vsphere-ram', 'vm.overhead.vsphere-swap'],
    };
  };
  const kvm = (): VmOverhead => {
    const mib = kvmOverheadMiB(vm.ramMiB, vm.vcpus, gpus);
    return {
      ramMiB: Math.ceil(mib),
      diskGiB: 0,
      explanation:
        `KVM/QEMU needs about ${fmt(mib)} MiB of host memory for this VM (Red Hat's OpenShift Virtualization formula: ` +
        `0.2 % of the VM memory + 218 MiB + 8 MiB per vCPU + 16 MiB for the graphics device${gpus > 0 ? ' + 1 GiB per passed-through GPU' : ''}; ` +
        'Proxmox and libvirt publish no figure, so this errs on the safe side). No disk is needed besides the virtual disk.',
      assumptionIds: gpus > 0 ? [...KVM_IDS, 'vm.overhead.kvm-gpu'] : [...KVM_IDS],
    };
  };
  const hyperv = (): VmOverhead => {
    const diskGiB = gbToGib(value('vm.overhead.hyperv-host-disk'));
    return {
      ramMiB: value('vm.overhead.hyperv-host-ram'),
      diskGiB,
      explanation:
        'Microsoft lists no per-VM memory overhead for Hyper-V (it keeps enough memory for the Windows root partition). ' +
        `EFLOW, Microsoft's Linux VM on Hyper-V, asks Windows to keep ${fmt(value('vm.overhead.hyperv-host-ram'))} MiB of RAM ` +
        `and ${fmt(value('vm.overhead.hyperv-host-disk'))} GB of disk free besides the VM: the same is assumed here.`,
      assumptionIds: ['vm.overhead.hyperv-host-ram', 'vm.overhead.hyperv-host-disk'],
    };
  };
  if (hosting === 'vsphere') return vsphere();
  if (hosting === 'kvm') return kvm();
  if (hosting === 'hyper-v') return hyperv();
  // Another hypervisor: the largest of the three published figures.
  const all = [vsphere(), kvm(), hyperv()];
  const ramMiB = Math.max(...all.map((o) => o.ramMiB));
  const diskGiB = Math.max(...all.map((o) => o.diskGiB));
  return {
    ramMiB,
    diskGiB,
    explanation:
      `For another hypervisor no figure is published; the largest of the vSphere, KVM and Hyper-V figures is assumed: ` +
      `${fmt(ramMiB)} MiB of host memory and ${fmt(diskGiB, 1)} GiB of disk besides the VM.`,
    assumptionIds: [...new Set(all.flatMap((o) => o.assumptionIds))],
  };
}

const PASSTHROUGH: Record<VmHosting, string> = {
  'hyper-v': 'Discrete Device Assignment (DDA)',
  vsphere: 'DirectPath I/O (or NVIDIA vGPU)',
  kvm: 'PCI passthrough (VFIO)',
  'other-vm': 'PCI passthrough',
};

/** The VM size for a VM hosting, or null for bare metal and an Azure VM. */
export function vmSize(input: VmSizeInput): VmSize | null {
  const { hosting, requirements, architecture, acceleratorKind } = input;
  if (!isVmHosting(hosting)) return null;
  const perVcpu = refCoresPerVcpu(architecture);

  const cpuNeeds = gradedNeeds(requirements.cpu);
  const cpuSizedFor = Math.max(cpuNeeds.typical, cpuNeeds.high) / perVcpu.value;
  const vcpus = roundVcpus(Math.max(cpuNeeds.typical, cpuNeeds.high), perVcpu.value);
  const cpuCapacity = vcpus * perVcpu.value;

  const ramNeeds = gradedNeeds(requirements.ram);
  const ramSizedFor = Math.max(ramNeeds.typical, ramNeeds.high);
  const ramMiB = roundVmRamMiB(ramSizedFor);

  const diskNeeds = gradedNeeds(requirements.storage);
  const diskSizedForGB = Math.max(diskNeeds.typical, diskNeeds.high);
  const diskGiB = roundVmDiskGiB(diskSizedForGB);

  const which = (n: GradedNeeds) =>
    n.high > n.typical ? 'the high estimate before headroom' : 'the typical need with headroom';
  const lines: [VmLine, VmLine, VmLine] = [
    {
      resource: 'cpu',
      unit: 'vCPU',
      needs: cpuNeeds,
      needUnit: 'reference cores',
      sizedFor: cpuSizedFor,
      size: vcpus,
      capacity: cpuCapacity,
      fits: fitsOf(cpuNeeds, cpuCapacity),
      explanation:
        `${fmt(Math.max(cpuNeeds.typical, cpuNeeds.high), 2)} reference cores (${which(cpuNeeds)}) ÷ ${fmt(perVcpu.value, 1)} ` +
        `per ${architecture === 'amd64' ? 'x64' : 'ARM'} vCPU = ${fmt(cpuSizedFor, 2)}, rounded up to ${vcpus} vCPU ` +
        `(${fmt(cpuCapacity, 1)} reference cores).`,
      assumptionIds: [perVcpu.id],
    },
    {
      resource: 'ram',
      unit: 'MiB',
      needs: ramNeeds,
      needUnit: 'MiB',
      sizedFor: ramSizedFor,
      size: ramMiB,
      capacity: ramMiB,
      fits: fitsOf(ramNeeds, ramMiB),
      explanation:
        `${fmt(ramSizedFor)} MiB (${which(ramNeeds)}), rounded up to ${formatVmRam(ramMiB)} ` +
        `(${ramSizedFor <= 4096 ? '512 MiB steps up to 4 GiB' : '1 GiB steps above 4 GiB'}).`,
      assumptionIds: ['vm.ram-step-small', 'vm.ram-step-large'],
    },
    {
      resource: 'disk',
      unit: 'GiB',
      needs: diskNeeds,
      needUnit: 'GB',
      sizedFor: gbToGib(diskSizedForGB),
      size: diskGiB,
      capacity: gibToGb(diskGiB),
      fits: fitsOf(diskNeeds, gibToGb(diskGiB)),
      explanation:
        `${fmt(diskSizedForGB, 1)} GB (${which(diskNeeds)}) = ${fmt(gbToGib(diskSizedForGB), 1)} GiB, rounded up to ` +
        `${fmt(diskGiB)} GiB (8 GiB steps).`,
      assumptionIds: ['vm.disk-step'],
    },
  ];

  const gpus = acceleratorKind === 'none' ? 0 : 1;
  const overhead = vmOverhead(hosting, { vcpus, ramMiB }, gpus);
  const accelerator =
    acceleratorKind === 'none'
      ? null
      : `The workload needs an accelerator: the host must have one, passed through to the VM with ${PASSTHROUGH[hosting]}, ` +
        'and the VM needs its driver and container runtime (the device ladder below lists hosts with accelerators).';
  const assumptionIds = [...new Set([...lines.flatMap((l) => l.assumptionIds), ...overhead.assumptionIds])];
  return {
    hosting,
    hypervisor: HYPERVISOR_NAME[hosting],
    vcpus,
    ramMiB,
    diskGiB,
    summary: vmSummary(vcpus, ramMiB, diskGiB),
    lines,
    overhead,
    host: {
      logicalProcessors: vcpus,
      ramMiB: ramMiB + overhead.ramMiB,
      diskGiB: Math.ceil((diskGiB + overhead.diskGiB) * 10) / 10,
    },
    accelerator,
    assumptionIds,
  };
}

/** Where the VM constants are used (estimate.ts lists them when the VM size or the Azure grading uses them). */
export const VM_ASSUMPTION_USES = Object.fromEntries(
  (Object.keys(VM_ASSUMPTIONS) as VmAssumptionId[]).map((id) => [
    id,
    {
      where:
        'sizing/vm-size.ts: the VM size and the hypervisor overhead (estimate.vmSize, estimate.azureVms)',
      when: 'vm',
    },
  ]),
) as Record<VmAssumptionId, { where: string; when: 'vm' }>;
