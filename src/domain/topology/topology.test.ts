import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../answers.ts';
import { arbAnswers } from '../../testing/arbitraries.ts';
import { createAnswers } from '../../testing/builders.ts';
import { ASSUMPTIONS } from '../assumptions.ts';
import { estimate } from '../estimate.ts';
import { RESOURCES } from '../types.ts';
import {
  API_PROXY_MODULE,
  DEFAULT_MAX_CONNECTED_CLIENTS,
  MAX_LAYERS,
  REGISTRY_MODULE,
  estimateTopology,
  routedRate,
  type Layer,
  type LayerResult,
  type Topology,
} from './topology.ts';

/** A layer with no modules of its own and the given traffic (msg/s, % sent upstream, KB). */
function layer(devicesPerParent: number, avg: number, upstreamPercent = 100, sizeKb = 1, peak = avg): Layer {
  return {
    name: `L${devicesPerParent}`,
    devicesPerParent,
    answers: createAnswers({
      workload: { mode: 'list', modules: [] },
      data: {
        messagesPerSecondAvg: avg,
        messagesPerSecondPeak: peak,
        upstreamPercent,
        messageSizeKb: sizeKb,
      },
    }),
  };
}

function sized(t: Topology): LayerResult[] {
  const result = estimateTopology(t);
  if (!result.ok) throw new Error(result.error);
  return result.layers;
}

describe('estimateTopology: traffic sums across layers', () => {
  it.each([
    // [case, layers (devicesPerParent, avg, upstream %), expected messages/s edgeHub routes per layer, sent up per device]
    ['one layer: its own traffic', [[1, 5, 100]], [5], [5]],
    ['one layer, half sent upstream', [[3, 10, 50]], [10], [5]],
    [
      'two layers: 10 children × 5 msg/s',
      [
        [1, 5, 100],
        [10, 5, 100],
      ],
      [55, 5],
      [55, 5],
    ],
    [
      'children filter half of theirs',
      [
        [1, 0, 100],
        [4, 10, 50],
      ],
      [20, 10],
      [20, 5],
    ],
    [
      'three layers: 20 × (5 own + 30 × 2)',
      [
        [1, 1, 100],
        [20, 5, 100],
        [30, 2, 100],
      ],
      [1 + 20 * (5 + 60), 65, 2],
      [1301, 65, 2],
    ],
    [
      'a parent that filters its own messages still forwards all of its children',
      [
        [1, 10, 0],
        [2, 3, 100],
      ],
      [16, 3],
      [6, 3],
    ],
  ] as const)('%s', (_, spec, routed, sentUp) => {
    const layers = sized({ layers: spec.map(([n, avg, pct]) => layer(n, avg, pct)), registry: false });
    layers.forEach((l, i) => expect(routedRate(l.answers).avg).toBeCloseTo(routed[i]!, 9));
    layers.forEach((l, i) => expect(l.upstream.avg).toBeCloseTo(sentUp[i]!, 9));
  });

  /** The parent's uplink telemetry item (GB a month), from its estimate. */
  const telemetryGb = (l: LayerResult) =>
    l.estimate.requirements.uplink.breakdown.find((i) => i.id === 'telemetry')!.value.typical;
  const kbPerSecondToGbPerMonth = (kb: number) =>
    (kb * 1024 * ASSUMPTIONS['uplink.seconds-per-month'].value) / 1e9;

  it('a parent keeps its own share sent upstream and forwards every child message', () => {
    const [top] = sized({ layers: [layer(1, 10, 20), layer(5, 2, 100)], registry: false });
    expect(top!.answers.data.upstreamPercent).toBe(20);
    expect(top!.downstream!.upstream.avg).toBeCloseTo(5 * 2, 9);
    // 10 × 20 % + 5 × 2 = 12 messages (of 1 KB) per second go up.
    expect(telemetryGb(top!)).toBeCloseTo(kbPerSecondToGbPerMonth(12), 9);
  });

  it.each([
    // own msg/s, % up, KB; children × msg/s, KB
    [10, 100, 1, 10, 4],
    [1, 10, 100, 1, 1],
    [0, 100, 1, 5, 2],
    [7, 0, 3, 3, 0.5],
  ])(
    'bytes routed and bytes sent up are exact (own %d msg/s, %d %% up, %d KB; children %d msg/s of %d KB)',
    (avg, pct, kb, childAvg, childKb) => {
      const [top] = sized({
        layers: [layer(1, avg, pct, kb), layer(1, childAvg, 100, childKb)],
        registry: false,
      });
      const ds = top!.downstream!;
      expect(avg * kb + ds.routed.avg * ds.routed.sizeKb).toBeCloseTo(avg * kb + childAvg * childKb, 9);
      expect(ds.upstream.avg * ds.upstream.sizeKb).toBeCloseTo(childAvg * childKb, 9);
      // The estimate sends up the parent's share of its own bytes and all of the children's, each at its size.
      expect(telemetryGb(top!)).toBeCloseTo(
        kbPerSecondToGbPerMonth(avg * kb * (pct / 100) + childAvg * childKb),
        9,
      );
    },
  );

  it('peaks add up like averages', () => {
    const [top] = sized({ layers: [layer(1, 1, 100, 1, 2), layer(10, 1, 100, 1, 8)], registry: false });
    expect(top!.routed.peak).toBeCloseTo(2 + 80, 9);
    expect(top!.downstream!.routed.peak).toBeCloseTo(80, 9);
  });

  it.each([
    // A parent whose big messages come in bursts over its children's small steady telemetry.
    [0.1, 10, 100, 10, 10, 0.1],
    // Bursty children with big messages under a steady parent with small ones.
    [10, 10, 0.1, 0.1, 10, 100],
    [1, 1, 1, 1, 1, 1],
    [2, 5, 4, 3, 9, 0.5],
  ])(
    'messages and bytes routed at peak are exact (own %d/%d msg/s of %d KB; children %d/%d msg/s of %d KB)',
    (avg, peak, kb, childAvg, childPeak, childKb) => {
      const [top] = sized({
        layers: [layer(1, avg, 100, kb, peak), layer(1, childAvg, 100, childKb, childPeak)],
        registry: false,
      });
      const ds = top!.downstream!.routed;
      expect(top!.answers.data.messagesPerSecondPeak).toBe(peak);
      expect(top!.answers.data.messageSizeKb).toBe(kb);
      expect(ds.peak).toBeCloseTo(childPeak, 9);
      expect(ds.peak * ds.peakSizeKb).toBeCloseTo(childPeak * childKb, 9);
      expect(ds.avg * ds.sizeKb).toBeCloseTo(childAvg * childKb, 9);
    },
  );

  it('the bursty parent of the first case: its buffer holds its peak bytes, not 46 times fewer', () => {
    // Folded into one size weighted by the average rates (before 2026-12-04), the size (1.09 KB) costed the 20 msg/s
    // peak at 22 KB/s instead of the 1,001 KB/s it routes.
    const [top] = sized({ layers: [layer(1, 0.1, 100, 100, 10), layer(1, 10, 100, 0.1)], registry: false });
    // The view and the exports show the messages routed: 10 + 10 at peak.
    expect(top!.routed.peak).toBeCloseTo(20, 9);
    expect(top!.routed.avg).toBeCloseTo(10.1, 9);
    const alone = estimate(layer(1, 0.1, 100, 100, 10).answers);
    expect(top!.estimate.requirements.buffer.total.high).toBeGreaterThanOrEqual(
      alone.requirements.buffer.total.high,
    );
    // The breakdown says which size each flow is costed at.
    const cleanup = top!.estimate.requirements.buffer.breakdown.find((i) => i.id === 'cleanup-lag')!;
    expect(cleanup.explanation).toMatch(/of 100 KB \(theirs 0\.1 KB\)/);
  });

  it('the children’s messages are routed by the parent’s edgeHub, not processed by its modules', () => {
    // A parent with 4 Python modules doing heavy processing, and 20 children bursting to 50 msg/s each.
    const parent: Layer = {
      name: 'Site',
      devicesPerParent: 1,
      answers: createAnswers({
        workload: { mode: 'count', moduleCount: 4, defaultLanguage: 'python', modules: [] },
        data: { messagesPerSecondAvg: 5, messagesPerSecondPeak: 10, processing: 'heavy' },
      }),
    };
    const [top] = sized({ layers: [parent, layer(20, 5, 100, 1, 50)], registry: false });
    const alone = estimate(parent.answers);
    const moduleCpu = (items: { id: string; value: { typical: number; high: number } }[]) =>
      items.filter((i) => i.id.startsWith('module:')).map((i) => [i.value.typical, i.value.high]);
    // Its 4 modules cost what they cost alone (the topology adds the API proxy as a fifth).
    expect(moduleCpu(top!.estimate.requirements.cpu.breakdown).slice(0, 4)).toEqual(
      moduleCpu(alone.requirements.cpu.breakdown),
    );
    // edgeHub routes them: its line for downstream devices follows their peak (20 × 50 msg/s).
    const line = top!.estimate.requirements.cpu.breakdown.find((i) => i.id === 'downstream-devices')!;
    expect(line.explanation).toMatch(/100 msg\/s from 20 downstream devices, 1,000 at peak/);
  });

  it('device counts multiply down the layers', () => {
    const layers = sized({ layers: [layer(2, 1), layer(3, 1), layer(4, 1)], registry: false });
    expect(layers.map((l) => l.deviceCount)).toEqual([2, 6, 24]);
  });
});

describe('estimateTopology: the API proxy and the registry', () => {
  it('every layer with IoT Edge children runs the API proxy; the bottom layer does not', () => {
    const layers = sized({ layers: [layer(1, 1), layer(2, 1), layer(3, 1)], registry: false });
    expect(layers.map((l) => l.addedModules)).toEqual([[API_PROXY_MODULE.name], [API_PROXY_MODULE.name], []]);
    expect(layers[0]!.answers.workload.modules.map((m) => m.image)).toContain(API_PROXY_MODULE.image);
  });

  it('a single layer stays as it is', () => {
    const only = layer(1, 5);
    const [result] = sized({ layers: [only], registry: true });
    expect(result!.answers).toBe(only.answers);
    expect(result!.registryCache).toBeNull();
  });

  it('the registry holds each distinct image the lower layers pull once, and the top layer stores it', () => {
    const lower = (n: number, image: string): Layer => ({
      name: 'x',
      devicesPerParent: n,
      answers: createAnswers({
        workload: {
          mode: 'list',
          modules: [{ name: 'opc', image, imageSizeMb: 300, language: 'dotnet' }],
        },
      }),
    });
    const image = 'myacr.azurecr.io/opc:1';
    const without = sized({ layers: [layer(1, 1), lower(2, image), lower(3, image)], registry: false });
    const withRegistry = sized({ layers: [layer(1, 1), lower(2, image), lower(3, image)], registry: true });
    const cache = withRegistry[0]!.registryCache!;
    expect(cache.images.filter((i) => i === image)).toHaveLength(1);
    expect(cache.images).toContain(API_PROXY_MODULE.image);
    expect(cache.cacheMb).toBeGreaterThanOrEqual(300);
    expect(withRegistry[0]!.addedModules).toContain(REGISTRY_MODULE.name);
    expect(withRegistry[0]!.estimate.requirements.storage.total.typical).toBeGreaterThan(
      without[0]!.estimate.requirements.storage.total.typical + 0.3,
    );
  });

  it('count-mode modules become rows with the proxy, and the layer is sized the same apart from it', () => {
    const top: Layer = {
      name: 'top',
      devicesPerParent: 1,
      answers: createAnswers({ workload: { mode: 'count', moduleCount: 3 } }),
    };
    const [result] = sized({ layers: [top, layer(1, 0)], registry: false });
    expect(result!.answers.workload.mode).toBe('list');
    expect(result!.answers.workload.modules).toHaveLength(4);
  });
});

describe('estimateTopology: limits', () => {
  it(`accepts ${MAX_LAYERS} layers and refuses ${MAX_LAYERS + 1} with a message`, () => {
    const five = Array.from({ length: MAX_LAYERS }, () => layer(2, 1));
    expect(estimateTopology({ layers: five, registry: true }).ok).toBe(true);
    const six = estimateTopology({ layers: [...five, layer(2, 1)], registry: true });
    expect(six.ok).toBe(false);
    if (!six.ok) expect(six.error).toMatch(/at most 5 layers.*this one has 6/);
  });

  it('refuses no layer and devices per parent out of bounds', () => {
    expect(estimateTopology({ layers: [], registry: false }).ok).toBe(false);
    expect(estimateTopology({ layers: [layer(0, 1)], registry: false }).ok).toBe(false);
    expect(estimateTopology({ layers: [layer(1.5, 1)], registry: false }).ok).toBe(false);
  });

  it.each([
    [DEFAULT_MAX_CONNECTED_CLIENTS, false],
    [DEFAULT_MAX_CONNECTED_CLIENTS + 1, true],
  ])('%i children with no modules of their own: finding %s', (children, expected) => {
    const [top] = sized({ layers: [layer(1, 1), layer(children, 1)], registry: false });
    expect(top!.incomingConnections).toBe(children);
    expect(top!.findings.some((f) => f.id === 'topology.max-connected-clients')).toBe(expected);
  });

  it('connections add up: each child counts its modules and everything below it, plus itself', () => {
    // The limits article's example: two children with 100 clients each give their parent 202 connections.
    const child: Layer = {
      ...layer(2, 1),
      answers: createAnswers({ workload: { mode: 'list', modules: [] } }),
    };
    const layers = sized({ layers: [layer(1, 1), child, layer(100, 1)], registry: false });
    // The child runs the API proxy (it has children): 100 + 1 module + itself = 102 each.
    expect(layers[0]!.incomingConnections).toBe(2 * (100 + 1 + 1));
    expect(layers[1]!.incomingConnections).toBe(100);
  });
});

/** A layer of one device with no modules, no headroom and no offline hours: the shape of the counterexamples below. */
const bare = (data: Partial<Answers['data']>): Layer => ({
  name: 'L',
  devicesPerParent: 1,
  answers: createAnswers({
    workload: { mode: 'count', moduleCount: 0, defaultLanguage: 'c', modules: [] },
    data: {
      messagesPerSecondAvg: 0,
      messagesPerSecondPeak: 0,
      messageSizeKb: 0.01,
      upstreamPercent: 0,
      ...data,
    },
    performance: { headroomPercent: 0, offlineHours: 0 },
  }),
});

/** Layer 0 bursts (its peak far above its average) with big messages; layer 1 sends small ones. */
const BURSTY_PARENT: Topology = {
  layers: [
    bare({
      messagesPerSecondAvg: 5e-324,
      messagesPerSecondPeak: 3.1789146066051666e-9,
      messageSizeKb: 255.5,
    }),
    bare({ messagesPerSecondAvg: 6.129419342554623e-76, upstreamPercent: 4.030280995877577e-247 }),
  ],
  registry: true,
};

/** The same one layer down: the middle layer bursts big messages over its children's small ones. */
const BURSTY_MIDDLE: Topology = {
  layers: [
    bare({}),
    bare({
      messagesPerSecondAvg: 5e-324,
      messagesPerSecondPeak: 4.887700333777416e-9,
      messageSizeKb: 147.5,
      upstreamPercent: 99.99999916100178,
    }),
    bare({
      upstreamPercent: 9.682956276114037e-293,
      downstreamDevices: 466,
      downstreamMessagesPerMinute: 3.2848233873446462e-31,
    }),
  ],
  registry: true,
};

describe('estimateTopology: properties', () => {
  const arbTopology = (registry: boolean) =>
    fc.record({
      layers: fc.array(
        fc.record({
          name: fc.constant('L'),
          devicesPerParent: fc.integer({ min: 1, max: 40 }),
          answers: arbAnswers,
        }),
        { minLength: 1, maxLength: MAX_LAYERS },
      ),
      registry: fc.constant(registry),
    });

  it('every number is finite and non-negative, low ≤ typical ≤ high', () => {
    fc.assert(
      fc.property(arbTopology(true), (t: Topology) => {
        for (const l of sized(t)) {
          for (const r of RESOURCES) {
            const total = l.estimate.requirements[r].total;
            expect(Number.isFinite(total.high)).toBe(true);
            expect(total.low).toBeGreaterThanOrEqual(0);
            expect(total.low).toBeLessThanOrEqual(total.typical + 1e-9);
            expect(total.typical).toBeLessThanOrEqual(total.high + 1e-9);
          }
          expect(l.upstream.avg).toBeGreaterThanOrEqual(0);
          expect(Number.isFinite(l.upstream.avg)).toBe(true);
        }
      }),
      { numRuns: 25, seed: 20261204 },
    );
  });

  const atLeast = (after: number, before: number, what: string) =>
    expect(after, what).toBeGreaterThanOrEqual(before - 1e-9 * Math.max(1, Math.abs(before)));

  /** Adds `more` devices per parent on layer `at`, and checks no layer's typical or high requirement falls. */
  const expectMoreChildrenNeverLower = (t: Topology, at: number, more: number) => {
    const bigger: Topology = {
      ...t,
      layers: t.layers.map((l, i) => (i === at ? { ...l, devicesPerParent: l.devicesPerParent + more } : l)),
    };
    const after = sized(bigger);
    sized(t).forEach((b, i) => {
      for (const r of RESOURCES) {
        const x = b.estimate.requirements[r].total;
        const y = after[i]!.estimate.requirements[r].total;
        atLeast(y.typical, x.typical, `${r} layer ${i}`);
        atLeast(y.high, x.high, `${r} layer ${i}`);
      }
    });
  };

  it('more children per parent never lowers any layer’s requirement', () => {
    fc.assert(
      fc.property(
        arbTopology(true),
        fc.nat(),
        fc.integer({ min: 1, max: 30 }),
        (t: Topology, pick: number, more: number) => {
          if (t.layers.length < 2) return;
          expectMoreChildrenNeverLower(t, 1 + (pick % (t.layers.length - 1)), more);
        },
      ),
      { numRuns: 40 },
    );
  });

  it.each([
    ['layer 0', BURSTY_PARENT, 1, 4],
    ['a middle layer', BURSTY_MIDDLE, 2, 6],
  ])(
    'counterexamples found on 2026-12-04: a burst of big messages on %s over small ones below',
    (_, t, at, more) => {
      // CI found the first: layer 0's buffer fell when more children with small messages lowered the averaged size
      // its own burst (peak far above average) was costed at. The second came once the first was mended, before the
      // traffic sent up had a size at peak (UpstreamTraffic.peakSizeKb).
      expectMoreChildrenNeverLower(t, at, more);
    },
  );

  it('every layer routes and sends up exactly the real messages and bytes, on average and at peak', () => {
    // The real traffic, flow by flow: what one device of each layer sends up, counted and in KB, bottom-up; against
    // what the layer is sized with: its own answers, and the downstream flows the estimate is given.
    const close = (a: number, b: number) =>
      Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-300;
    fc.assert(
      fc.property(arbTopology(false), (t: Topology) => {
        const layers = sized(t);
        let below = { avgN: 0, avgKb: 0, peakN: 0, peakKb: 0 };
        for (let i = t.layers.length - 1; i >= 0; i--) {
          const d = t.layers[i]!.answers.data;
          const n = t.layers[i + 1]?.devicesPerParent ?? 0;
          const own = routedRate(t.layers[i]!.answers);
          const real = {
            avgN: own.avg + n * below.avgN,
            avgKb: own.avg * d.messageSizeKb + n * below.avgKb,
            peakN: own.peak + n * below.peakN,
            peakKb: own.peak * d.messageSizeKb + n * below.peakKb,
          };
          const l = layers[i]!;
          expect(close(l.routed.avg, real.avgN), `layer ${i} routed on average`).toBe(true);
          expect(close(l.routed.peak, real.peakN), `layer ${i} routed at peak`).toBe(true);
          const share = d.upstreamPercent / 100;
          const leaves = (d.downstreamDevices * d.downstreamMessagesPerMinute) / 60;
          if (l.downstream) {
            // The workload's own messages at the layer's size, the downstream flow (leaves and children) at its own.
            const ds = l.downstream.routed;
            const ownA = own.avg - leaves;
            const ownP = own.peak - leaves;
            expect(close(ownA + ds.avg, real.avgN), `layer ${i} messages on average`).toBe(true);
            expect(
              close(ownA * d.messageSizeKb + ds.avg * ds.sizeKb, real.avgKb),
              `layer ${i} KB on average`,
            ).toBe(true);
            expect(close(ownP + ds.peak, real.peakN), `layer ${i} messages at peak`).toBe(true);
            expect(
              close(ownP * d.messageSizeKb + ds.peak * ds.peakSizeKb, real.peakKb),
              `layer ${i} KB at peak`,
            ).toBe(true);
          }
          // What one device of this layer sends up (upstreamOf: the answers' own rates, not the modules' stated ones).
          const upA = (d.messagesPerSecondAvg + leaves) * share;
          const upP = (Math.max(d.messagesPerSecondPeak, d.messagesPerSecondAvg) + leaves) * share;
          below = {
            avgN: upA + n * below.avgN,
            avgKb: upA * d.messageSizeKb + n * below.avgKb,
            peakN: upP + n * below.peakN,
            peakKb: upP * d.messageSizeKb + n * below.peakKb,
          };
          expect(close(l.upstream.avg, below.avgN), `layer ${i} sent up on average`).toBe(true);
          expect(close(l.upstream.avg * l.upstream.sizeKb, below.avgKb), `layer ${i} KB sent up`).toBe(true);
          expect(
            close(l.upstream.peak * l.upstream.peakSizeKb, below.peakKb),
            `layer ${i} KB sent up at peak`,
          ).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('more traffic on a lower layer never lowers an upper layer’s requirement', () => {
    fc.assert(
      fc.property(arbTopology(false), fc.integer({ min: 1, max: 500 }), (t: Topology, extra: number) => {
        if (t.layers.length < 2) return;
        const last = t.layers.length - 1;
        const bump = (a: Answers): Answers => ({
          ...a,
          data: {
            ...a.data,
            messagesPerSecondAvg: a.data.messagesPerSecondAvg + extra,
            messagesPerSecondPeak:
              Math.max(a.data.messagesPerSecondPeak, a.data.messagesPerSecondAvg) + extra,
          },
        });
        const busier: Topology = {
          ...t,
          layers: t.layers.map((l, i) => (i === last ? { ...l, answers: bump(l.answers) } : l)),
        };
        const before = sized(t);
        const after = sized(busier);
        for (let i = 0; i < last; i++)
          for (const r of RESOURCES) {
            atLeast(
              after[i]!.estimate.requirements[r].total.typical,
              before[i]!.estimate.requirements[r].total.typical,
              `${r} layer ${i}`,
            );
            atLeast(
              after[i]!.estimate.requirements[r].total.high,
              before[i]!.estimate.requirements[r].total.high,
              `${r} layer ${i}`,
            );
          }
      }),
      { numRuns: 20 },
    );
  });
});

describe('estimateTopology: a parent that filters its own large messages', () => {
  it('adding children with small messages never lowers its requirements', () => {
    const parent = layer(1, 1, 10, 100);
    const none = sized({ layers: [parent, layer(1, 0, 100, 1)], registry: false })[0]!;
    const some = sized({ layers: [parent, layer(1, 1, 100, 1)], registry: false })[0]!;
    for (const r of RESOURCES)
      expect(some.estimate.requirements[r].total.typical).toBeGreaterThanOrEqual(
        none.estimate.requirements[r].total.typical,
      );
  });
});

describe('estimateTopology: a registry cache larger than any one image', () => {
  it('is sized in full (no cap at the wizard’s largest image size)', () => {
    const big = (i: number): Layer => ({
      name: `L${i}`,
      devicesPerParent: 2,
      answers: createAnswers({
        workload: {
          mode: 'list',
          modules: Array.from({ length: 10 }, (_, k) => ({
            name: `m${k}`,
            image: `acr.io/layer${i}/m${k}:1`,
            imageSizeMb: 3000,
            language: 'python' as const,
          })),
        },
      }),
    });
    const [top] = sized({ layers: [layer(1, 1), big(1), big(2)], registry: true });
    expect(top!.registryCache!.cacheMb).toBeGreaterThan(20 * 3000);
    const registry = top!.answers.workload.modules.find((m) => m.name === REGISTRY_MODULE.name)!;
    expect(registry.imageSizeMb).toBeGreaterThan(60_000);
  });
});

describe('estimateTopology: the gateway answers (downstream devices)', () => {
  const gateway = (n: number, leaves: number, perMinute: number, avg = 0): Layer => ({
    name: 'gw',
    devicesPerParent: n,
    answers: createAnswers({
      workload: { mode: 'list', modules: [] },
      data: {
        messagesPerSecondAvg: avg,
        messagesPerSecondPeak: avg,
        downstreamDevices: leaves,
        downstreamMessagesPerMinute: perMinute,
      },
    }),
  });

  it('a layer’s leaf devices send their messages up through every layer above it', () => {
    // 20 line gateways, each with 30 leaf devices sending 60 messages a minute: 30 msg/s per gateway.
    const [top, line] = sized({ layers: [layer(1, 5), gateway(20, 30, 60)], registry: false });
    expect(line!.upstream.avg).toBeCloseTo(30, 9);
    expect(top!.fromChildren.avg).toBeCloseTo(600, 9);
    expect(routedRate(top!.answers).avg).toBeCloseTo(605, 9);
  });

  it('children count as the parent’s downstream devices, at the average rate of all of them', () => {
    const parent = gateway(1, 10, 6, 1); // 10 own leaf devices at 6 a minute
    const [top] = sized({ layers: [parent, gateway(20, 30, 60)], registry: false });
    expect(top!.answers.data.downstreamDevices).toBe(10 + 20);
    // (10 × 6 + 20 children × 30 msg/s × 60) / 30 devices.
    expect(top!.answers.data.downstreamMessagesPerMinute).toBeCloseTo((10 * 6 + 20 * 30 * 60) / 30, 9);
    // The bottom layer keeps its own answers.
    expect(
      sized({ layers: [parent, gateway(20, 30, 60)], registry: false })[1]!.answers.data.downstreamDevices,
    ).toBe(30);
  });

  it('leaf devices count as clients: a child with 30 leaves opens 31 connections to its parent', () => {
    const [top, line] = sized({ layers: [layer(1, 5), gateway(20, 30, 60)], registry: false });
    expect(line!.incomingConnections).toBe(30);
    expect(top!.incomingConnections).toBe(20 * (30 + 1));
    expect(top!.findings.map((f) => f.id)).toContain('topology.max-connected-clients');
    expect(line!.findings.map((f) => f.id)).not.toContain('topology.max-connected-clients');
  });

  it('a parent says its connected clients once: the topology’s count replaces the gateway answers’ count', () => {
    const [top, line] = sized({ layers: [gateway(1, 120, 6, 1), gateway(20, 30, 60)], registry: false });
    const ids = [...top!.findings, ...top!.estimate.findings].map((f) => f.id);
    expect(ids.filter((id) => /max-connected-clients/.test(id))).toEqual(['topology.max-connected-clients']);
    // A layer without IoT Edge children keeps the gateway answers' finding (its leaves are its clients).
    const alone = sized({ layers: [gateway(1, 120, 6, 1)], registry: false })[0]!;
    expect(alone.estimate.findings.map((f) => f.id)).toContain('gateway-max-connected-clients');
    expect(line!.estimate.findings.map((f) => f.id)).not.toContain('gateway-max-connected-clients');
  });

  it('the children’s messages are counted once: the parent’s uplink is that of one device routing them all', () => {
    const [top] = sized({ layers: [layer(1, 5), gateway(20, 30, 60)], registry: false });
    const all = routedRate(top!.answers);
    const alone = estimate({
      ...top!.answers,
      data: {
        ...top!.answers.data,
        messagesPerSecondAvg: all.avg,
        messagesPerSecondPeak: all.peak,
        downstreamDevices: 0,
      },
    });
    expect(top!.estimate.requirements.uplink.total.typical).toBeCloseTo(
      alone.requirements.uplink.total.typical,
      9,
    );
    // 605 messages a second of 1 KB, all sent up.
    expect(all.avg).toBeCloseTo(605, 9);
  });
});
