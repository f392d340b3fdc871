/**
 * Merge a full or partial answers object onto DEFAULT_ANSWERS, for the CLI and imported files: fields the input
 * leaves out take their defaults ("I don't know"); each module row is merged onto DEFAULT_MODULE. The result is
 * NOT validated: pass it to parseAnswers, which names any wrong field. Keys the schema does not know are
 * reported so that a typo (for example "messagesPerSecondAverage") does not pass silently.
 */
import { DEFAULT_ANSWERS, DEFAULT_MODULE } from './answers.ts';

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
    return input.map((row, i) => mergeInto(DEFAULT_MODULE, row, `${path}.${i}`, unknownKeys));
  }
  if (!isPlainObject(defaults) || !isPlainObject(input)) return input;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(defaults)) {
    out[key] = mergeInto(defaults[key], input[key], path === '' ? key : `${path}.${key}`, unknownKeys);
  }
  for (const key of Object.keys(input)) {
    if (!(key in defaults)) {
      unknownKeys.push(path === '' ? key : `${path}.${key}`);
      out[key] = input[key];
    }
  }
  return out;
}

/** Merge `input` (any JSON value) onto DEFAULT_ANSWERS. Non-object input is returned as is, for validation to reject. */
export function mergeOntoDefaults(input: unknown): MergeResult {
  const unknownKeys: string[] = [];
  const merged = isPlainObject(input) ? mergeInto(DEFAULT_ANSWERS, input, '', unknownKeys) : input;
  return { merged, unknownKeys };
}
