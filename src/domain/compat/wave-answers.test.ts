import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS, parseAnswers } from '../answers.ts';
import { mergeOntoDefaults } from '../merge-answers.ts';
import { wearOptions } from '../sizing/wear.ts';
import { waveAnswers } from './wave-answers.ts';

describe('the wave answers are read typed from Answers', () => {
  it('gives the defaults of the field descriptions for the default answers', () => {
    expect(waveAnswers(DEFAULT_ANSWERS)).toEqual({
      serviceLifeYears: 5,
      attestation: 'symmetric-key',
      deploymentsPerMonth: 2,
      mayBootOffline: true,
    });
    expect(wearOptions(DEFAULT_ANSWERS)).toEqual({ serviceLifeYears: 5, deploymentsPerMonth: 2 });
  });

  it('gives what the user answered', () => {
    const answers = {
      ...DEFAULT_ANSWERS,
      budget: { ...DEFAULT_ANSWERS.budget, serviceLifeYears: 7.5 },
      platform: { ...DEFAULT_ANSWERS.platform, attestation: 'tpm' as const, deploymentsPerMonth: 12 },
      performance: { ...DEFAULT_ANSWERS.performance, mayBootOffline: false },
    };
    expect(parseAnswers(answers).ok).toBe(true);
    expect(waveAnswers(answers)).toEqual({
      serviceLifeYears: 7.5,
      attestation: 'tpm',
      deploymentsPerMonth: 12,
      mayBootOffline: false,
    });
    expect(wearOptions(answers)).toEqual({ serviceLifeYears: 7.5, deploymentsPerMonth: 12 });
  });

  it('an answers file written before the fields existed opens with their defaults', () => {
    const without = <T extends object>(section: T, ...keys: string[]) =>
      Object.fromEntries(Object.entries(section).filter(([key]) => !keys.includes(key)));
    const oldBudget = without(DEFAULT_ANSWERS.budget, 'serviceLifeYears');
    const oldPlatform = without(DEFAULT_ANSWERS.platform, 'attestation', 'deploymentsPerMonth');
    const oldPerformance = without(DEFAULT_ANSWERS.performance, 'mayBootOffline');
    expect(Object.keys(oldBudget)).not.toContain('serviceLifeYears');
    const merged = mergeOntoDefaults({
      ...DEFAULT_ANSWERS,
      budget: oldBudget,
      platform: oldPlatform,
      performance: oldPerformance,
    });
    const parsed = parseAnswers(merged.merged);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(waveAnswers(parsed.answers)).toEqual(waveAnswers(DEFAULT_ANSWERS));
  });
});
