/**
 * Read hooks over the store. The estimate is derived on read from the answers with the pure model and never
 * stored: `answers` changes identity only when an answer changes, so the cache below recomputes exactly then,
 * once for every component that reads it (results, accelerator step, manifest export, report).
 */
import type { Answers } from '../domain/answers.ts';
import { estimate } from '../domain/estimate.ts';
import type { Estimate } from '../domain/types.ts';
import { useAppStore } from './app-store.ts';

/** The current answers. */
export function useAnswers(): Answers {
  return useAppStore((s) => s.answers);
}

const cache = new WeakMap<Answers, Estimate>();

/** The estimate for these answers, computed once per answers object. */
export function estimateOf(answers: Answers): Estimate {
  let result = cache.get(answers);
  if (!result) {
    result = estimate(answers);
    cache.set(answers, result);
  }
  return result;
}

/** The estimate for the current answers. */
export function useEstimate(): Estimate {
  return estimateOf(useAnswers());
}
