import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import './app/styles/base.css';
import { syncRouteFromLocation } from './store/router.ts';
import { startUrlSync } from './store/url-sync.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Before the first render: the answers come from the share link in the URL, or from the autosave, and the
// view and step from the URL, so the first paint is the page asked for (no frame of another step or view).
startUrlSync();
syncRouteFromLocation();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// The offline service worker is registered after the page has loaded (its module is fetched then, not with the
// first view); register-sw.ts waits further, for a quiet network and an idle browser.
const registerOffline = () =>
  void import('./pwa/register-sw.ts').then((module) => module.registerServiceWorker());
if (document.readyState === 'complete') registerOffline();
else window.addEventListener('load', registerOffline, { once: true });
