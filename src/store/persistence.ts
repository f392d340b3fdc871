/**
 * Local persistence, in this browser only (localStorage; nothing is ever sent anywhere):
 *
 * - the autosave: the current answers, written as the user works (url-sync.ts calls saveAutosave in the
 *   same debounced flush that rewrites the URL), restored on load when the URL carries no share link;
 * - named scenarios: save as, rename, delete, reopen.
 *
 * Both are stored in a versioned envelope `{ format: 1, … }`, and every answers object read back goes
 * through the Answers schema. Storage that is missing, blocked, full or corrupt never crashes the app: it is
 * ignored with a notice, and corrupt data is copied aside (`…:unreadable`) before anything overwrites it.
 *
 * Also here: the small notice store that the share banner shows (decode problems, model-version notes,
 * storage problems), so that url-sync.ts and this module can both post to it.
 */
import * as v from 'valibot';
import { create } from 'zustand';
import { LIMITS, parseAnswers, type Answers } from '../domain/answers.ts';

export const AUTOSAVE_KEY = 'edge-sizer:autosave';
export const SCENARIOS_KEY = 'edge-sizer:scenarios';
/** Version of the storage envelope (not of the share-link format nor of the model). */
export const STORAGE_FORMAT = 1;
/** At most this many named scenarios are kept (the oldest are not dropped: saving more is refused). */
export const MAX_SCENARIOS = 100;

// ----- notices -----

export type NoticeKind = 'error' | 'warning' | 'info';

export interface Notice {
  id: string;
  kind: NoticeKind;
  title: string;
  details: string[];
}

interface NoticeState {
  notices: Notice[];
}

/** Notices for the banner (newest last). A notice with the same id replaces the older one. */
export const useNoticeStore = create<NoticeState>()(() => ({ notices: [] }));

export function pushNotice(notice: Notice): void {
  useNoticeStore.setState((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] }));
}

export function dismissNotice(id: string): void {
  useNoticeStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

// ----- storage access that never throws -----

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // some browsers throw on access when storage is disabled
  }
}

let warnedUnavailable = false;

function warnUnavailable(what: string): void {
  if (warnedUnavailable) return;
  warnedUnavailable = true;
  pushNotice({
    id: 'storage-unavailable',
    kind: 'warning',
    title: `This browser did not let Edge Sizer ${what}: autosave and saved scenarios are off for this page.`,
    details: [
      'Your answers stay in the page and in its link (Copy share link); export them as JSON to keep a copy.',
    ],
  });
}

function readRaw(key: string): string | null {
  const s = storage();
  if (!s) return null;
  try {
    return s.getItem(key);
  } catch {
    warnUnavailable('read its local storage');
    return null;
  }
}

function writeRaw(key: string, value: string): boolean {
  const s = storage();
  if (!s) {
    warnUnavailable('use local storage');
    return false;
  }
  try {
    s.setItem(key, value);
    return true;
  } catch {
    warnUnavailable('write to its local storage (it may be full or disabled)');
    return false;
  }
}

/** Keep a copy of unreadable data aside so that a later save does not destroy what might be recovered. */
function setAside(key: string, raw: string): void {
  if (readRaw(`${key}:unreadable`) === null) writeRaw(`${key}:unreadable`, raw);
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}

// ----- autosave -----

const AutosaveSchema = v.object({
  format: v.literal(STORAGE_FORMAT),
  savedAt: v.string(),
  /** True when the answers are exactly those of a link that was opened, not edited since (optional, added 2026-11). */
  fromLink: v.optional(v.boolean(), false),
  answers: v.unknown(),
});

export interface Autosave {
  answers: Answers;
  savedAt: string;
  /** The answers are a link's, unchanged: replacing them loses nothing (the link still has them). */
  fromLink: boolean;
}

/** The autosaved answers, or null when there are none or they cannot be read (with a notice). */
export function loadAutosave(): Autosave | null {
  const raw = readRaw(AUTOSAVE_KEY);
  if (raw === null) return null;
  const json = parseJson(raw);
  const envelope = json.ok ? v.safeParse(AutosaveSchema, json.value) : null;
  const parsed = envelope?.success ? parseAnswers(envelope.output.answers) : null;
  if (envelope?.success && parsed?.ok) {
    return { answers: parsed.answers, savedAt: envelope.output.savedAt, fromLink: envelope.output.fromLink };
  }
  setAside(AUTOSAVE_KEY, raw);
  pushNotice({
    id: 'autosave-unreadable',
    kind: 'warning',
    title: 'The answers autosaved in this browser could not be read, so the app started from the defaults.',
    details: [
      parsed && !parsed.ok
        ? `First problem: ${parsed.issues[0]?.path}: ${parsed.issues[0]?.message}.`
        : 'The saved data is not in a format this version understands.',
      'A copy was kept aside in local storage.',
    ],
  });
  return null;
}

/** Save the current answers (called debounced by url-sync.ts). */
export function saveAutosave(answers: Answers, fromLink = false, now: Date = new Date()): void {
  writeRaw(
    AUTOSAVE_KEY,
    JSON.stringify({ format: STORAGE_FORMAT, savedAt: now.toISOString(), fromLink, answers }),
  );
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

function sessionStore(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

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

// ----- named scenarios -----

export interface SavedScenario {
  id: string;
  name: string;
  savedAt: string;
  answers: Answers;
}

const ScenarioEntrySchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  name: v.pipe(v.string(), v.maxLength(LIMITS.nameLength)),
  savedAt: v.string(),
  answers: v.unknown(),
});

const ScenariosSchema = v.object({
  format: v.literal(STORAGE_FORMAT),
  scenarios: v.array(v.unknown()),
});

interface ScenarioState {
  scenarios: SavedScenario[];
}

/** The named scenarios, for the UI (kept in step with localStorage, also across tabs). */
export const useScenarioStore = create<ScenarioState>()(() => ({ scenarios: [] }));

/** Read the scenarios from storage. Unreadable entries are skipped with a notice, and set aside. */
export function loadScenarios(): SavedScenario[] {
  const raw = readRaw(SCENARIOS_KEY);
  if (raw === null) return [];
  const json = parseJson(raw);
  const envelope = json.ok ? v.safeParse(ScenariosSchema, json.value) : null;
  if (!envelope?.success) {
    setAside(SCENARIOS_KEY, raw);
    pushNotice({
      id: 'scenarios-unreadable',
      kind: 'warning',
      title: 'The scenarios saved in this browser could not be read, so they are not listed.',
      details: [
        'The saved data is not in a format this version understands. A copy was kept aside in local storage.',
      ],
    });
    return [];
  }
  const scenarios: SavedScenario[] = [];
  const skipped: string[] = [];
  envelope.output.scenarios.forEach((entry, i) => {
    const meta = v.safeParse(ScenarioEntrySchema, entry);
    const answers = meta.success ? parseAnswers(meta.output.answers) : null;
    if (meta.success && answers?.ok) {
      scenarios.push({
        id: meta.output.id,
        name: meta.output.name,
        savedAt: meta.output.savedAt,
        answers: answers.answers,
      });
    } else {
      const name = meta.success ? `"${meta.output.name}"` : `number ${i + 1}`;
      const why =
        answers && !answers.ok ? ` (${answers.issues[0]?.path}: ${answers.issues[0]?.message})` : '';
      skipped.push(`Scenario ${name} could not be read${why}.`);
    }
  });
  if (skipped.length > 0) {
    setAside(SCENARIOS_KEY, raw);
    pushNotice({
      id: 'scenarios-skipped',
      kind: 'warning',
      title: `${skipped.length} saved scenario(s) could not be read and are not listed.`,
      details: [...skipped.slice(0, 5), 'A copy of the stored data was kept aside in local storage.'],
    });
  }
  return scenarios;
}

function writeScenarios(scenarios: SavedScenario[]): boolean {
  const ok = writeRaw(SCENARIOS_KEY, JSON.stringify({ format: STORAGE_FORMAT, scenarios }));
  if (ok) useScenarioStore.setState({ scenarios });
  return ok;
}

function newId(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return random ?? `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function cleanName(name: string, fallback: string): string {
  const trimmed = name.trim().slice(0, LIMITS.nameLength).trim();
  return trimmed === '' ? fallback : trimmed;
}

export type ScenarioResult = { ok: true; scenario: SavedScenario } | { ok: false; error: string };

/** Save answers as a new named scenario. */
export function saveScenario(name: string, answers: Answers, now: Date = new Date()): ScenarioResult {
  const current = loadScenarios();
  if (current.length >= MAX_SCENARIOS) {
    return { ok: false, error: `At most ${MAX_SCENARIOS} scenarios can be kept: delete one first.` };
  }
  const scenario: SavedScenario = {
    id: newId(),
    name: cleanName(name, answers.scenarioName || 'Untitled scenario'),
    savedAt: now.toISOString(),
    answers,
  };
  if (!writeScenarios([...current, scenario])) {
    return { ok: false, error: 'The scenario could not be saved: this browser refused to store it.' };
  }
  return { ok: true, scenario };
}

/** Rename a scenario (an empty name keeps the old one). */
export function renameScenario(id: string, name: string): ScenarioResult {
  const current = loadScenarios();
  const found = current.find((s) => s.id === id);
  if (!found)
    return { ok: false, error: 'That scenario no longer exists (it may have been deleted in another tab).' };
  const renamed = { ...found, name: cleanName(name, found.name) };
  if (!writeScenarios(current.map((s) => (s.id === id ? renamed : s)))) {
    return { ok: false, error: 'The new name could not be saved: this browser refused to store it.' };
  }
  return { ok: true, scenario: renamed };
}

export function deleteScenario(id: string): void {
  writeScenarios(loadScenarios().filter((s) => s.id !== id));
}

/** Refresh the scenario list from storage (on start, and when another tab changed it). */
export function refreshScenarios(): void {
  useScenarioStore.setState({ scenarios: loadScenarios() });
}

/** Start following other tabs' changes to the scenarios. Returns a stop function. */
export function startScenarioSync(): () => void {
  refreshScenarios();
  const onStorage = (event: StorageEvent) => {
    if (event.key === SCENARIOS_KEY || event.key === null) refreshScenarios();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
