import type { Answers } from '../domain/answers.ts';
import { answersToWire } from '../domain/share/answers-wire.ts';

/** Answers compared by content (the positional wire form is canonical: same answers, same string). */
export function sameAnswers(a: Answers, b: Answers): boolean {
  return a === b || JSON.stringify(answersToWire(a)) === JSON.stringify(answersToWire(b));
}
