import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { SHARE_NOTICES } from '../app/lazy-share-notices.tsx';
import { LIVE_RESULTS } from '../app/live-results.tsx';
import { STEP_FORMS } from '../features/wizard/step-registry.ts';
import { loadCodec } from '../store/codec.ts';

// The lazily loaded chunks, loaded up front as the app's idle preload does: components then render at once,
// as they do in the app after the first paint. src/lib/preloadable.test.tsx covers the loading path itself, and
// src/store/codec.test.ts the link codec's (a page without a link loads it after the first paint).
await Promise.all([STEP_FORMS.load(), LIVE_RESULTS.load(), SHARE_NOTICES.load(), loadCodec()]);

afterEach(() => {
  cleanup();
  localStorage.clear();
});
