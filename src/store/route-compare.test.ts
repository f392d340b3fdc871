import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './route.ts';

describe('route: the compare view and its c= payload', () => {
  it.each([
    ['#/compare', { view: 'compare', step: null, payload: null }],
    ['#/compare?c=3.abc', { view: 'compare', step: null, payload: null, compare: '3.abc' }],
    ['#/compare?s=3.x&c=3.abc', { view: 'compare', step: null, payload: '3.x', compare: '3.abc' }],
    // A c= anywhere else is not read (and so never written back).
    ['#/wizard/data?s=3.x&c=3.abc', { view: 'wizard', step: 'data', payload: '3.x' }],
    ['#/topology?c=3.abc', { view: 'topology', step: null, payload: null }],
  ])('%s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it('writes s= then c=, and round-trips', () => {
    const hash = formatHash({ view: 'compare', step: null, payload: '3.x', compare: '3.abc' });
    expect(hash).toBe('#/compare?s=3.x&c=3.abc');
    expect(formatHash(parseHash(hash))).toBe(hash);
    expect(formatHash({ view: 'report', step: null, payload: '3.x', compare: '3.abc' })).toBe(
      '#/report?s=3.x',
    );
  });
});
