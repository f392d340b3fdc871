/**
 * Persist: the one job of this module is to keep the user's current answers in this browser (nothing is ever
 * sent anywhere), and to give them back on the next visit.
 *
 * - The autosave (localStorage): the current answers, written as the user works (write-url.ts calls
 *   saveAutosave in the same debounced flush that rewrites the URL), restored on load when the URL carries
 *   no share link. It is shared by all tabs of the browser: see "Two tabs" below.
 * - This tab's newest answers (sessionStorage), for a reload of the tab.
 *
 * Every answers object read back goes through the Answers schema. Storage that is missing, blocked, full or
 * corrupt never crashes the app: it is ignored with a notice. Corrupt data is copied aside (`…:unreadable`)
 * before anything overwrites it; when the copy cannot be written (storage full), the notice says so and the
 * autosave is off for the page: the unreadable data is never overwritten without the user being told.
 *
 * Two tabs: each tab has its own id (sessionStorage), written into the autosave. A tab about to overwrite an autosave that
 * another tab wrote, holding work that is saved nowhere else, first keeps that work as the named scenario
 * "<name> (other tab)" (one per tab, updated in place) and says so. The last tab to write holds the
 * autosave; every other tab's latest work is a saved scenario, and the next visit is told which.
 *
 * That rule reads, changes and writes keys that other tabs write too. When the tabs close together, their
 * last flushes run at the same moment in separate processes, each on its own view of localStorage, and one
 * tab's keeping of the other's work can be lost. So each tab also writes its work to a key of its own
 * (`edge-sizer:tab-work:<tab id>`), which no other tab writes: the next visit turns every such key that holds
 * work saved nowhere else into an "(other tab)" scenario, and says so (recoverOtherTabsWork).
 */
import * as v from 'valibot';
import { DEFAULT_ANSWERS, parseAnswers, type Answers } from '../domain/answers.ts';
import { pushNotice } from './notices.ts';
import { sameAnswers } from './same-answers.ts';
import { deleteScenario, loadScenarios, putScenario, SCENARIOS_KEY } from './scenarios.ts';
import {
  parseJson,
  readRaw,
  removeRaw,
  sessionStore,
  setAside,
  STORAGE_FORMAT,
  writeRaw,
} from './storage.ts';

export const AUTOSAVE_KEY = 'edge-sizer:autosave';
/** Names of scenarios kept from another tab that the next page load has not told the user about yet. */
export const KEPT_FROM_OTHER_TAB_KEY = 'edge-sizer:kept-from-other-tab';
/** The suffix of a scenario that holds another tab's work. */
export const OTHER_TAB_SUFFIX = '(other tab)';
const OTHER_TAB_ID_PREFIX = 'other-tab-';

/** Each tab's own copy of its latest work: the key prefix, followed by the tab's id. */
export const TAB_WORK_PREFIX = 'edge-sizer:tab-work:';

/** This tab's id, in sessionStorage: kept across a reload of the tab, new in every new tab. */
export const TAB_ID_KEY = 'edge-sizer:tab-id';

/**
 * This tab's id. A duplicated tab starts with a copy of the sessionStorage, and so with the same id: the two
 * are then one tab to this rule (the last to write wins, as before 2026-12).
 */
const TAB_ID: string = (() => {
  const session = sessionStore();
  try {
    const known = session?.getItem(TAB_ID_KEY);
    if (known) return known;
  } catch {
    /* a new id below */
  }
  const id =
    globalThis.crypto?.randomUUID?.() ??
    `t-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  try {
    session?.setItem(TAB_ID_KEY, id);
  } catch {
    /* this page then has its own id, not kept across a reload */
  }
  return id;
})();

// ----- autosave -----

const AutosaveSchema = v.object({
  format: v.literal(STORAGE_FORMAT),
  savedAt: v.string(),
  /** True when the answers are exactly those of a link that was opened, not edited since (optional, added 2026-11). */
  fromLink: v.optional(v.boolean(), false),
  /** The tab that wrote it (optional, added 2026-12: older autosaves have none). */
  tabId: v.optional(v.string()),
  answers: v.unknown(),
});

export interface Autosave {
  answers: Answers;
  savedAt: string;
  /** The answers are a link's, unchanged: replacing them loses nothing (the link still has them). */
  fromLink: boolean;
  /** The tab that wrote it, when known. */
  tabId: string | undefined;
}

/** The autosave as stored, quietly (no notice, nothing set aside): null when absent or unreadable. */
function readAutosave(raw: string | null): Autosave | null {
  if (raw === null) return null;
  const json = parseJson(raw);
  const envelope = json.ok ? v.safeParse(AutosaveSchema, json.value) : null;
  const parsed = envelope?.success ? parseAnswers(envelope.output.answers) : null;
  if (!envelope?.success || !parsed?.ok) return null;
  const { savedAt, fromLink, tabId } = envelope.output;
  return { answers: parsed.answers, savedAt, fromLink, tabId };
}

/**
 * The unreadable autosave that could not be copied aside: saveAutosave leaves it as it is while it is still
 * there (the notice said autosave is off), instead of replacing it silently.
 */
let unreadableNotKept: string | null = null;

/** The autosaved answers, or null when there are none or they cannot be read (with a notice). */
export function loadAutosave(): Autosave | null {
  const raw = readRaw(AUTOSAVE_KEY);
  if (raw === null) return null;
  const autosave = readAutosave(raw);
  if (autosave) return autosave;
  const json = parseJson(raw);
  const envelope = json.ok ? v.safeParse(AutosaveSchema, json.value) : null;
  const parsed = envelope?.success ? parseAnswers(envelope.output.answers) : null;
  const kept = setAside(AUTOSAVE_KEY, raw);
  unreadableNotKept = kept ? null : raw;
  pushNotice({
    id: 'autosave-unreadable',
    kind: 'warning',
    title: 'The answers autosaved in this browser could not be read, so the app started from the defaults.',
    details: [
      parsed && !parsed.ok
        ? `First problem: ${parsed.issues[0]?.path}: ${parsed.issues[0]?.message}.`
        : 'The saved data is not in a format this version understands.',
      kept
        ? 'A copy was kept aside in local storage.'
        : 'A copy could not be kept aside (local storage refused it, it may be full), so autosave is off in this page and the unreadable data is left as it is. Your answers stay in the page and its link; export them as JSON to keep a copy, or free some space and reload.',
    ],
  });
  return null;
}

/** Save the current answers (called debounced by write-url.ts). */
export function saveAutosave(answers: Answers, fromLink = false, now: Date = new Date()): void {
  const raw = readRaw(AUTOSAVE_KEY);
  if (unreadableNotKept !== null && raw === unreadableNotKept) return;
  // Only another tab's autosave is validated in full (this tab's own is the usual case, at every flush).
  const stored = writtenByOtherTab(raw) ? readAutosave(raw) : null;
  // The same answers as another tab's autosave (a tab that started from it): leave it that tab's, so that this
  // tab's first real edit keeps the other tab's work.
  if (stored && sameAnswers(stored.answers, answers) && stored.fromLink === fromLink) return;
  if (stored) keepOtherTabsWork(stored, answers, now);
  const envelope = JSON.stringify({
    format: STORAGE_FORMAT,
    savedAt: now.toISOString(),
    fromLink,
    tabId: TAB_ID,
    answers,
  });
  if (writeRaw(AUTOSAVE_KEY, envelope)) dropOwnKeptCopy();
  // This tab's own key: no other tab writes it, so it survives tabs closing together. A spare copy: when
  // storage refuses it, the autosave above has already said what happened.
  writeRaw(`${TAB_WORK_PREFIX}${TAB_ID}`, envelope, true);
}

/** True when the stored autosave names a tab other than this one. */
function writtenByOtherTab(raw: string | null): boolean {
  const json = raw === null ? null : parseJson(raw);
  if (!json?.ok || typeof json.value !== 'object' || json.value === null) return false;
  const tabId = (json.value as Record<string, unknown>)['tabId'];
  return typeof tabId === 'string' && tabId !== TAB_ID;
}

/**
 * Another tab's autosave is about to be replaced: keep its work as the scenario "<name> (other tab)" unless
 * it is saved elsewhere already (the same answers as this tab's, the defaults, an unedited link, or a named
 * scenario), and tell the user.
 */
function keepOtherTabsWork(other: Autosave, mine: Answers, now: Date): void {
  if (other.fromLink || sameAnswers(other.answers, mine) || sameAnswers(other.answers, DEFAULT_ANSWERS))
    return;
  const id = `${OTHER_TAB_ID_PREFIX}${other.tabId}`;
  const scenarios = loadScenarios();
  if (scenarios.some((s) => sameAnswers(s.answers, other.answers))) return;
  const previous = scenarios.find((s) => s.id === id);
  const name = previous?.name ?? `${other.answers.scenarioName || 'My answers'} ${OTHER_TAB_SUFFIX}`;
  const saved = putScenario({ id, name, savedAt: now.toISOString(), answers: other.answers });
  if (!saved.ok) {
    pushNotice({
      id: 'other-tab',
      kind: 'warning',
      title: `Edge Sizer is open in another tab too, and its answers ("${other.answers.scenarioName || 'My answers'}") could not be kept: ${saved.error}`,
      details: [
        "This tab's answers replace them in the autosave. Use Export JSON in the other tab to keep a copy.",
      ],
    });
    return;
  }
  rememberKept(name);
  pushNotice({
    id: 'other-tab',
    kind: 'info',
    title: `Edge Sizer is open in another tab too: each tab's work is kept.`,
    details: [
      `The other tab's answers were saved as the scenario "${name}" (Scenarios). The autosave holds this tab's answers.`,
    ],
  });
}

/**
 * This tab's own work kept as "(other tab)" by another tab is superseded by the autosave just written: drop
 * that copy, unless the user renamed it (then it is theirs).
 */
function dropOwnKeptCopy(): void {
  const id = `${OTHER_TAB_ID_PREFIX}${TAB_ID}`;
  if (!readRaw(SCENARIOS_KEY)?.includes(id)) return; // the usual case, without parsing the scenarios
  const own = loadScenarios().find((s) => s.id === id);
  if (own && own.name.endsWith(OTHER_TAB_SUFFIX)) deleteScenario(id);
}

function rememberKept(name: string): void {
  const json = parseJson(readRaw(KEPT_FROM_OTHER_TAB_KEY) ?? '[]');
  const names = json.ok && Array.isArray(json.value) ? json.value.filter((n) => typeof n === 'string') : [];
  if (!names.includes(name)) writeRaw(KEPT_FROM_OTHER_TAB_KEY, JSON.stringify([...names, name].slice(-20)));
}

/** The keys of localStorage that start with `prefix` (none when storage is unavailable). */
function keysWithPrefix(prefix: string): string[] {
  try {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}

/**
 * At start, once the answers shown are known: every other tab's own key (see "Two tabs" above) whose work is
 * saved nowhere else (not the answers shown, not the defaults, not an unedited link, not a saved scenario) is
 * kept as the scenario "<name> (other tab)", and the key is removed. A kept copy of exactly the answers shown
 * (left by tabs that closed together) is dropped: the autosave holds them. reportKeptFromOtherTabs then names
 * what was kept.
 */
export function recoverOtherTabsWork(shown: Answers, now: Date = new Date()): void {
  for (const key of keysWithPrefix(TAB_WORK_PREFIX)) {
    const tabId = key.slice(TAB_WORK_PREFIX.length);
    if (tabId === TAB_ID) continue;
    const work = readAutosave(readRaw(key));
    removeRaw(key);
    if (!work || work.fromLink) continue;
    if (sameAnswers(work.answers, shown) || sameAnswers(work.answers, DEFAULT_ANSWERS)) continue;
    const scenarios = loadScenarios();
    const already = scenarios.find((s) => sameAnswers(s.answers, work.answers));
    if (already) {
      if (already.id.startsWith(OTHER_TAB_ID_PREFIX)) rememberKept(already.name);
      continue;
    }
    const id = `${OTHER_TAB_ID_PREFIX}${tabId}`;
    const name =
      scenarios.find((s) => s.id === id)?.name ??
      `${work.answers.scenarioName || 'My answers'} ${OTHER_TAB_SUFFIX}`;
    if (putScenario({ id, name, savedAt: work.savedAt || now.toISOString(), answers: work.answers }).ok)
      rememberKept(name);
  }
  for (const copy of loadScenarios()) {
    if (
      copy.id.startsWith(OTHER_TAB_ID_PREFIX) &&
      copy.name.endsWith(OTHER_TAB_SUFFIX) &&
      sameAnswers(copy.answers, shown)
    )
      deleteScenario(copy.id);
  }
}

/**
 * At start: tell the user about work another tab's autosave replaced while this page was not open (kept as
 * scenarios then), once.
 */
export function reportKeptFromOtherTabs(): void {
  const raw = readRaw(KEPT_FROM_OTHER_TAB_KEY);
  if (raw === null) return;
  removeRaw(KEPT_FROM_OTHER_TAB_KEY);
  const json = parseJson(raw);
  const names = json.ok && Array.isArray(json.value) ? json.value.filter((n) => typeof n === 'string') : [];
  const existing = new Set(loadScenarios().map((s) => s.name));
  const kept = names.filter((n) => existing.has(n));
  if (kept.length === 0) return;
  pushNotice({
    id: 'other-tab',
    kind: 'info',
    title: `Work from another Edge Sizer tab was kept as saved scenario${kept.length > 1 ? 's' : ''}: ${kept.map((n) => `"${n}"`).join(', ')}.`,
    details: ['Open Scenarios to reopen it. The answers shown are the last ones autosaved.'],
  });
}

// ----- this tab's newest answers (sessionStorage) -----

/**
 * This tab's newest answers, in sessionStorage (one per tab, kept across a reload of the tab, gone when it
 * closes). Written in the same flush as the autosave, so also on pagehide. The URL's payload is written
 * debounced: a reload within ~250 ms of an edit reloads an older payload than this (url-sync.ts uses it to
 * restore the tab's own newest work silently instead of asking about its own older link). Unlike the
 * autosave it is never another tab's work.
 */
export const TAB_ANSWERS_KEY = 'edge-sizer:tab-answers';

export function saveTabAnswers(answers: Answers): void {
  try {
    sessionStore()?.setItem(TAB_ANSWERS_KEY, JSON.stringify({ format: STORAGE_FORMAT, answers }));
  } catch {
    // Full or disabled: drop the older copy, so that a reload never prefers it to the newer URL (it then
    // falls back to the URL and the autosave, as before).
    try {
      sessionStore()?.removeItem(TAB_ANSWERS_KEY);
    } catch {
      /* nothing more to do */
    }
  }
}

/** This tab's newest answers, or null (none, unreadable or invalid: never a notice, the autosave has one). */
export function loadTabAnswers(): Answers | null {
  let raw: string | null;
  try {
    raw = sessionStore()?.getItem(TAB_ANSWERS_KEY) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  const json = parseJson(raw);
  if (!json.ok || typeof json.value !== 'object' || json.value === null) return null;
  const envelope = json.value as Record<string, unknown>;
  if (envelope['format'] !== STORAGE_FORMAT) return null;
  const parsed = parseAnswers(envelope['answers']);
  return parsed.ok ? parsed.answers : null;
}
