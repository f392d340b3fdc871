import { describe, expect, it } from 'vitest';
import { estimate } from '../estimate.ts';
import { createAnswers } from '../../testing/builders.ts';

describe('verdict: over budget is its own state', () => {
  it('recommends the cheapest fit within the budget', () => {
    const e = estimate(createAnswers({ budget: { maxDeviceUsd: 60 } }));
    expect(e.recommendedDeviceId).toBe('rpi4b-2gb');
    expect(e.verdict.recommendedDeviceId).toBe('rpi4b-2gb');
    expect(e.verdict.cheapestOverBudget).toBeNull();
  });

  it('when nothing fits within the budget, names the cheapest device that fits and by how much it is over', () => {
    const e = estimate(createAnswers({ budget: { maxDeviceUsd: 50 } }));
    const pi4 = e.suggestions.find((s) => s.deviceId === 'rpi4b-2gb')!;
    // The capacity grade is unchanged by the budget.
    expect(pi4.grade).toBe('fit');
    expect(pi4.budget).toEqual({ kind: 'over-budget', priceUsd: 55, budgetUsd: 50, overByUsd: 5 });
    expect(e.recommendedDeviceId).toBeNull();
    expect(e.verdict.cheapestOverBudget).toEqual({
      deviceId: 'rpi4b-2gb',
      name: 'Raspberry Pi 4 Model B (2 GB)',
      priceUsd: 55,
      budgetUsd: 50,
      overByUsd: 5,
    });
    expect(e.verdict.sentence).toBe(
      'No device fits within the $50 budget. The cheapest device that fits is Raspberry Pi 4 Model B (2 GB) at $55: over budget by $5.',
    );
  });
});
