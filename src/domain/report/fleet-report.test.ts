import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS, type Answers } from '../answers.ts';
import { DEVICES } from '../catalog/devices.ts';
import { estimate } from '../estimate.ts';
import { buildFleetReport } from './fleet-report.ts';

const fleet = (budget: Partial<Answers['budget']>): Answers => ({
  ...DEFAULT_ANSWERS,
  budget: { ...DEFAULT_ANSWERS.budget, planFleet: true, sites: 20, devicesPerSite: 5, ...budget },
});
const report = (answers: Answers) => buildFleetReport(answers, estimate(answers), DEVICES);

describe('buildFleetReport', () => {
  it('is null until the user asks for a fleet plan', () => {
    expect(report(DEFAULT_ANSWERS)).toBeNull();
  });

  it('20 sites × 5 devices of the default scenario: tier, units, costs and what is left out', () => {
    const r = report(fleet({ energyUsdPerKwh: 0.25 }));
    if (!r) throw new Error('no fleet report');
    const device = DEVICES.find((d) => d.id === estimate(fleet({})).recommendedDeviceId);
    expect(r.title).toBe('Fleet and cost over 5 years');
    expect(r.devices).toBe(100);
    expect(r.spares).toBe(5);
    // 5 msg/s × 86,400 = 432,000 a day per device; × 100 = 43.2 million: 8 S2 units.
    expect(r.hub.headline).toBe('S2 × 8 units');
    expect(r.hub.price).toBe('not listed');
    expect(r.costs.find((c) => c.id === 'hardware')?.fleetUsd).toBe(105 * (device?.priceUsd ?? NaN));
    expect(r.costs.find((c) => c.id === 'iot-hub')?.fleet).toBe('price not listed');
    expect(r.costs.find((c) => c.id === 'data')?.fleet).toBe('no data price set (optional)');
    expect(r.excludedNote).toMatch(
      /leaves out IoT Hub \(price not listed\) and Data \(no data price set \(optional\)\)/,
    );
    expect(r.summary).toContain(device?.name);
  });

  it('cumulates the known costs by year: hardware at year 0, energy spread to the end of the service life', () => {
    const r = report(fleet({ energyUsdPerKwh: 0.2, serviceLifeYears: 2.5 }));
    if (!r) throw new Error('no fleet report');
    expect(r.byYear.map((y) => y.year)).toEqual([0, 1, 2, 2.5]);
    const energy = r.costs.find((c) => c.id === 'energy')?.fleetUsd ?? NaN;
    const hardware = r.costs.find((c) => c.id === 'hardware')?.fleetUsd ?? NaN;
    expect(r.byYear[0]).toEqual({ year: 0, parts: { hardware, energy: 0 }, total: hardware });
    expect(r.byYear.at(-1)?.parts.energy).toBeCloseTo(energy);
    expect(r.byYear[1]?.parts.energy).toBeCloseTo(energy / 2.5);
    expect(r.byYear.at(-1)?.total).toBeCloseTo(r.total.fleetUsd);
    expect(r.byYearParts.map((p) => p.id)).toEqual(['hardware', 'energy']);
  });
});
