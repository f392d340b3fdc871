import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from '../assumptions.ts';
import { DEVICES } from '../catalog/devices.ts';
import { estimate } from '../estimate.ts';
import { arbAnswers } from '../../testing/arbitraries.ts';
import { createAnswers } from '../../testing/builders.ts';
import type { Answers } from '../answers.ts';
import { buildContext } from './context.ts';
import { moduleImage } from './images.ts';
import { cited } from './range.ts';
import { updateRoomMb } from './storage.ts';
import { formatLife, LIFE_CAP_YEARS, storageWear, wearOptions, type StorageWear } from './wear.ts';

const v = (id: keyof typeof ASSUMPTIONS) => ASSUMPTIONS[id].value;

/** The typical host writes per day (GB), computed here by hand from the register. */
function expectedWritesGB(answers: Answers, deploymentsPerMonth = 2) {
  const ctx = buildContext(answers);
  const fs = v('wear.fs-journal-factor');
  const perMessage = answers.data.messageSizeKb * 1024 * v('buffer.k') + v('buffer.metadata-bytes-per-msg');
  const store = (ctx.deviceRateAvg * perMessage * 86_400 * v('wear.rocksdb-write-amp') * fs) / 1e9;
  const logs = ((ctx.modules.length + 2) * v('wear.logs-mb-per-container-day') * fs) / 1000;
  const room = updateRoomMb(
    ctx.modules.map((m) => moduleImage(m, ctx)),
    cited((read) => read('runtime.system-images')),
  ).value.typical;
  const pulls =
    ((deploymentsPerMonth / (365.25 / 12)) * room * v('wear.image-pull-write-factor') * fs) / 1000;
  const os = (v('wear.os-mb-day') * fs) / 1000;
  return { store, total: store + logs + pulls + os };
}

/** Typical life of a device's storage (years), by hand: endurance TB ÷ flash GB a day. */
function expectedLife(enduranceTB: number, hostGB: number, ftl: number) {
  return Math.min(LIFE_CAP_YEARS, (enduranceTB * 1000) / (hostGB * ftl) / 365.25);
}

const SD_TB = (v('wear.endurance.sd-consumer') * 32) / 1000; // a consumer 32 GB card: 5.12 TB
const NVME_512_TB = v('wear.endurance.nvme-tbw-per-gb') * 512; // 307 TB

function wearOf(answers: Answers): StorageWear {
  const w = estimate(answers).storageWear;
  if (!w) throw new Error('no storage wear');
  return w;
}

const DEFAULT = createAnswers();
const BUSY = createAnswers({ data: { messagesPerSecondAvg: 100, messagesPerSecondPeak: 200 } });

describe('flash wear: bytes written per day and storage life (table)', () => {
  const cases = [
    {
      name: 'SD-card Pi gateway, default load (5 msg/s of 1 KB)',
      answers: DEFAULT,
      device: 'rpi4b-4gb',
      endurance: SD_TB,
      ftl: v('wear.ftl-waf.sd'),
      writes: 4.01,
      life: 0.87,
    },
    {
      name: 'SD-card Pi gateway, busy load (100 msg/s of 1 KB)',
      answers: BUSY,
      device: 'rpi4b-4gb',
      endurance: SD_TB,
      ftl: v('wear.ftl-waf.sd'),
      writes: 74.2,
      life: 0.047,
    },
    {
      name: 'NVMe mini PC, busy load',
      answers: BUSY,
      device: 'nuc-core-i5-16gb',
      endurance: NVME_512_TB,
      ftl: 1,
      writes: 74.2,
      life: 11.3,
    },
    {
      name: 'NVMe mini PC, default load (capped)',
      answers: DEFAULT,
      device: 'nuc-core-i5-16gb',
      endurance: NVME_512_TB,
      ftl: 1,
      writes: 4.01,
      life: LIFE_CAP_YEARS,
    },
  ] as const;

  it.each(cases)('$name', ({ answers, device, endurance, ftl, writes, life }) => {
    const w = wearOf(answers);
    const expected = expectedWritesGB(answers);
    expect(w.writesGBPerDay.typical).toBeCloseTo(expected.total, 6);
    expect(w.breakdown.find((i) => i.id === 'edge-hub')?.value.typical).toBeCloseTo(expected.store, 6);
    // The rounded figures a reviewer can check against docs/sizing-model.md.
    expect(w.writesGBPerDay.typical).toBeCloseTo(writes, writes > 10 ? 0 : 1);
    const d = w.devices.find((x) => x.deviceId === device);
    expect(d).toBeDefined();
    expect(d!.enduranceTB.typical).toBeCloseTo(endurance, 6);
    expect(d!.lifeYears.typical).toBeCloseTo(expectedLife(endurance, expected.total, ftl), 6);
    expect(d!.lifeYears.typical).toBeCloseTo(life, life < 0.1 ? 2 : life > 10 ? 0 : 1);
    expect(d!.lifeYears.low).toBeLessThanOrEqual(d!.lifeYears.typical);
    expect(d!.lifeYears.typical).toBeLessThanOrEqual(d!.lifeYears.high);
  });

  it('breakdown items add up to the writes per day at every point', () => {
    const w = wearOf(BUSY);
    for (const k of ['low', 'typical', 'high'] as const) {
      const sum = w.breakdown.reduce((s, i) => s + i.value[k], 0);
      expect(sum).toBeCloseTo(w.writesGBPerDay[k], 9);
    }
  });

  it('warns when the recommended device’s storage wears out before the service life, with the remedies', () => {
    const e = estimate(DEFAULT);
    const f = e.findings.find((x) => x.id === 'model-storage-wear');
    expect(e.recommendedDeviceId).toMatch(/^rpi/);
    expect(f?.severity).toBe('warning');
    expect(f?.title).toMatch(/wears out in about 10 months, before the 5-year service life/);
    expect(f?.remedy).toMatch(/high-endurance or industrial card/);
    expect(f?.remedy).toMatch(/host-mounted SSD/);
    expect(f?.remedy).toMatch(/timeToLiveSecs/);
    expect(f?.remedy).toMatch(/fewer logs/);
    expect(f?.source).toBe('https://github.com/Azure/iotedge/issues/1274');
  });

  it('says nothing when the recommended device outlasts the service life', () => {
    // Twelve Java modules on amd64 need an 8 GB x86 box: the cheapest is the N150 mini PC, whose 256 GB NVMe SSD
    // lasts decades at 5 msg/s.
    const e = estimate(
      createAnswers({
        workload: { moduleCount: 12, defaultLanguage: 'java' },
        platform: { architecture: 'amd64' },
      }),
    );
    expect(e.recommendedDeviceId).toBe('asus-nuc-14-essential-n150-8gb');
    const d = e.storageWear?.devices.find((x) => x.deviceId === e.recommendedDeviceId);
    expect(d?.medium).toBe('nvme');
    expect(d?.shorterThanServiceLife).toBe(false);
    expect(e.findings.some((f) => f.id === 'model-storage-wear')).toBe(false);
  });

  it('takes the service life and deployments from the answers, with defaults 5 years and 2 a month', () => {
    expect(wearOptions(DEFAULT)).toEqual({ serviceLifeYears: 5, deploymentsPerMonth: 2 });
    const ctx = buildContext(DEFAULT);
    const none = storageWear(ctx, DEVICES, { serviceLifeYears: 5, deploymentsPerMonth: 0 });
    expect(none.breakdown.find((i) => i.id === 'image-pulls')?.value).toEqual({
      low: 0,
      typical: 0,
      high: 0,
    });
    const short = storageWear(ctx, DEVICES, { serviceLifeYears: 0.5, deploymentsPerMonth: 2 });
    expect(short.devices.find((d) => d.deviceId === 'rpi4b-4gb')?.shorterThanServiceLife).toBe(false);
    const expected = expectedWritesGB(DEFAULT, 10).total;
    expect(
      storageWear(ctx, DEVICES, { serviceLifeYears: 5, deploymentsPerMonth: 10 }).writesGBPerDay.typical,
    ).toBeCloseTo(expected, 6);
  });

  it('formats lives in words', () => {
    expect(formatLife(0.01)).toBe('under a month');
    expect(formatLife(1 / 12)).toBe('1 month');
    expect(formatLife(0.87)).toBe('10 months');
    expect(formatLife(11.34)).toBe('11.3 years');
    expect(formatLife(LIFE_CAP_YEARS)).toBe('more than 100 years');
  });
});

describe('flash wear: properties', () => {
  it('more messages never lengthen the storage life; every output is finite and non-negative', () => {
    fc.assert(
      fc.property(arbAnswers, fc.double({ min: 1, max: 50, noNaN: true }), (answers, factor) => {
        const busier: Answers = {
          ...answers,
          data: {
            ...answers.data,
            messagesPerSecondAvg: Math.min(100_000, answers.data.messagesPerSecondAvg * factor + 1),
            messagesPerSecondPeak: Math.min(100_000, answers.data.messagesPerSecondPeak * factor + 1),
          },
        };
        const ctxA = buildContext(answers);
        const ctxB = buildContext(busier);
        const opts = wearOptions(answers);
        const a = storageWear(ctxA, DEVICES, opts);
        const b = storageWear(ctxB, DEVICES, opts);
        for (const w of [a, b]) {
          for (const k of ['low', 'typical', 'high'] as const) {
            expect(Number.isFinite(w.writesGBPerDay[k])).toBe(true);
            expect(w.writesGBPerDay[k]).toBeGreaterThanOrEqual(0);
          }
          for (const d of w.devices)
            for (const k of ['low', 'typical', 'high'] as const) {
              expect(Number.isFinite(d.lifeYears[k])).toBe(true);
              expect(d.lifeYears[k]).toBeGreaterThanOrEqual(0);
              expect(d.lifeYears[k]).toBeLessThanOrEqual(LIFE_CAP_YEARS);
            }
        }
        for (const da of a.devices) {
          const db = b.devices.find((d) => d.deviceId === da.deviceId)!;
          for (const k of ['low', 'typical', 'high'] as const)
            expect(db.lifeYears[k]).toBeLessThanOrEqual(da.lifeYears[k] + 1e-9);
        }
      }),
      { numRuns: 200 },
    );
  });
});
