/**
 * Merge a full or partial answers object onto DEFAULT_ANSWERS, for the CLI and imported files: fields the input
 * leaves out take their defaults ("I don't know"); each module row is merged onto DEFAULT_MODULE. The result is
 * NOT validated: pass it to parseAnswers, which names any wrong field. Keys the schema does not know are
 * reported so that a typo (for example "messagesPerSecondAverage") does not pass silently.
 */
import { DEFAULT_ANSWERS, DEFAULT_MODULE, LIMITS } from './answers.ts';

export interface MergeResult {
  merged: unknown;
  /** Dot paths of keys the answers schema does not have (they are dropped by validation). */
  unknownKeys: string[];
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function mergeInto(defaults: unknown, input: unknown, path: string, unknownKeys: string[]): unknown {
  if (input === undefined) return JSON.parse(JSON.stringify(defaults)) as unknown;
  if (Array.isArray(input) && path === 'workload.modules') {
    // One row more than allowed is enough for validation to say "at most 200": a 1 MB file of 300,000 empty
    // rows is not merged and checked row by row.
    return input
      .slice(0, LIMITS.modules.max + 1)
      .map((row, i) => mergeInto(DEFAULT_MODULE, row, `${path}.${i}`, unknownKeys));
  }
  if (!isPlainObject(defaults) || !isPlainObject(input)) return input;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(defaults)) {
    const value = Object.hasOwn(input, key) ? input[key] : undefined;
    out[key] = mergeInto(defaults[key], value, path === '' ? key : `${path}.${key}`, unknownKeys);
  }
  // Own keys only: `key in defaults` also saw the prototype's "constructor", "toString" and "__proto__", so
  // those were dropped without the "unknown field" warning. Unknown keys are reported, not copied: validation
  // would drop them anyway, and copying "__proto__" by assignment would change the result's prototype.
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(defaults, key)) unknownKeys.push(path === '' ? key : `${path}.${key}`);
  }
  return out;
}

/** Merge `input` (any JSON value) onto DEFAULT_ANSWERS. Non-object input is returned as is, for validation to reject. */
export function mergeOntoDefaults(input: unknown): MergeResult {
  const unknownKeys: string[] = [];
  const merged = isPlainObject(input) ? mergeInto(DEFAULT_ANSWERS, input, '', unknownKeys) : input;
  return { merged, unknownKeys };
}
