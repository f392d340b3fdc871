/**
 * Range arithmetic and the builders every sizing function uses, so that each requirement's breakdown adds up
 * to its total by construction (the total is the sum of the items, never computed separately).
 */
import { ASSUMPTIONS, type AssumptionId } from '../assumptions.ts';
import type { BreakdownItem, ComponentKind, Range, Requirement, ResourceId, Unit } from '../types.ts';

/** A range with the same value at all three points. */
export function constant(value: number): Range {
  return { low: value, typical: value, high: value };
}

export const ZERO: Range = constant(0);

/** The low / typical / high values of an assumption (value at an end where the register gives none). */
export function fromAssumption(id: AssumptionId): Range {
  let range = FROM_ASSUMPTION.get(id);
  if (!range) {
    const a = ASSUMPTIONS[id];
    // Frozen: one object per assumption is shared by every estimate, so nothing may write to it.
    range = Object.freeze({ low: a.low ?? a.value, typical: a.value, high: a.high ?? a.value });
    FROM_ASSUMPTION.set(id, range);
  }
  return range;
}

/** fromAssumption's ranges, made once (a lookup in the ~120-entry register was a tenth of an estimate). */
const FROM_ASSUMPTION = new Map<AssumptionId, Range>();

/** Element-wise sum. */
export function add(...ranges: Range[]): Range {
  return ranges.reduce<Range>(
    (acc, r) => ({ low: acc.low + r.low, typical: acc.typical + r.typical, high: acc.high + r.high }),
    ZERO,
  );
}

/** Element-wise product (for example rate × cost, both as ranges). */
export function mul(...ranges: Range[]): Range {
  return ranges.reduce<Range>(
    (acc, r) => ({ low: acc.low * r.low, typical: acc.typical * r.typical, high: acc.high * r.high }),
    constant(1),
  );
}

/** Multiply every point by the same number. */
export function scale(r: Range, k: number): Range {
  return { low: r.low * k, typical: r.typical * k, high: r.high * k };
}

/** Element-wise maximum. */
export function max(...ranges: Range[]): Range {
  return ranges.reduce<Range>(
    (acc, r) => ({
      low: Math.max(acc.low, r.low),
      typical: Math.max(acc.typical, r.typical),
      high: Math.max(acc.high, r.high),
    }),
    ZERO,
  );
}

/** Apply a function to each point. */
export function map(r: Range, f: (x: number) => number): Range {
  return { low: f(r.low), typical: f(r.typical), high: f(r.high) };
}

/** True when low ≤ typical ≤ high and all three are finite. */
export function isOrdered(r: Range): boolean {
  return (
    Number.isFinite(r.low) &&
    Number.isFinite(r.typical) &&
    Number.isFinite(r.high) &&
    r.low <= r.typical &&
    r.typical <= r.high
  );
}

/** Build a breakdown item. */
export function item(
  id: string,
  label: string,
  component: ComponentKind,
  value: Range,
  assumptionIds: AssumptionId[],
  explanation: string,
): BreakdownItem {
  return { id, label, component, value, assumptionIds: [...assumptionIds], explanation };
}

/**
 * The headroom item: headroomPercent of the items' typical and high sums. The low end has no headroom: it is the
 * least the stack needs to run at all. Pass it to `requirement` as its `headroom`, so the requirement also carries
 * its need before headroom (the grader's "typical before headroom" and "high").
 */
export function headroomItem(items: BreakdownItem[], headroomPercent: number, what: string): BreakdownItem {
  const base = add(...items.map((i) => i.value));
  const h = headroomPercent / 100;
  return item(
    'headroom',
    `Headroom (${formatPercent(headroomPercent)})`,
    'headroom',
    { low: 0, typical: base.typical * h, high: base.high * h },
    [],
    `Your headroom of ${formatPercent(headroomPercent)} on top of the typical and high ${what}; none at the low end, which is the bare minimum.`,
  );
}

/**
 * Build a requirement whose total is the sum of its breakdown. The user's headroom item (from headroomItem), when
 * given, goes last in the breakdown; `beforeHeadroom` is the sum of the other items, so the grader reads the need
 * without headroom from typed data rather than by looking for an item id.
 */
export function requirement(
  resource: ResourceId,
  label: string,
  unit: Unit,
  breakdown: BreakdownItem[],
  explanation: string,
  headroom: BreakdownItem | null = null,
): Requirement {
  const beforeHeadroom = add(...breakdown.map((i) => i.value));
  return {
    resource,
    label,
    unit,
    total: headroom === null ? beforeHeadroom : add(beforeHeadroom, headroom.value),
    beforeHeadroom,
    breakdown: headroom === null ? breakdown : [...breakdown, headroom],
    explanation,
  };
}

function formatPercent(p: number): string {
  return `${Number.isInteger(p) ? p : p.toFixed(1)}%`;
}
