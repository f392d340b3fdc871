import { describe, expect, it, vi } from 'vitest';
import { onNavigate } from './navigation.ts';

describe('the one navigation listener', () => {
  it('runs the route part before the link part, whichever started first, and stops cleanly', () => {
    const calls: string[] = [];
    const addListener = vi.spyOn(window, 'addEventListener');
    const stopLink = onNavigate('link', () => calls.push('link'));
    const stopRoute = onNavigate('route', () => calls.push('route'));
    const added = addListener.mock.calls.filter(([type]) => type === 'popstate' || type === 'hashchange');
    expect(added.map(([type]) => type)).toEqual(['popstate', 'hashchange']); // one listener per event
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(calls).toEqual(['route', 'link', 'route', 'link']);
    stopLink();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(calls.slice(4)).toEqual(['route']);
    stopRoute();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(calls).toHaveLength(5);
    addListener.mockRestore();
  });
});
