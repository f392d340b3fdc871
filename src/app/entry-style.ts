/**
 * The entry's stylesheet, applied before the first render. The build turns its `<link rel="stylesheet">` into a
 * preload marked `data-entry-style` (vite.config.ts, entryStyleAsPreload): the file downloads from the start, as
 * before, but is not render-blocking. This adds it as a stylesheet and resolves once it has applied (or failed:
 * the app then renders unstyled rather than not at all). In development Vite injects the styles itself and there
 * is no such preload: it resolves at once.
 */
export function applyEntryStyles(doc: Document = document): Promise<void> {
  const preloads = [
    ...doc.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="style"][data-entry-style]'),
  ];
  return Promise.all(
    preloads.map(
      (preload) =>
        new Promise<void>((resolve) => {
          const sheet = doc.createElement('link');
          sheet.rel = 'stylesheet';
          const cors = preload.getAttribute('crossorigin');
          if (cors !== null) sheet.setAttribute('crossorigin', cors); // the same CORS mode reuses the preload
          sheet.href = preload.href;
          sheet.addEventListener('load', () => resolve(), { once: true });
          sheet.addEventListener('error', () => resolve(), { once: true });
          preload.after(sheet);
        }),
    ),
  ).then(() => undefined);
}
