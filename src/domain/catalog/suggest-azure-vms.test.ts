import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, type Answers } from '../answers.ts';
import { estimate } from '../estimate.ts';
import type { GradedNeeds, Range, Requirement, ResourceId } from '../types.ts';
import { arbAnswers, arbModule } from '../../testing/arbitraries.ts';
import { createAnswers } from '../../testing/builders.ts';
import { AZURE_VM_SIZES, type AzureVmSize } from './azure-vms.ts';
import { gradeAzureVm, gradeAzureVms, type AzureVmInput } from './suggest-azure-vms.ts';

const RUNS = { numRuns: 150, interruptAfterTimeLimit: 15_000 };
const size = (name: string): AzureVmSize => AZURE_VM_SIZES.find((s) => s.name === name)!;
const range = (typical: number, high = typical): Range => ({ low: typical, typical, high });

/** A requirement with the three needs of ADR 006 (before headroom typical, with headroom, high before headroom). */
function req(resource: ResourceId, n: GradedNeeds): Requirement {
  return {
    resource,
    label: resource,
    unit: resource === 'cpu' ? 'ref-cores' : resource === 'ram' ? 'MiB' : 'GB',
    total: range(n.typical, n.high * 1.25),
    beforeHeadroom: range(n.typicalBeforeHeadroom, n.high),
    breakdown: [],
    explanation: '',
  };
}

function input(
  cpu: GradedNeeds,
  ramMiB: GradedNeeds,
  overrides: Partial<Answers['platform']> = {},
  tops = 0,
): AzureVmInput {
  const answers = createAnswers({
    platform: { hosting: 'azure-vm', architecture: 'amd64', ...overrides },
    performance: { headroomPercent: 25 },
    accelerator: { kind: tops > 0 ? 'gpu' : 'none' },
  });
  const disk: GradedNeeds = { typicalBeforeHeadroom: 8, typical: 10, high: 12 };
  return {
    requirements: {
      cpu: req('cpu', cpu),
      ram: req('ram', ramMiB),
      storage: req('storage', disk),
      buffer: req('buffer', disk),
      uplink: req('uplink', disk),
    },
    acceleratorTops: range(tops * 1.25),
    acceleratorTopsBeforeHeadroom: range(tops),
    answers,
  };
}

const n = (typicalBeforeHeadroom: number, typical: number, high: number): GradedNeeds => ({
  typicalBeforeHeadroom,
  typical,
  high,
});

describe('Azure VM grading (ADR 006 on Azure sizes; B-series CPU against the baseline)', () => {
  // B2s: baseline 0.4 vCPU × 1.3 = 0.52 reference cores; 4 GiB. D2s_v5: 2 × 1.8 = 3.6 reference cores; 8 GiB.
  it.each([
    ['B2s', n(0.2, 0.25, 0.4), n(900, 1100, 1300), 'fit'],
    ['B2s', n(0.4, 0.5, 0.6), n(900, 1100, 1300), 'tight'], // high 0.6 > 0.52 baseline
    ['B2s', n(0.6, 0.75, 0.8), n(900, 1100, 1300), 'insufficient'], // fits 2 vCPU, not the baseline
    ['B2s', n(0.2, 0.25, 0.4), n(3900, 4200, 4000), 'tight'], // RAM with headroom over 4 GiB
    ['B1s', n(0.05, 0.06, 0.1), n(1000, 1200, 1300), 'tight'], // 1 GiB
    ['D2s_v5', n(0.6, 0.75, 0.8), n(900, 1100, 1300), 'fit'],
    ['D2s_v5', n(3, 3.7, 3.5), n(900, 1100, 1300), 'tight'],
    ['D2s_v5', n(3.7, 4.6, 5), n(900, 1100, 1300), 'insufficient'],
  ])('%s: CPU %o, RAM %o → %s', (name, cpu, ram, grade) => {
    expect(gradeAzureVm(size(name), input(cpu, ram)).grade).toBe(grade);
  });

  it('a burstable size says it is graded against its baseline', () => {
    const s = gradeAzureVm(size('B2s'), input(n(0.2, 0.25, 0.4), n(900, 1100, 1300)));
    expect(s.checks[0]!.verdict).toMatch(/baseline 0\.4 of its 2 vCPU = 0\.52 reference cores/);
  });

  it('a GPU need: only the T4 size serves it, graded on its 130 INT8 TOPS', () => {
    const cpu = n(0.5, 0.6, 0.7);
    const ram = n(2000, 2500, 2600);
    expect(gradeAzureVm(size('D8s_v5'), input(cpu, ram, {}, 20)).grade).toBe('insufficient');
    expect(gradeAzureVm(size('NC4as_T4_v3'), input(cpu, ram, {}, 20)).grade).toBe('fit');
    expect(gradeAzureVm(size('NC4as_T4_v3'), input(cpu, ram, {}, 120)).grade).toBe('tight'); // 150 with headroom
  });

  it('architecture, host OS and nested virtualization rule a size out', () => {
    const ok = [n(0.2, 0.25, 0.4), n(900, 1100, 1300)] as const;
    expect(gradeAzureVm(size('B2pls_v2'), input(...ok)).ruledOut[0]).toMatch(/Architecture mismatch/);
    expect(gradeAzureVm(size('B2pls_v2'), input(...ok, { architecture: 'arm64' })).grade).toBe('fit');
    expect(
      gradeAzureVm(size('B2s'), input(...ok, { hostOs: 'raspberry-pi-os-bookworm' })).ruledOut[0],
    ).toMatch(/no VM image/);
    expect(gradeAzureVm(size('B2s'), input(...ok, { hostOs: 'windows-server' })).ruledOut[0]).toMatch(
      /Nested virtualization/,
    );
    expect(gradeAzureVm(size('D2s_v5'), input(...ok, { hostOs: 'windows-server' })).ruledOut).toEqual([]);
  });

  it('prices not listed: the smallest fit size is recommended, and the budget is "not checked", per month', () => {
    const i = input(n(0.2, 0.25, 0.4), n(900, 1100, 1300));
    i.answers = { ...i.answers, budget: { ...i.answers.budget, maxDeviceUsd: 150 } };
    const r = gradeAzureVms(i)!;
    expect(r.recommendedId).toBe('Standard_B2s');
    expect(r.recommendedBy).toBe('size');
    const b2s = r.suggestions.find((s) => s.sizeId === 'Standard_B2s')!;
    expect(b2s.budget.status).toBe('not-checked');
    expect(b2s.budget.text).toMatch(/\$150 per month/);
    expect(r.priceNote).toMatch(/not listed/);
  });

  it('with listed prices: the cheapest fit size within the monthly budget; over budget is its own state', () => {
    const priced = (name: string, usd: number): AzureVmSize => ({
      ...size(name),
      price: { ...size(name).price, usdPerMonth: usd },
    });
    const catalog = [priced('B2s', 40), priced('B2ms', 70), priced('D2s_v5', 80), priced('D4s_v5', 160)];
    const i = input(n(0.2, 0.25, 0.4), n(900, 1100, 1300));
    i.answers = { ...i.answers, budget: { ...i.answers.budget, maxDeviceUsd: 60 } };
    const r = gradeAzureVms(i, catalog)!;
    expect(r.recommendedId).toBe('Standard_B2s');
    expect(r.recommendedBy).toBe('price');
    const d4 = r.suggestions.find((s) => s.sizeId === 'Standard_D4s_v5')!;
    expect(d4.grade).toBe('fit');
    expect(d4.budget).toMatchObject({ status: 'over', overByUsd: 100 });
    expect(d4.budget.text).toBe('Over budget by $100 per month: $160 against $60 per month.');
    // A budget below every fit size: nothing is recommended, the capacity grades stay.
    i.answers = { ...i.answers, budget: { ...i.answers.budget, maxDeviceUsd: 30 } };
    const none = gradeAzureVms(i, catalog)!;
    expect(none.recommendedId).toBeNull();
    expect(none.suggestions.filter((s) => s.grade === 'fit').length).toBe(4);
  });

  it('not an Azure VM: no grading', () => {
    const i = input(n(0.2, 0.25, 0.4), n(900, 1100, 1300), { hosting: 'vsphere' });
    expect(gradeAzureVms(i)).toBeNull();
  });

  it('in an Azure VM the hardware ladder ignores the budget (it is per month)', () => {
    const e = estimate(createAnswers({ platform: { hosting: 'azure-vm' }, budget: { maxDeviceUsd: 5 } }));
    expect(e.suggestions.every((s) => s.withinBudget)).toBe(true);
    expect(e.azureVms!.budgetUsdPerMonth).toBe(5);
  });
});

const onAzure = (a: Answers): Answers => ({ ...a, platform: { ...a.platform, hosting: 'azure-vm' } });

describe('Azure VM properties', { timeout: 60_000 }, () => {
  it('the recommended size meets every requirement (with headroom and at high) and runs the chosen architecture', () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => {
        const e = estimate(onAzure(answers));
        const r = e.azureVms!;
        if (r.recommendedId === null) return;
        const s = r.suggestions.find((x) => x.sizeId === r.recommendedId)!;
        const sz = AZURE_VM_SIZES.find((x) => x.id === r.recommendedId)!;
        expect(s.grade).toBe('fit');
        expect(s.ruledOut).toEqual([]);
        expect(sz.architecture).toBe(answers.platform.architecture);
        const cpuCap = (sz.baselineVcpus ?? sz.vcpus) * sz.refCoresPerVcpu.value;
        expect(e.requirements.cpu.total.typical).toBeLessThanOrEqual(cpuCap);
        expect(e.requirements.cpu.beforeHeadroom.high).toBeLessThanOrEqual(cpuCap);
        expect(e.requirements.ram.total.typical).toBeLessThanOrEqual(sz.memoryGiB * 1024);
        expect(e.requirements.ram.beforeHeadroom.high).toBeLessThanOrEqual(sz.memoryGiB * 1024);
        if (answers.accelerator.kind !== 'none') {
          expect(sz.gpu).not.toBeNull();
          expect(e.acceleratorTops.typical).toBeLessThanOrEqual(sz.gpu!.tops);
        }
        // The OS disk holds the storage need.
        expect(r.osDiskGiB * 2 ** 30).toBeGreaterThanOrEqual(e.requirements.storage.total.typical * 1e9 - 1);
      }),
      RUNS,
    );
  });

  it("more load (one more module) never improves a size's grade", () => {
    const rank = { fit: 0, tight: 1, insufficient: 2 } as const;
    fc.assert(
      fc.property(arbAnswers, arbModule, (answers, extra) => {
        fc.pre(answers.workload.modules.length < LIMITS.modules.max);
        const list = onAzure({ ...answers, workload: { ...answers.workload, mode: 'list' } });
        const more: Answers = {
          ...list,
          workload: { ...list.workload, modules: [...list.workload.modules, extra] },
        };
        const [a, b] = [estimate(list).azureVms!, estimate(more).azureVms!];
        b.suggestions.forEach((s, i) =>
          expect(rank[s.grade]).toBeGreaterThanOrEqual(rank[a.suggestions[i]!.grade]),
        );
      }),
      RUNS,
    );
  });
});
