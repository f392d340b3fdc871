import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { bounded, enUsNumber } from './field.ts';

// The first view builds every field's schema and help text when its JavaScript runs; these helpers keep Intl
// out of that start (issue 18) and must write exactly what toLocaleString('en-US') writes.
describe('enUsNumber', () => {
  it('writes what toLocaleString("en-US") writes, for any number', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.maxSafeInteger(), fc.double(), fc.constant(-0)),
        (n) => {
          expect(enUsNumber(n)).toBe(n.toLocaleString('en-US'));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('groups thousands', () => {
    expect(enUsNumber(1_000_000)).toBe('1,000,000');
    expect(enUsNumber(999)).toBe('999');
    expect(enUsNumber(-12_345)).toBe('-12,345');
  });
});

describe('bounded', () => {
  it('says the upper bound with thousands grouped when a value breaks it', () => {
    const result = v.safeParse(bounded({ min: 0, max: 1_000_000 }, 'Budget (USD)'), 2_000_000);
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.message).toBe('Budget (USD) must be at most 1,000,000');
  });
});
