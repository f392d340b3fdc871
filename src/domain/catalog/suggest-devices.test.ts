import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACCELERATORS, ARCHITECTURES, DEFAULT_ANSWERS, type Answers } from '../answers.ts';
import type { Device, Grade, Range, Requirement, ResourceCheck, ResourceId } from '../types.ts';
import { arbAnswers } from '../../testing/arbitraries.ts';
import { DEVICES } from './devices.ts';
import {
  acceleratorKindMeets,
  gradeDevice,
  gradeOfNeeds,
  recommendDevice,
  suggestDevices,
  usableRam,
  type SuggestInput,
} from './suggest-devices.ts';

const UNITS = { cpu: 'ref-cores', ram: 'MiB', storage: 'GB', buffer: 'GB', uplink: 'GB/month' } as const;

/**
 * A requirement as the model builds one: `[low, typical, high]` before headroom, and the headroom on top of the
 * typical and high ends (none at the low end).
 */
function req(resource: ResourceId, [low, typical, high]: [number, number, number], headroomPercent = 25) {
  const h = 1 + headroomPercent / 100;
  const requirement: Requirement = {
    resource,
    label: resource,
    unit: UNITS[resource],
    total: { low, typical: typical * h, high: high * h },
    beforeHeadroom: { low, typical, high },
    breakdown: [],
    explanation: 'hand-built for a test',
  };
  return requirement;
}

type Needs = [number, number, number];

/** Requirements from [low, typical, high] before headroom for cpu (ref cores), ram (MiB), storage (GB). */
function requirements(
  cpu: Needs,
  ram: Needs,
  storage: Needs,
  headroomPercent = 25,
): Record<ResourceId, Requirement> {
  return {
    cpu: req('cpu', cpu, headroomPercent),
    ram: req('ram', ram, headroomPercent),
    storage: req('storage', storage, headroomPercent),
    buffer: req('buffer', [0, 0, 0], headroomPercent),
    uplink: req('uplink', [0, 0, 0], headroomPercent),
  };
}

const NO_TOPS: Range = { low: 0, typical: 0, high: 0 };

function answers(overrides: {
  architecture?: Answers['platform']['architecture'];
  accelerator?: Answers['accelerator']['kind'];
  budget?: number | null;
  hostOs?: Answers['platform']['hostOs'];
  headroomPercent?: number;
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
    budget: {
      ...DEFAULT_ANSWERS.budget,
      maxDeviceUsd: overrides.budget === undefined ? null : overrides.budget,
    },
    performance: {
      ...DEFAULT_ANSWERS.performance,
      headroomPercent: overrides.headroomPercent ?? DEFAULT_ANSWERS.performance.headroomPercent,
    },
  };
}

/** A grader input with no accelerator need. */
function input(r: Record<ResourceId, Requirement>, a: Answers = answers({})): SuggestInput {
  return { requirements: r, acceleratorTops: NO_TOPS, acceleratorTopsBeforeHeadroom: NO_TOPS, answers: a };
}

const device = (id: string): Device => {
  const d = DEVICES.find((x) => x.id === id);
  if (d === undefined) throw new Error(`no device ${id}`);
  return d;
};

const checkOf = (checks: ResourceCheck[], resource: ResourceCheck['resource']) => {
  const found = checks.find((c) => c.resource === resource);
  if (found === undefined) throw new Error(`no ${resource} check`);
  return found;
};

/** Small needs: everything fits a Pi 3 with room at the high end. */
const SMALL = requirements([0.2, 0.3, 0.4], [350, 480, 600], [2, 3, 4]);

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

describe('gradeOfNeeds: the rule for one resource', () => {
  it.each([
    // before headroom, with headroom, high → grade
    [true, true, true, 'fit'],
    [true, true, false, 'tight'],
    [true, false, true, 'tight'],
    [true, false, false, 'tight'],
    [false, false, false, 'insufficient'],
  ] as const)('before %s, with headroom %s, high %s → %s', (before, typical, high, grade) => {
    expect(gradeOfNeeds({ typicalBeforeHeadroom: before, typical, high })).toBe(grade);
  });
});

describe('gradeDevice', () => {
  it('fits a Pi 3 when the typical need with headroom and the high estimate both fit, and returns its checks', () => {
    const s = gradeDevice(device('rpi3b-1gb'), input(SMALL));
    expect(s.grade).toBe('fit');
    expect(s.binding).toBe('ram');
    expect(s.architectureOk).toBe(true);
    expect(s.utilisation.ram).toBeCloseTo(600 / 948, 6);
    expect(s.utilisation.accelerator).toBeUndefined();
    expect(s.checks.map((c) => c.resource)).toEqual(['cpu', 'ram', 'storage']);
    const ram = checkOf(s.checks, 'ram');
    expect(ram).toMatchObject({
      unit: 'MiB',
      capacity: 1024,
      usableCapacity: 948,
      reserved: { amount: 76, assumptionId: 'device.ram-reserved.rpi-gpu-mem' },
      needs: { typicalBeforeHeadroom: 480, typical: 600, high: 600 },
      fits: { typicalBeforeHeadroom: true, typical: true, high: true },
      grade: 'fit',
      unavailable: null,
    });
    expect(ram.utilisation).toBeCloseTo(600 / 948, 9);
    expect(ram.verdict).toBe(
      'RAM: the typical need with 25 % headroom (600 MiB) fits in 948 MiB usable, and so does the high estimate before headroom (600 MiB).',
    );
    expect(s.reasons[1]).toBe(
      `${ram.verdict} Usable RAM is 1,024 MiB less 76 MiB for GPU memory reserved by the firmware (gpu_mem default).`,
    );
    expect(checkOf(s.checks, 'cpu').verdict).toBe(
      'CPU: the typical need with 25 % headroom (0.38 reference cores) fits in 1.8 reference cores, and so does the high estimate before headroom (0.4 reference cores).',
    );
  });

  // Each case: RAM [low, typical, high] before 25 % headroom on a Pi 3 (948 MiB usable) → grade and words.
  it.each([
    [
      'the high estimate does not fit',
      [400, 600, 1000],
      'tight',
      'RAM: the typical need with 25 % headroom (750 MiB) fits in 948 MiB usable, but the high estimate before headroom (1,000 MiB) does not.',
    ],
    [
      'the headroom does not fit',
      [400, 800, 900],
      'tight',
      'RAM: the typical need before headroom (800 MiB) fits in 948 MiB usable, and so does the high estimate before headroom (900 MiB), but not with 25 % headroom (1,000 MiB).',
    ],
    [
      'neither the headroom nor the high estimate fits',
      [400, 800, 1200],
      'tight',
      'RAM: only the typical need before headroom (800 MiB) fits in 948 MiB usable; neither with 25 % headroom (1,000 MiB) nor the high estimate before headroom (1,200 MiB) does.',
    ],
    [
      // The old rule called this "tight" because the low estimate fits.
      'the typical need before headroom does not fit, though the low estimate does',
      [500, 1000, 1500],
      'insufficient',
      'RAM: even the typical need before headroom (1,000 MiB) does not fit in 948 MiB usable (105 %).',
    ],
  ] as const)('RAM on a Pi 3 when %s', (_name, ram, grade, verdict) => {
    const s = gradeDevice(device('rpi3b-1gb'), input(requirements([0.2, 0.3, 0.4], [...ram], [2, 3, 4])));
    expect(s.grade).toBe(grade);
    expect(s.binding).toBe('ram');
    expect(checkOf(s.checks, 'ram').grade).toBe(grade);
    expect(checkOf(s.checks, 'ram').verdict).toBe(verdict);
  });

  it('says "no headroom chosen" when the headroom is 0 %', () => {
    const s = gradeDevice(
      device('rpi3b-1gb'),
      input(requirements([0.2, 0.3, 0.4], [400, 800, 1000], [2, 3, 4], 0), answers({ headroomPercent: 0 })),
    );
    expect(s.grade).toBe('tight');
    expect(checkOf(s.checks, 'ram').verdict).toBe(
      'RAM: the typical need (800 MiB; no headroom chosen) fits in 948 MiB usable, but the high estimate (1,000 MiB) does not.',
    );
  });

  it.each([
    ['cpu', requirements([0.5, 1.6, 2.5], [350, 480, 600], [2, 3, 4]), 'tight'],
    ['cpu', requirements([0.5, 1.9, 2.5], [350, 480, 600], [2, 3, 4]), 'insufficient'],
    ['storage', requirements([0.2, 0.3, 0.4], [350, 480, 600], [5, 20, 35]), 'tight'],
    ['storage', requirements([0.2, 0.3, 0.4], [350, 480, 600], [5, 33, 40]), 'insufficient'],
  ] as const)('applies the same rule to %s (%s)', (resource, r, grade) => {
    // Pi 3: 1.8 reference cores, 32 GB card.
    const s = gradeDevice(device('rpi3b-1gb'), input(r));
    expect(s.grade).toBe(grade);
    expect(s.binding).toBe(resource);
  });

  it('names the architecture when it does not match, whatever else fits', () => {
    const s = gradeDevice(device('nuc-core-i5-16gb'), input(SMALL, answers({ architecture: 'arm64' })));
    expect(s.grade).toBe('insufficient');
    expect(s.binding).toBe('architecture');
    expect(s.architectureOk).toBe(false);
    expect(s.reasons[0]).toContain('runs amd64 images; arm64 was chosen');
  });

  it('makes every device insufficient for armv6', () => {
    const all = suggestDevices(input(SMALL, answers({ architecture: 'armv6' })));
    expect(all.every((s) => s.grade === 'insufficient' && s.binding === 'architecture')).toBe(true);
  });

  it('keeps the grade about capacity: a device over the budget stays fit, with a budget state of its own', () => {
    const s = gradeDevice(device('rpi5-8gb'), input(SMALL, answers({ budget: 115 })));
    expect(s.grade).toBe('fit');
    expect(s.binding).not.toBeNull();
    expect(s.withinBudget).toBe(false);
    expect(s.budget).toEqual({ kind: 'over-budget', priceUsd: 125, budgetUsd: 115, overByUsd: 10 });
    expect(s.reasons.at(-1)).toMatch(/^Over budget by \$10: the \$125 price exceeds the \$115 budget/);
  });

  it('states the budget as within, or not set', () => {
    const within = gradeDevice(device('rpi5-8gb'), input(SMALL, answers({ budget: 125 })));
    expect(within.budget).toEqual({ kind: 'within-budget', priceUsd: 125, budgetUsd: 125 });
    expect(within.withinBudget).toBe(true);
    const none = gradeDevice(device('rpi5-8gb'), input(SMALL, answers({})));
    expect(none.budget).toEqual({ kind: 'no-budget', priceUsd: 125 });
    expect(none.reasons.some((r) => /budget/i.test(r))).toBe(false);
  });

  describe('accelerators', () => {
    /** TOPS [low, typical, high] before 25 % headroom, and the same with it. */
    const tops = ([low, typical, high]: Needs): Pick<
      SuggestInput,
      'acceleratorTops' | 'acceleratorTopsBeforeHeadroom'
    > => ({
      acceleratorTopsBeforeHeadroom: { low, typical, high },
      acceleratorTops: { low, typical: typical * 1.25, high: high * 1.25 },
    });
    const withTops = (need: Needs, kind: Answers['accelerator']['kind']): SuggestInput => ({
      ...input(SMALL, answers({ accelerator: kind })),
      ...tops(need),
    });

    it('meets a GPU need with a Jetson GPU, with the same words as the other resources', () => {
      const s = gradeDevice(device('jetson-orin-nano-super-8gb'), withTops([10, 20, 30], 'gpu'));
      expect(s.grade).toBe('fit');
      expect(s.utilisation.accelerator).toBeCloseTo(25 / 67, 6);
      const accel = checkOf(s.checks, 'accelerator');
      expect(accel).toMatchObject({ unit: 'TOPS', capacity: 67, usableCapacity: 67, unavailable: null });
      expect(accel.verdict).toBe(
        'Accelerator: the typical need with 25 % headroom (25 TOPS) fits in 67 TOPS (Ampere GPU, 1024 CUDA / 32 Tensor cores), and so does the high estimate before headroom (30 TOPS).',
      );
    });

    it('does not meet a GPU need with an NPU', () => {
      const s = gradeDevice(device('coral-dev-board-1gb'), withTops([1, 2, 3], 'gpu'));
      expect(s.grade).toBe('insufficient');
      expect(s.binding).toBe('accelerator');
      expect(checkOf(s.checks, 'accelerator').unavailable).toBe('wrong-kind');
      expect(s.reasons.at(-1)).toBe(
        'Accelerator: needs a GPU; has an NPU (Google Edge TPU), which cannot run GPU code (CUDA, OpenCL).',
      );
      expect(s.utilisation.accelerator).toBeUndefined();
    });

    it('meets an NPU need with an Edge TPU, and with a GPU', () => {
      for (const id of ['coral-dev-board-1gb', 'jetson-orin-nano-super-8gb']) {
        const s = gradeDevice(device(id), withTops([1, 2, 3], 'npu'));
        expect(s.grade, id).toBe('fit');
      }
    });

    it('is tight when the TOPS before headroom are met but not with headroom (Edge TPU: 4 TOPS)', () => {
      const s = gradeDevice(device('coral-dev-board-1gb'), withTops([2, 3.5, 3.8], 'npu'));
      expect(s.grade).toBe('tight');
      expect(s.binding).toBe('accelerator');
    });

    it('is insufficient when even the TOPS before headroom are not met, though the low end is', () => {
      const s = gradeDevice(device('coral-dev-board-1gb'), withTops([3, 5, 8], 'npu'));
      expect(s.grade).toBe('insufficient');
      expect(s.binding).toBe('accelerator');
    });

    it('is insufficient without any accelerator', () => {
      const s = gradeDevice(device('rpi5-8gb'), withTops([1, 2, 3], 'vpu'));
      expect(s.grade).toBe('insufficient');
      expect(s.binding).toBe('accelerator');
      expect(checkOf(s.checks, 'accelerator').unavailable).toBe('missing');
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
    const s = suggestDevices(input(SMALL));
    expect(recommendDevice(s)).toBe('rpi3b-1gb');
  });

  it('breaks price ties by catalog order (the smaller device)', () => {
    const a: Device = { ...device('rpi4b-4gb'), id: 'a', priceUsd: 100 };
    const b: Device = { ...device('rpi4b-4gb'), id: 'b', priceUsd: 100 };
    const catalog = [a, b];
    const s = suggestDevices(input(SMALL), catalog);
    expect(recommendDevice([...s].reverse(), catalog)).toBe('a');
  });

  it('returns null when nothing fits', () => {
    const huge = requirements([500, 900, 1000], [1e6, 2e6, 3e6], [1e5, 2e5, 3e5]);
    const s = suggestDevices(input(huge));
    expect(s.every((x) => x.grade === 'insufficient')).toBe(true);
    expect(recommendDevice(s)).toBeNull();
  });

  it('recommends a GPU device for a vision workload', () => {
    const s = suggestDevices({
      ...input(requirements([1, 2, 3], [2000, 3000, 4000], [20, 30, 40]), answers({ accelerator: 'gpu' })),
      acceleratorTopsBeforeHeadroom: { low: 20, typical: 32, high: 48 },
      acceleratorTops: { low: 20, typical: 40, high: 60 },
    });
    expect(recommendDevice(s)).toBe('jetson-orin-nano-super-8gb');
  });
});

/** A sorted triple in [0, max]: [low, typical, high] before headroom. */
const arbNeeds = (max: number): fc.Arbitrary<Needs> =>
  fc
    .tuple(
      fc.double({ min: 0, max, noNaN: true }),
      fc.double({ min: 0, max, noNaN: true }),
      fc.double({ min: 0, max, noNaN: true }),
    )
    .map((xs) => [...xs].sort((x, y) => x - y) as Needs);

const arbInput: fc.Arbitrary<SuggestInput> = fc
  .record({
    cpu: arbNeeds(80),
    ram: arbNeeds(150_000),
    storage: arbNeeds(3000),
    tops: arbNeeds(400),
    headroomPercent: fc.constantFrom(0, 10, 25, 50, 200),
    architecture: fc.constantFrom(...ARCHITECTURES),
    accelerator: fc.constantFrom(...ACCELERATORS),
    budget: fc.option(fc.double({ min: 0, max: 20_000, noNaN: true }), { nil: null }),
  })
  .map(({ cpu, ram, storage, tops, headroomPercent, architecture, accelerator, budget }) => {
    const h = 1 + headroomPercent / 100;
    return {
      requirements: requirements(cpu, ram, storage, headroomPercent),
      acceleratorTopsBeforeHeadroom: { low: tops[0], typical: tops[1], high: tops[2] },
      acceleratorTops: { low: tops[0], typical: tops[1] * h, high: tops[2] * h },
      answers: answers({ architecture, accelerator, budget, headroomPercent }),
    };
  });

/** The same, with any valid Answers (every enum and range) from the shared arbitrary, headroom kept. */
const arbInputAnyAnswers: fc.Arbitrary<SuggestInput> = fc.tuple(arbInput, arbAnswers).map(([i, a]) => ({
  ...i,
  answers: {
    ...a,
    performance: { ...a.performance, headroomPercent: i.answers.performance.headroomPercent },
  },
}));

/** Usable capacity of a device per resource (accelerator: its TOPS when its kind can serve the need, else 0). */
function usable(d: Device, i: SuggestInput): Record<ResourceCheck['resource'], number> {
  const kind = i.answers.accelerator.kind;
  return {
    cpu: d.refCores,
    ram: usableRam(d).usableMiB,
    storage: d.storageGB,
    accelerator:
      kind !== 'none' && d.accelerator !== null && acceleratorKindMeets(kind, d.accelerator.kind)
        ? d.accelerator.tops
        : 0,
  };
}

/** Each resource's [typical before headroom, typical with headroom, high] as the input states them. */
function needsOf(i: SuggestInput): [ResourceCheck['resource'], number, number, number][] {
  const rows: [ResourceCheck['resource'], number, number, number][] = (
    ['cpu', 'ram', 'storage'] as const
  ).map((r) => [
    r,
    i.requirements[r].beforeHeadroom.typical,
    i.requirements[r].total.typical,
    i.requirements[r].beforeHeadroom.high,
  ]);
  if (i.answers.accelerator.kind !== 'none') {
    rows.push([
      'accelerator',
      i.acceleratorTopsBeforeHeadroom.typical,
      i.acceleratorTops.typical,
      i.acceleratorTopsBeforeHeadroom.high,
    ]);
  }
  return rows;
}

const RANK: Record<Grade, number> = { fit: 0, tight: 1, insufficient: 2 };

// Modest runs with a time cap well inside the test timeout, so a loaded machine stops early instead of failing.
const RUNS = { numRuns: 300, interruptAfterTimeLimit: 15_000 };

describe('grading properties', { timeout: 60_000 }, () => {
  const anyInput = fc.oneof(arbInput, arbInputAnyAnswers);

  it('a device whose capacity is below the typical need before headroom is never fit or tight, for any resource', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        suggestDevices(i).forEach((s, k) => {
          const cap = usable(DEVICES[k]!, i);
          for (const [resource, before] of needsOf(i)) {
            if (cap[resource] < before) expect(s.grade, `${s.deviceId} ${resource}`).toBe('insufficient');
          }
        });
      }),
      RUNS,
    );
  });

  it('every fit device meets every requirement at typical-with-headroom and at high; every tight one before headroom', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        const suggestions = suggestDevices(i);
        expect(suggestions.map((s) => s.deviceId)).toEqual(DEVICES.map((d) => d.id));
        suggestions.forEach((s, k) => {
          const d = DEVICES[k]!;
          const cap = usable(d, i);
          const budget = i.answers.budget.maxDeviceUsd;
          expect(s.reasons.length).toBeGreaterThan(0);
          // The budget is a state of its own, whatever the grade.
          expect(s.budget.kind).toBe(
            budget === null ? 'no-budget' : d.priceUsd <= budget ? 'within-budget' : 'over-budget',
          );
          expect(s.withinBudget).toBe(s.budget.kind !== 'over-budget');
          if (s.budget.kind === 'over-budget') expect(s.budget.overByUsd).toBe(d.priceUsd - budget!);
          if (s.grade === 'insufficient') expect(s.binding).not.toBeNull();
          if (s.grade === 'insufficient') return;
          expect(d.architectures).toContain(i.answers.platform.architecture);
          if (i.answers.accelerator.kind !== 'none') expect(cap.accelerator).toBeGreaterThan(0);
          for (const [resource, before, typical, high] of needsOf(i)) {
            expect(before, resource).toBeLessThanOrEqual(cap[resource]);
            if (s.grade === 'fit') {
              expect(typical, resource).toBeLessThanOrEqual(cap[resource]);
              expect(high, resource).toBeLessThanOrEqual(cap[resource]);
            }
          }
          if (s.grade === 'tight') {
            // Tight means something short of fit: the headroom or the high estimate of some resource.
            expect(needsOf(i).some(([r, , typical, high]) => typical > cap[r] || high > cap[r])).toBe(true);
          }
        });
      }),
      RUNS,
    );
  });

  it('the checks are the numbers behind the grade: usable capacity, needs, fits, utilisation', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        const suggestions = suggestDevices(i);
        suggestions.forEach((s, k) => {
          const cap = usable(DEVICES[k]!, i);
          const needs = needsOf(i);
          expect(s.checks.map((c) => c.resource)).toEqual(needs.map(([r]) => r));
          for (const c of s.checks) {
            const [, before, typical, high] = needs.find(([r]) => r === c.resource)!;
            expect(c.usableCapacity).toBe(cap[c.resource]);
            expect(c.needs).toEqual({ typicalBeforeHeadroom: before, typical, high });
            expect(c.fits).toEqual({
              typicalBeforeHeadroom: c.unavailable === null && before <= cap[c.resource],
              typical: c.unavailable === null && typical <= cap[c.resource],
              high: c.unavailable === null && high <= cap[c.resource],
            });
            expect(c.grade).toBe(c.unavailable === null ? gradeOfNeeds(c.fits) : 'insufficient');
            expect(RANK[s.grade]).toBeGreaterThanOrEqual(RANK[c.grade]);
            if (c.resource !== 'accelerator') expect(s.utilisation[c.resource]).toBe(c.utilisation);
          }
        });
        const rec = recommendDevice(suggestions);
        const fits = suggestions.filter((s) => s.grade === 'fit' && s.withinBudget);
        if (fits.length === 0) expect(rec).toBeNull();
        else {
          const price = (id: string) => DEVICES.find((d) => d.id === id)!.priceUsd;
          expect(fits.map((s) => s.deviceId)).toContain(rec);
          for (const f of fits) expect(price(rec!)).toBeLessThanOrEqual(price(f.deviceId));
        }
      }),
      RUNS,
    );
  });

  it('more load never improves a grade', () => {
    const scaleRange = (r: Range, k: number): Range => ({
      low: r.low * k,
      typical: r.typical * k,
      high: r.high * k,
    });
    fc.assert(
      fc.property(arbInput, fc.double({ min: 1, max: 4, noNaN: true }), (i, factor) => {
        const before = suggestDevices(i);
        const scaled = Object.fromEntries(
          Object.entries(i.requirements).map(([k, v]) => [
            k,
            {
              ...v,
              total: scaleRange(v.total, factor),
              beforeHeadroom: scaleRange(v.beforeHeadroom, factor),
            },
          ]),
        ) as Record<ResourceId, Requirement>;
        const after = suggestDevices({
          ...i,
          requirements: scaled,
          acceleratorTops: scaleRange(i.acceleratorTops, factor),
          acceleratorTopsBeforeHeadroom: scaleRange(i.acceleratorTopsBeforeHeadroom, factor),
        });
        after.forEach((s, k) => expect(RANK[s.grade]).toBeGreaterThanOrEqual(RANK[before[k]!.grade]));
      }),
      RUNS,
    );
  });
});
