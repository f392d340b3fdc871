import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbAnswers } from '../../testing/arbitraries.ts';
import { TWENTY_MODULE_SCENARIO } from '../../testing/golden/scenarios.ts';
import { DEFAULT_ANSWERS } from '../answers.ts';
import { answersFileName, answersToFileText, parseAnswersFile } from './answers-file.ts';

describe('answers files', () => {
  it('imports what it exports, for any valid answers', () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => {
        expect(parseAnswersFile(answersToFileText(answers))).toEqual({ ok: true, answers, warnings: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('exports the full answers object (what npm run estimate reads)', () => {
    expect(JSON.parse(answersToFileText(TWENTY_MODULE_SCENARIO))).toEqual(TWENTY_MODULE_SCENARIO);
  });

  it('accepts partial answers like the CLI, filling defaults, and warns about unknown fields', () => {
    const result = parseAnswersFile('{"data": {"messagesPerSecondAvg": 40}, "colour": "red"}');
    expect(result).toEqual({
      ok: true,
      answers: { ...DEFAULT_ANSWERS, data: { ...DEFAULT_ANSWERS.data, messagesPerSecondAvg: 40 } },
      warnings: ['Unknown field colour was ignored.'],
    });
  });

  it.each([
    ['not JSON', '{"data": ', /is not valid JSON/],
    ['an array', '[1,2]', /does not hold an answers object/],
    ['null', 'null', /does not hold an answers object/],
    [
      'a wrong field',
      '{"workload": {"moduleCount": 5000}}',
      /workload\.moduleCount: Number of modules must be at most 200/,
    ],
    ['a wrong type', '{"platform": {"architecture": 64}}', /platform\.architecture/],
    ['too large', `{"x": "${'a'.repeat(1_000_001)}"}`, /too large/],
  ])('refuses %s with a message naming the problem', (_name, text, message) => {
    const result = parseAnswersFile(text, 'plant.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).toMatch(/^plant\.json /);
    }
  });

  it('names files after the scenario', () => {
    expect(answersFileName({ ...DEFAULT_ANSWERS, scenarioName: 'Contoso plant 3 – Línea 2!' })).toBe(
      'contoso-plant-3-linea-2.answers.json',
    );
    expect(answersFileName({ ...DEFAULT_ANSWERS, scenarioName: '<script>' })).toBe('script.answers.json');
    expect(answersFileName({ ...DEFAULT_ANSWERS, scenarioName: '名前' })).toBe(
      'edge-sizer-scenario.answers.json',
    );
  });
});
