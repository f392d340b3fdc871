import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, parseAnswers, type Answers } from './answers.ts';
import { usableRam } from './catalog/suggest-devices.ts';
import { DEVICES } from './catalog/devices.ts';
import { estimate } from './estimate.ts';
import { RESOURCES, type Estimate, type Grade, type Range } from './types.ts';
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

/** The same ranges before the user's headroom (what the grader also reads). */
function rangesBeforeHeadroom(e: Estimate): [string, Range][] {
  return [
    ...RESOURCES.map((r): [string, Range] => [`${r} before headroom`, e.requirements[r].beforeHeadroom]),
    ['acceleratorTopsBeforeHeadroom', e.acceleratorTopsBeforeHeadroom],
  ];
}

const GRADE_RANK: Record<Grade, number> = { fit: 0, tight: 1, insufficient: 2 };

/** No device's grade is better in `after` (more load) than in `before`. */
function expectNoBetterGrade(before: Estimate, after: Estimate): void {
  after.suggestions.forEach((s, i) => {
    const was = before.suggestions[i];
    if (was === undefined || was.deviceId !== s.deviceId) throw new Error(s.deviceId);
    if (GRADE_RANK[s.grade] < GRADE_RANK[was.grade])
      throw new Error(`${s.deviceId} improved with more load: ${was.grade} → ${s.grade}`);
  });
}

/** `after` is at least `before` at every point, up to floating-point noise. */
function expectNoLower(before: Estimate, after: Estimate): void {
  const a = [...ranges(after), ...rangesBeforeHeadroom(after)];
  [...ranges(before), ...rangesBeforeHeadroom(before)].forEach(([name, b], i) => {
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

  it('adding a module never lowers any requirement nor improves any grade (list mode: append a row)', () => {
    fc.assert(
      fc.property(arbAnswers, arbModule, (answers, extra) => {
        fc.pre(answers.workload.modules.length < LIMITS.modules.max);
        const list: Answers = { ...answers, workload: { ...answers.workload, mode: 'list' } };
        const more: Answers = {
          ...list,
          workload: { ...list.workload, modules: [...list.workload.modules, extra] },
        };
        const [a, b] = [estimate(list), estimate(more)];
        expectNoLower(a, b);
        expectNoBetterGrade(a, b);
      }),
      RUNS,
    );
  });

  it('adding a module never lowers any requirement nor improves any grade (count mode: count + 1)', () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => {
        fc.pre(answers.workload.moduleCount < LIMITS.modules.max);
        const count: Answers = { ...answers, workload: { ...answers.workload, mode: 'count' } };
        const more: Answers = {
          ...count,
          workload: { ...count.workload, moduleCount: count.workload.moduleCount + 1 },
        };
        const [a, b] = [estimate(count), estimate(more)];
        expectNoLower(a, b);
        expectNoBetterGrade(a, b);
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

  it.each(raisers)('raising the %s never lowers any requirement nor improves any grade', (_name, bump) => {
    fc.assert(
      fc.property(arbAnswers, fc.double({ min: 0, max: 50, noNaN: true }), (answers, by) => {
        const [before, after] = [estimate(answers), estimate(bump(answers, by))];
        expectNoLower(before, after);
        expectNoBetterGrade(before, after);
      }),
      RUNS,
    );
  });

  it('every "fit" device meets every requirement with headroom and at the high estimate; no device fit or tight lacks the need before headroom', () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => {
        const e = estimate(answers);
        for (const s of e.suggestions) {
          const d = DEVICES.find((x) => x.id === s.deviceId);
          if (d === undefined) throw new Error(s.deviceId);
          const capacity = { cpu: d.refCores, ram: usableRam(d).usableMiB, storage: d.storageGB };
          const accelerator = answers.accelerator.kind !== 'none';
          const tops = d.accelerator?.tops ?? 0;
          if (s.grade === 'insufficient') continue;
          for (const r of ['cpu', 'ram', 'storage'] as const) {
            expect(e.requirements[r].beforeHeadroom.typical).toBeLessThanOrEqual(capacity[r]);
            if (s.grade !== 'fit') continue;
            expect(e.requirements[r].total.typical).toBeLessThanOrEqual(capacity[r]);
            expect(e.requirements[r].beforeHeadroom.high).toBeLessThanOrEqual(capacity[r]);
          }
          if (accelerator) {
            expect(d.accelerator).not.toBeNull();
            expect(e.acceleratorTopsBeforeHeadroom.typical).toBeLessThanOrEqual(tops);
            if (s.grade === 'fit') {
              expect(e.acceleratorTops.typical).toBeLessThanOrEqual(tops);
              expect(e.acceleratorTopsBeforeHeadroom.high).toBeLessThanOrEqual(tops);
            }
          }
          expect(d.architectures).toContain(answers.platform.architecture);
          // The budget is a state beside the grade: a fit device within it means something is recommended;
          // a fit device over it is named by the verdict when nothing within the budget fits.
          if (s.grade === 'fit' && s.withinBudget) expect(e.recommendedDeviceId).not.toBeNull();
          if (s.grade === 'fit' && e.recommendedDeviceId === null) {
            expect(e.verdict.cheapestOverBudget).not.toBeNull();
          }
        }
      }),
      RUNS,
    );
  });

  it('the need before headroom is the total less the headroom, which is the last breakdown item', () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => {
        const e = estimate(answers);
        for (const r of RESOURCES) {
          const req = e.requirements[r];
          const last = req.breakdown.at(-1);
          expect(last?.component).toBe('headroom');
          expect(req.beforeHeadroom.low).toBe(req.total.low);
          for (const p of POINTS) {
            expect(req.beforeHeadroom[p] + (last?.value[p] ?? 0)).toBeCloseTo(req.total[p], 6);
            expect(req.beforeHeadroom[p]).toBeLessThanOrEqual(req.total[p]);
          }
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
