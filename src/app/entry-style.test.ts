import { describe, expect, it } from 'vitest';
import { applyEntryStyles } from './entry-style.ts';

function page(head: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.head.innerHTML = head;
  return doc;
}

describe('applyEntryStyles', () => {
  it('resolves at once when there is no preloaded entry style (the dev server injects styles itself)', async () => {
    const doc = page('<link rel="preload" as="image" href="/a.png">');
    await expect(applyEntryStyles(doc)).resolves.toBeUndefined();
    expect(doc.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(0);
  });

  it('adds the preloaded style as a stylesheet (same URL, same CORS mode) and waits until it has loaded', async () => {
    const doc = page(
      '<link rel="preload" as="style" crossorigin href="/assets/index-1.css" data-entry-style>',
    );
    let done = false;
    const applied = applyEntryStyles(doc).then(() => {
      done = true;
    });
    const sheet = doc.querySelector<HTMLLinkElement>('link[rel="stylesheet"]');
    expect(sheet?.getAttribute('href')).toBe('/assets/index-1.css');
    expect(sheet?.getAttribute('crossorigin')).toBe('');
    await Promise.resolve();
    expect(done).toBe(false);
    sheet?.dispatchEvent(new Event('load'));
    await applied;
    expect(done).toBe(true);
  });

  it('does not hold the app back when the style fails to load (it renders unstyled rather than not at all)', async () => {
    const doc = page('<link rel="preload" as="style" href="/assets/index-1.css" data-entry-style>');
    const applied = applyEntryStyles(doc);
    doc.querySelector('link[rel="stylesheet"]')?.dispatchEvent(new Event('error'));
    await expect(applied).resolves.toBeUndefined();
  });
});
