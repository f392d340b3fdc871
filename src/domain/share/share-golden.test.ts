import { describe, expect, it } from 'vitest';
import { GOLDEN_LINKS, GOLDEN_V1, GOLDEN_V2 } from '../../testing/golden/share-links/index.ts';
import { parseAnswers } from '../answers.ts';
import { MODEL_VERSION } from '../model-version.ts';
import { CURRENT_FORMAT_VERSION } from './migrations.ts';
import { decodeShareState, encodeShareState } from './share-codec.ts';

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
    'format %i opens with its answers',
    (_v, golden) => {
      const { view, step, payload } = partsOf(golden.fragment);
      expect([view, step]).toEqual([golden.view, golden.step]);
      expect(payload.startsWith(`${golden.formatVersion}.`)).toBe(true);
      const result = decodeShareState(payload);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.state.answers).toEqual(golden.answers);
      expect(parseAnswers(result.state.answers).ok).toBe(true);
      expect([result.state.view, result.state.step, result.state.modelVersion]).toEqual([
        golden.view,
        golden.step,
        golden.modelVersion,
      ]);
      // Made with another model → the user is told the numbers are today's.
      expect(result.notices.length > 0).toBe(golden.modelVersion !== MODEL_VERSION);
    },
  );

  it('the format-1 and format-2 golden links open to the same answers, view and step', () => {
    const v1 = decodeShareState(partsOf(GOLDEN_V1.fragment).payload);
    const v2 = decodeShareState(partsOf(GOLDEN_V2.fragment).payload);
    expect(v1.ok && v2.ok).toBe(true);
    if (v1.ok && v2.ok) expect(v1.state).toEqual(v2.state);
  });

  it('a format-1 link re-shared today becomes the format-2 golden link, byte for byte', () => {
    const v1 = decodeShareState(partsOf(GOLDEN_V1.fragment).payload);
    expect(v1.ok).toBe(true);
    if (v1.ok) expect(encodeShareState(v1.state)).toBe(partsOf(GOLDEN_V2.fragment).payload);
  });
});
