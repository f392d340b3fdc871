import { describe, expect, it } from 'vitest';
import { GOLDEN_LINKS, GOLDEN_V1, GOLDEN_V2, GOLDEN_V3 } from '../../testing/golden/share-links/index.ts';
import { DEFAULT_ANSWERS, parseAnswers } from '../answers.ts';
import { MODEL_VERSION } from '../model-version.ts';
import { CURRENT_FORMAT_VERSION } from './migrations.ts';
import { createShareState, decodeShareState, encodeShareState } from './share-codec.ts';
import './format-1.ts'; // the reader of the format-1 golden link

/** The fragment is `#/<view>[/<step>]?s=<payload>` (src/store/route.ts; not imported, domain stays pure). */
const partsOf = (fragment: string) => {
  const [, view, step, payload] = /^#\/([a-z]+)(?:\/([a-z-]+))?\?s=(.+)$/.exec(fragment) ?? [];
  return { view, step: step ?? null, payload: payload ?? '' };
};

describe('golden share links: every past format still opens', () => {
  it('has one golden link per format, the current one included', () => {
    expect(GOLDEN_LINKS.map((g) => g.formatVersion)).toEqual(
      Array.from({ length: CURRENT_FORMAT_VERSION }, (_, i) => i + 1),
    );
  });

  it.each(GOLDEN_LINKS.map((g) => [g.formatVersion, g] as const))(
    'format %i opens with its answers, without a notice about damage',
    (_v, golden) => {
      const { view, step, payload } = partsOf(golden.fragment);
      // The view and step come from the fragment's path (the only place format 3 keeps them).
      expect([view, step]).toEqual([golden.view, golden.step]);
      expect(payload.startsWith(`${golden.formatVersion}.`)).toBe(true);
      const result = decodeShareState(payload);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.state.answers).toEqual(golden.answers);
      expect(parseAnswers(result.state.answers).ok).toBe(true);
      expect(result.state.modelVersion).toBe(golden.modelVersion);
      // Made with another model → the user is told the numbers are today's; nothing else is said.
      expect(result.notices.length).toBe(golden.modelVersion === MODEL_VERSION ? 0 : 1);
    },
  );

  it('links made before a field existed open with its default (formats 1 and 2 and the new fields)', () => {
    for (const golden of [GOLDEN_V1, GOLDEN_V2]) {
      const result = decodeShareState(partsOf(golden.fragment).payload);
      if (!result.ok) throw new Error('golden link did not open');
      expect(result.state.answers.budget.serviceLifeYears).toBe(DEFAULT_ANSWERS.budget.serviceLifeYears);
      expect(result.state.answers.platform.attestation).toBe(DEFAULT_ANSWERS.platform.attestation);
      expect(result.state.answers.platform.deploymentsPerMonth).toBe(
        DEFAULT_ANSWERS.platform.deploymentsPerMonth,
      );
      expect(result.state.answers.performance.mayBootOffline).toBe(
        DEFAULT_ANSWERS.performance.mayBootOffline,
      );
    }
    // The gateway's answers came after format 3: every golden link opens as a single device (not a gateway).
    for (const golden of [GOLDEN_V1, GOLDEN_V2, GOLDEN_V3]) {
      const result = decodeShareState(partsOf(golden.fragment).payload);
      if (!result.ok) throw new Error('golden link did not open');
      expect(result.state.answers.data.downstreamDevices).toBe(0);
      expect(result.state.answers.data.downstreamProtocol).toBe(DEFAULT_ANSWERS.data.downstreamProtocol);
      expect(result.state.answers.data.downstreamMessagesPerMinute).toBe(
        DEFAULT_ANSWERS.data.downstreamMessagesPerMinute,
      );
    }
  });

  it('the format-1 and format-2 golden links open to the same state', () => {
    const v1 = decodeShareState(partsOf(GOLDEN_V1.fragment).payload);
    const v2 = decodeShareState(partsOf(GOLDEN_V2.fragment).payload);
    expect(v1.ok && v2.ok).toBe(true);
    if (v1.ok && v2.ok) expect(v1.state).toEqual(v2.state);
  });

  it('the format-3 golden link is what the codec writes today for its answers, byte for byte', () => {
    const state = { ...createShareState(GOLDEN_V3.answers), modelVersion: GOLDEN_V3.modelVersion };
    expect(encodeShareState(state)).toBe(partsOf(GOLDEN_V3.fragment).payload);
  });
});
