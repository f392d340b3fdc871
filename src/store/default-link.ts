import { DEFAULT_ANSWERS, type Answers } from '../domain/answers.ts';
import { sameAnswers } from './same-answers.ts';

/** Set by vite.config.ts (`define`) for the app and its tests. */
declare const __DEFAULT_ANSWERS_PAYLOAD__: string;

/**
 * The link payload of the default answers, made at build time by the link codec itself (vite.config.ts encodes
 * DEFAULT_ANSWERS with it), so it is the codec's own output for the model version being built; codec.test.ts
 * checks that they agree.
 *
 * Why: a first visit starts on the defaults, and its address bar can then hold the link without loading the
 * codec. Loading it after the first paint cost the landing page about 120 ms of main thread at 4x CPU slowdown
 * (the module's evaluation, which builds fflate's tables, then the first compression): the largest part of
 * Lighthouse's blocking time on a busy machine (docs/performance.md, "Issue 18, sixth pass").
 */
export const DEFAULT_ANSWERS_PAYLOAD: string = __DEFAULT_ANSWERS_PAYLOAD__;

/** The payload of `answers` when they are the defaults (no codec needed), else null. */
export function defaultPayloadFor(answers: Answers): string | null {
  return sameAnswers(answers, DEFAULT_ANSWERS) ? DEFAULT_ANSWERS_PAYLOAD : null;
}
