/**
 * The one listener for navigation: Back/Forward and a fragment edited in the address bar (popstate and
 * hashchange; both may fire for one navigation, the second run then changes nothing).
 *
 * Each navigation runs, in this fixed order, whatever has been started:
 * 1. the route (router.ts): the store's view and step follow the URL;
 * 2. the link (url-sync.ts): an entry this tab did not write, carrying a payload, is a link being opened;
 *    then the entry's payload is rewritten to the current answers.
 * The order no longer depends on which module added its listener first: a link opened by Back lands on the
 * view and step of the entry, and the payload written is that of the view the store shows.
 */
type Part = 'route' | 'link';

const parts: Record<Part, (() => void) | null> = { route: null, link: null };

function onNavigation(): void {
  parts.route?.();
  parts.link?.();
}

function attached(): boolean {
  return parts.route !== null || parts.link !== null;
}

/** Run `handler` as the `part` of every navigation. Returns a function that stops it. */
export function onNavigate(part: Part, handler: () => void): () => void {
  const wasAttached = attached();
  parts[part] = handler;
  if (!wasAttached) {
    window.addEventListener('popstate', onNavigation);
    window.addEventListener('hashchange', onNavigation);
  }
  return () => {
    if (parts[part] !== handler) return;
    parts[part] = null;
    if (!attached()) {
      window.removeEventListener('popstate', onNavigation);
      window.removeEventListener('hashchange', onNavigation);
    }
  };
}
