import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatQuantity, formatRange, formatUsd, pickScale } from './format.ts';

// Formerly the charts' own formatter test (src/components/charts/format.test.ts): the charts and results now
// use this formatter, so its cases stay here. Non-finite values read 'n/a' (the charts' copy said '–').
describe('format (cases from the results and charts)', () => {
  it.each([
    [0, '0'],
    [0.004, '0.004'],
    [0.3375, '0.34'],
    [1.5, '1.5'],
    [12.345, '12.3'],
    [1234.5, '1,235'],
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
});
