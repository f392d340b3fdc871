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

/**
 * `prefix + key` for every key, made once: the register ids an item reads by language, processing weight or
 * architecture. Reading with an id built on every call (a template string) made the register lookup hash a
 * fresh string each time, and the citation list compare it character by character: a sixth of a 100-module
 * estimate. Typed so that the caller's table is checked against the register: assign the result to a
 * `Record<K, AssumptionId>`.
 */
export function idsByKey<P extends string, K extends string>(
  prefix: P,
  keys: readonly K[],
): Readonly<Record<K, `${P}${K}`>> {
  return Object.fromEntries(keys.map((key) => [key, `${prefix}${key}`])) as Record<K, `${P}${K}`>;
}

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

/**
 * The ids read so far, for every `cited` call in progress: the innermost call's are STACK[frame .. top), in the order
 * first read (frame is -1 outside any call). One array for all calls, never shrunk: each call copies its ids out
 * with one exact-size slice when it ends, where an array of its own per call grew a 17-slot store on its first
 * push (a tenth of what an estimate allocated).
 */
const STACK: string[] = [];
let frame = -1;
let top = 0;

function record(id: string): void {
  if (frame < 0) return;
  for (let i = frame; i < top; i++) if (STACK[i] === id) return;
  STACK[top++] = id;
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
  const outerFrame = frame;
  const start = top;
  frame = start;
  try {
    const value = compute(READ);
    return { value, assumptionIds: STACK.slice(start, top) };
  } finally {
    top = start;
    frame = outerFrame;
  }
}

/** Whether two ranges hold the same three numbers (Object.is: -0 and NaN as they are). */
export function sameRange(a: Range, b: Range): boolean {
  return a === b || (Object.is(a.low, b.low) && Object.is(a.typical, b.typical) && Object.is(a.high, b.high));
}

/** Whether two lists of ids are the same, in the same order. */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Whether two cited ranges have the same value and the same citations (in the same order). */
export function sameCited(a: Cited, b: Cited): boolean {
  return a === b || (sameRange(a.value, b.value) && sameIds(a.assumptionIds, b.assumptionIds));
}

/**
 * Per-module values already computed in one breakdown, under a number among their inputs (the typical rate, say),
 * to share between modules with the same inputs (see itemFrom). The caller looks for its twin among `under(key)`.
 */
export class Twins<T> {
  readonly #byKey = new Map<number, T[]>();

  under(key: number): readonly T[] {
    return this.#byKey.get(key) ?? NO_TWINS;
  }

  add(key: number, twin: T): void {
    const bucket = this.#byKey.get(key);
    if (bucket === undefined) this.#byKey.set(key, [twin]);
    // A bucket stays short: past TWINS_KEPT, modules are computed on their own (still right, only slower).
    else if (bucket.length < TWINS_KEPT) bucket.push(twin);
  }
}

const NO_TWINS: readonly never[] = [];

/** The most twins kept under one key (see Twins). */
const TWINS_KEPT = 16;

/** Element-wise sum. */
export function add(...ranges: Range[]): Range {
  // Loops with one result object (not reduce, which made one per element): the same additions in the same order.
  let low = 0;
  let typical = 0;
  let high = 0;
  for (const r of ranges) {
    low += r.low;
    typical += r.typical;
    high += r.high;
  }
  return { low, typical, high };
}

/** Element-wise product (for example rate × cost, both as ranges). */
export function mul(...ranges: Range[]): Range {
  let low = 1;
  let typical = 1;
  let high = 1;
  for (const r of ranges) {
    low *= r.low;
    typical *= r.typical;
    high *= r.high;
  }
  return { low, typical, high };
}

/** Multiply every point by the same number. */
export function scale(r: Range, k: number): Range {
  return { low: r.low * k, typical: r.typical * k, high: r.high * k };
}

/** Element-wise maximum (never below zero). */
export function max(...ranges: Range[]): Range {
  let low = 0;
  let typical = 0;
  let high = 0;
  for (const r of ranges) {
    low = Math.max(low, r.low);
    typical = Math.max(typical, r.typical);
    high = Math.max(high, r.high);
  }
  return { low, typical, high };
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
  // A function explanation is written lazily (lazyItem): it must depend only on its arguments and on values
  // that never change after the estimate (the answers, the context, the register), which every caller's does.
  return itemFrom(id, label, component, readThrough(value), explanation);
}

/**
 * A breakdown item from a value already computed through a Reader (`cited`), with the ids it read. For items whose
 * value several items share: the per-module items of modules with the same inputs (the same language, rate and
 * catalog entry) compute their value once per estimate and share it, value and ids alike (issue 18). The shared
 * objects are never written to (as fromAssumption's ranges).
 */
export function itemFrom(
  id: string,
  label: string,
  component: ComponentKind,
  c: Cited,
  explanation: string | ((value: Range) => string),
): BreakdownItem {
  // A Cited's ids are read-only to its readers; a breakdown item declares them as a plain array.
  const assumptionIds = c.assumptionIds as string[];
  if (typeof explanation === 'string')
    return { id, label, component, value: c.value, assumptionIds, explanation };
  return new LazyItem(id, label, component, c.value, assumptionIds, explanation);
}

/**
 * A breakdown item whose explanation is written the first time something reads it (the results card, the report,
 * the CSV), then kept. Most items of an estimate are never read: typing re-estimates on every keystroke, and writing
 * every row's sentence eagerly was a quarter of a 100-module estimate (issue 18).
 *
 * To its consumers it is an ordinary BreakdownItem: `explanation` is an own, enumerable string property (an accessor
 * shared by every row), so Object.keys, spread, JSON.stringify, structuredClone and toEqual all see the text. The
 * sentence's function lives in a private field, invisible to all of them. An object literal with its own getter
 * closure cost 1.2 µs a row, this 0.1 µs (2026-12-04, Node 20).
 */
class LazyItem implements BreakdownItem {
  declare explanation: string;
  readonly id: string;
  readonly label: string;
  readonly component: ComponentKind;
  readonly value: Range;
  readonly assumptionIds: string[];
  #explanation: string | ((value: Range) => string);

  constructor(
    id: string,
    label: string,
    component: ComponentKind,
    value: Range,
    assumptionIds: string[],
    explain: (value: Range) => string,
  ) {
    this.id = id;
    this.label = label;
    this.component = component;
    this.value = value;
    this.assumptionIds = assumptionIds;
    this.#explanation = explain;
    Object.defineProperty(this, 'explanation', LazyItem.#ACCESSOR);
  }

  static readonly #ACCESSOR: PropertyDescriptor & ThisType<LazyItem> = {
    get(): string {
      const e = this.#explanation;
      if (typeof e === 'string') return e;
      const text = e(this.value);
      this.#explanation = text;
      return text;
    },
    set(text: string): void {
      this.#explanation = text;
    },
    enumerable: true,
    configurable: true,
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
