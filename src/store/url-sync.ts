/**
 * The binding between the share payload in the URL fragment (`#/<view>[/<step>]?s=<payload>`, see
 * route.ts) and the store's answers.
 *
 * - On start: a payload in the URL is decoded and its answers hydrate the store; without one, the
 *   autosaved answers do (persistence.ts). A reload of an entry this tab wrote restores the tab's newest
 *   answers (sessionStorage, flushed on pagehide) instead: the entry's payload may be up to 250 ms older. A link opened while different, unsaved work exists does not
 *   replace it silently: the store keeps the user's work and `usePendingLink` holds the link until the user
 *   chooses (LinkConflictDialog in src/features/share).
 * - As the user works: the payload is rewritten with history.replaceState, debounced (~250 ms), so edits
 *   never flood the history; the same flush autosaves. The view/step part of the fragment is kept as it is:
 *   router.ts owns it (pushState per step) and carries the payload over.
 * - Back/Forward (popstate / hashchange): the entry returned to may hold an older payload (edits only ever
 *   rewrite the entry they were made on). Entries this tab wrote are marked in history.state (OWN_ENTRY_KEY);
 *   returning to one is not a link being opened: its payload is rewritten at once to the current answers
 *   with replaceState (no new entry), so the address bar is always a link to what is on screen.
 * - An entry without the mark that carries a payload (a link pasted into the address bar of the open tab,
 *   even one this tab made earlier) is handled like a link being opened.
 * - The payload's view/step are those of the URL it is written into (router.ts keeps the store in step with
 *   the URL), so the link opens where the address bar says, whichever listener runs first.
 */
import { create } from 'zustand';
import { DEFAULT_ANSWERS, type Answers } from '../domain/answers.ts';
import {
  answersToWire,
  createShareState,
  decodeShareState,
  encodeShareState,
} from '../domain/share/share-codec.ts';
import { setAnswers, useAppStore, type AppState } from './app-store.ts';
import {
  dismissNotice,
  loadAutosave,
  loadScenarios,
  loadTabAnswers,
  pushNotice,
  saveAutosave,
  saveScenario,
  saveTabAnswers,
  startScenarioSync,
} from './persistence.ts';
import { formatHash, parseHash } from './route.ts';

/** Debounce of URL rewrites and autosave, in ms. */
export const URL_WRITE_DELAY_MS = 250;

/** A link that was opened while the user had other unsaved work, waiting for the user's choice. */
export interface PendingLink {
  answers: Answers;
  /** The user's own work, kept in the store meanwhile. */
  mine: Answers;
}

export const usePendingLink = create<{ pending: PendingLink | null }>()(() => ({ pending: null }));

/** Answers compared by content (the positional wire form is canonical: same answers, same string). */
export function sameAnswers(a: Answers, b: Answers): boolean {
  return a === b || JSON.stringify(answersToWire(a)) === JSON.stringify(answersToWire(b));
}

/** The share payload of a state. */
export function payloadFor(state: Pick<AppState, 'answers' | 'view' | 'stepId'>): string {
  return encodeShareState(createShareState(state.answers));
}

/**
 * The full share URL of a state (default: the current one), for the Copy button and the report. It keeps
 * the page's origin, path and query, and puts the state in the fragment, which browsers never send to a
 * server.
 */
export function buildShareUrl(
  state: Pick<AppState, 'answers' | 'view' | 'stepId'> = useAppStore.getState(),
  base: string = `${window.location.origin}${window.location.pathname}${window.location.search}`,
): string {
  const step = state.view === 'wizard' ? state.stepId : null;
  return `${base}${formatHash({ view: state.view, step, payload: payloadFor(state) })}`;
}

// ----- writing -----

/**
 * Key set in history.state on every entry this app wrote; router.ts copies history.state into the entries it
 * pushes. A link pasted into the address bar makes a new entry with a null state. The state survives a reload,
 * so Back/Forward after a reload is still recognised as moving through this tab's own entries.
 */
export const OWN_ENTRY_KEY = 'edgeSizerEntry';

/** True when the current history entry was written by this app (now or before a reload). */
function isOwnEntry(): boolean {
  const state: unknown = window.history.state;
  return (
    typeof state === 'object' && state !== null && (state as Record<string, unknown>)[OWN_ENTRY_KEY] === true
  );
}

/** history.state with the own-entry mark added (a foreign non-object state is kept as it is). */
function markedState(): unknown {
  const state: unknown = window.history.state;
  if (state === null || state === undefined) return { [OWN_ENTRY_KEY]: true };
  if (typeof state === 'object' && !Array.isArray(state)) return { ...state, [OWN_ENTRY_KEY]: true };
  return state;
}
/** The answers of the last link opened, while they are unedited: replacing them loses nothing. */
let fromLink: Answers | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
/** The foreign payload handled last (popstate and hashchange both report one paste). */
let lastOpened: string | null = null;

/** Write the current state to the URL (replaceState) and autosave it, now. */
export function flushUrlSync(): void {
  if (timer !== null) {
    clearTimeout(timer);
    timer = null;
  }
  const state = useAppStore.getState();
  if (fromLink && !sameAnswers(fromLink, state.answers)) fromLink = null;
  saveAutosave(state.answers, fromLink !== null);
  saveTabAnswers(state.answers);
  // While a link waits for the user's choice, the URL keeps showing that link.
  if (usePendingLink.getState().pending) return;
  const route = parseHash(window.location.hash);
  const payload = payloadFor({ answers: state.answers, view: route.view, stepId: route.step });
  const hash = formatHash({ ...route, payload });
  if (hash === window.location.hash && isOwnEntry()) return;
  try {
    window.history.replaceState(markedState(), '', hash);
    lastOpened = null; // the entry is this tab's own now: the same link pasted again opens again
  } catch {
    // Some embedded browsers limit replaceState calls; the next flush tries again, and Copy share link
    // builds its link from the store, not from the address bar.
  }
}

function schedule(): void {
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(flushUrlSync, URL_WRITE_DELAY_MS);
}

// ----- reading -----

/**
 * True when `work` is worth protecting from being replaced by `link`: it differs from the link, is not the
 * defaults, is not an unedited opened link, and is not kept as a named scenario.
 */
function isUnsavedWork(work: Answers, link: Answers): boolean {
  if (sameAnswers(work, link) || sameAnswers(work, DEFAULT_ANSWERS)) return false;
  if (fromLink && sameAnswers(work, fromLink)) return false;
  return !loadScenarios().some((s) => sameAnswers(s.answers, work));
}

/**
 * Before answers are replaced (a scenario opened, a file imported): when the current ones are unsaved work,
 * keep them as a named scenario "<name> <suffix>". Returns the saved name, or null when nothing needed saving.
 */
export function keepUnsavedWork(next: Answers, suffix: string, now: Date = new Date()): string | null {
  const current = useAppStore.getState().answers;
  if (!isUnsavedWork(current, next)) return null;
  const saved = saveScenario(`${current.scenarioName || 'My answers'} ${suffix}`, current, now);
  return saved.ok ? saved.scenario.name : null;
}

/**
 * Notices about the link opened last ("this share link is damaged…", "made with sizing model X") no longer
 * describe what is shown once the answers are replaced from another source.
 */
export function clearLinkNotices(): void {
  dismissNotice('link-problem');
  dismissNotice('link-model');
}

/**
 * Replace the answers wholesale (a file imported, a scenario opened): unsaved current answers are first
 * kept as the scenario "<name> <suffix>", stale link notices are cleared, and the URL and autosave are
 * written at once. Returns the name the previous answers were saved under, or null.
 */
export function loadAnswers(next: Answers, suffix: string, now: Date = new Date()): string | null {
  const kept = keepUnsavedWork(next, suffix, now);
  clearLinkNotices();
  setAnswers(next);
  flushUrlSync();
  return kept;
}

/**
 * Open a share payload: report what was wrong with it, and put its answers in the store, or hold them for
 * the user's choice when `work` (unsaved answers) would be replaced. Returns true when the store changed.
 */
export function openPayload(payload: string, work: Answers | null): boolean {
  const result = decodeShareState(payload);
  clearLinkNotices();
  const notices = result.notices;
  if (notices.length > 0)
    pushNotice({ id: 'link-model', kind: 'info', title: notices[0] ?? '', details: notices.slice(1) });
  if (!result.ok) {
    const kept = result.partial
      ? 'What could be read is shown; the rest are defaults.'
      : work
        ? 'Your previous answers were kept.'
        : 'The app started from the default answers.';
    pushNotice({
      id: 'link-problem',
      kind: 'error',
      title: `${result.error} ${kept}`,
      details: result.problems,
    });
  }
  const link = result.ok ? result.state.answers : (result.partial?.answers ?? null);
  if (!link) {
    if (work) setAnswers(work);
    return work !== null;
  }
  if (work && isUnsavedWork(work, link)) {
    setAnswers(work);
    usePendingLink.setState({ pending: { answers: link, mine: work } });
    return true;
  }
  setAnswers(link);
  fromLink = link;
  return true;
}

/** The user chose to open the pending link: their work is first kept as a named scenario. */
export function acceptPendingLink(now: Date = new Date()): string | null {
  const pending = usePendingLink.getState().pending;
  if (!pending) return null;
  const name = `${pending.mine.scenarioName || 'My answers'} (before opening a link)`;
  const saved = saveScenario(name, pending.mine, now);
  usePendingLink.setState({ pending: null });
  setAnswers(pending.answers);
  fromLink = pending.answers;
  flushUrlSync();
  return saved.ok ? saved.scenario.name : null;
}

/** The user chose to keep their work; the link is saved as a named scenario or discarded. */
export function keepMineOverPendingLink(saveLinkAs: string | null, now: Date = new Date()): string | null {
  const pending = usePendingLink.getState().pending;
  if (!pending) return null;
  let savedName: string | null = null;
  if (saveLinkAs !== null) {
    const saved = saveScenario(
      saveLinkAs || pending.answers.scenarioName || 'Shared link',
      pending.answers,
      now,
    );
    savedName = saved.ok ? saved.scenario.name : null;
  }
  usePendingLink.setState({ pending: null });
  setAnswers(pending.mine);
  flushUrlSync();
  return savedName;
}

/**
 * Back/Forward, or a fragment edited in the address bar (popstate and hashchange; both may fire for one
 * navigation, the second call then changes nothing).
 */
function onNavigation(): void {
  const payload = parseHash(window.location.hash).payload;
  if (payload && !isOwnEntry() && payload !== lastOpened) {
    // An entry this tab did not write: a link pasted into the address bar (even one this tab made earlier).
    lastOpened = payload;
    const state = useAppStore.getState();
    if (payload !== payloadFor(state)) openPayload(payload, state.answers);
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
  fromLink = autosave?.fromLink ? autosave.answers : null;
  // A reload of this tab's own entry: its payload may predate the last edits (the URL write is debounced;
  // the flush on pagehide cannot change the URL being reloaded). This tab's newest answers win, silently:
  // asking "Open this shared link?" about the user's own older page would offer to load the stale state.
  const tabAnswers = route.payload && isOwnEntry() ? loadTabAnswers() : null;
  if (tabAnswers) {
    setAnswers(tabAnswers);
  } else if (route.payload) {
    openPayload(route.payload, autosave?.answers ?? null);
  } else if (autosave) {
    setAnswers(autosave.answers);
  }
  // Write once now: the URL then holds a clean payload, and the autosave matches what is shown.
  flushUrlSync();

  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (
      state.answers !== previous.answers ||
      state.view !== previous.view ||
      state.stepId !== previous.stepId
    ) {
      schedule();
    }
  });
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flushUrlSync();
  };
  window.addEventListener('popstate', onNavigation);
  window.addEventListener('hashchange', onNavigation);
  window.addEventListener('pagehide', flushUrlSync);
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    unsubscribe();
    stopScenarios();
    if (timer !== null) clearTimeout(timer);
    timer = null;
    window.removeEventListener('popstate', onNavigation);
    window.removeEventListener('hashchange', onNavigation);
    window.removeEventListener('pagehide', flushUrlSync);
    document.removeEventListener('visibilitychange', onHidden);
  };
}
