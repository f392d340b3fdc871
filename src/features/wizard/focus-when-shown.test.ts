import { afterEach, describe, expect, it } from 'vitest';
import { focusWhenShown } from './focus-when-shown.ts';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('focusWhenShown', () => {
  it('focuses the element once it appears, making a heading focusable outside the Tab order', async () => {
    document.body.innerHTML = '<main><p>Loading the report…</p></main>';
    focusWhenShown('main h1');
    await flush();
    expect(document.activeElement).toBe(document.body);
    const h1 = document.createElement('h1');
    h1.textContent = 'Sizing report';
    document.querySelector('main')?.append(h1);
    await flush();
    expect(document.activeElement).toBe(h1);
    expect(h1.getAttribute('tabindex')).toBe('-1');
  });

  it('does not take the focus from where the user put it meanwhile', async () => {
    document.body.innerHTML = '<main><button>Print</button></main>';
    const button = document.querySelector('button');
    focusWhenShown('main h1');
    button?.focus();
    document.querySelector('main')?.append(document.createElement('h1'));
    await flush();
    expect(document.activeElement).toBe(button);
  });
});
