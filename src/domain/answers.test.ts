import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS, effectiveModules, parseAnswers } from './answers.ts';

describe('parseAnswers', () => {
  it('accepts the defaults', () => {
    expect(parseAnswers(DEFAULT_ANSWERS)).toEqual({ ok: true, answers: DEFAULT_ANSWERS });
  });

  it('names the field that is wrong', () => {
    const bad = { ...DEFAULT_ANSWERS, data: { ...DEFAULT_ANSWERS.data, messageSizeKb: 9999 } };
    const result = parseAnswers(bad);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toEqual({
        path: 'data.messageSizeKb',
        message: 'Message size (KB) must be at most 256',
      });
  });

  it('rejects non-objects without throwing', () => {
    for (const input of [null, undefined, 42, 'x', [], { workload: 'x' }]) {
      expect(parseAnswers(input).ok).toBe(false);
    }
  });
});

describe('effectiveModules', () => {
  it('makes moduleCount generic modules in count mode', () => {
    const modules = effectiveModules({
      ...DEFAULT_ANSWERS.workload,
      mode: 'count',
      moduleCount: 3,
      defaultLanguage: 'python',
    });
    expect(modules.map((m) => m.language)).toEqual(['python', 'python', 'python']);
  });
});
