/**
 * The one store: the user's answers and where they are. Derived numbers (the estimate, device grades,
 * findings) are never stored: components compute them from answers with the pure domain functions.
 * Actions are module-level functions, so components and the URL/persistence bindings share them.
 */
import { create } from 'zustand';
import { DEFAULT_ANSWERS, type Answers } from '../domain/answers.ts';
import type { View } from './route.ts';

export interface AppState {
  answers: Answers;
  view: View;
  /** Current wizard step id; null means the first step. */
  stepId: string | null;
}

export const INITIAL_STATE: AppState = { answers: DEFAULT_ANSWERS, view: 'wizard', stepId: null };

export const useAppStore = create<AppState>()(() => INITIAL_STATE);

/** Replace all answers (a preset, a share link, an imported file). */
export function setAnswers(answers: Answers): void {
  useAppStore.setState({ answers });
}

/** Replace one section of the answers (one wizard step commits its own section). */
export function setAnswerSection<K extends keyof Answers>(key: K, value: Answers[K]): void {
  useAppStore.setState((state) => ({ answers: { ...state.answers, [key]: value } }));
}

export function goTo(view: View, stepId: string | null = null): void {
  useAppStore.setState({ view, stepId });
}
