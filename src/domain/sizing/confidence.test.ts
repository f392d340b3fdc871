import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate } from '../estimate.ts';
import type { Assumption, Requirement } from '../types.ts';
import { arbAnswers } from '../../testing/arbitraries.ts';
import { createAnswers } from '../../testing/builders.ts';
import { requirementConfidence } from './confidence.ts';

const assumption = (id: string, confidence: Assumption['confidence']): Assumption => ({
  id,
  label: id,
  value: 1,
  unit: 'x',
  source: 'https://example.com/source',
  confidence,
  date: '2026-12',
});

const req = (items: [string, number, string[]][]): Requirement => ({
  resource: 'cpu',
  label: 'CPU',
  unit: 'ref-cores',
  total: { low: 0, typical: 0, high: 0 },
  beforeHeadroom: { low: 0, typical: 0, high: 0 },
  explanation: '',
  breakdown: items.map(([id, typical, assumptionIds]) => ({
    id,
    label: id,
    component: id === 'headroom' ? 'headroom' : 'module',
    value: { low: typical, typical, high: typical },
    assumptionIds,
    explanation: '',
  })),
});

describe('requirementConfidence', () => {
  const register = [assumption('m', 'H'), assumption('e', 'EST'), assumption('l', 'L'), assumption('s', 'M')];

  it.each([
    {
      name: 'all measured',
      items: [
        ['a', 1, ['m']],
        ['b', 1, ['s']],
      ],
      level: 'high',
      share: 0,
    },
    {
      name: 'a third estimated',
      items: [
        ['a', 2, ['m']],
        ['b', 1, ['e']],
      ],
      level: 'medium',
      share: 1 / 3,
    },
    {
      name: 'mostly weak (L counts as weak)',
      items: [
        ['a', 1, ['m']],
        ['b', 3, ['l']],
      ],
      level: 'low',
      share: 0.75,
    },
    {
      name: 'headroom is left out',
      items: [
        ['a', 1, ['m']],
        ['headroom', 100, []],
      ],
      level: 'high',
      share: 0,
    },
    {
      name: 'one weak constant makes the item estimated',
      items: [['a', 1, ['m', 'e']]],
      level: 'low',
      share: 1,
    },
  ] as const)('$name', ({ items, level, share }) => {
    const c = requirementConfidence(req(items.map(([i, v, ids]) => [i, v, [...ids]])), register);
    expect(c.level).toBe(level);
    expect(c.estimatedShare).toBeCloseTo(share, 9);
  });

  it('marks the CPU requirement of the default scenario as low confidence', () => {
    const e = estimate(createAnswers());
    const c = requirementConfidence(e.requirements.cpu, e.assumptions);
    expect(c.level).toBe('low');
    expect(c.label).toBe('Low confidence');
    expect(c.text).toMatch(/not on measurements/);
  });

  it('CPU is low confidence for any answers (every CPU constant is EST or L), and the share is in [0, 1]', () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => {
        const e = estimate(answers);
        const c = requirementConfidence(e.requirements.cpu, e.assumptions);
        expect(c.level).toBe('low');
        for (const r of Object.values(e.requirements)) {
          const x = requirementConfidence(r, e.assumptions).estimatedShare;
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 100 },
    );
  });
});
