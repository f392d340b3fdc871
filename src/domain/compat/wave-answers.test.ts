import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS, parseAnswers, type Answers } from '../answers.ts';
import { mergeOntoDefaults } from '../merge-answers.ts';
import { wearOptions } from '../sizing/wear.ts';
import { waveAnswers } from './wave-answers.ts';

type Wave = ReturnType<typeof waveAnswers>;

/** Answers with the wave's four fields set. */
const withWave = (w: Wave): Answers => ({
  ...DEFAULT_ANSWERS,
  budget: { ...DEFAULT_ANSWERS.budget, serviceLifeYears: w.serviceLifeYears },
  platform: {
    ...DEFAULT_ANSWERS.platform,
    attestation: w.attestation,
    deploymentsPerMonth: w.deploymentsPerMonth,
  },
  performance: { ...DEFAULT_ANSWERS.performance, mayBootOffline: w.mayBootOffline },
});

describe('the wave answers are read typed from Answers', () => {
  it.each<[string, Wave]>([
    [
      'the defaults',
      { serviceLifeYears: 5, attestation: 'symmetric-key', deploymentsPerMonth: 2, mayBootOffline: true },
    ],
    [
      'answered',
      { serviceLifeYears: 7.5, attestation: 'tpm', deploymentsPerMonth: 12, mayBootOffline: false },
    ],
  ])('gives what the answers hold (%s), and the wear options the same', (_, wave) => {
    const answers = withWave(wave);
    expect(parseAnswers(answers).ok).toBe(true);
    expect(waveAnswers(answers)).toEqual(wave);
    expect(wearOptions(answers)).toEqual({
      serviceLifeYears: wave.serviceLifeYears,
      deploymentsPerMonth: wave.deploymentsPerMonth,
    });
  });

  it('the default answers hold the defaults of the field descriptions', () => {
    expect(withWave(waveAnswers(DEFAULT_ANSWERS))).toEqual(DEFAULT_ANSWERS);
    expect(waveAnswers(DEFAULT_ANSWERS).serviceLifeYears).toBe(5);
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
