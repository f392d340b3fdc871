/**
 * The VM as a "device" for what is tuned to a device (the manifest export): in a VM (Hyper-V, vSphere, KVM, other)
 * the VM size of src/domain/sizing/vm-size.ts, in an Azure VM the recommended Azure size with its OS disk. Null on
 * bare metal, and in an Azure VM when no size fits. Not a catalog entry: nothing is bought, so no price.
 */
import type { Answers } from '../answers.ts';
import { formatVmRam, gibToGb } from '../sizing/vm-size.ts';
import type { Device, Estimate } from '../types.ts';
import { AZURE_VM_SIZES } from './azure-vms.ts';

const NOT_A_PURCHASE = 'A virtual machine: not bought as hardware.';

function vmDevice(
  answers: Answers,
  fields: Pick<
    Device,
    'id' | 'name' | 'cpu' | 'cores' | 'refCores' | 'ramMiB' | 'storageGB' | 'storageNote' | 'sources'
  >,
): Device {
  return {
    ...fields,
    deviceClass: 'edge-server',
    architectures: [answers.platform.architecture],
    accelerator: null,
    powerW: 0,
    priceUsd: 0,
    priceNote: NOT_A_PURCHASE,
    priceAsOf: '',
    hostOses: { oses: [answers.platform.hostOs], note: 'The VM runs the chosen host OS.', source: '' },
    tpm: {
      kind: 'unknown',
      note: 'A virtual TPM depends on the hypervisor or Azure security type.',
      source: '',
    },
    rtc: { kind: 'yes', note: 'A VM takes its time from the host.', source: '' },
    confidence: 'EST',
  };
}

export function hostedDevice(estimate: Estimate, answers: Answers): Device | null {
  const vm = estimate.vmSize;
  if (vm) {
    return vmDevice(answers, {
      id: 'vm',
      name: `the VM (${vm.vcpus} vCPU, ${formatVmRam(vm.ramMiB)} RAM, ${vm.diskGiB} GiB disk)`,
      cpu: `${vm.vcpus} vCPU on ${vm.hypervisor}`,
      cores: vm.vcpus,
      refCores: vm.lines[0].capacity,
      ramMiB: vm.ramMiB,
      storageGB: gibToGb(vm.diskGiB),
      storageNote: `${vm.diskGiB} GiB virtual disk`,
      sources: [],
    });
  }
  const azure = estimate.azureVms;
  const size = azure ? AZURE_VM_SIZES.find((s) => s.id === azure.recommendedId) : undefined;
  if (azure && size) {
    return vmDevice(answers, {
      id: `azure-${size.id}`,
      name: `the Azure VM ${size.name} (${size.vcpus} vCPU, ${size.memoryGiB} GiB, ${azure.osDiskGiB} GiB OS disk)`,
      cpu: size.processor,
      cores: size.vcpus,
      refCores: (size.baselineVcpus ?? size.vcpus) * size.refCoresPerVcpu.value,
      ramMiB: size.memoryGiB * 1024,
      storageGB: gibToGb(azure.osDiskGiB),
      storageNote: `${azure.osDiskGiB} GiB managed OS disk`,
      sources: size.sources,
    });
  }
  return null;
}
