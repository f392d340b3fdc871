/** The fleet plan's answers on share links: appended to the budget section, left off while at their defaults. */
import { describe, expect, it } from 'vitest';
import { GOLDEN_V1, GOLDEN_V2, GOLDEN_V3 } from '../../testing/golden/share-links/index.ts';
import { GOLDEN_V3_FLEET } from '../../testing/golden/share-links/v3-fleet.ts';
import { DEFAULT_ANSWERS, type Answers } from '../answers.ts';
import { MODEL_VERSION } from '../model-version.ts';
import { packV2 } from './pack.ts';
import { answersToWire, createShareState, decodeShareState, encodeShareState } from './share-codec.ts';
import './format-1.ts'; // the reader of the format-1 golden link (main.tsx loads it lazily)

const payloadOf = (fragment: string) => fragment.slice(fragment.indexOf('?s=') + 3);
const FLEET_KEYS = [
  'planFleet',
  'sites',
  'devicesPerSite',
  'energyUsdPerKwh',
  'dataUsdPerGb',
  'sparePercent',
] as const;

describe('share links: the fleet plan', () => {
  it('the fleet golden link opens with its fleet, and the codec still writes it byte for byte', () => {
    const result = decodeShareState(payloadOf(GOLDEN_V3_FLEET.fragment));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.answers).toEqual(GOLDEN_V3_FLEET.answers);
    const state = {
      ...createShareState(GOLDEN_V3_FLEET.answers),
      modelVersion: GOLDEN_V3_FLEET.modelVersion,
    };
    expect(encodeShareState(state)).toBe(payloadOf(GOLDEN_V3_FLEET.fragment));
  });

  it.each([
    ['1', GOLDEN_V1],
    ['2', GOLDEN_V2],
    ['3', GOLDEN_V3],
  ] as const)(
    'a format-%s link made before the fleet opens with the fleet defaults (no fleet)',
    (_v, golden) => {
      const result = decodeShareState(payloadOf(golden.fragment));
      if (!result.ok) throw new Error('golden link did not open');
      for (const key of FLEET_KEYS)
        expect(result.state.answers.budget[key]).toBe(DEFAULT_ANSWERS.budget[key]);
      expect(result.state.answers.budget.planFleet).toBe(false);
    },
  );

  it('a scenario without a fleet writes no fleet positions (its link is as long as before)', () => {
    const wire = answersToWire(DEFAULT_ANSWERS);
    expect(wire[5]).toEqual([null, 5]);
  });

  it('writes a fleet value and every position before it, defaults included', () => {
    const answers: Answers = { ...DEFAULT_ANSWERS, budget: { ...DEFAULT_ANSWERS.budget, devicesPerSite: 7 } };
    expect(answersToWire(answers)[5]).toEqual([null, 5, 0, 1, 7]);
  });

  it('round-trips any fleet answers', () => {
    const answers: Answers = {
      ...DEFAULT_ANSWERS,
      budget: {
        ...DEFAULT_ANSWERS.budget,
        planFleet: true,
        sites: 10_000,
        devicesPerSite: 1,
        energyUsdPerKwh: 0,
        dataUsdPerGb: null,
        sparePercent: 0,
      },
    };
    const result = decodeShareState(encodeShareState(createShareState(answers)));
    expect(result.ok && result.state.answers).toEqual(answers);
  });

  it('a fleet value out of range gets a clear message, and every other answer is kept', () => {
    const answers: Answers = {
      ...DEFAULT_ANSWERS,
      budget: { ...DEFAULT_ANSWERS.budget, planFleet: true, sites: 3, devicesPerSite: 9 },
    };
    const wire = answersToWire(answers);
    (wire[5] as unknown[])[3] = -4;
    const result = decodeShareState(`3.${packV2(JSON.stringify([MODEL_VERSION, wire]))}`);
    const kept = result.ok ? result.state.answers : result.partial?.answers;
    expect(kept?.budget).toMatchObject({
      planFleet: true,
      sites: DEFAULT_ANSWERS.budget.sites,
      devicesPerSite: 9,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.stringMatching(/^budget\.sites: Number of sites must be at least 1/),
    ]);
  });
});
