import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatNumber,
  formatPercent,
  formatQuantity,
  formatRange,
  formatUsd,
  pickScale,
} from './format.ts';

// The one formatter's tests: the report's cases and those of the charts' former copy (its file is gone; the
// charts and results use this formatter). Non-finite values read 'n/a' (the charts' copy said '–').
describe('format', () => {
  it.each([
    [0, '0'],
    [0.004, '0.004'],
    [0.3375, '0.34'],
    [1.5, '1.5'],
    [1.234, '1.23'],
    [12.345, '12.3'],
    [1234.5, '1,235'],
    [0.0042, '0.0042'],
    [-0.0001, '-0.0001'],
    [Number.NaN, 'n/a'],
    [Number.POSITIVE_INFINITY, 'n/a'],
  ])('formatNumber(%s) = %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it('shows MiB of a GiB or more in GiB, and GB under 1 GB in MB', () => {
    expect(formatQuantity(512, 'MiB')).toBe('512 MiB');
    expect(formatQuantity(1536, 'MiB')).toBe('1.5 GiB');
    expect(formatQuantity(0.054, 'GB')).toBe('54 MB');
    expect(formatQuantity(32, 'GB')).toBe('32 GB');
    expect(formatQuantity(0.5, 'GB/month')).toBe('500 MB/month');
    expect(formatQuantity(0.34, 'ref-cores')).toBe('0.34 ref. cores');
  });

  it('formats a whole range in the unit of its typical value', () => {
    const f = formatRange({ low: 900, typical: 1200, high: 1800 }, 'MiB');
    expect(f.scale.unit).toBe('GiB');
    expect([f.low, f.typical, f.high]).toEqual(['0.88', '1.17', '1.76']);
    expect(pickScale('MiB', 1023).unit).toBe('MiB');
  });

  it('formats percentages and dollars', () => {
    expect(formatPercent(0.586)).toBe('59%');
    expect(formatPercent(12.3)).toBe('1,230%');
    expect(formatUsd(1200)).toBe('$1,200');
  });

  it('picks one scale per quantity and never prints NaN', () => {
    expect(formatQuantity(1536, 'MiB')).toBe('1.5 GiB');
    expect(formatQuantity(512, 'MiB')).toBe('512 MiB');
    expect(formatQuantity(0.25, 'GB')).toBe('250 MB');
    expect(pickScale('GB/month', 0.5).unit).toBe('MB/month');
    expect(formatRange({ low: 900, typical: 1100, high: 2048 }, 'MiB')).toMatchObject({
      low: '0.88',
      typical: '1.07',
      high: '2',
      scale: { unit: 'GiB' },
    });
    expect(formatPercent(0.734)).toBe('73%');
    expect(formatUsd(1249)).toBe('$1,249');
    expect(formatDateTime(new Date('2026-11-25T15:33:00Z'))).toMatch(/November 25, 2026.*15:33.*UTC/);
    expect(formatDateTime(new Date(Number.NaN))).toBe('n/a');
  });

  it('never writes NaN, Infinity or undefined for any number', () => {
    fc.assert(
      fc.property(fc.double(), fc.constantFrom('ref-cores', 'MiB', 'GB', 'GB/month'), (value, unit) => {
        const text = [
          formatNumber(value),
          formatQuantity(value, unit),
          formatPercent(value),
          formatUsd(value),
        ].join(' ');
        expect(text).not.toMatch(/NaN|Infinity|undefined/);
      }),
    );
  });
});
