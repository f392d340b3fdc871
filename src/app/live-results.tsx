import { useDeferredValue, useMemo } from 'react';
import { ChunkStatus } from '../components/ui/chunk-status.tsx';
import type { Answers } from '../domain/answers.ts';
import { preloadable, useNearViewport, usePreloadable } from '../lib/preloadable.ts';
import { useAppStore } from '../store/app-store.ts';

/**
 * The results panel and the sizing model behind it (estimate, catalog, compatibility rules, assumptions): a
 * lazy chunk, so the wizard's first paint does not wait for it. It is fetched when the results column comes
 * near the viewport (at once beside the wizard on a wide screen; when scrolled towards below it on a phone),
 * or at the user's first input (see App), whichever comes first.
 */
export const LIVE_RESULTS = preloadable(() => import('./live-results-panel.tsx'));

/**
 * The live results beside the wizard: the estimate for the current answers, recomputed as they change.
 * A finding's "change this answer" opens the wizard step that owns the field.
 *
 * The results render from a deferred copy of the answers: on the first visit the wizard paints first and the
 * results follow at a lower priority (Lighthouse's blocking time was mostly this first render), and while the
 * user types, keystrokes stay responsive and the results catch up.
 */
/** How near the viewport the results' placeholder must come for their chunk to be fetched. */
const NEAR = '200px';

export function LiveResults() {
  const answers = useDeferredValue<Answers | null>(
    useAppStore((s) => s.answers),
    null,
  );
  const [placeholder, near] = useNearViewport<HTMLDivElement>(NEAR);
  const { module, failed, retry } = usePreloadable(LIVE_RESULTS, near);
  // The urgent render of a keystroke sees the previous answers: it re-uses the previous element, so the
  // panel is not drawn twice per keystroke (200 modules: tens of ms in the keystroke itself, issue 20).
  const panel = useMemo(
    () => (module && answers !== null ? <module.LiveResultsPanel answers={answers} /> : null),
    [module, answers],
  );
  if (!module)
    return (
      <div ref={placeholder}>
        <ChunkStatus what="the sizing model" failed={failed} retry={retry} className="results-loading" />
      </div>
    );
  if (answers === null) return <p className="loading results-loading">Working out the estimate…</p>;
  return panel;
}
