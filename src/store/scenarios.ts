/**
 * Named scenarios: save as, rename, delete, reopen, in localStorage (`{ format: 1, scenarios }`), kept in step
 * with other tabs through the storage event. Every answers object read back goes through the Answers schema;
 * unreadable entries are skipped with a notice and the stored data is kept aside.
 */
import * as v from 'valibot';
import { create } from 'zustand';
import { LIMITS, parseAnswers, type Answers } from '../domain/answers.ts';
import { pushNotice } from './notices.ts';
import { parseJson, readRaw, setAside, STORAGE_FORMAT, writeRaw } from './storage.ts';

export const SCENARIOS_KEY = 'edge-sizer:scenarios';
/** At most this many named scenarios are kept (the oldest are not dropped: saving more is refused). */
export const MAX_SCENARIOS = 100;

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
    const kept = protect(raw);
    pushNotice({
      id: 'scenarios-unreadable',
      kind: 'warning',
      title: 'The scenarios saved in this browser could not be read, so they are not listed.',
      details: ['The saved data is not in a format this version understands.', keptAsideText(kept)],
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
    const kept = protect(raw);
    pushNotice({
      id: 'scenarios-skipped',
      kind: 'warning',
      title: `${skipped.length} saved scenario(s) could not be read and are not listed.`,
      details: [...skipped.slice(0, 5), keptAsideText(kept)],
    });
  }
  return scenarios;
}

/**
 * Unreadable stored scenarios that could not be copied aside: they are never overwritten in this page (a
 * save is refused with a message), so that nothing is destroyed without the user being told first.
 */
let unreadableNotKept: string | null = null;

/** Copy unreadable data aside; when that fails, protect it from being overwritten. True when copied. */
function protect(raw: string): boolean {
  const kept = setAside(SCENARIOS_KEY, raw);
  unreadableNotKept = kept ? null : raw;
  return kept;
}

function keptAsideText(kept: boolean): string {
  return kept
    ? 'A copy of the stored data was kept aside in local storage.'
    : 'A copy could not be kept aside (local storage refused it, it may be full), so saving scenarios is off in this page: the unreadable data is left as it is. Free some space (or export your answers as JSON) and reload.';
}

function writeScenarios(scenarios: SavedScenario[]): boolean {
  if (unreadableNotKept !== null && readRaw(SCENARIOS_KEY) === unreadableNotKept) return false;
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

/**
 * Put a scenario under a given id: replace the one with that id, or add it (persistence.ts keeps another
 * tab's work this way, one scenario per tab, updated in place).
 */
export function putScenario(scenario: SavedScenario): ScenarioResult {
  const current = loadScenarios();
  const exists = current.some((s) => s.id === scenario.id);
  if (!exists && current.length >= MAX_SCENARIOS) {
    return { ok: false, error: `At most ${MAX_SCENARIOS} scenarios can be kept: delete one first.` };
  }
  const next = exists ? current.map((s) => (s.id === scenario.id ? scenario : s)) : [...current, scenario];
  if (!writeScenarios(next)) {
    return { ok: false, error: 'The scenario could not be saved: this browser refused to store it.' };
  }
  return { ok: true, scenario };
}
