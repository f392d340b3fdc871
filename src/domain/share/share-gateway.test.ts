/** The gateway's answers on share links: appended to the data section, left off while at their defaults. */
import { describe, expect, it } from 'vitest';
import { GOLDEN_V1, GOLDEN_V2, GOLDEN_V3 } from '../../testing/golden/share-links/index.ts';
import { GOLDEN_V3_FLEET } from '../../testing/golden/share-links/v3-fleet.ts';
import { GOLDEN_V3_GATEWAY } from '../../testing/golden/share-links/v3-gateway.ts';
import { DEFAULT_ANSWERS, type Answers } from '../answers.ts';
import { MODEL_VERSION } from '../model-version.ts';
import { packV2 } from './pack.ts';
import { answersToWire, createShareState, decodeShareState, encodeShareState } from './share-codec.ts';
import './format-1.ts'; // the reader of the format-1 golden link (main.tsx loads it lazily)

const payloadOf = (fragment: string) => fragment.slice(fragment.indexOf('?s=') + 3);

describe('share links: the gateway (downstream devices)', () => {
  it('the gateway golden link opens with its answers, and the codec still writes it byte for byte', () => {
    const result = decodeShareState(payloadOf(GOLDEN_V3_GATEWAY.fragment));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.answers).toEqual(GOLDEN_V3_GATEWAY.answers);
    expect(result.state.answers.data).toMatchObject({
      downstreamDevices: 150,
      downstreamProtocol: 'amqp',
      downstreamMessagesPerMinute: 2.5,
    });
    const state = {
      ...createShareState(GOLDEN_V3_GATEWAY.answers),
      modelVersion: GOLDEN_V3_GATEWAY.modelVersion,
    };
    expect(encodeShareState(state)).toBe(payloadOf(GOLDEN_V3_GATEWAY.fragment));
  });

  it.each([
    ['1', GOLDEN_V1],
    ['2', GOLDEN_V2],
    ['3', GOLDEN_V3],
    ['3 (fleet)', GOLDEN_V3_FLEET],
  ] as const)('a format-%s link made before the gateway opens as a single device', (_v, golden) => {
    const result = decodeShareState(payloadOf(golden.fragment));
    if (!result.ok) throw new Error('golden link did not open');
    expect(result.state.answers.data).toMatchObject({
      downstreamDevices: 0,
      downstreamProtocol: 'mqtt',
      downstreamMessagesPerMinute: DEFAULT_ANSWERS.data.downstreamMessagesPerMinute,
    });
  });

  it('a scenario that is not a gateway writes no gateway positions (its link is as long as before)', () => {
    expect(answersToWire(DEFAULT_ANSWERS)[2]).toEqual([5, 20, 1, 1, 100]);
  });

  it('writes a gateway value and every position before it, defaults included', () => {
    const answers: Answers = {
      ...DEFAULT_ANSWERS,
      data: { ...DEFAULT_ANSWERS.data, downstreamMessagesPerMinute: 0.5 },
    };
    expect(answersToWire(answers)[2]).toEqual([5, 20, 1, 1, 100, 0, 0, 0.5]);
  });

  it('round-trips any gateway answers, 10,000 devices included', () => {
    for (const data of [
      { downstreamDevices: 10_000, downstreamProtocol: 'amqp' as const, downstreamMessagesPerMinute: 6_000 },
      { downstreamDevices: 101, downstreamProtocol: 'mqtt' as const, downstreamMessagesPerMinute: 0 },
    ]) {
      const answers: Answers = { ...DEFAULT_ANSWERS, data: { ...DEFAULT_ANSWERS.data, ...data } };
      const result = decodeShareState(encodeShareState(createShareState(answers)));
      expect(result.ok && result.state.answers).toEqual(answers);
    }
  });

  it('a gateway value out of range gets a clear message, and every other answer is kept', () => {
    const answers: Answers = {
      ...DEFAULT_ANSWERS,
      data: { ...DEFAULT_ANSWERS.data, downstreamDevices: 150, downstreamMessagesPerMinute: 3 },
    };
    const wire = answersToWire(answers);
    (wire[2] as unknown[])[5] = 2.5; // not a whole number of devices
    const result = decodeShareState(`3.${packV2(JSON.stringify([MODEL_VERSION, wire]))}`);
    const kept = result.ok ? result.state.answers : result.partial?.answers;
    expect(kept?.data).toMatchObject({ downstreamDevices: 0, downstreamMessagesPerMinute: 3 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.stringMatching(/^data\.downstreamDevices: Downstream devices must be a whole number/),
    ]);
  });
});
