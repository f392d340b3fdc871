/**
 * The autosave tells the truth and loses nothing: two tabs each keep their work (issue 20 item 6), and a
 * notice about unreadable data says only what happened (issue 20 item 7).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ANSWERS, type Answers } from '../domain/answers.ts';

const TAB_A: Answers = { ...DEFAULT_ANSWERS, scenarioName: 'Tab A work' };
const TAB_B: Answers = {
  ...DEFAULT_ANSWERS,
  scenarioName: 'Tab B work',
  performance: { ...DEFAULT_ANSWERS.performance, headroomPercent: 40, offlineHours: 12 },
};
const AUTOSAVE_KEY = 'edge-sizer:autosave';
const SCENARIOS_KEY = 'edge-sizer:scenarios';

/** A page of the app: its own copy of the store modules (and so its own page id), sharing localStorage. */
async function openTab() {
  sessionStorage.clear(); // a new tab starts with its own, empty sessionStorage
  vi.resetModules();
  const persistence = await import('./persistence.ts');
  const notices = await import('./notices.ts');
  return { ...persistence, notices: () => notices.useNoticeStore.getState().notices };
}

function storedScenarios(): { name: string; answers: Answers }[] {
  const raw = localStorage.getItem(SCENARIOS_KEY);
  return raw === null
    ? []
    : (JSON.parse(raw) as { scenarios: { name: string; answers: Answers }[] }).scenarios;
}

function storedAutosave(): Answers | null {
  const raw = localStorage.getItem(AUTOSAVE_KEY);
  return raw === null ? null : (JSON.parse(raw) as { answers: Answers }).answers;
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('two tabs', () => {
  it("keeps both tabs' work: the last to write holds the autosave, the other is a saved scenario, and both are told", async () => {
    const a = await openTab();
    const b = await openTab();
    a.saveAutosave(TAB_A); // tab A names its scenario
    b.saveAutosave(TAB_B); // tab B names its own
    a.saveAutosave(TAB_A); // A closes (pagehide flush)
    b.saveAutosave(TAB_B); // B closes last

    expect(storedAutosave()).toEqual(TAB_B);
    const kept = storedScenarios().filter((s) => s.answers.scenarioName === 'Tab A work');
    expect(kept).toHaveLength(1); // one copy per tab, updated in place, not one per write
    expect(kept[0]?.name).toBe('Tab A work (other tab)');
    expect(kept[0]?.answers).toEqual(TAB_A);
    // B's own work is in the autosave; no stale copy of it is left as a scenario.
    expect(storedScenarios().filter((s) => s.answers.scenarioName === 'Tab B work')).toEqual([]);
    expect(
      b
        .notices()
        .find((n) => n.id === 'other-tab')
        ?.details.join(' '),
    ).toMatch(/saved as the scenario "Tab A work \(other tab\)"/);

    // The next visit is told where tab A's work went.
    const next = await openTab();
    expect(next.loadAutosave()?.answers).toEqual(TAB_B);
    next.reportKeptFromOtherTabs();
    expect(next.notices().find((n) => n.id === 'other-tab')?.title).toMatch(/"Tab A work \(other tab\)"/);
  });

  it("a tab that started from the other tab's autosave keeps that work at its first edit", async () => {
    const a = await openTab();
    a.saveAutosave(TAB_A);
    const b = await openTab();
    expect(b.loadAutosave()?.answers).toEqual(TAB_A); // B opens on A's work
    b.saveAutosave(TAB_A); // B's first flush: the same answers
    b.saveAutosave(TAB_B); // B renames: A's work is kept at once
    expect(storedScenarios().map((s) => s.name)).toEqual(['Tab A work (other tab)']);
    expect(b.notices().find((n) => n.id === 'other-tab')).toBeDefined();
    // A and B close (A's pagehide flush first): still both kept, B's in the autosave.
    a.saveAutosave(TAB_A);
    b.saveAutosave(TAB_B);
    expect(storedAutosave()).toEqual(TAB_B);
    expect(storedScenarios().map((s) => s.name)).toEqual(['Tab A work (other tab)']);
  });

  it('a reload of the same tab is not another tab', async () => {
    const a = await openTab();
    a.saveAutosave(TAB_A);
    vi.resetModules(); // reload: same sessionStorage
    const reloaded = await import('./persistence.ts');
    reloaded.saveAutosave(TAB_B);
    expect(storedScenarios()).toEqual([]);
  });

  it('keeps nothing extra when the other tab holds the same answers or the defaults', async () => {
    const a = await openTab();
    const b = await openTab();
    a.saveAutosave(DEFAULT_ANSWERS);
    b.saveAutosave(TAB_B);
    a.saveAutosave(TAB_B);
    b.saveAutosave(TAB_B);
    expect(storedScenarios()).toEqual([]);
    expect(b.notices()).toEqual([]);
  });
});

describe('two tabs closing together', () => {
  it("each tab's own key holds its work: the next visit keeps what the close race lost, and says so", async () => {
    const a = await openTab();
    const b = await openTab();
    a.saveAutosave(TAB_A);
    b.saveAutosave(TAB_B); // B keeps A's work as "Tab A work (other tab)"
    // The tabs close together: A's last flush keeps B's work and writes the autosave, but B's flush, run at the
    // same moment on its own older view of localStorage, writes the scenarios back without B's copy (what
    // Chromium did in e2e/share.spec.ts: "Tab A work" shown and kept, "Tab B work" nowhere).
    const olderScenarios = localStorage.getItem(SCENARIOS_KEY);
    a.saveAutosave(TAB_A);
    localStorage.setItem(SCENARIOS_KEY, olderScenarios ?? '');
    expect(storedAutosave()).toEqual(TAB_A);
    expect(storedScenarios().map((s) => s.name)).toEqual(['Tab A work (other tab)']);

    const next = await openTab();
    const shown = next.loadAutosave()?.answers;
    expect(shown).toEqual(TAB_A);
    next.recoverOtherTabsWork(TAB_A);
    next.reportKeptFromOtherTabs();
    // B's work is back as a scenario; the copy of A's, now shown, is not kept twice.
    expect(storedScenarios().map((s) => s.name)).toEqual(['Tab B work (other tab)']);
    expect(storedScenarios()[0]?.answers).toEqual(TAB_B);
    expect(next.notices().find((n) => n.id === 'other-tab')?.title).toMatch(/"Tab B work \(other tab\)"/);
    // The tabs' own keys are gone once read; the next visit keeps nothing twice.
    expect(Object.keys(localStorage).filter((k) => k.startsWith(next.TAB_WORK_PREFIX))).toEqual([]);
  });

  it('a tab key that holds the answers shown, the defaults, a saved scenario or a link keeps nothing', async () => {
    const a = await openTab();
    a.saveAutosave(TAB_A);
    const b = await openTab();
    b.saveAutosave(DEFAULT_ANSWERS);
    const c = await openTab();
    c.saveAutosave(TAB_B, true); // an unedited link
    const next = await openTab();
    next.recoverOtherTabsWork(TAB_A);
    expect(storedScenarios()).toEqual([]);
  });

  it("a reload of a tab never keeps the tab's own key as another tab's work", async () => {
    const a = await openTab();
    a.saveAutosave(TAB_B);
    vi.resetModules(); // reload: same sessionStorage, same tab id
    const reloaded = await import('./persistence.ts');
    reloaded.recoverOtherTabsWork(TAB_A);
    expect(storedScenarios()).toEqual([]);
  });
});

describe('unreadable autosave with storage full', () => {
  const corrupt = `{"format":1,"answers":"${'x'.repeat(3_000_000)}`; // 3 MB, not JSON

  function storageFullForNewKeys() {
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key, value) {
      if (this.getItem(key) === null) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
  }

  it('says the copy could not be kept, and does not then overwrite the original', async () => {
    localStorage.setItem(AUTOSAVE_KEY, corrupt);
    storageFullForNewKeys();
    const tab = await openTab();
    expect(tab.loadAutosave()).toBeNull();
    expect(localStorage.getItem(`${AUTOSAVE_KEY}:unreadable`)).toBeNull(); // indeed no copy
    const details =
      tab
        .notices()
        .find((n) => n.id === 'autosave-unreadable')
        ?.details.join(' ') ?? '';
    expect(details).not.toMatch(/A copy was kept aside/);
    expect(details).toMatch(/could not be kept aside.*autosave is off/);

    tab.saveAutosave(TAB_A); // the next autosave
    expect(localStorage.getItem(AUTOSAVE_KEY)).toBe(corrupt);
  });

  it('the same for unreadable saved scenarios: says so, and a save is refused rather than overwrite them', async () => {
    localStorage.setItem(SCENARIOS_KEY, corrupt);
    storageFullForNewKeys();
    vi.resetModules();
    const scenarios = await import('./scenarios.ts');
    const notices = await import('./notices.ts');
    expect(scenarios.loadScenarios()).toEqual([]);
    const details =
      notices.useNoticeStore
        .getState()
        .notices.find((n) => n.id === 'scenarios-unreadable')
        ?.details.join(' ') ?? '';
    expect(details).not.toMatch(/A copy was kept aside/);
    expect(details).toMatch(/could not be kept aside/);
    expect(scenarios.saveScenario('New', TAB_A).ok).toBe(false);
    expect(localStorage.getItem(SCENARIOS_KEY)).toBe(corrupt);
  });

  it('says a copy was kept when it was, and autosaves as usual', async () => {
    localStorage.setItem(AUTOSAVE_KEY, '{not json');
    const tab = await openTab();
    expect(tab.loadAutosave()).toBeNull();
    expect(localStorage.getItem(`${AUTOSAVE_KEY}:unreadable`)).toBe('{not json');
    expect(tab.notices()[0]?.details.join(' ')).toMatch(/A copy was kept aside/);
    tab.saveAutosave(TAB_A);
    expect(storedAutosave()).toEqual(TAB_A);
  });
});
