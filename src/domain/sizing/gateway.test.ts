/**
 * A gateway's downstream devices in the sizing model (sizing/gateway.ts, context.ts, docs/gateway.md): 0 devices
 * changes nothing, the load lines add what their formulas say, and more devices or messages never lower a need.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS, LIMITS, type Answers } from '../answers.ts';
import { ASSUMPTIONS } from '../assumptions.ts';
import { estimate } from '../estimate.ts';
import { PRESETS } from '../presets.ts';
import { RESOURCES, type Estimate } from '../types.ts';
import { arbAnswers } from '../../testing/arbitraries.ts';
import { buildContext } from './context.ts';
import { DOWNSTREAM_ITEM_ID } from './gateway.ts';

const RUNS = { numRuns: 100, interruptAfterTimeLimit: 15_000 };
const POINTS = ['low', 'typical', 'high'] as const;

const gateway = (answers: Answers, data: Partial<Answers['data']>): Answers => ({
  ...answers,
  data: { ...answers.data, ...data },
});
const row = (e: Estimate, resource: 'cpu' | 'ram', id: string) =>
  e.requirements[resource].breakdown.find((i) => i.id === id);
const value = (id: keyof typeof ASSUMPTIONS) => ASSUMPTIONS[id];

describe('downstream devices: 0 is a single device, exactly as before', () => {
  it.each([
    ['default answers', DEFAULT_ANSWERS] as const,
    ...PRESETS.map((p) => [`preset ${p.id}`, p.answers] as const),
  ])('%s: with 0 downstream devices the other gateway answers change nothing', (_name, answers) => {
    const base = JSON.stringify(estimate(answers));
    const other = gateway(answers, {
      downstreamDevices: 0,
      downstreamProtocol: 'amqp',
      downstreamMessagesPerMinute: 6_000,
    });
    expect(JSON.stringify(estimate(other))).toBe(base);
  });

  it.each(PRESETS.map((p) => [p.id, p.answers] as const))(
    'preset %s has no gateway line and no gateway finding',
    (_id, answers) => {
      const e = estimate(answers);
      for (const r of RESOURCES)
        expect(e.requirements[r].breakdown.map((i) => i.id)).not.toContain(DOWNSTREAM_ITEM_ID);
      expect(e.findings.map((f) => f.id).filter((id) => id.startsWith('gateway'))).toEqual([]);
    },
  );

  it('the upstream and routed rates are the workload formula alone', () => {
    const ctx = buildContext(DEFAULT_ANSWERS);
    const { messagesPerSecondAvg, messagesPerSecondPeak, upstreamPercent } = DEFAULT_ANSWERS.data;
    const none = {
      avg: 0,
      peak: 0,
      sizeKb: DEFAULT_ANSWERS.data.messageSizeKb,
      peakSizeKb: DEFAULT_ANSWERS.data.messageSizeKb,
    };
    expect(ctx.downstream).toEqual({ devices: 0, routed: none, upstream: none });
    expect(ctx.upstreamAvg).toBe((messagesPerSecondAvg * upstreamPercent) / 100);
    expect(ctx.upstreamPeak).toBe((messagesPerSecondPeak * upstreamPercent) / 100);
  });
});

describe('downstream devices: the load lines', () => {
  const answers = gateway(DEFAULT_ANSWERS, { downstreamDevices: 150, downstreamMessagesPerMinute: 12 });
  const e = estimate(answers);
  const sizeKb = answers.data.messageSizeKb;
  const rate = (150 * 12) / 60; // 30 msg/s

  it('RAM: connections × memory per connection + their messages held, cited', () => {
    const line = row(e, 'ram', DOWNSTREAM_ITEM_ID);
    const perConn = value('gateway.ram-per-connection-kb');
    const overhead = value('msg.overhead-kb.dotnet');
    const window = value('edge-hub.window-s');
    expect(line?.value.typical).toBeCloseTo(
      (150 * perConn.value) / 1024 + (rate * (sizeKb + overhead.value) * window.value) / 1024,
      9,
    );
    expect(line?.value.high).toBeCloseTo(
      (150 * (perConn.high ?? 0)) / 1024 +
        (rate * (sizeKb + (overhead.high ?? 0)) * (window.high ?? 0)) / 1024,
      9,
    );
    expect(line?.assumptionIds).toEqual(
      expect.arrayContaining(['gateway.ram-per-connection-kb', 'edge-hub.window-s']),
    );
    expect(line?.explanation).toMatch(
      /150 downstream devices over MQTT: memory per connection \(an estimate/,
    );
    // The export limits edgeHub from memory.edgeHub: it includes the downstream line.
    const own = row(e, 'ram', 'edge-hub');
    for (const p of POINTS)
      expect(e.memory.edgeHub[p]).toBeCloseTo((own?.value[p] ?? 0) + (line?.value[p] ?? 0), 9);
  });

  it('CPU: their messages × edgeHub routing cost per message', () => {
    const line = row(e, 'cpu', DOWNSTREAM_ITEM_ID);
    const perMsg = value('edge-hub.cpu-per-msg-ms').value;
    const perKb = value('edge-hub.cpu-per-kb-ms').value;
    expect(line?.value.typical).toBeCloseTo((rate * (perMsg + perKb * sizeKb)) / 1000, 12);
    expect(line?.explanation).toMatch(/30 msg\/s from 150 downstream devices \(12 a minute each\)/);
  });

  it('buffer and uplink: the upstream share of their messages joins the upstream rate', () => {
    const half = gateway(answers, { upstreamPercent: 50 });
    const ctx = buildContext(half);
    expect(ctx.upstreamAvg + ctx.downstream.upstream.avg).toBeCloseTo(((5 + rate) * 50) / 100, 12);
    const base = estimate(gateway(DEFAULT_ANSWERS, { upstreamPercent: 50 }));
    const withDevices = estimate(half);
    const telemetry = (x: Estimate) =>
      x.requirements.uplink.breakdown.find((i) => i.id === 'telemetry')?.value.typical ?? 0;
    // Telemetry volume is proportional to the upstream rate: (5 + 30) / 5.
    expect(telemetry(withDevices) / telemetry(base)).toBeCloseTo(35 / 5, 9);
    const queue = (x: Estimate) =>
      x.requirements.buffer.breakdown.find((i) => i.id === 'message-buffer')?.value.typical ?? 0;
    expect(queue(withDevices) / queue(base)).toBeCloseTo(35 / 5, 9);
    expect(
      withDevices.requirements.buffer.breakdown.find((i) => i.id === 'message-buffer')?.explanation,
    ).toMatch(/including 30 msg\/s from 150 downstream devices/);
  });

  it('the protocol changes the words, not the numbers (no difference is published)', () => {
    const amqp = estimate(gateway(answers, { downstreamProtocol: 'amqp' }));
    for (const r of RESOURCES) expect(amqp.requirements[r].total).toEqual(e.requirements[r].total);
    expect(row(amqp, 'ram', DOWNSTREAM_ITEM_ID)?.explanation).toMatch(/over AMQP/);
  });
});

describe('downstream devices: properties', { timeout: 60_000 }, () => {
  it('more downstream devices or more messages each never lower a requirement; all finite and ≥ 0', () => {
    fc.assert(
      fc.property(
        arbAnswers,
        fc.integer({ min: 0, max: 500 }),
        fc.double({ min: 0, max: 120, noNaN: true }),
        (answers, moreDevices, moreMessages) => {
          const before = estimate(answers);
          const { downstreamDevices, downstreamMessagesPerMinute } = answers.data;
          const devices = Math.min(LIMITS.downstreamDevices.max, downstreamDevices + moreDevices);
          const perMinute = Math.min(
            LIMITS.downstreamMessagesPerMinute.max,
            downstreamMessagesPerMinute + moreMessages,
          );
          for (const more of [
            { downstreamDevices: devices },
            { downstreamMessagesPerMinute: perMinute },
            { downstreamDevices: devices, downstreamMessagesPerMinute: perMinute },
          ]) {
            const after = estimate(gateway(answers, more));
            for (const r of RESOURCES) {
              for (const p of POINTS) {
                const a = after.requirements[r].total[p];
                const b = before.requirements[r].total[p];
                if (!Number.isFinite(a) || a < 0) throw new Error(`${r}.${p} = ${a}`);
                if (a < b - 1e-9 * Math.max(1, Math.abs(b)))
                  throw new Error(`${r}.${p} went down: ${b} → ${a}`);
              }
            }
          }
        },
      ),
      RUNS,
    );
  });
});
