/**
 * Until the charts re-export the shared formatter (src/domain/report/format.ts), the two must agree to the
 * character: the report shows H4's chart tables next to its own tables and exports.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as charts from '../../components/charts/format.ts';
import * as shared from '../../domain/report/format.ts';
import type { Unit } from '../../domain/types.ts';

const UNITS: Unit[] = ['ref-cores', 'MiB', 'GB', 'GB/month'];
// The model's figures are never negative (a property H1 tests); the shared formatter also never prints "-0".
const finite = fc.double({ min: 0, max: 1e7, noNaN: true });

describe('the report and the charts format figures identically', () => {
  it('numbers, quantities, ranges, percentages and prices', () => {
    fc.assert(
      fc.property(finite, finite, finite, fc.constantFrom(...UNITS), (a, b, c, unit) => {
        expect(shared.formatNumber(a)).toBe(charts.formatNumber(a));
        expect(shared.formatQuantity(a, unit)).toBe(charts.formatQuantity(a, unit));
        expect(shared.pickScale(unit, a)).toEqual(charts.pickScale(unit, a));
        const range = { low: a, typical: b, high: c };
        const s = shared.formatRange(range, unit);
        const k = charts.formatRange(range, unit);
        expect([s.low, s.typical, s.high, s.scale.unit]).toEqual([k.low, k.typical, k.high, k.scale.unit]);
        expect(shared.formatPercent(a / 1000)).toBe(charts.formatPercent(a / 1000));
        expect(shared.formatUsd(Math.abs(a))).toBe(charts.formatUsd(Math.abs(a)));
      }),
      { numRuns: 500 },
    );
  });
});
