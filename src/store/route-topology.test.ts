import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './route.ts';

describe('route: the topology view and its t= payload', () => {
  it.each([
    ['#/topology', { view: 'topology', step: null, payload: null }],
    ['#/topology?t=3.abc', { view: 'topology', step: null, payload: null, topology: '3.abc' }],
    ['#/topology?s=3.x&t=3.abc', { view: 'topology', step: null, payload: '3.x', topology: '3.abc' }],
    ['#/topology?t=3.abc&s=3.x', { view: 'topology', step: null, payload: '3.x', topology: '3.abc' }],
    // A t= anywhere else is not read (and so never written back).
    ['#/wizard/data?s=3.x&t=3.abc', { view: 'wizard', step: 'data', payload: '3.x' }],
  ])('%s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it('writes s= then t=, and round-trips', () => {
    const hash = formatHash({ view: 'topology', step: null, payload: '3.x', topology: '3.abc' });
    expect(hash).toBe('#/topology?s=3.x&t=3.abc');
    expect(formatHash(parseHash(hash))).toBe(hash);
    expect(formatHash({ view: 'topology', step: null, payload: null, topology: '3.abc' })).toBe(
      '#/topology?t=3.abc',
    );
    expect(formatHash({ view: 'report', step: null, payload: '3.x', topology: '3.abc' })).toBe(
      '#/report?s=3.x',
    );
  });
});
