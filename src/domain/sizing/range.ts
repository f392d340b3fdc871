/**
 * Range arithmetic and the builders every sizing function uses, so that each requirement's breakdown adds up
 * to its total by construction (the total is the sum of the items, never computed separately).
 */
import { ASSUMPTIONS, type AssumptionId } from '../assumptions.ts';
import type {
  Assumption,
  BreakdownItem,
  ComponentKind,
  Range,
  Requirement,
  ResourceId,
  Unit,
} from '../types.ts';

/** A range with the same value at all three points. */
export function constant(value: number): Range {
  return { low: value, typical: value, high: value };
}

export const ZERO: Range = constant(0);

/** The low / typical / high values of an assumption (value at an end where the register gives none). */
export function fromAssumption(id: AssumptionId): Range {
  const a = ASSUMPTIONS[id];
  const cached = FROM_ASSUMPTION.get(id);
  if (cached !== undefined && cached.entry === a) return cached.range;
  // Frozen: one object per assumption is shared by every estimate, so nothing may write to it.
  const range = Object.freeze({ low: a.low ?? a.value, typical: a.value, high: a.high ?? a.value });
  FROM_ASSUMPTION.set(id, { entry: a, range });
  return range;
}

/**
 * fromAssumption's ranges, made once per register entry (building them was a tenth of an estimate). Each keeps the
 * entry it was made from, so a register whose entry is replaced (as the citation test does) never reads a stale
 * range. A Map by id: a WeakMap keyed by the entry cost 7 % of an estimate.
 */
const FROM_ASSUMPTION = new Map<string, { entry: Assumption; range: Range }>();

/** A value and the assumptions it was computed from (a BreakdownItem is one). */
export interface Cited<T = Range> {
  readonly value: T;
  readonly assumptionIds: readonly string[];
}

/**
 * Reads assumptions and records each one it reads: the only way a breakdown item gets at the register, so an
 * item cites exactly what its value was computed from and a citation cannot drift from the value.
 */
export interface Reader {
  /** The low / typical / high range of an assumption, cited. */
  (id: AssumptionId): Range;
  /** An assumption's single (typical) value, cited. */
  scalar(id: AssumptionId): number;
  /** A value computed elsewhere from assumptions (a helper's result, another item): its citations are taken over. */
  cite<T>(value: Cited<T>): T;
}

/** The ids the innermost `cited` call has read so far (null outside one). */
let reading: string[] | null = null;

function record(id: string): void {
  if (reading !== null && !reading.includes(id)) reading.push(id);
}

/**
 * The one Reader: it records into the innermost `cited` call's list. One object for every item (a Reader of its
 * own per item, with a Set, tripled the estimate's time: 0.73 → 2.1 ms median for 100 modules, 2026-12-04).
 */
const READ: Reader = Object.assign(
  (id: AssumptionId): Range => {
    record(id);
    return fromAssumption(id);
  },
  {
    scalar(id: AssumptionId): number {
      record(id);
      return ASSUMPTIONS[id].value;
    },
    cite<T>(c: Cited<T>): T {
      for (const id of c.assumptionIds) record(id);
      return c.value;
    },
  },
);

/**
 * Compute a value through a Reader: the value, and the assumptions it read, in the order first read. A `cited`
 * call inside `compute` records into its own list; the outer one cites it only through `read.cite`.
 */
export function cited<T>(compute: (read: Reader) => T): Cited<T> {
  return readThrough(compute);
}

/** cited's work, with the list of ids as the fresh, mutable array it is (a breakdown item keeps it). */
function readThrough<T>(compute: (read: Reader) => T): { value: T; assumptionIds: string[] } {
  const outer = reading;
  const ids: string[] = [];
  reading = ids;
  try {
    return { value: compute(READ), assumptionIds: ids };
  } finally {
    reading = outer;
  }
}

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

/**
 * Build a breakdown item. Its value is computed through a Reader, and the assumptions it read are its citations:
 * nobody lists them by hand. The explanation may be written from the value.
 */
export function item(
  id: string,
  label: string,
  component: ComponentKind,
  value: (read: Reader) => Range,
  explanation: string | ((value: Range) => string),
): BreakdownItem {
  const c = readThrough(value);
  return {
    id,
    label,
    component,
    value: c.value,
    assumptionIds: c.assumptionIds,
    explanation: typeof explanation === 'string' ? explanation : explanation(c.value),
  };
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
    () => ({ low: 0, typical: base.typical * h, high: base.high * h }),
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
