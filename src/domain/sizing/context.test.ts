import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmt } from './context.ts';

/** What fmt gave before its fast path: Intl en-US on every call. */
function viaIntl(x: number, digits: number): string {
  if (x === 0) return '0';
  if (Math.abs(x) >= 100) return Math.round(x).toLocaleString('en-US');
  return Number(x.toFixed(digits)).toLocaleString('en-US');
}

describe('fmt (numbers in explanations)', () => {
  it.each([
    [0, 1, '0'],
    [0.04, 1, '0'],
    [1.25, 1, '1.3'],
    [12.5, 0, '13'],
    [99.96, 1, '100'],
    [999.4, 1, '999'],
    [1234.5, 1, '1,235'],
    [2_500_000, 0, '2,500,000'],
    [-1536, 0, '-1,536'],
  ])('fmt(%d, %d) = %s', (x, digits, text) => {
    expect(fmt(x, digits)).toBe(text);
  });

  it('writes every number as en-US Intl does (a negative value rounding to zero gives "0", not "-0")', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.constantFrom(0, 1, 2, 3),
        (x, digits) => {
          const expected = viaIntl(x, digits);
          expect(fmt(x, digits)).toBe(expected === '-0' ? '0' : expected);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
