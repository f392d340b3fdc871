import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ANSWERS, type Answers } from '../domain/answers.ts';
import LZString from 'lz-string';
// The app loads the format-1 reader before it starts the URL sync on a format-1 link (main.tsx).
import '../domain/share/format-1.ts';
import { MODEL_VERSION } from '../domain/model-version.ts';
import {
  answersToWire,
  createShareState,
  decodeShareState,
  encodeShareState,
} from '../domain/share/share-codec.ts';
import { TWENTY_MODULE_SCENARIO } from '../testing/golden/scenarios.ts';
import { INITIAL_STATE, setAnswerSection, useAppStore } from './app-store.ts';
import { usePendingLink } from './link-state.ts';
import { useNoticeStore } from './notices.ts';
import { acceptPendingLink, keepMineOverPendingLink } from './open-link.ts';
import { AUTOSAVE_KEY, saveAutosave, saveTabAnswers } from './persistence.ts';
import { loadScenarios, saveScenario, SCENARIOS_KEY } from './scenarios.ts';
import { parseHash } from './route.ts';
import { navigate, startRouter } from './router.ts';
import { startUrlSync } from './url-sync.ts';
import { buildShareUrl, flushUrlSync, OWN_ENTRY_KEY, URL_WRITE_DELAY_MS } from './write-url.ts';

const MINE: Answers = {
  ...DEFAULT_ANSWERS,
  scenarioName: 'My own work',
  performance: { ...DEFAULT_ANSWERS.performance, headroomPercent: 70, offlineHours: 5 },
};
const linkTo = (answers: Answers, path = '#/wizard/data') =>
  `${path}?s=${encodeShareState(createShareState(answers))}`;
const payloadInUrl = () => parseHash(window.location.hash).payload ?? '';
const answersInUrl = () => {
  const result = decodeShareState(payloadInUrl());
  return result.ok ? result.state.answers : null;
};

let stop: () => void = () => undefined;

beforeEach(() => {
  useAppStore.setState(INITIAL_STATE, true);
  usePendingLink.setState({ pending: null });
  useNoticeStore.setState({ notices: [] });
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  stop();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('startUrlSync: opening', () => {
  it('hydrates the store from the link in the URL and keeps the view/step path', () => {
    window.history.replaceState(null, '', linkTo(TWENTY_MODULE_SCENARIO));
    stop = startUrlSync();
    expect(useAppStore.getState().answers).toEqual(TWENTY_MODULE_SCENARIO);
    expect(window.location.hash.startsWith('#/wizard/data?s=3.')).toBe(true);
    expect(useNoticeStore.getState().notices).toEqual([]);
  });

  it('restores the autosave when the URL has no link, and writes it into the URL', () => {
    saveAutosave(MINE);
    stop = startUrlSync();
    expect(useAppStore.getState().answers).toEqual(MINE);
    expect(answersInUrl()).toEqual(MINE);
  });

  it('opens a corrupted link: says what was wrong, keeps the previous answers, stays usable', () => {
    saveAutosave(MINE);
    window.history.replaceState(null, '', '#/wizard?s=1.garbage!!');
    stop = startUrlSync();
    expect(useAppStore.getState().answers).toEqual(MINE);
    const [notice] = useNoticeStore.getState().notices;
    expect(notice?.kind).toBe('error');
    expect(notice?.title).toMatch(/Your previous answers were kept/);
    expect(answersInUrl()).toEqual(MINE); // the URL now holds a working link
  });

  it('opens a damaged link with what could be read and lists the replaced fields', () => {
    const wire = [MODEL_VERSION, 'wizard', null, answersToWire(TWENTY_MODULE_SCENARIO)];
    ((wire[3] as unknown[])[2] as unknown[])[0] = 1e300; // data.messagesPerSecondAvg
    window.history.replaceState(
      null,
      '',
      `#/wizard?s=1.${LZString.compressToEncodedURIComponent(JSON.stringify(wire))}`,
    );
    stop = startUrlSync();
    const { answers } = useAppStore.getState();
    expect(answers).toEqual({
      ...TWENTY_MODULE_SCENARIO,
      data: { ...TWENTY_MODULE_SCENARIO.data, messagesPerSecondAvg: 5 },
    });
    const [notice] = useNoticeStore.getState().notices;
    expect(notice?.title).toMatch(/one value could not be read.*What could be read is shown/);
    expect(notice?.details[0]).toMatch(
      /^data\.messagesPerSecondAvg: Average messages per second must be at most 100,000/,
    );
    expect(answersInUrl()).toEqual(answers); // reload now opens the repaired state, without the banner
  });

  it('says when the link was made with another model version', () => {
    const state = { ...createShareState(MINE), modelVersion: '2025.01.1' };
    window.history.replaceState(null, '', `#/report?s=${encodeShareState(state)}`);
    stop = startUrlSync();
    expect(useAppStore.getState().answers).toEqual(MINE);
    expect(useNoticeStore.getState().notices[0]).toMatchObject({
      kind: 'info',
      title: expect.stringMatching(/model 2025\.01\.1/),
    });
  });
});

describe('startUrlSync: a link opened over unsaved work', () => {
  beforeEach(() => {
    saveAutosave(MINE);
    window.history.replaceState(null, '', linkTo(TWENTY_MODULE_SCENARIO));
    stop = startUrlSync();
  });

  it('asks first: the store keeps my work and the URL still shows the link', () => {
    expect(useAppStore.getState().answers).toEqual(MINE);
    expect(usePendingLink.getState().pending?.answers).toEqual(TWENTY_MODULE_SCENARIO);
    expect(answersInUrl()).toEqual(TWENTY_MODULE_SCENARIO);
  });

  it('open the link: my work is kept as a named scenario, the link replaces it', () => {
    const saved = acceptPendingLink();
    expect(saved).toBe('My own work (before opening a link)');
    expect(useAppStore.getState().answers).toEqual(TWENTY_MODULE_SCENARIO);
    expect(loadScenarios().map((s) => s.answers)).toEqual([MINE]);
    expect(usePendingLink.getState().pending).toBeNull();
  });

  it('keep mine and save the link as a scenario', () => {
    expect(keepMineOverPendingLink('From Alex')).toBe('From Alex');
    expect(useAppStore.getState().answers).toEqual(MINE);
    expect(loadScenarios()).toMatchObject([{ name: 'From Alex', answers: TWENTY_MODULE_SCENARIO }]);
    expect(answersInUrl()).toEqual(MINE);
  });

  it('keep mine and discard the link', () => {
    expect(keepMineOverPendingLink(null)).toBeNull();
    expect(useAppStore.getState().answers).toEqual(MINE);
    expect(loadScenarios()).toEqual([]);
    expect(answersInUrl()).toEqual(MINE);
  });
});

describe('startUrlSync: no question when nothing would be lost', () => {
  it.each([
    ['no autosave', null],
    ['autosave = defaults', DEFAULT_ANSWERS],
    ['autosave = the link', TWENTY_MODULE_SCENARIO],
  ])('%s → the link opens directly', (_name, autosave) => {
    if (autosave) saveAutosave(autosave);
    window.history.replaceState(null, '', linkTo(TWENTY_MODULE_SCENARIO));
    stop = startUrlSync();
    expect(usePendingLink.getState().pending).toBeNull();
    expect(useAppStore.getState().answers).toEqual(TWENTY_MODULE_SCENARIO);
  });

  it('autosave already kept as a named scenario → the link opens directly', () => {
    saveAutosave(MINE);
    saveScenario('Mine', MINE);
    window.history.replaceState(null, '', linkTo(TWENTY_MODULE_SCENARIO));
    stop = startUrlSync();
    expect(usePendingLink.getState().pending).toBeNull();
    expect(useAppStore.getState().answers).toEqual(TWENTY_MODULE_SCENARIO);
  });
});

describe('startUrlSync: an opened link that was not edited is not "unsaved work"', () => {
  const OTHER: Answers = { ...DEFAULT_ANSWERS, scenarioName: 'Other link' };

  it('a second link replaces an unedited first one without asking (same tab)', () => {
    window.history.replaceState(null, '', linkTo(TWENTY_MODULE_SCENARIO));
    stop = startUrlSync();
    window.history.replaceState(null, '', linkTo(OTHER));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(usePendingLink.getState().pending).toBeNull();
    expect(useAppStore.getState().answers).toEqual(OTHER);
  });

  it('…and after a reload (the autosave remembers it came from a link)', () => {
    saveAutosave(TWENTY_MODULE_SCENARIO, true);
    window.history.replaceState(null, '', linkTo(OTHER));
    stop = startUrlSync();
    expect(usePendingLink.getState().pending).toBeNull();
    expect(useAppStore.getState().answers).toEqual(OTHER);
  });

  it("once edited, the link's answers are the user's work: the next link asks", () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', linkTo(TWENTY_MODULE_SCENARIO));
    stop = startUrlSync();
    setAnswerSection('performance', { ...DEFAULT_ANSWERS.performance, headroomPercent: 77, offlineHours: 2 });
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS + 10);
    expect(JSON.parse(localStorage.getItem(AUTOSAVE_KEY) ?? '{}').fromLink).toBe(false);
    window.history.replaceState(null, '', linkTo(OTHER));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(usePendingLink.getState().pending?.answers).toEqual(OTHER);
    expect(useAppStore.getState().answers.performance.headroomPercent).toBe(77);
  });
});

describe('startUrlSync: writing', () => {
  it('rewrites the payload with replaceState, debounced, never pushState, and autosaves', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '#/wizard/platform');
    stop = startUrlSync();
    const replace = vi.spyOn(window.history, 'replaceState');
    const push = vi.spyOn(window.history, 'pushState');
    for (let i = 1; i <= 20; i++)
      setAnswerSection('performance', {
        ...DEFAULT_ANSWERS.performance,
        headroomPercent: i,
        offlineHours: 2,
      });
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS + 10);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(push).not.toHaveBeenCalled();
    expect(window.location.hash.startsWith('#/wizard/platform?s=3.')).toBe(true);
    expect(answersInUrl()?.performance.headroomPercent).toBe(20);
    expect(JSON.parse(localStorage.getItem(AUTOSAVE_KEY) ?? '{}').answers.performance.headroomPercent).toBe(
      20,
    );
  });

  it('flushes on pagehide, so closing the tab right after an edit loses nothing', () => {
    vi.useFakeTimers();
    stop = startUrlSync();
    setAnswerSection('performance', { ...DEFAULT_ANSWERS.performance, headroomPercent: 99, offlineHours: 2 });
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(localStorage.getItem(AUTOSAVE_KEY) ?? '{}').answers.performance.headroomPercent).toBe(
      99,
    );
  });

  /** The tab's older answers (in its URL) and its newer ones (flushed on pagehide): a reload before the URL write. */
  const older = {
    ...MINE,
    performance: { ...DEFAULT_ANSWERS.performance, headroomPercent: 45, offlineHours: 5 },
  };
  const newer = {
    ...MINE,
    performance: { ...DEFAULT_ANSWERS.performance, headroomPercent: 46, offlineHours: 5 },
  };

  it("a reload before the debounced URL write: the tab's newest answers win silently over its own older link", () => {
    // What the tab left: its entry (marked) with the older payload; autosave and tab answers flushed on pagehide.
    window.history.replaceState({ [OWN_ENTRY_KEY]: true }, '', linkTo(older, '#/wizard/performance'));
    saveAutosave(newer);
    saveTabAnswers(newer);
    stop = startUrlSync();
    expect(usePendingLink.getState().pending).toBeNull();
    expect(useAppStore.getState().answers).toEqual(newer);
    expect(answersInUrl()).toEqual(newer);
    expect(window.location.hash.startsWith('#/wizard/performance?s=3.')).toBe(true);
    expect(useNoticeStore.getState().notices).toEqual([]);
  });

  it('a reload whose entry lost its mark (Chromium, URL rewritten during the reload) still restores silently', () => {
    // Seen in Chromium under load: the reloaded entry has the older URL and a null history.state.
    window.history.replaceState(null, '', linkTo(older, '#/wizard/performance'));
    saveAutosave(newer);
    saveTabAnswers(newer);
    const reload = [{ type: 'reload' }] as unknown as PerformanceEntryList;
    const spy = vi.spyOn(performance, 'getEntriesByType').mockReturnValue(reload);
    try {
      stop = startUrlSync();
    } finally {
      spy.mockRestore();
    }
    expect(usePendingLink.getState().pending).toBeNull();
    expect(useAppStore.getState().answers).toEqual(newer);
    expect(answersInUrl()).toEqual(newer);
  });

  it('…but the same older link in an entry this tab did not write (pasted, opened) still asks', () => {
    window.history.replaceState(null, '', linkTo(older, '#/wizard/performance'));
    saveAutosave(newer);
    saveTabAnswers(newer);
    stop = startUrlSync();
    expect(usePendingLink.getState().pending).toEqual({ answers: older, mine: newer });
  });

  it('when the tab answers cannot be written, the older copy is dropped (never preferred to a newer URL)', () => {
    saveTabAnswers(MINE);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    saveTabAnswers({ ...MINE, scenarioName: 'Newer' });
    expect(sessionStorage.getItem('edge-sizer:tab-answers')).toBeNull();
  });

  it('flushes the tab answers with the autosave on pagehide', () => {
    vi.useFakeTimers();
    stop = startUrlSync();
    setAnswerSection('performance', { ...DEFAULT_ANSWERS.performance, headroomPercent: 98, offlineHours: 2 });
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(sessionStorage.getItem('edge-sizer:tab-answers') ?? '{}').answers.performance).toEqual({
      ...DEFAULT_ANSWERS.performance,
      headroomPercent: 98,
      offlineHours: 2,
    });
  });

  it('opens a link pasted into the address bar of the open tab (hashchange)', () => {
    stop = startUrlSync();
    window.history.replaceState(null, '', linkTo(TWENTY_MODULE_SCENARIO));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(useAppStore.getState().answers).toEqual(TWENTY_MODULE_SCENARIO);
  });

  it('builds a share URL with the page address and the state in the fragment', () => {
    useAppStore.setState({ answers: MINE, view: 'report', stepId: null });
    const url = buildShareUrl(undefined, 'https://example.test/app/');
    expect(url.startsWith('https://example.test/app/#/report?s=3.')).toBe(true);
    const result = decodeShareState(parseHash(url.slice(url.indexOf('#'))).payload ?? '');
    expect(result.ok && result.state.answers).toEqual(MINE);
  });
});

describe('Back/Forward: the address bar always holds the current answers', () => {
  const popstate = () =>
    new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  /** The step of the address bar (the fragment's path; the payload holds answers only). */
  const stepInUrl = () =>
    decodeShareState(payloadInUrl()).ok ? parseHash(window.location.hash).step : 'unreadable';
  let stopRouter: () => void = () => undefined;
  afterEach(() => stopRouter());

  it('edit on step 2, Back: step 1 entry is rewritten to the edited answers, no entry added', async () => {
    window.history.replaceState(null, '', '#/wizard/workload');
    stop = startUrlSync();
    stopRouter = startRouter();
    const before = payloadInUrl();
    navigate('wizard', 'data');
    setAnswerSection('performance', { ...DEFAULT_ANSWERS.performance, headroomPercent: 66, offlineHours: 4 });
    flushUrlSync();
    expect(answersInUrl()?.performance.headroomPercent).toBe(66);
    const entries = window.history.length;

    const back = popstate();
    window.history.back();
    await back;
    expect(useAppStore.getState().stepId).toBe('workload');
    expect(window.location.hash.startsWith('#/wizard/workload?s=3.')).toBe(true);
    expect(payloadInUrl()).not.toBe(before);
    expect(answersInUrl()?.performance).toEqual({
      ...DEFAULT_ANSWERS.performance,
      headroomPercent: 66,
      offlineHours: 4,
    });
    expect(stepInUrl()).toBe('workload');
    expect(window.history.length).toBe(entries);
    expect(usePendingLink.getState().pending).toBeNull();
    expect(useNoticeStore.getState().notices).toEqual([]);

    // Forward again: that entry already had the edit; it stays current and still opens on its own step.
    setAnswerSection('performance', { ...DEFAULT_ANSWERS.performance, headroomPercent: 67, offlineHours: 4 });
    const forward = popstate();
    window.history.forward();
    await forward;
    expect(useAppStore.getState().stepId).toBe('data');
    expect(answersInUrl()?.performance.headroomPercent).toBe(67);
    expect(stepInUrl()).toBe('data');
    expect(window.history.length).toBe(entries);
  });

  it('an entry marked as its own (e.g. Back after a reload) is rewritten, never opened as a link', () => {
    saveAutosave(MINE);
    stop = startUrlSync();
    const replace = vi.spyOn(window.history, 'replaceState');
    window.history.pushState({ [OWN_ENTRY_KEY]: true }, '', linkTo(TWENTY_MODULE_SCENARIO));
    window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(useAppStore.getState().answers).toEqual(MINE);
    expect(usePendingLink.getState().pending).toBeNull();
    expect(answersInUrl()).toEqual(MINE);
    expect(replace).toHaveBeenCalledTimes(1);
  });

  it('a link pasted into the address bar is still opened, even one this tab made before the latest edits', () => {
    stop = startUrlSync();
    const earlier = window.location.hash;
    setAnswerSection('performance', { ...DEFAULT_ANSWERS.performance, headroomPercent: 12, offlineHours: 1 });
    flushUrlSync();
    window.history.pushState(null, '', earlier); // a pasted fragment: a new entry without the mark
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    // It would replace unsaved work: the user is asked (once, though two events reported the paste).
    expect(usePendingLink.getState().pending?.answers).toEqual(DEFAULT_ANSWERS);
    expect(useAppStore.getState().answers.performance.headroomPercent).toBe(12);
    expect(window.location.hash).toBe(earlier);
  });
});

describe('persistence: corrupt storage never crashes', () => {
  it.each([
    ['not JSON', '{oops'],
    ['wrong envelope', '{"format": 9, "answers": {}}'],
    [
      'invalid answers',
      JSON.stringify({ format: 1, savedAt: 'x', answers: { ...DEFAULT_ANSWERS, workload: 3 } }),
    ],
  ])('autosave %s → defaults and a notice, data set aside', (_name, raw) => {
    localStorage.setItem(AUTOSAVE_KEY, raw);
    stop = startUrlSync();
    expect(useAppStore.getState().answers).toEqual(DEFAULT_ANSWERS);
    expect(useNoticeStore.getState().notices.map((n) => n.id)).toContain('autosave-unreadable');
    expect(localStorage.getItem(`${AUTOSAVE_KEY}:unreadable`)).toBe(raw);
  });

  it('skips unreadable scenarios and keeps the readable ones', () => {
    saveScenario('Good', MINE);
    const stored = JSON.parse(localStorage.getItem(SCENARIOS_KEY) ?? '{}');
    stored.scenarios.push({ id: 'bad', name: 'Broken', savedAt: 'x', answers: { workload: 'nope' } }, 42);
    localStorage.setItem(SCENARIOS_KEY, JSON.stringify(stored));
    expect(loadScenarios().map((s) => s.name)).toEqual(['Good']);
    const notice = useNoticeStore.getState().notices.find((n) => n.id === 'scenarios-skipped');
    expect(notice?.details[0]).toMatch(/Scenario "Broken" could not be read \(scenarioName: /);
  });

  it('storage that refuses writes (full or disabled): one notice, the app keeps working', () => {
    vi.useFakeTimers();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    stop = startUrlSync();
    setAnswerSection('performance', { ...DEFAULT_ANSWERS.performance, headroomPercent: 33, offlineHours: 2 });
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS + 10);
    expect(answersInUrl()?.performance.headroomPercent).toBe(33); // the link still carries the work
    expect(saveScenario('x', MINE)).toMatchObject({ ok: false, error: expect.stringMatching(/refused/) });
    expect(useNoticeStore.getState().notices.map((n) => n.id)).toEqual(['storage-unavailable']);
  });

  it('a whole scenarios entry that is not JSON is ignored with a notice', () => {
    localStorage.setItem(SCENARIOS_KEY, 'garbage');
    expect(loadScenarios()).toEqual([]);
    expect(useNoticeStore.getState().notices.map((n) => n.id)).toContain('scenarios-unreadable');
  });
});
