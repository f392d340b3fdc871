import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbAnswers } from '../../testing/arbitraries.ts';
import { createAnswers } from '../../testing/builders.ts';
import { DEFAULT_ANSWERS } from '../answers.ts';
import { MODEL_VERSION } from '../model-version.ts';
import { packV2 } from '../share/pack.ts';
import { answersToWire } from '../share/share-codec.ts';
import { decodeComparison, encodeComparison } from './compare-link.ts';
import type { ComparedScenario } from './compare.ts';

const tenModules = (name: string, extra: number) =>
  createAnswers({
    scenarioName: name,
    workload: {
      mode: 'list',
      modules: Array.from({ length: 10 }, (_, i) => ({
        name: `module${i + 1}`,
        language: i % 2 === 0 ? 'python' : 'dotnet',
        image: `contoso.azurecr.io/plant/module${i + 1}:1.${i}.${extra}`,
        imageSizeMb: 150 + i * 10,
        messagesPerSecond: 2 + extra,
        memoryLimitMb: null,
      })),
    },
  });

const three: ComparedScenario[] = [
  { name: 'Pi per line', answers: tenModules('Pi per line', 0) },
  { name: 'IPC per hall', answers: tenModules('IPC per hall', 1) },
  { name: 'IPC with GPU', answers: tenModules('IPC with GPU', 2) },
];
const raw = (wire: unknown) => `3.${packV2(JSON.stringify(wire))}`;

describe('compare links', () => {
  it('round-trip: the same names and answers come back', () => {
    const decoded = decodeComparison(encodeComparison(three));
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(decoded.scenarios).toEqual(three);
  });

  it('3 scenarios of 10 modules each fit in under 2,000 characters', () => {
    expect(encodeComparison(three).length).toBeLessThan(2_000);
  });

  it('property: any 2–4 valid scenarios round-trip', () => {
    fc.assert(
      fc.property(fc.array(arbAnswers, { minLength: 2, maxLength: 4 }), (list) => {
        const scenarios = list.map((answers, i) => ({ name: `Scenario ${i + 1}`, answers }));
        const decoded = decodeComparison(encodeComparison(scenarios));
        expect(decoded.ok).toBe(true);
        if (decoded.ok) expect(decoded.scenarios).toEqual(scenarios);
      }),
      { numRuns: 30 },
    );
  });

  const hostile: [string, string, RegExp][] = [
    ['empty', '', /empty/],
    ['not a link', 'hello', /not an Edge Sizer/],
    ['truncated', encodeComparison(three).slice(0, 60), /compare link/],
    [
      'a flipped character',
      encodeComparison(three).replace(/.(?=.{40}$)/, (c) => (c === 'A' ? 'B' : 'A')),
      /compare link/,
    ],
    ['an unknown format', '99.abc', /format|version/i],
    ['huge', `3.${'A'.repeat(60_000)}`, /too long/],
    ['one scenario only', raw([MODEL_VERSION, [['Only', answersToWire(DEFAULT_ANSWERS)]]]), /needs 2 to 4/],
    ['no list', raw([MODEL_VERSION, 'x']), /does not hold Edge Sizer scenarios/],
  ];
  it.each(hostile)('%s: a clear message, never a throw', (_, payload, message) => {
    const decoded = decodeComparison(payload);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error).toMatch(message);
    expect(decoded.ok ? '' : decoded.error).not.toMatch(/share link/);
  });

  it('5 scenarios: the first 4 are kept, and the user is told', () => {
    const five = [...three, ...three.slice(0, 2)];
    const decoded = decodeComparison(
      raw([MODEL_VERSION, five.map((s) => [s.name, answersToWire(s.answers)])]),
    );
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.partial).toHaveLength(4);
      expect(decoded.problems.join(' ')).toMatch(/5 scenarios; at most 4/);
    }
  });

  it('a damaged scenario keeps the others and says which value was replaced', () => {
    const wire = [MODEL_VERSION, three.map((s) => [s.name, answersToWire(s.answers)])] as [
      string,
      unknown[][],
    ];
    (wire[1][1] as unknown[])[1] = 'garbage';
    wire[1][2]![0] = 42;
    const decoded = decodeComparison(raw(wire));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.partial?.[0]).toEqual(three[0]);
      expect(decoded.partial?.[2]?.name).toBe('Scenario 3');
      expect(decoded.problems.length).toBeGreaterThan(0);
    }
  });

  it('property: random strings never throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        expect(() => decodeComparison(s)).not.toThrow();
        expect(() => decodeComparison(`3.${s}`)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
