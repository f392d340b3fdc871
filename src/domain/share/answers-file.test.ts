import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbAnswers } from '../../testing/arbitraries.ts';
import { TWENTY_MODULE_SCENARIO } from '../../testing/golden/scenarios.ts';
import { DEFAULT_ANSWERS, parseAnswers } from '../answers.ts';
import { mergeOntoDefaults } from '../merge-answers.ts';
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

  const twin = { 'properties.desired': { schemaVersion: '1.1', runtime: { type: 'docker' } } };
  it.each([
    ['a deployment manifest', { modulesContent: { $edgeAgent: twin, $edgeHub: twin } }],
    ['an az CLI / layered deployment', { id: 'm1', content: { modulesContent: { $edgeAgent: twin } } }],
    ['a manifest with a misspelt wrapper', { moduleContent: { $edgeAgent: twin } }],
    ['bare module twins', { $edgeAgent: twin, $edgeHub: twin }],
    ['a manifest next to answers fields', { scenarioName: 'x', modulesContent: {} }],
  ])('refuses %s and points to the manifest import', (_name, json) => {
    const result = parseAnswersFile(JSON.stringify(json), 'deployment.json');
    expect(result).toEqual({
      ok: false,
      error:
        'deployment.json is an IoT Edge deployment manifest, not an answers file: use “Import a deployment manifest” (Deployment manifests, in the header). Nothing was changed.',
      issues: [],
    });
  });

  it.each([
    ['answers wrapped in another object', { answers: { scenarioName: 'x' } }, /its fields are "answers"/],
    ['an unrelated object', { name: 'pkg', version: '1.0.0' }, /its fields are "name", "version"/],
    ['an empty object', {}, /it is an empty object/],
  ])('refuses %s: none of the answers fields', (_name, json, found) => {
    const result = parseAnswersFile(JSON.stringify(json), 'other.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/^other\.json is not an Edge Sizer answers file: /);
      expect(result.error).toMatch(found);
      expect(result.error).toMatch(/at least one of "scenarioName", "workload", "data"/);
      expect(result.error).toMatch(/Nothing was changed\.$/);
    }
  });

  it('accepts what npm run estimate accepts: partial answers merged onto the defaults, extras named', () => {
    fc.assert(
      fc.property(
        arbAnswers,
        fc.subarray(Object.keys(DEFAULT_ANSWERS), { minLength: 1 }),
        fc.dictionary(fc.constantFrom('colour', 'notes', 'version'), fc.jsonValue(), { maxKeys: 2 }),
        (answers, kept, extras) => {
          const json: Record<string, unknown> = { ...extras };
          for (const key of kept) json[key] = answers[key as keyof typeof answers];
          // The CLI's path (scripts/estimate.ts): mergeOntoDefaults, then parseAnswers.
          const { merged, unknownKeys } = mergeOntoDefaults(json);
          const cli = parseAnswers(merged);
          const result = parseAnswersFile(JSON.stringify(json));
          expect(result.ok).toBe(cli.ok);
          if (result.ok && cli.ok) {
            expect(result.answers).toEqual(cli.answers);
            expect(result.warnings).toEqual(unknownKeys.map((k) => `Unknown field ${k} was ignored.`));
          }
        },
      ),
      { numRuns: 200 },
    );
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
