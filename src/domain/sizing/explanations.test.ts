/**
 * Breakdown explanations are written when first read (range.ts, LazyItem; issue 18). These tests hold the texts to
 * what the model wrote eagerly before that change, and check that a lazy item reads as a plain one everywhere.
 *
 * __snapshots__/explanations.json was written by the eager code (commit ee74676, before the change) for every
 * preset and the twenty-module golden scenario. A deliberate wording change updates it with `npx vitest run -u`.
 */
import { describe, expect, it, vi } from 'vitest';
import { estimate } from '../estimate.ts';
import { PRESETS } from '../presets.ts';
import { TWENTY_MODULE_SCENARIO } from '../../testing/golden/scenarios.ts';
import type { Estimate } from '../types.ts';
import { item } from './range.ts';

const SCENARIOS = [
  ...PRESETS.map((p) => [`preset ${p.id}`, p.answers] as const),
  ['twenty-module golden scenario', TWENTY_MODULE_SCENARIO] as const,
];

/** Every breakdown row's explanation, by scenario, requirement (and storage wear) and row id. */
function explanations(read: (e: Estimate) => Estimate = (e) => e): string {
  const out: Record<string, Record<string, Record<string, string>>> = {};
  for (const [name, answers] of SCENARIOS) {
    const e = read(estimate(answers));
    const rows: Record<string, Record<string, string>> = {};
    for (const r of Object.values(e.requirements))
      rows[r.resource] = Object.fromEntries(r.breakdown.map((i) => [i.id, i.explanation]));
    rows['storage-wear'] = Object.fromEntries(
      (e.storageWear?.breakdown ?? []).map((i) => [i.id, i.explanation]),
    );
    out[name] = rows;
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

describe('breakdown explanations written lazily', () => {
  it('read the same as the eager model wrote them, for every preset and the golden scenario', async () => {
    await expect(explanations()).toMatchFileSnapshot('./__snapshots__/explanations.json');
  });

  it('are the same through JSON, structuredClone and spread as read directly', () => {
    const direct = explanations();
    expect(explanations((e) => JSON.parse(JSON.stringify(e)) as Estimate)).toBe(direct);
    expect(explanations((e) => structuredClone(e))).toBe(direct);
    expect(
      explanations((e) => ({
        ...e,
        requirements: Object.fromEntries(
          Object.entries(e.requirements).map(([k, r]) => [
            k,
            { ...r, breakdown: r.breakdown.map((i) => ({ ...i })) },
          ]),
        ) as Estimate['requirements'],
      })),
    ).toBe(direct);
  });

  it('writes a sentence only when it is read, once, from the item’s value', () => {
    const explain = vi.fn((v: { typical: number }) => `typical ${v.typical}`);
    const row = item('x', 'X', 'module', () => ({ low: 1, typical: 2, high: 3 }), explain);
    expect(explain).not.toHaveBeenCalled();
    expect(row.explanation).toBe('typical 2');
    expect(row.explanation).toBe('typical 2');
    expect(explain).toHaveBeenCalledTimes(1);
    expect(Object.keys(row)).toEqual(['id', 'label', 'component', 'value', 'assumptionIds', 'explanation']);
    expect(row).toEqual({
      id: 'x',
      label: 'X',
      component: 'module',
      value: { low: 1, typical: 2, high: 3 },
      assumptionIds: [],
      explanation: 'typical 2',
    });
    row.explanation = 'edited';
    expect(row.explanation).toBe('edited');
    expect({ ...row }.explanation).toBe('edited');
  });
});
