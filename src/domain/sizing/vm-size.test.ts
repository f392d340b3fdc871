import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, type Answers } from '../answers.ts';
import { VM_ASSUMPTIONS } from '../assumptions/vm.ts';
import { estimate } from '../estimate.ts';
import { arbAnswers, arbModule } from '../../testing/arbitraries.ts';
import { createAnswers } from '../../testing/builders.ts';
import {
  gbToGib,
  kvmOverheadMiB,
  roundVcpus,
  roundVmDiskGiB,
  roundVmRamMiB,
  VM_HOSTINGS,
  vmSummary,
  vsphereOverheadMb,
  type VmSize,
} from './vm-size.ts';

const RUNS = { numRuns: 150, interruptAfterTimeLimit: 15_000 };

describe('VM rounding (the way hypervisors are given memory, vCPUs and disk)', () => {
  it.each([
    [1, 512],
    [512, 512],
    [513, 1024],
    [1316, 1536],
    [2048, 2048],
    [4095, 4096],
    [4096, 4096],
    [4097, 5120],
    [6000, 6144],
    [0, 512],
  ])('RAM need %d MiB → %d MiB', (need, given) => {
    expect(roundVmRamMiB(need)).toBe(given);
  });

  it.each([
    [0, 1.6, 1],
    [0.42, 1.6, 1],
    [1.6, 1.6, 1],
    [1.61, 1.6, 2],
    [3.2, 1.6, 2],
    [3.3, 1.6, 3],
    [2.5, 1, 3],
  ])('CPU need %d reference cores at %d per vCPU → %d vCPU', (need, per, vcpus) => {
    expect(roundVcpus(need, per)).toBe(vcpus);
  });

  it.each([
    [0, 8],
    [8.5, 8], // 8.5 GB = 7.9 GiB
    [8.6, 16], // 8.6 GB = 8.01 GiB
    [10.3, 16],
    [17.17, 16], // 17.17 GB = 15.99 GiB (16 GiB = 17.18 GB)
    [17.18, 24],
    [100, 96], // 93.1 GiB
    [103.1, 104],
  ])('disk need %d GB → %d GiB', (need, given) => {
    expect(roundVmDiskGiB(need)).toBe(given);
  });

  it('GB and GiB: 1 GB = 0.931 GiB', () => {
    expect(gbToGib(1)).toBeCloseTo(0.9313, 4);
  });

  it('says the size in the words architects use', () => {
    expect(vmSummary(2, 2048, 16)).toBe('Give the VM: 2 vCPU, 2 GiB RAM, 16 GiB disk');
    expect(vmSummary(1, 1536, 24)).toBe('Give the VM: 1 vCPU, 1.5 GiB RAM, 24 GiB disk');
  });
});

describe('hypervisor overhead', () => {
  it.each([
    // VMware's table points themselves (MB).
    [256, 1, 20.29],
    [1024, 2, 29.91],
    [4096, 4, 60.67],
    [16384, 8, 168.6],
    // Between rows and columns: interpolated.
    [2560, 1, (25.9 + 48.64) / 2],
    [1024, 3, (29.91 + 37.86) / 2],
  ])('vSphere: %d MB, %d vCPU → %d MB', (mem, vcpus, mb) => {
    expect(vsphereOverheadMb(mem, vcpus)).toBeCloseTo(mb, 6);
  });

  it('vSphere overhead grows with memory and vCPUs beyond the table', () => {
    expect(vsphereOverheadMb(32768, 8)).toBeGreaterThan(168.6);
    expect(vsphereOverheadMb(16384, 16)).toBeGreaterThan(168.6);
  });

  it('KVM: Red Hat formula, 1 GiB, 2 vCPU, no GPU = 2.048 + 218 + 16 + 16 MiB; a GPU adds 1 GiB', () => {
    expect(kvmOverheadMiB(1024, 2, 0)).toBeCloseTo(252.048, 6);
    expect(kvmOverheadMiB(1024, 2, 1) - kvmOverheadMiB(1024, 2, 0)).toBe(1024);
  });

  it('every overhead constant is dated and sourced', () => {
    for (const a of Object.values(VM_ASSUMPTIONS)) {
      expect(a.source.length).toBeGreaterThan(10);
      expect(a.date).toMatch(/^2026-/);
    }
  });
});

const onVm = (answers: Answers, hosting: (typeof VM_HOSTINGS)[number]): Answers => ({
  ...answers,
  platform: { ...answers.platform, hosting },
});

/** The VM's capacity per resource, in the requirement's units. */
function capacities(vm: VmSize) {
  return Object.fromEntries(vm.lines.map((l) => [l.resource, l.capacity])) as Record<
    'cpu' | 'ram' | 'disk',
    number
  >;
}

describe('the VM size (estimate.vmSize)', () => {
  it('a Linux VM on vSphere for the default workload: a size, the overhead and the host room', () => {
    const e = estimate(createAnswers({ platform: { hosting: 'vsphere', architecture: 'amd64' } }));
    const vm = e.vmSize!;
    expect(vm.summary).toMatch(/^Give the VM: \d+ vCPU, [\d.]+ (GiB|MiB) RAM, \d+ GiB disk$/);
    expect(vm.overhead.assumptionIds).toEqual(['vm.overhead.vsphere-ram', 'vm.overhead.vsphere-swap']);
    expect(vm.host.ramMiB).toBeGreaterThan(vm.ramMiB);
    expect(vm.host.diskGiB).toBeGreaterThanOrEqual(vm.diskGiB + vm.ramMiB / 1024 - 0.1);
    // The estimate lists the constants the size used.
    const listed = new Set(e.assumptions.map((a) => a.id));
    for (const id of vm.assumptionIds) expect(listed).toContain(id);
  });

  it('no VM size on bare metal or in an Azure VM', () => {
    expect(estimate(createAnswers()).vmSize).toBeNull();
    expect(estimate(createAnswers({ platform: { hosting: 'azure-vm' } })).vmSize).toBeNull();
  });

  it('an accelerator need says to pass it through, and KVM counts 1 GiB for the GPU', () => {
    const e = estimate(
      createAnswers({ platform: { hosting: 'kvm', architecture: 'amd64' }, accelerator: { kind: 'gpu' } }),
    );
    expect(e.vmSize!.accelerator).toMatch(/VFIO/);
    expect(e.vmSize!.overhead.assumptionIds).toContain('vm.overhead.kvm-gpu');
  });

  it('property: the VM size meets every requirement it is sized for (ADR 006: with headroom and at high)', () => {
    fc.assert(
      fc.property(arbAnswers, fc.constantFrom(...VM_HOSTINGS), (answers, hosting) => {
        const e = estimate(onVm(answers, hosting));
        const vm = e.vmSize!;
        const cap = capacities(vm);
        const req = { cpu: e.requirements.cpu, ram: e.requirements.ram, disk: e.requirements.storage };
        for (const r of ['cpu', 'ram', 'disk'] as const) {
          const tol = 1e-9 * Math.max(1, cap[r]);
          expect(req[r].total.typical, r).toBeLessThanOrEqual(cap[r] + tol);
          expect(req[r].beforeHeadroom.high, r).toBeLessThanOrEqual(cap[r] + tol);
        }
        for (const line of vm.lines)
          expect(line.fits).toEqual({ typicalBeforeHeadroom: true, typical: true, high: true });
        expect(vm.vcpus).toBeGreaterThanOrEqual(1);
        expect(vm.ramMiB % 512).toBe(0);
        expect(vm.diskGiB % 8).toBe(0);
        expect(vm.overhead.ramMiB).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('property: more load (one more module) never lowers the VM size nor its host room', () => {
    fc.assert(
      fc.property(arbAnswers, arbModule, fc.constantFrom(...VM_HOSTINGS), (answers, extra, hosting) => {
        fc.pre(answers.workload.modules.length < LIMITS.modules.max);
        const list = onVm({ ...answers, workload: { ...answers.workload, mode: 'list' } }, hosting);
        const more: Answers = {
          ...list,
          workload: { ...list.workload, modules: [...list.workload.modules, extra] },
        };
        const [a, b] = [estimate(list).vmSize!, estimate(more).vmSize!];
        expect(b.vcpus).toBeGreaterThanOrEqual(a.vcpus);
        expect(b.ramMiB).toBeGreaterThanOrEqual(a.ramMiB);
        expect(b.diskGiB).toBeGreaterThanOrEqual(a.diskGiB);
        expect(b.host.ramMiB).toBeGreaterThanOrEqual(a.host.ramMiB);
        expect(b.host.diskGiB).toBeGreaterThanOrEqual(a.host.diskGiB);
      }),
      RUNS,
    );
  });

  it('property: a higher message rate never lowers the VM size', () => {
    fc.assert(
      fc.property(
        arbAnswers,
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.constantFrom(...VM_HOSTINGS),
        (answers, by, hosting) => {
          const base = onVm(answers, hosting);
          const raise = (x: number) => Math.min(LIMITS.messagesPerSecond.max, x + by);
          const peak = raise(base.data.messagesPerSecondPeak);
          const avg = raise(base.data.messagesPerSecondAvg);
          const more: Answers = {
            ...base,
            data: { ...base.data, messagesPerSecondPeak: peak, messagesPerSecondAvg: avg },
          };
          const [a, b] = [estimate(base).vmSize!, estimate(more).vmSize!];
          expect(b.vcpus).toBeGreaterThanOrEqual(a.vcpus);
          expect(b.ramMiB).toBeGreaterThanOrEqual(a.ramMiB);
          expect(b.diskGiB).toBeGreaterThanOrEqual(a.diskGiB);
        },
      ),
      RUNS,
    );
  });
});
