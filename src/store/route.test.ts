import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './route.ts';

describe('route: the views in the URL fragment', () => {
  it('reads and writes the manifests view with its share payload', () => {
    expect(parseHash('#/manifests?s=3.abc')).toEqual({ view: 'manifests', step: null, payload: '3.abc' });
    expect(formatHash({ view: 'manifests', step: null, payload: '3.abc' })).toBe('#/manifests?s=3.abc');
    // A step never belongs to a view other than the wizard.
    expect(parseHash('#/manifests/workload')).toEqual({ view: 'manifests', step: null, payload: null });
  });

  it('keeps old links working: a wizard step, the report, and anything unknown opens the wizard', () => {
    expect(parseHash('#/wizard/workload?s=3.abc')).toEqual({
      view: 'wizard',
      step: 'workload',
      payload: '3.abc',
    });
    expect(parseHash('#/report?s=3.abc').view).toBe('report');
    expect(parseHash('#manifests')).toEqual({ view: 'wizard', step: null, payload: null });
    expect(parseHash('#/nope').view).toBe('wizard');
  });
});
