/**
 * What #/compare compares: 2–4 entries, each the live current scenario, a saved scenario, or a scenario that came
 * with a compare link. Held here (module state, so it survives leaving the view) and kept in the URL's `c=`
 * (replaceState), so a reload or a shared link brings the same comparison back.
 *
 * A compare link never replaces the user's answers or saved scenarios: its scenarios are entries of their own
 * ("from the link") until the user saves them or opens one in the wizard (which keeps unsaved work first).
 * A link that cannot be read keeps the comparison the user had and says why; a damaged one opens with what could
 * be read and lists what was replaced.
 */
import { create } from 'zustand';
import type { Answers } from '../../domain/answers.ts';
import {
  createCompareLink,
  type CompareLink,
  type ScenarioLinkDeps,
} from '../../domain/compare/compare-link-core.ts';
import { MAX_COMPARED, type ComparedScenario } from '../../domain/compare/compare.ts';
import { formatHash, parseHash } from '../../store/route.ts';
import type { SavedScenario, ScenarioResult } from '../../store/scenarios.ts';

/**
 * What the view needs from the app's first chunk, handed over by the composition root (app.tsx) instead of
 * imported: a lazy chunk importing the share codec or the scenarios store makes the bundler split them out of the
 * first chunk (the topology view measured +1.9 kB gzip on the first view). Type imports cost nothing.
 */
export interface CompareDeps {
  link: ScenarioLinkDeps;
  /** The saved scenarios (a zustand hook). */
  useScenarios: () => readonly SavedScenario[];
  saveScenario: (name: string, answers: Answers) => ScenarioResult;
  /** Replace the current answers with these and go to the wizard; returns the name unsaved work was kept as. */
  openInWizard: (answers: Answers) => string | null;
  /** Give the current scenario a new name (the variant's). */
  renameCurrent: (name: string) => void;
  /** Go to the wizard (to change the variant). */
  goToWizard: () => void;
}

/** Where an entry's answers come from. */
export type EntrySource = { kind: 'current' } | { kind: 'saved'; id: string } | { kind: 'link' };

export interface CompareEntry {
  key: string;
  source: EntrySource;
  /** The name and answers when the entry was added (the current scenario's are read live). */
  scenario: ComparedScenario;
}

export interface LinkMessage {
  error: string;
  problems: string[];
  /** Whether what could be read was opened (true) or the user's comparison kept (false). */
  opened: boolean;
}

interface CompareState {
  entries: CompareEntry[] | null;
  linkMessage: LinkMessage | null;
  notices: string[];
  /** The `c=` payload last read from or written to the URL. */
  openedPayload: string | null;
}

export const useCompareStore = create<CompareState>()(() => ({
  entries: null,
  linkMessage: null,
  notices: [],
  openedPayload: null,
}));

let deps: CompareDeps | null = null;
let link: CompareLink | null = null;

/** Hand the view its dependencies (once; the same object again is a no-op). */
export function configureCompare(next: CompareDeps): void {
  if (deps === next) return;
  deps = next;
  link = createCompareLink(next.link);
}

function needLink(): CompareLink {
  if (link === null) throw new Error('configureCompare() was not called');
  return link;
}

export const CURRENT_KEY = 'current';
export const savedKey = (id: string) => `saved:${id}`;

/** The current scenario as an entry. */
export function currentEntry(current: Answers): CompareEntry {
  return {
    key: CURRENT_KEY,
    source: { kind: 'current' },
    scenario: { name: current.scenarioName.trim() || 'Current scenario', answers: current },
  };
}

/** A saved scenario as an entry. */
export function savedEntry(s: SavedScenario): CompareEntry {
  return {
    key: savedKey(s.id),
    source: { kind: 'saved', id: s.id },
    scenario: { name: s.name, answers: s.answers },
  };
}

function linkEntries(scenarios: readonly ComparedScenario[]): CompareEntry[] {
  return scenarios.map((scenario, i) => ({ key: `link:${i}`, source: { kind: 'link' }, scenario }));
}

/** The scenarios compared, with the current scenario's answers read live. */
export function comparedOf(entries: readonly CompareEntry[], current: Answers): ComparedScenario[] {
  return entries.map((e) => (e.source.kind === 'current' ? currentEntry(current).scenario : e.scenario));
}

/**
 * Read the URL into the store. Call when the view opens and on navigation. With no `c=` and nothing chosen yet,
 * the comparison starts with the current scenario and the most recently saved one.
 */
export function loadComparison(current: Answers, saved: readonly SavedScenario[]): void {
  const state = useCompareStore.getState();
  const payload = parseHash(window.location.hash).compare ?? null;
  if (payload !== null && payload !== state.openedPayload) {
    const decoded = needLink().decodeComparison(payload);
    if (decoded.ok) {
      useCompareStore.setState({
        entries: linkEntries(decoded.scenarios),
        linkMessage: null,
        notices: decoded.notices,
        openedPayload: payload,
      });
    } else if (decoded.partial) {
      useCompareStore.setState({
        entries: linkEntries(decoded.partial),
        openedPayload: payload,
        notices: decoded.notices,
        linkMessage: { error: decoded.error, problems: decoded.problems, opened: true },
      });
    } else {
      const mine = state.entries ?? defaultEntries(current, saved);
      useCompareStore.setState({
        entries: mine,
        openedPayload: payload,
        notices: [],
        linkMessage: {
          error: `${decoded.error} Your answers and saved scenarios were not changed.`,
          problems: [],
          opened: false,
        },
      });
    }
    return;
  }
  if (state.entries === null) useCompareStore.setState({ entries: defaultEntries(current, saved) });
}

function defaultEntries(current: Answers, saved: readonly SavedScenario[]): CompareEntry[] {
  const latest = [...saved].sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0];
  return latest ? [currentEntry(current), savedEntry(latest)] : [currentEntry(current)];
}

/** Add or remove an entry (at most MAX_COMPARED); the URL follows. */
export function toggleEntry(entry: CompareEntry, on: boolean, current: Answers): void {
  const entries = useCompareStore.getState().entries ?? [];
  const has = entries.some((e) => e.key === entry.key);
  if (on && !has && entries.length < MAX_COMPARED) setEntries([...entries, entry], current);
  if (!on && has)
    setEntries(
      entries.filter((e) => e.key !== entry.key),
      current,
    );
}

/** Replace the entries; the URL follows. */
export function setEntries(entries: CompareEntry[], current: Answers): void {
  useCompareStore.setState({ entries });
  syncCompareUrl(current);
}

/** Put the comparison in the address bar (when 2–4 are chosen; otherwise the `c=` is dropped). */
export function syncCompareUrl(current: Answers): void {
  const entries = useCompareStore.getState().entries ?? [];
  const payload = entries.length >= 2 ? needLink().encodeComparison(comparedOf(entries, current)) : null;
  useCompareStore.setState({ openedPayload: payload });
  const route = parseHash(window.location.hash);
  if (route.view !== 'compare' || (route.compare ?? null) === payload) return;
  const hash = formatHash({ ...route, compare: payload });
  try {
    window.history.replaceState(window.history.state, '', hash);
  } catch {
    // Some embedded browsers limit replaceState: the copy button builds its link from the store.
  }
}

/** The compare link for the current comparison, or null when fewer than two scenarios are chosen. */
export function compareUrl(compared: readonly ComparedScenario[]): string | null {
  if (compared.length < 2) return null;
  const base = `${window.location.origin}${window.location.pathname}${window.location.search}`;
  return `${base}${formatHash({ view: 'compare', step: null, payload: null, compare: needLink().encodeComparison(compared) })}`;
}

/** Save the scenarios that came with the link as saved scenarios (they become saved entries). */
export function saveLinkScenarios(save: CompareDeps['saveScenario'], current: Answers): string {
  const entries = useCompareStore.getState().entries ?? [];
  const names: string[] = [];
  const errors: string[] = [];
  const next = entries.map((e) => {
    if (e.source.kind !== 'link') return e;
    const saved = save(e.scenario.name, e.scenario.answers);
    if (!saved.ok) {
      errors.push(saved.error);
      return e;
    }
    names.push(saved.scenario.name);
    return savedEntry(saved.scenario);
  });
  setEntries(next, current);
  if (errors.length > 0) return errors[0]!;
  return names.length === 1
    ? `Saved “${names[0]}” in this browser.`
    : `Saved ${names.length} scenarios in this browser: ${names.map((n) => `“${n}”`).join(', ')}.`;
}

export function dismissLinkMessage(): void {
  useCompareStore.setState({ linkMessage: null });
}
