/**
 * Start the binding between the URL fragment (`#/<view>[/<step>]?s=<payload>`, see route.ts), the autosave
 * and the store: this module only wires the parts together, each of which has one job.
 *
 * - open-link.ts: answers arriving from a link (or a scenario, a file), and the conflict with unsaved work;
 * - write-url.ts: the address bar (replaceState, debounced) and, in the same flush, the autosave;
 * - persistence.ts / scenarios.ts: this browser's storage; notices.ts: the banner's notices;
 * - navigation.ts: the one popstate/hashchange listener (the route first, then the link part below).
 *
 * On start: a payload in the URL is decoded and its answers hydrate the store; without one, the autosaved
 * answers do. A reload of an entry this tab wrote restores the tab's newest answers (sessionStorage, flushed
 * on pagehide) instead: the entry's payload may be up to 250 ms older.
 *
 * Back/Forward: the entry returned to may hold an older payload (edits only ever rewrite the entry they were
 * made on). Returning to one of this tab's own entries is not a link being opened: its payload is rewritten
 * at once to the current answers with replaceState (no new entry), so the address bar is always a link to
 * what is on screen. An entry without the mark that carries a payload (a link pasted into the address bar of
 * the open tab, even one this tab made earlier) is handled like a link being opened.
 */
import { setAnswers, useAppStore } from './app-store.ts';
import { codecNow } from './codec.ts';
import { linkState } from './link-state.ts';
import { onNavigate } from './navigation.ts';
import { pushNotice } from './notices.ts';
import { openPayload } from './open-link.ts';
import {
  loadAutosave,
  loadTabAnswers,
  recoverOtherTabsWork,
  reportKeptFromOtherTabs,
} from './persistence.ts';
import { parseHash } from './route.ts';
import { startScenarioSync } from './scenarios.ts';
import { cancelScheduledWrite, flushUrlSync, isOwnEntry, payloadFor, scheduleUrlWrite } from './write-url.ts';

/** True when this page load is a reload of the tab (the Navigation Timing entry's type). */
function isReload(): boolean {
  try {
    const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return entry?.type === 'reload';
  } catch {
    return false;
  }
}

/** The link part of a navigation (navigation.ts runs it after the route part). */
function onLinkNavigation(): void {
  const payload = parseHash(window.location.hash).payload;
  if (payload && !isOwnEntry() && payload !== linkState.lastOpened) {
    // An entry this tab did not write: a link pasted into the address bar (even one this tab made earlier).
    linkState.lastOpened = payload;
    const state = useAppStore.getState();
    // Before the codec has loaded the link cannot be compared with the answers: openPayload loads it first.
    if (codecNow() === null || payload !== payloadFor(state)) openPayload(payload, state.answers);
  }
  // This tab's own entry (its payload may predate the latest edits), a fragment without a payload, or the
  // link just opened: make the entry's payload the current answers, now, without adding an entry.
  flushUrlSync();
}

/**
 * Start the binding: hydrate the store from the URL (or the autosave), then keep the URL and the autosave
 * in step with the store. Call once, before the first render. Returns a stop function (tests).
 */
export function startUrlSync(): () => void {
  try {
    return startUrlSyncUnsafe();
  } catch {
    // Never keep the app from rendering: it starts from the defaults, without URL sync.
    pushNotice({
      id: 'url-sync-failed',
      kind: 'warning',
      title: 'The link in the address bar and autosave could not be started; the app works without them.',
      details: ['Use Export JSON to keep a copy of your answers.'],
    });
    return () => undefined;
  }
}

function startUrlSyncUnsafe(): () => void {
  const stopScenarios = startScenarioSync();
  const route = parseHash(window.location.hash);
  const autosave = loadAutosave();
  linkState.fromLink = autosave?.fromLink ? autosave.answers : null;
  // A reload of this tab's own entry: its payload may predate the last edits (the URL write is debounced;
  // the flush on pagehide cannot change the URL being reloaded). This tab's newest answers win, silently:
  // asking "Open this shared link?" about the user's own older page would offer to load the stale state.
  // The mark in history.state is not enough on its own: Chromium at times starts a reload with the entry's
  // older URL and a null state when the URL was rewritten while the reload was under way (seen 2 in 10
  // reloads on a busy 2-core machine, 2026-12-04). A reload is this tab's own page whatever its mark says.
  const tabAnswers = route.payload && (isOwnEntry() || isReload()) ? loadTabAnswers() : null;
  if (tabAnswers) {
    setAnswers(tabAnswers);
  } else if (route.payload) {
    openPayload(route.payload, autosave?.answers ?? null);
  } else if (autosave) {
    setAnswers(autosave.answers);
  }
  // Other tabs' work that only their own keys hold (tabs closed together) becomes saved scenarios; then the
  // user is told what was kept, before this tab writes.
  recoverOtherTabsWork(useAppStore.getState().answers);
  reportKeptFromOtherTabs();
  // Write once now: the URL then holds a clean payload, and the autosave matches what is shown.
  flushUrlSync();

  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (
      state.answers !== previous.answers ||
      state.view !== previous.view ||
      state.stepId !== previous.stepId
    ) {
      scheduleUrlWrite();
    }
  });
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flushUrlSync();
  };
  const stopNavigation = onNavigate('link', onLinkNavigation);
  window.addEventListener('pagehide', flushUrlSync);
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    unsubscribe();
    stopScenarios();
    cancelScheduledWrite();
    stopNavigation();
    window.removeEventListener('pagehide', flushUrlSync);
    document.removeEventListener('visibilitychange', onHidden);
  };
}
