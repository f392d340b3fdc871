/**
 * EFLOW VM size on Windows hosts: IoT Edge runs in a Linux VM (Azure Linux) inside Windows, so everything except
 * Windows itself must fit into the VM's fixed memory, vCPUs and virtual disk.
 *
 * memoryMiB = max(1024, typical Linux-side RAM incl. headroom, rounded up to 256 MiB); cpus = max(1, ⌈typical
 * Linux-side CPU incl. headroom⌉); diskGB = max(10, ⌈typical Linux-side storage incl. headroom⌉). The VM always takes
 * its full memory from the host, at least 1024 MiB.
 */
import { ASSUMPTIONS } from '../assumptions.ts';
import type { Estimate, Requirement } from '../types.ts';
import type { SizingContext } from './context.ts';

function typicalExcludingOs(req: Requirement, headroomPercent: number): number {
  const linux = req.breakdown
    .filter((i) => i.component !== 'os' && i.component !== 'headroom')
    .reduce((sum, i) => sum + i.value.typical, 0);
  const floor = req.breakdown
    .filter((i) => i.id === 'free-memory-floor')
    .reduce((sum, i) => sum + i.value.typical, 0);
  return linux * (1 + headroomPercent / 100) + floor;
}

/** The EFLOW VM to deploy (Deploy-Eflow -memoryInMB -cpuCore -vmDiskSize), or null on a Linux host. */
export function eflowVmSize(
  ctx: SizingContext,
  requirements: { cpu: Requirement; ram: Requirement; storage: Requirement },
): Estimate['eflowVm'] {
  if (!ctx.windowsHost) return null;
  const step = ASSUMPTIONS['eflow.vm-ram-step'].value;
  const ram = typicalExcludingOs(requirements.ram, ctx.headroomPercent);
  return {
    memoryMiB: Math.max(ASSUMPTIONS['eflow.vm-min-ram'].value, Math.ceil(ram / step) * step),
    cpus: Math.max(
      ASSUMPTIONS['eflow.vm-default-cpus'].value,
      Math.ceil(typicalExcludingOs(requirements.cpu, ctx.headroomPercent)),
    ),
    diskGB: Math.max(
      ASSUMPTIONS['eflow.vm-default-disk'].value,
      Math.ceil(typicalExcludingOs(requirements.storage, ctx.headroomPercent)),
    ),
  };
}
