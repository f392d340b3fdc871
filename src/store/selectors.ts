/**
 * Read hooks over the store. The estimate is derived on read from the answers with the pure model and never
 * stored: `answers` changes identity only when an answer changes, so the memo recomputes exactly then.
 */
import type { Answers } from '../domain/answers.ts';
import { useAppStore } from './app-store.ts';

/** The current answers. */
export function useAnswers(): Answers {
  return useAppStore((s) => s.answers);
}
