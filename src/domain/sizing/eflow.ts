/**
 * EFLOW VM size on Windows hosts: IoT Edge runs in a Linux VM (Azure Linux) inside Windows, so everything except
 * Windows itself (and the free RAM and disk EFLOW asks Windows to keep) must fit into the VM's memory, vCPUs and
 * virtual disk. The parameters are Deploy-Eflow's, as EFLOW 1.4 and later accept them
 * (https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/iot-edge/reference-iot-edge-for-linux-on-windows-functions.md):
 *
 * - memoryInMB = max(1024, typical Linux-side RAM incl. headroom, rounded up to 256 MiB): an even value ≥ 1024;
 * - cpuCount = max(1, ⌈typical Linux-side CPU incl. headroom⌉);
 * - vmDiskSize = max(29 GB default, ⌈typical Linux-side storage incl. headroom⌉), within 21 GB – 2 TB;
 * - vmLogSize = Large (6 GB) when the logs need more than Small's 1 GB, else Small.
 */
import { ASSUMPTIONS } from '../assumptions.ts';
import type { Estimate, Requirement } from '../types.ts';
import type { SizingContext } from './context.ts';

/** Breakdown items that stay on the Windows side (not in the VM). */
const WINDOWS_SIDE = new Set(['eflow-host-free']);

function typicalExcludingOs(req: Requirement, headroomPercent: number): number {
  const linux = req.breakdown
    .filter((i) => i.component !== 'os' && i.component !== 'headroom' && !WINDOWS_SIDE.has(i.id))
    .reduce((sum, i) => sum + i.value.typical, 0);
  const floor = req.breakdown
    .filter((i) => i.id === 'free-memory-floor')
    .reduce((sum, i) => sum + i.value.typical, 0);
  return linux * (1 + headroomPercent / 100) + floor;
}

/** The EFLOW VM to deploy (Deploy-Eflow -cpuCount -memoryInMB -vmDiskSize -vmLogSize), or null on a Linux host. */
export function eflowVmSize(
  ctx: SizingContext,
  requirements: { cpu: Requirement; ram: Requirement; storage: Requirement },
): Estimate['eflowVm'] {
  if (!ctx.windowsHost) return null;
  const step = ASSUMPTIONS['eflow.vm-ram-step'].value;
  const ram = typicalExcludingOs(requirements.ram, ctx.headroomPercent);
  const rounded = Math.max(ASSUMPTIONS['eflow.vm-min-ram'].value, Math.ceil(ram / step) * step);
  const memoryMiB = rounded % 2 === 0 ? rounded : rounded + 1;
  const diskNeed = Math.ceil(typicalExcludingOs(requirements.storage, ctx.headroomPercent));
  const maxDisk = ASSUMPTIONS['eflow.vm-max-disk'].value;
  const diskGB = Math.min(
    maxDisk,
    Math.max(ASSUMPTIONS['eflow.vm-default-disk'].value, ASSUMPTIONS['eflow.vm-min-disk'].value, diskNeed),
  );
  const logs = requirements.storage.breakdown.find((i) => i.id === 'logs')?.value.typical ?? 0;
  const logSize = logs > 1 ? 'Large' : 'Small';
  const cpuCount = Math.max(
    ASSUMPTIONS['eflow.vm-default-cpus'].value,
    Math.ceil(typicalExcludingOs(requirements.cpu, ctx.headroomPercent)),
  );
  return {
    memoryMiB,
    cpuCount,
    diskGB,
    diskTooLarge: diskNeed > maxDisk,
    logSize,
    hostFreeRamMiB: ASSUMPTIONS['eflow.host-free-ram'].value,
    hostFreeDiskGB: ASSUMPTIONS['eflow.host-free-disk'].value,
    command: `Deploy-Eflow -cpuCount ${cpuCount} -memoryInMB ${memoryMiB} -vmDiskSize ${diskGB} -vmLogSize ${logSize}`,
  };
}
