import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS, DEFAULT_MODULE, parseAnswers } from './answers.ts';
import { mergeOntoDefaults } from './merge-answers.ts';

describe('mergeOntoDefaults', () => {
  it.each([
    ['an empty object gives the defaults', {}, DEFAULT_ANSWERS],
    [
      'a nested field overrides only itself',
      { data: { messageSizeKb: 4 } },
      { ...DEFAULT_ANSWERS, data: { ...DEFAULT_ANSWERS.data, messageSizeKb: 4 } },
    ],
    [
      'module rows are completed from the default module',
      { workload: { mode: 'list', modules: [{ name: 'a', language: 'c' }] } },
      {
        ...DEFAULT_ANSWERS,
        workload: {
          ...DEFAULT_ANSWERS.workload,
          mode: 'list',
          modules: [{ ...DEFAULT_MODULE, name: 'a', language: 'c' }],
        },
      },
    ],
  ])('%s', (_name, input, expected) => {
    const { merged, unknownKeys } = mergeOntoDefaults(input);
    expect(merged).toEqual(expected);
    expect(unknownKeys).toEqual([]);
    expect(parseAnswers(merged).ok).toBe(true);
  });

  it('reports unknown keys with their path and leaves wrong types for validation', () => {
    const { merged, unknownKeys } = mergeOntoDefaults({
      data: { rate: 3, messageSizeKb: 'big' },
      extra: true,
    });
    expect(unknownKeys).toEqual(['data.rate', 'extra']);
    const parsed = parseAnswers(merged);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]?.path).toBe('data.messageSizeKb');
  });

  it.each([[null], [42], ['x'], [[1, 2]]])('passes %j through unchanged', (input) => {
    expect(mergeOntoDefaults(input).merged).toEqual(input);
  });

  it('does not share objects with DEFAULT_ANSWERS', () => {
    const { merged } = mergeOntoDefaults({});
    (merged as { data: { messageSizeKb: number } }).data.messageSizeKb = 99;
    expect(DEFAULT_ANSWERS.data.messageSizeKb).toBe(1);
  });
});
