/**
 * Virtual machine hosting: the constants behind the VM size (src/domain/sizing/vm-size.ts) and the hypervisor's
 * overhead on the host. Spread into the assumptions register (src/domain/assumptions.ts).
 *
 * Hypervisor overheads, per vendor:
 * - VMware vSphere/ESXi publishes a table of the memory a VM needs on the host to power on (by configured memory
 *   and vCPUs), and asks for a swap file (.vswp) on the datastore for every MB of unreserved VM memory.
 * - Red Hat publishes a per-VM memory formula for OpenShift Virtualization (KubeVirt on KVM/QEMU). Proxmox and plain
 *   libvirt publish none; the OpenShift formula includes the virt-launcher pod, so it errs on the safe side there.
 * - Microsoft lists no per-VM overhead for Hyper-V ("Hyper-V ensures that sufficient memory is available to the
 *   root partition"). The one Microsoft figure for a Linux VM on a Windows Hyper-V host is EFLOW's: Windows must
 *   keep 1 GB of RAM and 10 GB of disk free besides the VM. We use that for Hyper-V and say so.
 */
import type { Assumption } from '../types.ts';

/** VMware vSphere 6.5 Resource Management, "Overhead Memory on Virtual Machines", Table 6-1 (read in the ja-JP copy of the page; the 6.7 guide prints the same table). */
export const VSPHERE_OVERHEAD_SOURCE =
  'https://docs.vmware.com/jp/VMware-vSphere/6.5/com.vmware.vsphere.resmgmt.doc/GUID-B42C72C1-F8D5-40DC-93D1-FB31849B1114.html';
/** vSphere 7.0 Resource Management, "Swap Space and Memory Overcommitment". */
export const VSPHERE_SWAP_SOURCE =
  'https://docs.vmware.com/en/VMware-vSphere/7.0/com.vmware.vsphere.resmgmt.doc/GUID-AC40823A-695B-438A-A8F2-4B7C51A0D014.html';
/** OpenShift Virtualization, "Physical resource overhead requirements" (2025 version). */
export const KVM_OVERHEAD_SOURCE =
  'https://github.com/openshift/openshift-docs/blob/main/modules/virt-cluster-resource-requirements.adoc';
/** Windows Server performance tuning, Hyper-V configuration ("Memory"): no per-VM figure. */
export const HYPERV_CONFIGURATION_SOURCE =
  'https://github.com/MicrosoftDocs/windowsserverdocs/blob/main/WindowsServerDocs/administration/performance-tuning/role/hyper-v-server/configuration.md';
/** EFLOW prerequisites: Windows keeps 1 GB RAM and 10 GB disk free besides the Linux VM. */
export const EFLOW_HOST_FREE_SOURCE =
  'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/iot-edge/includes/iot-edge-prerequisites-linux-on-windows.md';

// Where the rule is explained in the repository: docs/sizing-model.md ("Virtual machines") and
// docs/decisions/003-reference-cores.md. The app does not ship docs/, so the sources users see name no file.
const CONVENTION =
  'Edge Sizer convention (how hypervisors give out resources: whole vCPUs, RAM and disk in steps)';
const OUR_ESTIMATE = 'Edge Sizer estimate (reference cores per vCPU; the basis is in the note)';

const a = (x: Assumption): Assumption => x;

export const VM_ASSUMPTIONS = {
  'vm.ref-cores-per-vcpu-x64': a({
    id: 'vm.ref-cores-per-vcpu-x64',
    label: 'Compute of one x64 vCPU (one hardware thread of a server core), in reference cores',
    value: 1.6,
    unit: 'reference cores per vCPU',
    source: OUR_ESTIMATE,
    confidence: 'EST',
    date: '2026-12',
    note: 'A vCPU is one hardware thread. A Cascade Lake server core at all-core clocks ≈ 2.7 Cortex-A72 cores, +20 % for Hyper-Threading, split over its 2 threads ≈ 1.6 per vCPU (the catalog uses the same figure for Azure Stack Edge). Older hosts are slower per thread; the high estimate and headroom cover part of that.',
  }),
  'vm.ref-cores-per-vcpu-arm': a({
    id: 'vm.ref-cores-per-vcpu-arm',
    label: 'Compute of one ARM vCPU on a host of unknown kind, in reference cores',
    value: 1,
    unit: 'reference cores per vCPU',
    source: OUR_ESTIMATE,
    confidence: 'EST',
    date: '2026-12',
    note: 'ARM hosts range from a Cortex-A72 board running KVM (1.0 per core) to Neoverse servers (about 2.5); the slowest is assumed so that the VM is never short of CPU.',
  }),
  'vm.ram-step-small': a({
    id: 'vm.ram-step-small',
    label: 'VM memory is given in steps of this size up to 4 GiB',
    value: 512,
    unit: 'MiB',
    source: CONVENTION,
    confidence: 'EST',
    date: '2026-12',
    note: 'Hypervisors accept finer sizes (vSphere in multiples of 4 MB, Hyper-V of 2 MB); architects and VM templates use 512 MiB / 1 GiB steps, which also leave the guest a little room.',
  }),
  'vm.ram-step-large': a({
    id: 'vm.ram-step-large',
    label: 'VM memory is given in steps of this size above 4 GiB',
    value: 1024,
    unit: 'MiB',
    source: CONVENTION,
    confidence: 'EST',
    date: '2026-12',
  }),
  'vm.disk-step': a({
    id: 'vm.disk-step',
    label: 'VM disk is given in steps of this size',
    value: 8,
    unit: 'GiB',
    source: CONVENTION,
    confidence: 'EST',
    date: '2026-12',
    note: 'Virtual disks can be any size; 8 GiB steps give a round figure. 1 GB of the requirement = 10^9 bytes = 0.931 GiB.',
  }),
  'vm.overhead.vsphere-ram': a({
    id: 'vm.overhead.vsphere-ram',
    label: 'vSphere: host memory a VM needs to power on, besides its own memory (1 GiB, 2 vCPUs)',
    value: 29.91,
    low: 20.29,
    high: 168.6,
    unit: 'MB per VM',
    source: VSPHERE_OVERHEAD_SOURCE,
    confidence: 'H',
    date: '2026-12',
    note: 'VMware\'s sample table (VMX swap and hardware MMU on), MB of overhead by configured memory × vCPUs: 256 MB: 20.29 / 24.28 / 32.23 / 48.16 (1 / 2 / 4 / 8 vCPUs); 1,024 MB: 25.90 / 29.91 / 37.86 / 53.82; 4,096 MB: 48.64 / 52.72 / 60.67 / 76.78; 16,384 MB: 139.62 / 143.98 / 151.93 / 168.60. Sizes between rows are interpolated, beyond the table extrapolated from its last two rows or columns. "After a virtual machine is running, the amount of overhead memory it uses might differ."',
  }),
  'vm.overhead.vsphere-swap': a({
    id: 'vm.overhead.vsphere-swap',
    label: 'vSphere: swap file (.vswp) on the datastore, as a share of the VM memory that is not reserved',
    value: 100,
    unit: '% of unreserved VM memory',
    source: VSPHERE_SWAP_SOURCE,
    confidence: 'H',
    date: '2026-12',
    note: '"You must reserve swap space for any unreserved virtual machine memory (the difference between the reservation and the configured memory size) on per-virtual machine swap files." With no reservation, the file is as large as the VM memory.',
  }),
  'vm.overhead.kvm-fixed': a({
    id: 'vm.overhead.kvm-fixed',
    label: 'KVM (OpenShift Virtualization): host memory per VM for the processes that run it',
    value: 218,
    unit: 'MiB per VM',
    source: KVM_OVERHEAD_SOURCE,
    confidence: 'M',
    date: '2026-12',
    note: 'Red Hat: "Memory overhead per virtual machine ≈ (1.002 × requested memory) + 218 MiB + 8 MiB × (number of vCPUs) + 16 MiB × (number of graphics devices) + (additional memory overhead)", 1 GiB more per GPU or SR-IOV device; the 1.002 counts the VM memory itself (a 2025 fix, openshift/openshift-docs#98819, writes the overhead alone as 0.002 ×). H for OpenShift Virtualization (KubeVirt on KVM); M for Proxmox and plain libvirt, which publish no figure (their QEMU process is the same; the virt-launcher pod is not there, so the figure errs on the safe side).',
  }),
  'vm.overhead.kvm-per-vcpu': a({
    id: 'vm.overhead.kvm-per-vcpu',
    label: 'KVM (OpenShift Virtualization): host memory per vCPU',
    value: 8,
    unit: 'MiB per vCPU',
    source: KVM_OVERHEAD_SOURCE,
    confidence: 'M',
    date: '2026-12',
  }),
  'vm.overhead.kvm-memory-share': a({
    id: 'vm.overhead.kvm-memory-share',
    label: 'KVM (OpenShift Virtualization): host memory as a share of the VM memory (page tables)',
    value: 0.2,
    unit: '% of VM memory',
    source: KVM_OVERHEAD_SOURCE,
    confidence: 'M',
    date: '2026-12',
  }),
  'vm.overhead.kvm-graphics': a({
    id: 'vm.overhead.kvm-graphics',
    label: 'KVM (OpenShift Virtualization): host memory per virtual graphics device (one assumed)',
    value: 16,
    unit: 'MiB per device',
    source: KVM_OVERHEAD_SOURCE,
    confidence: 'M',
    date: '2026-12',
  }),
  'vm.overhead.kvm-gpu': a({
    id: 'vm.overhead.kvm-gpu',
    label: 'KVM (OpenShift Virtualization): host memory per passed-through GPU or SR-IOV device',
    value: 1024,
    unit: 'MiB per device',
    source: KVM_OVERHEAD_SOURCE,
    confidence: 'M',
    date: '2026-12',
  }),
  'vm.overhead.hyperv-host-ram': a({
    id: 'vm.overhead.hyperv-host-ram',
    label: 'Hyper-V: RAM the Windows host keeps free besides a Linux VM (EFLOW prerequisite)',
    value: 1024,
    unit: 'MiB per host',
    source: `${EFLOW_HOST_FREE_SOURCE} ; ${HYPERV_CONFIGURATION_SOURCE}`,
    confidence: 'M',
    date: '2026-12',
    note: "Microsoft lists no per-VM overhead for Hyper-V; its configuration guide says only that Hyper-V keeps enough memory for the root partition. EFLOW, Microsoft's own Linux VM on a Windows Hyper-V host, asks Windows for 1 GB of free RAM besides the VM: used here for any Hyper-V host (M: a related product's figure).",
  }),
  'vm.overhead.hyperv-host-disk': a({
    id: 'vm.overhead.hyperv-host-disk',
    label: 'Hyper-V: disk the Windows host keeps free besides a Linux VM (EFLOW prerequisite)',
    value: 10,
    unit: 'GB per host',
    source: EFLOW_HOST_FREE_SOURCE,
    confidence: 'M',
    date: '2026-12',
  }),
} as const satisfies Record<string, Assumption>;

export type VmAssumptionId = keyof typeof VM_ASSUMPTIONS;
