import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, parseAnswers, type Answers } from './answers.ts';
import { usableRam } from './catalog/suggest-devices.ts';
import { DEVICES } from './catalog/devices.ts';
import { estimate } from './estimate.ts';
import { RESOURCES, type Estimate, type Range } from './types.ts';
import { arbAnswers, arbModule } from '../testing/arbitraries.ts';

// Modest runs, and a time cap well inside the test timeout so a loaded CI machine stops early instead of failing.
const RUNS = { numRuns: 200, interruptAfterTimeLimit: 15_000 };
const POINTS = ['low', 'typical', 'high'] as const;

/** All the ranges an estimate states: each requirement's total and the accelerator need. */
function ranges(e: Estimate): [string, Range][] {
  return [
    ...RESOURCES.map((r): [string, Range] => [r, e.requirements[r].total]),
    ['acceleratorTops', e.acceleratorTops],
  ];
}

/** `after` is at least `before` at every point, up to floating-point noise. */
function expectNoLower(before: Estimate, after: Estimate): void {
  const a = ranges(after);
  ranges(before).forEach(([name, b], i) => {
    const r = a[i]?.[1];
    if (r === undefined) throw new Error(name);
    for (const p of POINTS) {
      if (r[p] < b[p] - 1e-9 * Math.max(1, Math.abs(b[p])))
        throw new Error(`${name}.${p} went down: ${b[p]} → ${r[p]}`);
    }
  });
}

const raise = (value: number, by: number, max: number) => Math.min(max, value + by);

describe('estimate properties', { timeout: 60_000 }, () => {
  it('arbAnswers always produces valid answers', () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => parseAnswers(answers).ok),
      RUNS,
    );
  });

  it('outputs are finite, non-negative and low ≤ typical ≤ high (totals and every item)', () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => {
        const e = estimate(answers);
        const all: [string, Range][] = [
          ...ranges(e),
          ...RESOURCES.flatMap((r) =>
            e.requirements[r].breakdown.map((i): [string, Range] => [`${r}/${i.id}`, i.value]),
          ),
        ];
        for (const [name, r] of all) {
          for (const p of POINTS) {
            if (!Number.isFinite(r[p]) || r[p] < 0) throw new Error(`${name}.${p} = ${r[p]}`);
          }
          if (!(r.low <= r.typical && r.typical <= r.high))
            throw new Error(`${name} out of order: ${JSON.stringify(r)}`);
        }
      }),
      RUNS,
    );
  });

  it('breakdowns add up to their totals', () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => {
        const e = estimate(answers);
        for (const r of RESOURCES) {
          const req = e.requirements[r];
          for (const p of POINTS) {
            const sum = req.breakdown.reduce((s, i) => s + i.value[p], 0);
            expect(Math.abs(sum - req.total[p])).toBeLessThanOrEqual(
              1e-6 * Math.max(1, Math.abs(req.total[p])),
            );
          }
        }
      }),
      RUNS,
    );
  });

  it('adding a module never lowers any requirement (list mode: append a row)', () => {
    fc.assert(
      fc.property(arbAnswers, arbModule, (answers, extra) => {
        fc.pre(answers.workload.modules.length < LIMITS.modules.max);
        const list: Answers = { ...answers, workload: { ...answers.workload, mode: 'list' } };
        const more: Answers = {
          ...list,
          workload: { ...list.workload, modules: [...list.workload.modules, extra] },
        };
        expectNoLower(estimate(list), estimate(more));
      }),
      RUNS,
    );
  });

  it('adding a module never lowers any requirement (count mode: count + 1)', () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => {
        fc.pre(answers.workload.moduleCount < LIMITS.modules.max);
        const count: Answers = { ...answers, workload: { ...answers.workload, mode: 'count' } };
        const more: Answers = {
          ...count,
          workload: { ...count.workload, moduleCount: count.workload.moduleCount + 1 },
        };
        expectNoLower(estimate(count), estimate(more));
      }),
      RUNS,
    );
  });

  const raisers: [string, (a: Answers, by: number) => Answers][] = [
    [
      'average rate',
      (a, by) => ({
        ...a,
        data: {
          ...a.data,
          messagesPerSecondAvg: raise(a.data.messagesPerSecondAvg, by * 100, LIMITS.messagesPerSecond.max),
        },
      }),
    ],
    [
      'peak rate',
      (a, by) => ({
        ...a,
        data: {
          ...a.data,
          messagesPerSecondPeak: raise(a.data.messagesPerSecondPeak, by * 100, LIMITS.messagesPerSecond.max),
        },
      }),
    ],
    [
      'message size',
      (a, by) => ({
        ...a,
        data: { ...a.data, messageSizeKb: raise(a.data.messageSizeKb, by, LIMITS.messageSizeKb.max) },
      }),
    ],
    [
      'upstream share',
      (a, by) => ({
        ...a,
        data: { ...a.data, upstreamPercent: raise(a.data.upstreamPercent, by, LIMITS.upstreamPercent.max) },
      }),
    ],
    [
      'offline hours',
      (a, by) => ({
        ...a,
        performance: {
          ...a.performance,
          offlineHours: raise(a.performance.offlineHours, by, LIMITS.offlineHours.max),
        },
      }),
    ],
    [
      'headroom',
      (a, by) => ({
        ...a,
        performance: {
          ...a.performance,
          headroomPercent: raise(a.performance.headroomPercent, by, LIMITS.headroomPercent.max),
        },
      }),
    ],
    [
      'a module’s own rate',
      (a, by) => ({
        ...a,
        workload: {
          ...a.workload,
          modules: a.workload.modules.map((m, i) =>
            i === 0 && m.messagesPerSecond !== null
              ? { ...m, messagesPerSecond: raise(m.messagesPerSecond, by * 10, LIMITS.messagesPerSecond.max) }
              : m,
          ),
        },
      }),
    ],
  ];

  it.each(raisers)('raising the %s never lowers any requirement', (_name, bump) => {
    fc.assert(
      fc.property(arbAnswers, fc.double({ min: 0, max: 50, noNaN: true }), (answers, by) => {
        expectNoLower(estimate(answers), estimate(bump(answers, by)));
      }),
      RUNS,
    );
  });

  it('every "fit" device meets every requirement', () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => {
        const e = estimate(answers);
        for (const s of e.suggestions) {
          if (s.grade !== 'fit') continue;
          const d = DEVICES.find((x) => x.id === s.deviceId);
          if (d === undefined) throw new Error(s.deviceId);
          expect(e.requirements.cpu.total.typical).toBeLessThanOrEqual(d.refCores);
          expect(e.requirements.ram.total.typical).toBeLessThanOrEqual(usableRam(d).usableMiB);
          expect(e.requirements.storage.total.typical).toBeLessThanOrEqual(d.storageGB);
          expect(d.architectures).toContain(answers.platform.architecture);
          if (answers.accelerator.kind !== 'none' && e.acceleratorTops.typical > 0)
            expect(d.accelerator?.tops ?? 0).toBeGreaterThanOrEqual(e.acceleratorTops.typical);
          if (answers.budget.maxDeviceUsd !== null)
            expect(d.priceUsd).toBeLessThanOrEqual(answers.budget.maxDeviceUsd);
          expect(e.recommendedDeviceId).not.toBeNull();
        }
      }),
      RUNS,
    );
  });

  it('armv6 always yields an error finding', () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => {
        const e = estimate({ ...answers, platform: { ...answers.platform, architecture: 'armv6' } });
        expect(e.findings.some((f) => f.severity === 'error' && f.field === 'platform.architecture')).toBe(
          true,
        );
        expect(e.suggestions.every((s) => s.grade !== 'fit')).toBe(true);
      }),
      RUNS,
    );
  });
});
