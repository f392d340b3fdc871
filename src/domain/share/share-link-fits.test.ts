/**
 * Issue 20 item 3: the app offered a link it then refused (200 modules with long fields encoded to more than
 * MAX_PAYLOAD_LENGTH). Now every valid state either has a link that opens to the same state, or no link is
 * offered (shareLinkFits is false and the app points to Export JSON).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, parseAnswers, type Answers } from '../answers.ts';
import { arbAnswers, arbModule } from '../../testing/arbitraries.ts';
import { hugeAnswers } from '../../testing/huge-answers.ts';
import {
  MAX_PAYLOAD_LENGTH,
  createShareState,
  decodeShareState,
  encodeShareState,
  shareLinkFits,
  tooLargeForLinkMessage,
} from './share-codec.ts';

/** Valid answers up to the schema's limits: up to 200 rows, names and images up to their maximum length. */
const arbLargeAnswers: fc.Arbitrary<Answers> = fc
  .tuple(
    arbAnswers,
    fc.string({ unit: 'grapheme', maxLength: LIMITS.nameLength }),
    fc.integer({ min: 0, max: LIMITS.modules.max }),
    fc.nat(),
    fc.integer({ min: 1, max: LIMITS.nameLength }),
    fc.integer({ min: 0, max: LIMITS.imageLength }),
    fc.array(
      fc.tuple(
        arbModule,
        fc.string({ unit: 'binary', maxLength: LIMITS.nameLength }),
        fc.string({ unit: 'grapheme-ascii', maxLength: LIMITS.imageLength }),
      ),
      { maxLength: 4 },
    ),
  )
  .map(([answers, scenarioName, count, seed, nameLength, imageLength, unicodeRows]) => {
    // Distinct, incompressible rows (cut to a random length), then a few with arbitrary Unicode text.
    const distinct = hugeAnswers(count, seed).workload.modules.map((m) => ({
      ...m,
      name: m.name.slice(0, nameLength),
      image: m.image.slice(0, imageLength),
    }));
    const unicode = unicodeRows.map(([module, name, image]) => ({ ...module, name, image }));
    return {
      ...answers,
      scenarioName,
      workload: {
        ...answers.workload,
        modules: [...unicode, ...distinct].slice(0, LIMITS.modules.max),
      },
    };
  });

describe('share links of large states', () => {
  it('any valid state has a link that opens to the same state, or none is offered', () => {
    fc.assert(
      fc.property(arbLargeAnswers, (raw) => {
        const parsed = parseAnswers(raw);
        fc.pre(parsed.ok);
        if (!parsed.ok) return;
        const state = createShareState(parsed.answers);
        const payload = encodeShareState(state);
        const result = decodeShareState(payload);
        if (shareLinkFits(payload)) {
          expect(result.ok).toBe(true);
          if (result.ok) expect(result.state).toEqual(state);
        } else {
          // Exactly the links the decoder refuses are the ones not offered.
          expect(result).toMatchObject({ ok: false, reason: 'too-long' });
        }
      }),
      // About a quarter of these states are too large for a link (counted while writing this test).
      { numRuns: 60 },
    );
  });

  it('200 modules at maximum length: no link is offered, and the message says why and what to do', () => {
    const payload = encodeShareState(createShareState(hugeAnswers()));
    expect(payload.length).toBeGreaterThan(MAX_PAYLOAD_LENGTH);
    expect(shareLinkFits(payload)).toBe(false);
    expect(decodeShareState(payload).ok).toBe(false);
    expect(tooLargeForLinkMessage(payload.length)).toMatch(
      /too large for a share link \([\d,]+ characters; a link holds up to 16,000\)\. Use Export JSON/,
    );
  });

  it('a link at the cap opens', () => {
    // Grow the module list until the payload is just under the cap: that link must open.
    let count = 1;
    let payload = '';
    for (; count <= LIMITS.modules.max; count++) {
      const next = encodeShareState(createShareState(hugeAnswers(count)));
      if (!shareLinkFits(next)) break;
      payload = next;
    }
    expect(payload.length).toBeGreaterThan(MAX_PAYLOAD_LENGTH * 0.9);
    expect(decodeShareState(payload)).toMatchObject({ ok: true });
  });
});
