import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { SHARE_NOTICES } from '../app/lazy-share-notices.tsx';
import { LIVE_RESULTS } from '../app/live-results.tsx';
import { STEP_FORMS } from '../features/wizard/step-registry.ts';

// The lazily loaded chunks, loaded up front as the app's idle preload does: components then render at once,
// as they do in the app after the first paint. src/lib/preloadable.test.tsx covers the loading path itself.
await Promise.all([STEP_FORMS.load(), LIVE_RESULTS.load(), SHARE_NOTICES.load()]);

afterEach(() => {
  cleanup();
  localStorage.clear();
});
