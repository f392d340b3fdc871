/**
 * The verdict next to the graded ladder: which device to buy and, when none fits within the budget, which fitting
 * device is cheapest and by how much it is over (issue 19). Every figure is read from the grader's suggestions
 * (./suggest-devices.ts), never recomputed.
 */
import type { Answers } from '../answers.ts';
import type { Device, Suggestion } from '../types.ts';

/** The cheapest device that fits, when every device that fits is over the budget. */
export interface OverBudgetFit {
  deviceId: string;
  name: string;
  priceUsd: number;
  budgetUsd: number;
  overByUsd: number;
}

/** The answer to "which device should I buy?", with its numbers. */
export interface Verdict {
  /** The cheapest fit device within the budget (the same as Estimate.recommendedDeviceId), or null. */
  recommendedDeviceId: string | null;
  /** When nothing fits within the budget but something fits over it: the cheapest of those. Null otherwise. */
  cheapestOverBudget: OverBudgetFit | null;
  /** The verdict in one or two sentences. */
  sentence: string;
}

const usd = (value: number): string =>
  `$${new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(value)}`;

/** Suggestions joined with their catalog devices and catalog positions (unknown devices are skipped). */
function joined(
  suggestions: readonly Suggestion[],
  catalog: readonly Device[],
): { s: Suggestion; device: Device; index: number }[] {
  const byId = new Map(catalog.map((d, index) => [d.id, { device: d, index }]));
  return suggestions.flatMap((s) => {
    const hit = byId.get(s.deviceId);
    return hit === undefined ? [] : [{ s, device: hit.device, index: hit.index }];
  });
}

/** Cheapest first; on equal prices the smaller device (earlier in the catalog). */
const byPrice = (a: { device: Device; index: number }, b: { device: Device; index: number }): number =>
  a.device.priceUsd - b.device.priceUsd || a.index - b.index;

/** The verdict for graded suggestions; `recommendedDeviceId` is recommendDevice's pick. */
export function buildVerdict(
  suggestions: readonly Suggestion[],
  catalog: readonly Device[],
  recommendedDeviceId: string | null,
  answers: Pick<Answers, 'budget'>,
): Verdict {
  const rows = joined(suggestions, catalog).sort(byPrice);
  const recommended = rows.find((r) => r.s.deviceId === recommendedDeviceId);
  if (recommended !== undefined) {
    return {
      recommendedDeviceId,
      cheapestOverBudget: null,
      sentence: `${recommended.device.name} is the cheapest device that fits, at ${usd(recommended.device.priceUsd)}.`,
    };
  }
  const overBudget = rows.find((r) => r.s.grade === 'fit' && r.s.budget.kind === 'over-budget');
  if (overBudget !== undefined && overBudget.s.budget.kind === 'over-budget') {
    const { priceUsd, budgetUsd, overByUsd } = overBudget.s.budget;
    return {
      recommendedDeviceId: null,
      cheapestOverBudget: {
        deviceId: overBudget.s.deviceId,
        name: overBudget.device.name,
        priceUsd,
        budgetUsd,
        overByUsd,
      },
      sentence:
        `No device fits within the ${usd(budgetUsd)} budget. The cheapest device that fits is ` +
        `${overBudget.device.name} at ${usd(priceUsd)}: over budget by ${usd(overByUsd)}.`,
    };
  }
  const budget = answers.budget.maxDeviceUsd;
  return {
    recommendedDeviceId: null,
    cheapestOverBudget: null,
    sentence:
      budget === null
        ? 'No device in the catalog fits these requirements.'
        : `No device in the catalog fits these requirements, within the ${usd(budget)} budget or over it.`,
  };
}
