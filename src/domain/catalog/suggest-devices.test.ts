import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACCELERATORS, ARCHITECTURES, DEFAULT_ANSWERS, type Answers } from '../answers.ts';
import type { Device, Range, Requirement, ResourceId } from '../types.ts';
import { arbAnswers } from '../../testing/arbitraries.ts';
import { DEVICES } from './devices.ts';
import {
  acceleratorKindMeets,
  gradeDevice,
  recommendDevice,
  suggestDevices,
  usableRam,
  type SuggestInput,
} from './suggest-devices.ts';

const UNITS = { cpu: 'ref-cores', ram: 'MiB', storage: 'GB', buffer: 'GB', uplink: 'GB/month' } as const;

function req(resource: ResourceId, low: number, typical: number, high = typical * 1.5): Requirement {
  return {
    resource,
    label: resource,
    unit: UNITS[resource],
    total: { low, typical, high },
    breakdown: [],
    explanation: 'hand-built for a test',
  };
}

/** Requirements as [low, typical] pairs for cpu (ref cores), ram (MiB), storage (GB). */
function requirements(
  cpu: [number, number],
  ram: [number, number],
  storage: [number, number],
): Record<ResourceId, Requirement> {
  return {
    cpu: req('cpu', ...cpu),
    ram: req('ram', ...ram),
    storage: req('storage', ...storage),
    buffer: req('buffer', 0, 0),
    uplink: req('uplink', 0, 0),
  };
}

const NO_TOPS: Range = { low: 0, typical: 0, high: 0 };

function answers(overrides: {
  architecture?: Answers['platform']['architecture'];
  accelerator?: Answers['accelerator']['kind'];
  budget?: number | null;
  hostOs?: Answers['platform']['hostOs'];
}): Answers {
  return {
    ...DEFAULT_ANSWERS,
    // "Other Linux" runs on every catalog device, so these cases test resources alone; host OS cases set it.
    platform: {
      ...DEFAULT_ANSWERS.platform,
      architecture: overrides.architecture ?? 'arm64',
      hostOs: overrides.hostOs ?? 'other-linux',
    },
    accelerator: { ...DEFAULT_ANSWERS.accelerator, kind: overrides.accelerator ?? 'none' },
    budget: { maxDeviceUsd: overrides.budget === undefined ? null : overrides.budget },
  };
}

const device = (id: string): Device => {
  const d = DEVICES.find((x) => x.id === id);
  if (d === undefined) throw new Error(`no device ${id}`);
  return d;
};

const SMALL = requirements([0.3, 0.5], [450, 600], [3, 5]);

describe('usableRam', () => {
  it('deducts the Pi firmware gpu_mem default (76 MiB)', () => {
    expect(usableRam(device('rpi3b-1gb'))).toMatchObject({ usableMiB: 948, reservedMiB: 76 });
  });
  it('deducts 10 % on a Jetson Orin (shared CPU/GPU memory carve-outs)', () => {
    expect(usableRam(device('jetson-orin-nano-super-8gb'))).toMatchObject({
      usableMiB: 7373,
      reservedMiB: 819,
    });
  });
  it('deducts nothing on an x86 mini PC', () => {
    const nuc = device('nuc-core-i5-16gb');
    expect(usableRam(nuc)).toMatchObject({ usableMiB: nuc.ramMiB, reservedMiB: 0, assumptionId: null });
  });
});

describe('gradeDevice', () => {
  it('fits a Pi 3 with the runtime and one small module, binding on the most used resource', () => {
    const s = gradeDevice(device('rpi3b-1gb'), {
      requirements: SMALL,
      acceleratorTops: NO_TOPS,
      answers: answers({}),
    });
    expect(s.grade).toBe('fit');
    expect(s.binding).toBe('ram');
    expect(s.utilisation.ram).toBeCloseTo(600 / 948, 6);
    expect(s.utilisation.accelerator).toBeUndefined();
    expect(s.withinBudget).toBe(true);
    expect(s.reasons.join(' ')).toContain(
      'of 948 MiB usable, 63 % at the typical estimate. Usable RAM is 1,024 MiB less 76 MiB',
    );
  });

  it('grades tight when only the low estimate fits', () => {
    const r = requirements([0.5, 1], [900, 1200], [3, 5]);
    const s = gradeDevice(device('rpi3b-1gb'), {
      requirements: r,
      acceleratorTops: NO_TOPS,
      answers: answers({}),
    });
    expect(s.grade).toBe('tight');
    expect(s.binding).toBe('ram');
    expect(s.reasons[1]).toMatch(/^RAM fits only at the low estimate: 1,200 MiB needed \(low 900 MiB\)/);
  });

  it('calls a busy six-module .NET workload insufficient on a 1.6 GB-class device', () => {
    const r = requirements([2, 3], [1700, 2300], [4, 6]);
    const s = gradeDevice(device('rpi3bplus-1gb'), {
      requirements: r,
      acceleratorTops: NO_TOPS,
      answers: answers({}),
    });
    expect(s.grade).toBe('insufficient');
    expect(s.binding).toBe('ram');
  });

  it('names the architecture when it does not match, whatever else fits', () => {
    const s = gradeDevice(device('nuc-core-i5-16gb'), {
      requirements: SMALL,
      acceleratorTops: NO_TOPS,
      answers: answers({ architecture: 'arm64' }),
    });
    expect(s.grade).toBe('insufficient');
    expect(s.binding).toBe('architecture');
    expect(s.reasons[0]).toContain('runs amd64 images; arm64 was chosen');
  });

  it('makes every device insufficient for armv6', () => {
    const all = suggestDevices({
      requirements: SMALL,
      acceleratorTops: NO_TOPS,
      answers: answers({ architecture: 'armv6' }),
    });
    expect(all.every((s) => s.grade === 'insufficient' && s.binding === 'architecture')).toBe(true);
  });

  it('names the budget when it is the only thing wrong', () => {
    const s = gradeDevice(device('rpi5-8gb'), {
      requirements: SMALL,
      acceleratorTops: NO_TOPS,
      answers: answers({ budget: 50 }),
    });
    expect(s.grade).toBe('insufficient');
    expect(s.binding).toBe('budget');
    expect(s.withinBudget).toBe(false);
    expect(s.reasons.at(-1)).toMatch(/^Over budget: the \$125 price exceeds the \$50 budget/);
  });

  describe('accelerators', () => {
    const tops = (low: number, typical: number): Range => ({ low, typical, high: typical * 2 });

    it('meets a GPU need with a Jetson GPU and reports its utilisation', () => {
      const s = gradeDevice(device('jetson-orin-nano-super-8gb'), {
        requirements: SMALL,
        acceleratorTops: tops(20, 33.5),
        answers: answers({ accelerator: 'gpu' }),
      });
      expect(s.grade).toBe('fit');
      expect(s.utilisation.accelerator).toBeCloseTo(0.5, 6);
    });

    it('does not meet a GPU need with an NPU', () => {
      const s = gradeDevice(device('coral-dev-board-1gb'), {
        requirements: SMALL,
        acceleratorTops: tops(1, 2),
        answers: answers({ accelerator: 'gpu' }),
      });
      expect(s.grade).toBe('insufficient');
      expect(s.binding).toBe('accelerator');
      expect(s.reasons.join(' ')).toContain('wrong kind');
    });

    it('meets an NPU need with an Edge TPU, and with a GPU', () => {
      for (const id of ['coral-dev-board-1gb', 'jetson-orin-nano-super-8gb']) {
        const s = gradeDevice(device(id), {
          requirements: SMALL,
          acceleratorTops: tops(2, 3),
          answers: answers({ accelerator: 'npu' }),
        });
        expect(s.grade, id).toBe('fit');
      }
    });

    it('is tight when only the low TOPS are met', () => {
      const s = gradeDevice(device('coral-dev-board-1gb'), {
        requirements: SMALL,
        acceleratorTops: tops(3, 6),
        answers: answers({ accelerator: 'npu' }),
      });
      expect(s.grade).toBe('tight');
      expect(s.binding).toBe('accelerator');
    });

    it('is insufficient without any accelerator', () => {
      const s = gradeDevice(device('rpi5-8gb'), {
        requirements: SMALL,
        acceleratorTops: tops(1, 2),
        answers: answers({ accelerator: 'vpu' }),
      });
      expect(s.grade).toBe('insufficient');
      expect(s.binding).toBe('accelerator');
    });

    it.each([
      ['gpu', 'gpu', true],
      ['gpu', 'npu', false],
      ['gpu', 'vpu', false],
      ['npu', 'gpu', true],
      ['npu', 'npu', true],
      ['npu', 'vpu', true],
      ['vpu', 'gpu', true],
      ['vpu', 'npu', true],
      ['none', 'npu', true],
    ] as const)('need %s, have %s → %s', (need, have, ok) => {
      expect(acceleratorKindMeets(need, have)).toBe(ok);
    });
  });
});

describe('recommendDevice', () => {
  it('picks the cheapest fit', () => {
    const s = suggestDevices({ requirements: SMALL, acceleratorTops: NO_TOPS, answers: answers({}) });
    expect(recommendDevice(s)).toBe('rpi3b-1gb');
  });

  it('breaks price ties by catalog order (the smaller device)', () => {
    const a: Device = { ...device('rpi4b-4gb'), id: 'a', priceUsd: 100 };
    const b: Device = { ...device('rpi4b-4gb'), id: 'b', priceUsd: 100 };
    const catalog = [a, b];
    const s = suggestDevices(
      { requirements: SMALL, acceleratorTops: NO_TOPS, answers: answers({}) },
      catalog,
    );
    expect(recommendDevice([...s].reverse(), catalog)).toBe('a');
  });

  it('returns null when nothing fits', () => {
    const huge = requirements([500, 900], [1e6, 2e6], [1e5, 2e5]);
    const s = suggestDevices({ requirements: huge, acceleratorTops: NO_TOPS, answers: answers({}) });
    expect(s.every((x) => x.grade === 'insufficient')).toBe(true);
    expect(recommendDevice(s)).toBeNull();
  });

  it('recommends a GPU device for a vision workload', () => {
    const s = suggestDevices({
      requirements: requirements([1, 2], [2000, 3000], [20, 30]),
      acceleratorTops: { low: 20, typical: 40, high: 60 },
      answers: answers({ accelerator: 'gpu' }),
    });
    expect(recommendDevice(s)).toBe('jetson-orin-nano-super-8gb');
  });
});

const arbRange = (max: number) =>
  fc
    .tuple(
      fc.double({ min: 0, max, noNaN: true }),
      fc.double({ min: 0, max, noNaN: true }),
      fc.double({ min: 0, max, noNaN: true }),
    )
    .map((xs) => {
      const [low, typical, high] = [...xs].sort((x, y) => x - y) as [number, number, number];
      return { low, typical, high };
    });

const arbInput: fc.Arbitrary<SuggestInput> = fc
  .record({
    cpu: arbRange(80),
    ram: arbRange(150_000),
    storage: arbRange(3000),
    tops: arbRange(400),
    architecture: fc.constantFrom(...ARCHITECTURES),
    accelerator: fc.constantFrom(...ACCELERATORS),
    budget: fc.option(fc.double({ min: 0, max: 20_000, noNaN: true }), { nil: null }),
  })
  .map(({ cpu, ram, storage, tops, architecture, accelerator, budget }) => ({
    requirements: {
      cpu: req('cpu', cpu.low, cpu.typical, cpu.high),
      ram: req('ram', ram.low, ram.typical, ram.high),
      storage: req('storage', storage.low, storage.typical, storage.high),
      buffer: req('buffer', 0, 0),
      uplink: req('uplink', 0, 0),
    },
    acceleratorTops: tops,
    answers: answers({ architecture, accelerator, budget }),
  }));

/** The same, with any valid Answers (every enum and range) from the shared arbitrary. */
const arbInputAnyAnswers: fc.Arbitrary<SuggestInput> = fc
  .tuple(arbInput, arbAnswers)
  .map(([input, a]) => ({ ...input, answers: a }));

describe('grading properties', () => {
  it('every fit meets every requirement; every tight meets every low; output in catalog order', () => {
    fc.assert(
      fc.property(fc.oneof(arbInput, arbInputAnyAnswers), (input) => {
        const suggestions = suggestDevices(input);
        expect(suggestions.map((s) => s.deviceId)).toEqual(DEVICES.map((d) => d.id));
        suggestions.forEach((s, i) => {
          const d = DEVICES[i]!;
          const ramCap = usableRam(d).usableMiB;
          const kind = input.answers.accelerator.kind;
          const budget = input.answers.budget.maxDeviceUsd;
          const r = input.requirements;
          expect(s.reasons.length).toBeGreaterThan(0);
          for (const u of [s.utilisation.cpu, s.utilisation.ram, s.utilisation.storage])
            expect(u).toBeGreaterThanOrEqual(0);
          if (s.grade === 'insufficient') expect(s.binding).not.toBeNull();
          if (s.grade === 'fit' || s.grade === 'tight') {
            const level = s.grade === 'fit' ? 'typical' : 'low';
            expect(r.cpu.total[level]).toBeLessThanOrEqual(d.refCores);
            expect(r.ram.total[level]).toBeLessThanOrEqual(ramCap);
            expect(r.storage.total[level]).toBeLessThanOrEqual(d.storageGB);
            expect(d.architectures).toContain(input.answers.platform.architecture);
            if (budget !== null) expect(d.priceUsd).toBeLessThanOrEqual(budget);
            expect(s.withinBudget).toBe(true);
            if (kind !== 'none') {
              expect(d.accelerator).not.toBeNull();
              expect(acceleratorKindMeets(kind, d.accelerator!.kind)).toBe(true);
              expect(d.accelerator!.tops).toBeGreaterThanOrEqual(input.acceleratorTops[level]);
            }
          }
          if (s.grade === 'fit') {
            expect(s.utilisation.cpu).toBeLessThanOrEqual(1);
            expect(s.utilisation.ram).toBeLessThanOrEqual(1);
            expect(s.utilisation.storage).toBeLessThanOrEqual(1);
          }
        });
        const rec = recommendDevice(suggestions);
        const fits = suggestions.filter((s) => s.grade === 'fit');
        if (fits.length === 0) expect(rec).toBeNull();
        else {
          const price = (id: string) => DEVICES.find((d) => d.id === id)!.priceUsd;
          expect(fits.map((s) => s.deviceId)).toContain(rec);
          for (const f of fits) expect(price(rec!)).toBeLessThanOrEqual(price(f.deviceId));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('raising a requirement never improves a grade', () => {
    const rank = { fit: 0, tight: 1, insufficient: 2 } as const;
    fc.assert(
      fc.property(arbInput, fc.double({ min: 1, max: 4, noNaN: true }), (input, factor) => {
        const before = suggestDevices(input);
        const scaled = Object.fromEntries(
          Object.entries(input.requirements).map(([k, v]) => [
            k,
            {
              ...v,
              total: {
                low: v.total.low * factor,
                typical: v.total.typical * factor,
                high: v.total.high * factor,
              },
            },
          ]),
        ) as Record<ResourceId, Requirement>;
        const after = suggestDevices({ ...input, requirements: scaled });
        after.forEach((s, i) => expect(rank[s.grade]).toBeGreaterThanOrEqual(rank[before[i]!.grade]));
      }),
      { numRuns: 100 },
    );
  });
});
