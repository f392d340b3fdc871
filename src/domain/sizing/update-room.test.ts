import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS, type Answers } from '../answers.ts';
import { estimate } from '../estimate.ts';
import { imageGenerations } from './storage.ts';

describe('update room follows deployments per month (IoT Edge keeps unused images 7 days)', () => {
  it.each([
    [0, 1],
    [1, 1],
    [2, 1],
    [4, 1],
    [5, 2],
    [10, 3],
    [30, 7],
    [100, 23],
  ])('%s deployments a month → %s extra image generations', (perMonth, generations) => {
    expect(imageGenerations(perMonth).value).toBe(generations);
  });

  it('the storage estimate grows with the deployment rate, and says why', () => {
    const at = (deploymentsPerMonth: number) => {
      const answers = {
        ...DEFAULT_ANSWERS,
        platform: { ...DEFAULT_ANSWERS.platform, deploymentsPerMonth },
      } as Answers;
      return estimate(answers).requirements.storage.breakdown.find((i) => i.id === 'update-headroom')!;
    };
    const monthly = at(2);
    const daily = at(30);
    expect(daily.value.typical).toBeCloseTo(monthly.value.typical * 7, 6);
    expect(daily.explanation).toMatch(/30 deployments a month.*7 days: room for 7 extra versions/);
    expect(daily.assumptionIds).toContain('update.image-age-days');
  });
});
