import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import './app/styles/base.css';
import { registerServiceWorker } from './pwa/register-sw.ts';
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
registerServiceWorker();
