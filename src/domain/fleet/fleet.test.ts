import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS, LIMITS } from '../answers.ts';
import { estimate } from '../estimate.ts';
import { DEVICES } from '../catalog/devices.ts';
import { arbAnswers } from '../../testing/arbitraries.ts';
import { fleetInputOf, fleetPlan, type FleetInput } from './fleet.ts';

const PI = { id: 'pi', name: 'Test Pi', priceUsd: 80, priceAsOf: '2026-12-04', powerW: 15 };

function input(overrides: Partial<FleetInput['budget']> = {}, rest: Partial<FleetInput> = {}): FleetInput {
  return {
    budget: {
      serviceLifeYears: 5,
      sites: 20,
      devicesPerSite: 5,
      energyUsdPerKwh: 0.2,
      dataUsdPerGb: 1,
      sparePercent: 5,
      ...overrides,
    },
    data: { messagesPerSecondAvg: 5, upstreamPercent: 100, messageSizeKb: 1 },
    moduleCount: 3,
    device: PI,
    uplinkGbPerMonth: 0.5,
    ...rest,
  };
}

const part = (plan: ReturnType<typeof fleetPlan>, id: string) => plan.parts.find((p) => p.id === id);

describe('fleetPlan: 20 sites × 5 devices of a $80, 15 W device for 5 years', () => {
  const plan = fleetPlan(input());
  it('counts 100 devices and 5 spares', () => {
    expect(plan.devices).toBe(100);
    expect(plan.spares).toBe(5);
  });
  it('derives 432,000 messages a day per device from 5 msg/s, all upstream', () => {
    expect(plan.messages.perDevicePerDay).toBe(432_000);
    expect(plan.messages.fleetBlocksPerDay).toBe(43_200_000);
    expect(plan.messages.derivation).toContain('86,400 s');
  });
  it('picks the cheapest standard edition: 8 S2 units (80) over 108 S1 units or one S3 unit (100)', () => {
    expect(plan.hub.chosen).toMatchObject({ edition: 'S2', units: 8 });
    expect(plan.hub.monthlyUsdPerUnit).toBeNull();
    expect(plan.hub.notes.join(' ')).toMatch(/basic tier/);
  });
  it('prices hardware with the spares, energy from the power figure, data from the uplink', () => {
    expect(part(plan, 'hardware')?.fleetUsd).toBe(105 * 80);
    expect(plan.energy.kwhPerYearPerDevice).toBeCloseTo(131.4);
    expect(part(plan, 'energy')?.fleetUsd).toBeCloseTo(131.4 * 5 * 0.2 * 100);
    expect(part(plan, 'data')?.fleetUsd).toBeCloseTo(0.5 * 60 * 1 * 100);
    expect(part(plan, 'iot-hub')?.fleetUsd).toBeNull();
    expect(part(plan, 'iot-hub')?.missing).toBe('price not listed');
  });
  it('totals the known parts and says which are left out', () => {
    expect(plan.totalFleetUsd).toBeCloseTo(8400 + 13140 + 3000);
    expect(plan.totalPerDeviceUsd).toBeCloseTo((8400 + 13140 + 3000) / 100);
    expect(plan.excluded).toEqual(['IoT Hub']);
  });
});

describe('fleetPlan: table cases', () => {
  it.each([
    // [sites, per site, msg/s, KB, edition, units]
    [1, 1, 4.6296, 4, 'S1', 1], // 399,997 a day
    [1, 1, 4.6297, 4, 'S1', 2], // 400,006 a day
    [1, 1, 2.3148, 4.1, 'S1', 1], // 199,999 × 2 blocks = 399,998
    [1, 1, 2.3149, 4.1, 'S1', 2], // 200,007 × 2 blocks
    [10, 1, 1, 1, 'S1', 3], // 864,000 a day
  ] as const)('%i × %i devices at %s msg/s of %s KB → %s × %i', (sites, per, rate, kb, edition, units) => {
    const plan = fleetPlan(
      input(
        { sites, devicesPerSite: per },
        { data: { messagesPerSecondAvg: rate, upstreamPercent: 100, messageSizeKb: kb } },
      ),
    );
    expect(plan.hub.chosen).toMatchObject({ edition, units });
  });
  it('4 KB messages count once and 4.1 KB messages twice', () => {
    const at = (kb: number) =>
      fleetPlan(input({}, { data: { messagesPerSecondAvg: 1, upstreamPercent: 100, messageSizeKb: kb } }))
        .messages;
    expect(at(4).blocksPerMessage).toBe(1);
    expect(at(4.1).blocksPerMessage).toBe(2);
    expect(at(4.1).fleetBlocksPerDay).toBe(2 * at(4).fleetBlocksPerDay);
  });
  it('no spares at 0 %, and whole spares otherwise (1 device at 5 % → 1 spare)', () => {
    expect(fleetPlan(input({ sparePercent: 0 })).spares).toBe(0);
    expect(fleetPlan(input({ sites: 1, devicesPerSite: 1 })).spares).toBe(1);
    expect(fleetPlan(input({ sites: 1, devicesPerSite: 40 })).spares).toBe(2);
  });
  it('leaves energy and data out of the cost when their prices are not set, and says why', () => {
    const plan = fleetPlan(input({ energyUsdPerKwh: null, dataUsdPerGb: null }));
    expect(part(plan, 'energy')).toMatchObject({ fleetUsd: null, missing: 'no energy price set' });
    expect(part(plan, 'data')?.missing).toMatch(/no data price/);
    expect(plan.energy.kwhPerYearFleet).toBeCloseTo(13_140);
    expect(plan.excluded).toEqual(['IoT Hub', 'Energy', 'Data']);
  });
  it('without a device: no hardware or energy, with the reason', () => {
    const plan = fleetPlan(input({}, { device: null, noDeviceReason: 'IoT Edge runs in an Azure VM' }));
    expect(part(plan, 'hardware')).toMatchObject({ fleetUsd: null, missing: 'IoT Edge runs in an Azure VM' });
    expect(plan.energy.kwhPerYearPerDevice).toBeNull();
    expect(part(plan, 'data')?.fleetUsd).toBeCloseTo(3000);
  });
  it('needs several hubs past 1,000,000 registered identities (devices, $edgeAgent, $edgeHub, modules)', () => {
    const plan = fleetPlan(input({ sites: 10_000, devicesPerSite: 100 }, { moduleCount: 2 }));
    expect(plan.hub.identities).toBe(5_000_000);
    expect(plan.hub.hubsForIdentities).toBe(5);
    expect(plan.hub.notes.join(' ')).toMatch(/plan 5 hubs/);
  });
});

describe('fleetInputOf: from a scenario and its estimate', () => {
  it('takes the recommended device, the module count and the uplink before headroom', () => {
    const answers = { ...DEFAULT_ANSWERS, budget: { ...DEFAULT_ANSWERS.budget, planFleet: true } };
    const est = estimate(answers);
    const fleetIn = fleetInputOf(answers, est, DEVICES);
    expect(fleetIn.device?.id).toBe(est.recommendedDeviceId);
    expect(fleetIn.moduleCount).toBe(answers.workload.moduleCount);
    expect(fleetIn.uplinkGbPerMonth).toBe(est.requirements.uplink.beforeHeadroom.typical);
  });
  it('buys no board in an Azure VM', () => {
    const answers = {
      ...DEFAULT_ANSWERS,
      platform: { ...DEFAULT_ANSWERS.platform, hosting: 'azure-vm' as const },
    };
    const fleetIn = fleetInputOf(answers, estimate(answers), DEVICES);
    expect(fleetIn.device).toBeNull();
    expect(fleetIn.noDeviceReason).toMatch(/Azure VM/);
  });
});

const arbInput: fc.Arbitrary<FleetInput> = fc.record({
  budget: fc.record({
    serviceLifeYears: fc.integer({ min: 2, max: 30 }).map((h) => h / 2),
    sites: fc.integer({ min: LIMITS.sites.min, max: LIMITS.sites.max }),
    devicesPerSite: fc.integer({ min: LIMITS.devicesPerSite.min, max: LIMITS.devicesPerSite.max }),
    energyUsdPerKwh: fc.option(fc.double({ min: 0, max: LIMITS.energyUsdPerKwh.max, noNaN: true }), {
      nil: null,
    }),
    dataUsdPerGb: fc.option(fc.double({ min: 0, max: LIMITS.dataUsdPerGb.max, noNaN: true }), { nil: null }),
    sparePercent: fc.double({ min: 0, max: LIMITS.sparePercent.max, noNaN: true }),
  }),
  data: fc.record({
    messagesPerSecondAvg: fc.double({ min: 0, max: LIMITS.messagesPerSecond.max, noNaN: true }),
    upstreamPercent: fc.double({ min: 0, max: 100, noNaN: true }),
    messageSizeKb: fc.double({ min: LIMITS.messageSizeKb.min, max: LIMITS.messageSizeKb.max, noNaN: true }),
  }),
  moduleCount: fc.integer({ min: 0, max: LIMITS.modules.max }),
  device: fc.option(fc.constantFrom(...DEVICES), { nil: null }),
  uplinkGbPerMonth: fc.double({ min: 0, max: 100_000, noNaN: true }),
});

describe('fleetPlan: properties', () => {
  it('every output is finite and non-negative', () => {
    fc.assert(
      fc.property(arbInput, (fleetIn) => {
        const plan = fleetPlan(fleetIn);
        const numbers = [
          plan.devices,
          plan.spares,
          plan.messages.fleetBlocksPerDay,
          plan.totalFleetUsd,
          plan.totalPerDeviceUsd,
          plan.hub.identities,
          ...plan.hub.options.flatMap((o) => [o.units, o.relativeCost]),
          ...plan.parts.flatMap((p) => [p.fleetUsd ?? 0, p.perDeviceUsd ?? 0]),
          plan.energy.kwhPerYearFleet ?? 0,
        ];
        for (const value of numbers) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
  it('more devices never lowers any cost, the units or the hubs', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 1, max: 1000 }), (fleetIn, more) => {
        const before = fleetPlan(fleetIn);
        const after = fleetPlan({
          ...fleetIn,
          budget: {
            ...fleetIn.budget,
            devicesPerSite: Math.min(LIMITS.devicesPerSite.max, fleetIn.budget.devicesPerSite + more),
          },
        });
        for (const p of before.parts) {
          const q = after.parts.find((x) => x.id === p.id);
          if (p.fleetUsd !== null) expect(q?.fleetUsd ?? 0).toBeGreaterThanOrEqual(p.fleetUsd);
        }
        expect(after.totalFleetUsd).toBeGreaterThanOrEqual(before.totalFleetUsd);
        expect(after.spares).toBeGreaterThanOrEqual(before.spares);
        expect(after.hub.hubsForIdentities).toBeGreaterThanOrEqual(before.hub.hubsForIdentities);
        if (before.hub.chosen && after.hub.chosen)
          expect(after.hub.chosen.relativeCost).toBeGreaterThanOrEqual(before.hub.chosen.relativeCost);
      }),
    );
  });
  it('computes for any valid answers and their estimate', () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => {
        const plan = fleetPlan(fleetInputOf(answers, estimate(answers), DEVICES));
        expect(Number.isFinite(plan.totalFleetUsd)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
