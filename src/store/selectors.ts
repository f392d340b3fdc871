/**
 * Read hooks over the store. The estimate is derived on read from the answers with the pure model and never
 * stored: `answers` changes identity only when an answer changes, so the memo recomputes exactly then.
 */
import { useMemo } from 'react';
import type { Answers } from '../domain/answers.ts';
import { estimate } from '../domain/estimate.ts';
import type { Estimate } from '../domain/types.ts';
import { useAppStore } from './app-store.ts';

/** The current answers. */
export function useAnswers(): Answers {
  return useAppStore((s) => s.answers);
}

/** The estimate for the current answers (computed, memoised on the answers' identity). */
export function useEstimate(): Estimate {
  const answers = useAnswers();
  return useMemo(() => estimate(answers), [answers]);
}
