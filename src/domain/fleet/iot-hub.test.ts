import { describe, expect, it } from 'vitest';
import { blocksPerMessage, hubPlan, unitsFor } from './iot-hub.ts';

describe('blocksPerMessage: IoT Hub meters device-to-cloud messages in 4 KB blocks', () => {
  it.each([
    [0.5, 1],
    [1, 1],
    [4, 1],
    [4.1, 2],
    [8, 2],
    [8.01, 3],
    [256, 64],
  ])('%s KB counts as %i', (kb, blocks) => {
    expect(blocksPerMessage(kb)).toBe(blocks);
  });
  it('counts 0.1 × 40 KB (floating point 4.000000000000001) as one block, not two', () => {
    expect(blocksPerMessage(0.1 * 40)).toBe(1);
  });
});

describe('hubPlan: the cheapest standard edition', () => {
  it('400,000 messages a day fit one S1 unit; 400,001 need two', () => {
    expect(hubPlan(400_000).chosen).toMatchObject({ edition: 'S1', units: 1 });
    expect(hubPlan(400_001).chosen).toMatchObject({ edition: 'S1', units: 2 });
  });
  it.each([
    // [metered messages a day, edition, units]
    [0, 'S1', 1],
    [1, 'S1', 1],
    [3_600_000, 'S1', 9],
    // 10 S1 units cost as much as 1 S2 unit: the tie goes to S2 (6 million a day instead of 4).
    [4_000_000, 'S2', 1],
    [4_000_001, 'S2', 1],
    // 16 S1 units (16) cost less than 2 S2 units (20).
    [6_000_001, 'S1', 16],
    [12_000_000, 'S2', 2],
    // 10 S2 units and 1 S3 unit both cost 100: S3 (300 million a day instead of 60).
    [60_000_000, 'S3', 1],
    [60_000_001, 'S3', 1],
    [300_000_001, 'S3', 2],
    [3_000_000_000, 'S3', 10],
  ] as const)('%i messages a day → %s × %i', (blocks, edition, units) => {
    expect(hubPlan(blocks).chosen).toMatchObject({ edition, units });
  });
  it('lists every edition with its units, and whether one hub can hold them', () => {
    const plan = hubPlan(100_000_000);
    expect(plan.options.map((o) => [o.edition, o.units, o.fitsOneHub])).toEqual([
      ['S1', 250, false],
      ['S2', 17, true],
      ['S3', 1, true],
    ]);
    expect(plan.why).toContain('S3 × 1');
  });
  it('says to split the fleet when no edition fits one hub', () => {
    const plan = hubPlan(3_000_000_001);
    expect(plan.chosen).toBeNull();
    expect(plan.why).toMatch(/several hubs/);
  });
  it('a hub has at least one unit', () => {
    expect(unitsFor('S3', 0)).toBe(1);
  });
});
