/**
 * Test builders: answers from a few overrides on top of DEFAULT_ANSWERS.
 */
import { parseAnswers, type Answers } from '../domain/answers.ts';
import { mergeOntoDefaults } from '../domain/merge-answers.ts';

/** Every field optional, recursively (arrays hold partial rows, merged onto DEFAULT_MODULE). */
export type DeepPartial<T> = T extends readonly (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * Answers = DEFAULT_ANSWERS deep-merged with `overrides` (module rows merged onto DEFAULT_MODULE), validated.
 * Throws with the schema's messages when the result is invalid, so a broken test fixture fails loudly.
 */
export function createAnswers(overrides: DeepPartial<Answers> = {}): Answers {
  const { merged, unknownKeys } = mergeOntoDefaults(overrides);
  if (unknownKeys.length > 0) throw new Error(`createAnswers: unknown fields ${unknownKeys.join(', ')}`);
  const result = parseAnswers(merged);
  if (!result.ok) {
    throw new Error(
      `createAnswers: invalid answers: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    );
  }
  return result.answers;
}
