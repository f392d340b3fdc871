import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbAnswers } from '../../testing/arbitraries.ts';
import { createAnswers } from '../../testing/builders.ts';
import { MODEL_VERSION } from '../model-version.ts';
import { packV2 } from '../share/pack.ts';
import { decodeShareState } from '../share/share-codec.ts';
import { decodeTopology, encodeTopology, topologyToWire } from './topology-link.ts';
import { MAX_LAYERS, type Topology } from './topology.ts';

const plant: Topology = {
  registry: true,
  layers: [
    { name: 'Enterprise', devicesPerParent: 1, answers: createAnswers({ scenarioName: 'Cloud-facing' }) },
    { name: 'Site', devicesPerParent: 1, answers: createAnswers({ scenarioName: 'Site' }) },
    {
      name: 'Line gateways',
      devicesPerParent: 20,
      answers: createAnswers({ scenarioName: 'Line', data: { messagesPerSecondAvg: 30 } }),
    },
  ],
};

const arbTopology: fc.Arbitrary<Topology> = fc.record({
  registry: fc.boolean(),
  layers: fc.array(
    fc.record({
      name: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== ''),
      devicesPerParent: fc.integer({ min: 1, max: 10_000 }),
      answers: arbAnswers,
    }),
    { minLength: 1, maxLength: MAX_LAYERS },
  ),
});

describe('topology links', () => {
  it('decode(encode(t)) deep-equals t for any valid topology', () => {
    fc.assert(
      fc.property(arbTopology, (t) => {
        const decoded = decodeTopology(encodeTopology(t));
        expect(decoded.ok).toBe(true);
        if (decoded.ok) expect(decoded.topology).toEqual(t);
      }),
      { numRuns: 60, seed: 12 },
    );
  });

  it('keeps a 3-layer plant link short and URL-safe', () => {
    const payload = encodeTopology(plant);
    expect(payload).toMatch(/^3\.[A-Za-z0-9_-]+$/);
    expect(payload.length).toBeLessThan(400);
  });

  it.each([
    ['', 'empty', /empty/],
    ['hello', 'not-a-link', /not an Edge Sizer topology link/],
    ['3.abc$', 'corrupt', /characters an Edge Sizer link never has/],
    ['3.AAAA', 'corrupt', /damaged/],
    ['99.AAAA', 'unknown-version', /./],
    ['3.' + 'A'.repeat(60_000), 'too-long', /too long/],
  ])('a broken link %j fails as %s with the share codec’s words', (payload, reason, words) => {
    const result = decodeTopology(payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.error).toMatch(words);
      expect(result.partial).toBeUndefined();
    }
  });

  it('a cut-off link never opens as something else', () => {
    const payload = encodeTopology(plant);
    for (let cut = 3; cut < payload.length; cut += 7) {
      const result = decodeTopology(payload.slice(0, cut));
      if (result.ok) expect(result.topology).toEqual(plant);
    }
  });

  it('a share link is not a topology (no layers), and a topology link is not a share link', () => {
    const share = `3.${packV2(JSON.stringify([MODEL_VERSION, []]))}`;
    expect(decodeTopology(share).ok).toBe(false);
    const topology = decodeShareState(encodeTopology(plant));
    expect(topology.ok).toBe(false);
  });

  it('a damaged layer keeps everything else and says what was replaced', () => {
    const wire = topologyToWire(plant) as [string, number, unknown[][]];
    wire[2][1]![1] = -4;
    wire[2][2]![0] = 42;
    const result = decodeTopology(`3.${packV2(JSON.stringify(wire))}`);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/2 values could not be read/);
      expect(result.problems.join(' ')).toMatch(/Layer 2: its device count/);
      expect(result.partial!.layers[1]!.devicesPerParent).toBe(1);
      expect(result.partial!.layers[2]!.name).toBe('Layer 3');
      expect(result.partial!.layers[2]!.devicesPerParent).toBe(20);
      expect(result.partial!.layers[0]!.answers).toEqual(plant.layers[0]!.answers);
    }
  });

  it(`keeps the first ${MAX_LAYERS} layers of a longer link and says so`, () => {
    const wire = topologyToWire({ ...plant, layers: [...plant.layers, ...plant.layers] });
    const result = decodeTopology(`3.${packV2(JSON.stringify(wire))}`);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.partial!.layers).toHaveLength(MAX_LAYERS);
      expect(result.problems[0]).toMatch(/6 layers/);
    }
  });

  it('survives any JSON value inside a well-formed payload', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = decodeTopology(`3.${packV2(JSON.stringify(value))}`);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it('survives valid wire values with one position replaced by anything', () => {
    const wire = topologyToWire(plant);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 4 }),
        fc.jsonValue(),
        (i, j, value) => {
          const copy = structuredClone(wire) as unknown[];
          if (i === 2 && Array.isArray(copy[2])) (copy[2] as unknown[])[j % 3] = value;
          else copy[i] = value;
          const result = decodeTopology(`3.${packV2(JSON.stringify(copy))}`);
          if (!result.ok && result.partial) expect(result.partial.layers.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });
});
