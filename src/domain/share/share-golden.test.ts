import { describe, expect, it } from 'vitest';
import { GOLDEN_LINKS } from '../../testing/golden/share-links/v1.ts';
import { parseAnswers } from '../answers.ts';
import { MODEL_VERSION } from '../model-version.ts';
import { decodeShareState } from './share-codec.ts';

describe('golden share links: every past format still opens', () => {
  it.each(GOLDEN_LINKS.map((g) => [g.formatVersion, g] as const))(
    'format %i opens with its answers',
    (_v, golden) => {
      // The fragment is `#/<view>[/<step>]?s=<payload>` (src/store/route.ts; not imported, domain stays pure).
      const [, view, step, payload] = /^#\/([a-z]+)(?:\/([a-z-]+))?\?s=(.+)$/.exec(golden.fragment) ?? [];
      expect([view, step ?? null]).toEqual([golden.view, golden.step]);
      expect(payload?.startsWith(`${golden.formatVersion}.`)).toBe(true);
      const result = decodeShareState(payload ?? '');
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
});
