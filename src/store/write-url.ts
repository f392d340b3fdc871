/**
 * Write the URL: the one job of this module is to keep the address bar (and, in the same flush, the
 * autosave) a link to what is on screen.
 *
 * - As the user works, the payload is rewritten with history.replaceState, debounced (~250 ms), so edits
 *   never flood the history; the same flush autosaves (persistence.ts). The view/step part of the fragment is
 *   kept as it is: router.ts owns it (pushState per step) and carries the payload over.
 * - Entries this tab wrote are marked in history.state (OWN_ENTRY_KEY), so that Back/Forward to one of them
 *   is not taken for a link being opened (navigation.ts).
 * - While a link waits for the user's choice or for its readers to load (open-link.ts), the URL keeps showing
 *   that link.
 * - The payload needs the link codec (codec.ts), which the first view does not carry: until it has loaded, a
 *   flush autosaves and leaves the address bar as it is, then writes it once the codec arrives (in a task of
 *   its own, URL_WRITE_DELAY_MS later). The default answers need no codec: their payload is made at build time
 *   (default-link.ts), so a first visit writes its link at once and loads the codec only when the answers
 *   change (or for Copy share link, the report, the compare and topology views).
 */
import type { AppState } from './app-store.ts';
import { useAppStore } from './app-store.ts';
import { codecNow, codecRequested, loadCodec, onCodecLoaded, requireCodec } from './codec.ts';
import { defaultPayloadFor } from './default-link.ts';
import { linkState, usePendingLink } from './link-state.ts';
import { saveAutosave, saveTabAnswers } from './persistence.ts';
import { formatHash, parseHash } from './route.ts';
import { sameAnswers } from './same-answers.ts';

/** Debounce of URL rewrites and autosave, in ms. */
export const URL_WRITE_DELAY_MS = 250;

/** The share payload of a state. Needs the link codec loaded (codec.ts): throws otherwise. */
export function payloadFor(state: Pick<AppState, 'answers' | 'view' | 'stepId'>): string {
  const codec = requireCodec();
  return codec.encodeShareState(codec.createShareState(state.answers));
}

/**
 * The payload when it can be offered as a link; null when the state is too large for one (decodeShareState
 * would refuse it), so the address bar, the report and Copy share link never hold a link that does not open.
 */
export function linkPayloadFor(state: Pick<AppState, 'answers' | 'view' | 'stepId'>): string | null {
  const payload = payloadFor(state);
  return requireCodec().shareLinkFits(payload) ? payload : null;
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
  return `${base}${formatHash({ view: state.view, step, payload: linkPayloadFor(state) })}`;
}

/**
 * Key set in history.state on every entry this app wrote; router.ts copies history.state into the entries it
 * pushes. A link pasted into the address bar makes a new entry with a null state. The state survives a reload,
 * so Back/Forward after a reload is still recognised as moving through this tab's own entries.
 */
export const OWN_ENTRY_KEY = 'edgeSizerEntry';

/** True when the current history entry was written by this app (now or before a reload). */
export function isOwnEntry(): boolean {
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

let timer: ReturnType<typeof setTimeout> | null = null;
/** A flush found no codec: the address bar is written when it loads. */
let urlStale = false;
/** The first paint is done: a flush that needs the codec may load it (allowCodecLoad). */
let codecAllowed = false;
// In a task of its own (the debounced write), not in the task that evaluated the codec: packing and compressing
// the link right after the module's evaluation made one long task of both (about 45 and 30 ms at 4x CPU slowdown).
onCodecLoaded(() => {
  if (urlStale) scheduleUrlWrite();
});

/**
 * Called by the app after its first paint: from now on a flush that needs the link codec loads it, and one that
 * needed it already (answers from the autosave that are not the defaults) loads it now. Before the first paint
 * nothing is loaded for the address bar, so the first view waits for nothing.
 */
export function allowCodecLoad(): void {
  codecAllowed = true;
  if (urlStale) void loadCodec().catch(() => undefined);
}

/**
 * Write the current state to the URL (replaceState) and autosave it, now. Before the link codec has loaded,
 * only the autosave is written, and the URL once the codec arrives; the default answers' link is written at
 * once (default-link.ts).
 */
export function flushUrlSync(): void {
  cancelScheduledWrite();
  const state = useAppStore.getState();
  if (linkState.fromLink && !sameAnswers(linkState.fromLink, state.answers)) linkState.fromLink = null;
  saveAutosave(state.answers, linkState.fromLink !== null);
  saveTabAnswers(state.answers);
  // While a link waits for the user's choice, or for its readers to load, the URL keeps showing that link.
  if (usePendingLink.getState().pending || linkState.opening !== null) return;
  const route = parseHash(window.location.hash);
  let payload: string | null;
  if (codecNow() !== null) {
    payload = linkPayloadFor({ answers: state.answers, view: route.view, stepId: route.step });
  } else {
    const known = defaultPayloadFor(state.answers);
    if (known === null) {
      // Not before the first paint (allowCodecLoad); a load that failed is tried again.
      urlStale = true;
      if (codecAllowed || codecRequested()) void loadCodec().catch(() => undefined);
      return;
    }
    payload = known;
  }
  urlStale = false;
  const hash = formatHash({ ...route, payload });
  if (hash === window.location.hash && isOwnEntry()) return;
  try {
    window.history.replaceState(markedState(), '', hash);
    linkState.lastOpened = null; // the entry is this tab's own now: the same link pasted again opens again
  } catch {
    // Some embedded browsers limit replaceState calls; the next flush tries again, and Copy share link
    // builds its link from the store, not from the address bar.
  }
}

/** Write the URL and autosave after URL_WRITE_DELAY_MS without a further change. */
export function scheduleUrlWrite(): void {
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(flushUrlSync, URL_WRITE_DELAY_MS);
}

export function cancelScheduledWrite(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
}
