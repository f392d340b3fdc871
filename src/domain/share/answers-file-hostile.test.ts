/**
 * The largest answers files the app accepts (MAX_ANSWERS_FILE_BYTES) read in well under a second, and say
 * what was wrong in a few sentences (issue 20: "every import path must stay under about 1 s").
 */
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../json-depth.ts';
import { MAX_ANSWERS_FILE_BYTES, MAX_UNKNOWN_LISTED, parseAnswersFile } from './answers-file.ts';

/** Loose, so it never flakes on a loaded 2-core box; the bench measures the same cases against 1 s. */
const BUDGET_MS = 3_000;
const SIZE = MAX_ANSWERS_FILE_BYTES - 100;

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

describe('hostile answers files', { timeout: 30_000 }, () => {
  it('refuses deep nesting before parsing it', () => {
    const text = `{"workload":${'['.repeat(SIZE / 2)}${']'.repeat(SIZE / 2)}}`;
    const { value, ms } = timed(() => parseAnswersFile(text, 'deep.json'));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(value).toMatchObject({
      ok: false,
      error: `deep.json nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep; an answers file nests 4. Nothing was changed.`,
    });
  });

  it('checks 300,000 module rows without merging them all', () => {
    const text = `{"workload":{"mode":"list","modules":[${'{},'.repeat(SIZE / 3 - 20)}{}]}}`;
    const { value, ms } = timed(() => parseAnswersFile(text));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(value).toMatchObject({ ok: false, error: expect.stringMatching(/At most 200 modules/) });
  });

  it('names a few unknown fields and counts the rest', () => {
    const keys = Array.from({ length: 80_000 }, (_, i) => `"k${i}":0`);
    const { value, ms } = timed(() => parseAnswersFile(`{"scenarioName":"x",${keys.join(',')}}`));
    expect(ms).toBeLessThan(BUDGET_MS);
    if (!value.ok) throw new Error(value.error);
    expect(value.warnings).toHaveLength(MAX_UNKNOWN_LISTED + 1);
    expect(value.warnings.at(-1)).toBe(
      `${(80_000 - MAX_UNKNOWN_LISTED).toLocaleString('en-US')} more unknown fields were ignored.`,
    );
  });
});
