import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, ASSUMPTION_IDS, type AssumptionId } from './assumptions.ts';
import { RAM_RESERVATION_ASSUMPTIONS } from './catalog/suggest-devices.ts';
import { ASSUMPTIONS_USED_OUTSIDE_BREAKDOWNS, estimate } from './estimate.ts';
import type { Estimate } from './types.ts';
import { arbAnswers } from '../testing/arbitraries.ts';

/** Every assumption id the estimate's breakdown items cite. */
function cited(e: Estimate): Set<string> {
  const ids = new Set<string>();
  for (const req of Object.values(e.requirements))
    for (const i of req.breakdown) for (const id of i.assumptionIds) ids.add(id);
  return ids;
}

const OUTSIDE = Object.keys(ASSUMPTIONS_USED_OUTSIDE_BREAKDOWNS);
const DEVICE_IDS = Object.values(RAM_RESERVATION_ASSUMPTIONS).map((a) => a.id as string);

describe('assumptions register: every constant has its source, and every citation resolves', () => {
  it('every breakdown item cites only ids in the register, and the estimate lists each of them', () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => {
        const e = estimate(answers);
        const listed = new Set(e.assumptions.map((a) => a.id));
        for (const id of cited(e)) {
          expect(ASSUMPTION_IDS as string[]).toContain(id);
          expect(listed).toContain(id);
        }
      }),
      { numRuns: 150, interruptAfterTimeLimit: 15_000 },
    );
  });

  it('an estimate lists nothing it does not use (cited, used outside breakdowns, or a device reservation)', () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => {
        const e = estimate(answers);
        const ids = cited(e);
        for (const a of e.assumptions) {
          const ok = ids.has(a.id) || OUTSIDE.includes(a.id) || DEVICE_IDS.includes(a.id);
          expect(ok, a.id).toBe(true);
        }
        expect(new Set(e.assumptions.map((a) => a.id)).size).toBe(e.assumptions.length);
      }),
      { numRuns: 100, interruptAfterTimeLimit: 15_000 },
    );
  });

  it('every register constant is cited by a breakdown item in some scenario, or documented as used elsewhere', () => {
    const everCited = new Set<string>();
    for (const answers of fc.sample(arbAnswers, { numRuns: 2000, seed: 20261125 }))
      for (const id of cited(estimate(answers))) everCited.add(id);
    const orphans = ASSUMPTION_IDS.filter((id) => !everCited.has(id) && !OUTSIDE.includes(id));
    expect(orphans).toEqual([]);
    // 2,000 estimates: about 5 s on a busy 2-core machine, so the default 5 s limit would fail on load alone.
  }, 30_000);

  it('the constants documented as used elsewhere exist and are not also cited by breakdowns', () => {
    for (const id of OUTSIDE) expect(ASSUMPTION_IDS as string[]).toContain(id);
    for (const answers of fc.sample(arbAnswers, { numRuns: 300, seed: 7 })) {
      const ids = cited(estimate(answers));
      for (const id of OUTSIDE) expect(ids.has(id), id).toBe(false);
    }
  });

  it.each(ASSUMPTION_IDS.map((id) => [id]))('%s has a source, a confidence, a date and a unit', (id) => {
    const a = ASSUMPTIONS[id as AssumptionId];
    expect(a.source.trim().length).toBeGreaterThan(10);
    expect(['H', 'M', 'L', 'EST']).toContain(a.confidence);
    expect(a.date).toMatch(/^20\d{2}-(0[1-9]|1[0-2])(-\d{2})?$/);
    expect(a.unit.trim()).not.toBe('');
    expect(Number.isFinite(a.value)).toBe(true);
  });

  it('the device RAM reservations the grader uses are sourced too', () => {
    for (const a of Object.values(RAM_RESERVATION_ASSUMPTIONS)) {
      expect(a.source.length).toBeGreaterThan(10);
      expect(a.date).toMatch(/^20\d{2}-\d{2}/);
    }
  });
});
