import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { applyEntryStyles } from './app/entry-style.ts';
import './app/styles/base.css';
import { loadReaderFor } from './store/open-link.ts';
import { parseHash } from './store/route.ts';
import { syncRouteFromLocation } from './store/router.ts';
import { startUrlSync } from './store/url-sync.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const rootElement = root;
// Before the first render: the answers come from the share link in the URL, or from the autosave, and the
// view and step from the URL, so the first paint is the page asked for (no frame of another step or view).
// A link first loads its reader (the link codec, and lz-string for an old format-1 link: both kept out of the
// first view); a page without one does not wait for it, and loads it after the first paint (url-sync then writes
// the address bar's link).
const start = () => {
  startUrlSync();
  syncRouteFromLocation();
  // The first render is a transition: React renders it in slices of about 5 ms and yields to the browser
  // between them, instead of one long task (273 ms in Lighthouse's busy run with 4x CPU slowdown, most of its
  // total blocking time). What is painted is the same; a first input is handled between slices.
  const reactRoot = createRoot(rootElement);
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
};
// The stylesheet is applied before the first render too (entry-style.ts says why it is not render-blocking).
const payload = parseHash(window.location.hash).payload;
void Promise.all([applyEntryStyles(), payload ? loadReaderFor(payload) : null]).then(start);
// The offline service worker is registered after the page has loaded (its module is fetched then, not with the
// first view); register-sw.ts waits further, for a quiet network and an idle browser.
const registerOffline = () =>
  void import('./pwa/register-sw.ts').then((module) => module.registerServiceWorker());
if (document.readyState === 'complete') registerOffline();
else window.addEventListener('load', registerOffline, { once: true });
