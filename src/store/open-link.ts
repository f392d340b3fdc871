/**
 * Open a link: the one job of this module is the policy for answers that arrive from elsewhere (a share
 * link, a scenario reopened, a file imported) and would replace what is in the store.
 *
 * - A link's payload is decoded; what was wrong with it is reported as a notice.
 * - A link opened while different, unsaved work exists does not replace it silently: the store keeps the
 *   user's work and `usePendingLink` (link-state.ts) holds the link until the user chooses
 *   (LinkConflictDialog in src/features/share). Either choice keeps the other side as a named scenario.
 * - Answers loaded wholesale (a scenario, a file) first keep unsaved current answers as a named scenario.
 */
import { DEFAULT_ANSWERS, type Answers } from '../domain/answers.ts';
import { isFormat1Payload } from '../domain/share/format-tag.ts';
import { setAnswers, useAppStore } from './app-store.ts';
import { codecNow, loadCodec, type Codec } from './codec.ts';
import { linkState, usePendingLink } from './link-state.ts';
import { dismissNotice, pushNotice } from './notices.ts';
import { sameAnswers } from './same-answers.ts';
import { loadScenarios, saveScenario } from './scenarios.ts';
import { flushUrlSync } from './write-url.ts';

/**
 * True when `work` is worth protecting from being replaced by `link`: it differs from the link, is not the
 * defaults, is not an unedited opened link, and is not kept as a named scenario.
 */
function isUnsavedWork(work: Answers, link: Answers): boolean {
  if (sameAnswers(work, link) || sameAnswers(work, DEFAULT_ANSWERS)) return false;
  if (linkState.fromLink && sameAnswers(work, linkState.fromLink)) return false;
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
 * Load what reading `payload` needs: the link codec (codec.ts; the first view does not carry it) and, for an
 * old format-1 link, its reader (lz-string; old links are rare). Resolves with true when the link can be read
 * now; never rejects: offline before the precache it resolves with false (openPayload then says so).
 */
export function loadReaderFor(payload: string | null | undefined): Promise<boolean> {
  if (!payload) return Promise.resolve(true);
  return loadCodec().then(
    (codec) =>
      !isFormat1Payload(payload) || codec.format1ReaderInstalled()
        ? true
        : import('../domain/share/format-1.ts').then(
            () => true,
            () => true, // the decoder then says the link could not be read
          ),
    () => false,
  );
}

/** True when `payload` can be decoded now (its readers have loaded). */
function readersLoaded(payload: string): boolean {
  const codec = codecNow();
  return codec !== null && (!isFormat1Payload(payload) || codec.format1ReaderInstalled());
}

/**
 * Open a share payload: report what was wrong with it, and put its answers in the store, or hold them for
 * the user's choice when `work` (unsaved answers) would be replaced. Returns true when the store changed.
 * When its readers have not loaded yet (a link pasted into the open tab), the user's work stays on screen and
 * the link opens once they have; if they cannot be fetched, a message says so and nothing else changes.
 */
export function openPayload(payload: string, work: Answers | null): boolean {
  const codec = codecNow();
  if (codec !== null && readersLoaded(payload)) return openWith(codec, payload, work);
  // Until the link opens, a URL write leaves it in the address bar (write-url.ts), not the answers shown meanwhile.
  linkState.opening = payload;
  if (work) setAnswers(work);
  void loadReaderFor(payload).then((ok) => {
    if (linkState.opening === payload) linkState.opening = null;
    const loaded = codecNow();
    if (ok && loaded) {
      openWith(loaded, payload, useAppStore.getState().answers);
      flushUrlSync();
      return;
    }
    // The address bar keeps the link that could not be opened: "Reload the page to try again" opens it again.
    clearLinkNotices();
    pushNotice({
      id: 'link-problem',
      kind: 'error',
      title: `This link could not be opened: the part of Edge Sizer that reads links did not load (the network may be down). Reload the page to try again. ${work ? 'Your previous answers were kept.' : 'The app started from the default answers.'}`,
      details: [],
    });
  });
  return work !== null;
}

/** openPayload once the codec has loaded (a format-1 link whose reader failed to load is reported by it). */
function openWith(codec: Codec, payload: string, work: Answers | null): boolean {
  const result = codec.decodeShareState(payload);
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
  linkState.fromLink = link;
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
  linkState.fromLink = pending.answers;
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
