/**
 * One description per answer field: the building blocks.
 *
 * Each field of Answers is described ONCE, in the file of its section (src/domain/fields/<section>.ts):
 * its schema and default, its words (label, help, choices), its unit and limits, the wizard step that asks
 * it, how the report says it, and where the share link writes it. Everything else derives from that:
 * - answers.ts assembles AnswersSchema and DEFAULT_ANSWERS from the sections (schemaOf, defaultsOf);
 * - the wizard's controls take label, help, unit, limits and options from it (features/wizard/field-props.ts);
 * - the report's words (report/describe-answers.ts) and the "Change …" buttons (ANSWER_FIELDS[path].short);
 * - the share-link codec (share/wire.ts) writes each field at its `wire.at` position of its section.
 *
 * Adding a question: its description (here), its control in its step, and the model code that reads it.
 */
import * as v from 'valibot';

/** The wizard's steps, as the domain names them (the step registry of the wizard has one entry per id). */
export const WIZARD_STEP_IDS = [
  'start',
  'workload',
  'layers',
  'data',
  'accelerators',
  'performance',
  'budget',
  'platform',
] as const;
export type WizardStepId = (typeof WIZARD_STEP_IDS)[number];

/** One choice of an enum field, in words. */
export interface Choice {
  /** What the wizard's option says; also the report's words unless `report` is given. */
  label: string;
  /** A line under the option in the wizard. */
  description?: string;
  /** How the report names the choice, when the wizard's option words read as a question's answer. */
  report?: string;
}

/**
 * The values of an enum with their words. The ORDER is the share link's numbering (a choice is written as
 * its index): append new choices, never reorder or remove (share-codec.test.ts checks the released order).
 */
export interface ChoiceTable<V extends string> {
  readonly values: readonly V[];
  readonly wording: Readonly<Record<V, Choice>>;
}

/** A choice table from its wording, in the wording's key order. */
export function choices<const W extends Record<string, Choice>>(
  wording: W,
): ChoiceTable<Extract<keyof W, string>> {
  return { values: Object.keys(wording) as Extract<keyof W, string>[], wording };
}

/** Report words of a choice. */
export function choiceWords<V extends string>(table: ChoiceTable<V>, value: V): string {
  const choice = table.wording[value];
  return choice.report ?? choice.label;
}

/** Wizard options of a choice table, in link order. */
export function choiceOptions<V extends string>(table: ChoiceTable<V>) {
  return table.values.map((value) => ({
    value,
    label: table.wording[value].label,
    description: table.wording[value].description,
  }));
}

export interface Limits {
  readonly min: number;
  readonly max: number;
}

/**
 * Where the share link writes a field: position `at` of its section's array.
 * - since 1: part of the layout every link has had; a link without it is damaged.
 * - since 3 or later: appended after the format's layout; a link made before the field existed simply
 *   does not have the position, and opens with the default (no notice, no format bump).
 * Positions are frozen once released: a new field takes the next free position of its section.
 */
export interface FieldWire {
  at: number;
  since: number;
  /**
   * How the value is written: as it is (default), as its index in `choices`, a boolean as 1/0, or the module
   * list's columns (share/wire.ts).
   */
  as?: 'value' | 'choice' | 'flag' | 'modules';
  /**
   * Left off the end of its section when it holds its default (and so does every later position): links of
   * scenarios that never use the field stay as they were, byte for byte. Only for `since` ≥ 3 fields, which
   * open with their default when absent. The fleet plan's answers use it (fields/budget.ts).
   */
  omitDefault?: boolean;
}

/** How the report says a field. */
export interface FieldReport<T> {
  /** The row's label (default: the field's label). */
  label?: string;
  /** The value in words (default: the choice's words, or the number with the unit). */
  value?(value: T): string;
}

/** A condition on another answer: the value at `path` is one of `is`, or none of `not`. */
export interface Condition {
  path: string;
  is?: readonly unknown[];
  not?: readonly unknown[];
}

/** True when every condition holds for these answers (any JSON-like object). */
export function conditionsHold(conditions: readonly Condition[] | undefined, answers: unknown): boolean {
  return (conditions ?? []).every(({ path, is, not }) => {
    let value: unknown = answers;
    for (const key of path.split('.')) {
      value =
        typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
    }
    return (is === undefined || is.includes(value)) && (not === undefined || !not.includes(value));
  });
}

/** The description of one answer field. */
export interface FieldSpec<S extends v.GenericSchema = v.GenericSchema> {
  schema: S;
  default: v.InferOutput<S>;
  /** The question as the wizard asks it (label or legend). */
  label: string;
  /** The wizard's help under the control: what it means, and what "I don't know" does. */
  help?: string;
  /** For a required number left empty: how to get the default back (after "Enter a number."). */
  whenEmpty?: string;
  /** A few words for "Change …" buttons (a finding pointing at the field). */
  short: string;
  unit?: string;
  limits?: Limits;
  /** Whole numbers only. */
  integer?: boolean;
  /** The input's step for numbers that are neither whole nor free (0.5 for half years). */
  increment?: number;
  /** Empty means "I don't know" (null). */
  optional?: boolean;
  placeholder?: string;
  choices?: ChoiceTable<string>;
  /** The wizard step that asks it. */
  askedIn: WizardStepId;
  /** Asked (and reported) only when these hold; otherwise the answer keeps its value but does not apply. */
  shownWhen?: readonly Condition[];
  /** How the report says it; false: not a row of its own (the report composes it, like the module list). */
  report?: FieldReport<v.InferOutput<S>> | false;
  /** Where the share link writes it (module fields: their column). */
  wire: FieldWire;
}

/** Describe a field (identity; keeps the schema's type for the default and the report's value). */
export function field<S extends v.GenericSchema>(spec: FieldSpec<S>): FieldSpec<S> {
  return spec;
}

/** A section's fields, keyed by their name in Answers. */
export type SectionSpec = Record<string, FieldSpec>;

/** The valibot object entries of a section. */
export function schemaOf<F extends Record<string, FieldSpec>>(fields: F): { [K in keyof F]: F[K]['schema'] } {
  return Object.fromEntries(Object.entries(fields).map(([key, spec]) => [key, spec.schema])) as {
    [K in keyof F]: F[K]['schema'];
  };
}

/** The defaults of a section. */
export function defaultsOf<F extends Record<string, FieldSpec>>(
  fields: F,
): { [K in keyof F]: F[K]['default'] } {
  return Object.fromEntries(Object.entries(fields).map(([key, spec]) => [key, spec.default])) as {
    [K in keyof F]: F[K]['default'];
  };
}

// ----- schema kit, shared by the sections -----

/**
 * The upper bound's message is written when a value breaks it, not when the schema is built: the schemas are
 * built as the first view's JavaScript runs, and `toLocaleString('en-US')` there made the page's first
 * Intl.NumberFormat, whose locale data took 20–60 ms of the start on a busy 2-core machine (Chrome CPU
 * profiles of the landing page, 2026-12-04). The text is the same.
 */
/**
 * `n.toLocaleString('en-US')` for the help texts' bounds, built at the first view's start: safe integers are
 * grouped here without Intl (the same text); anything else goes to Intl.
 */
export function enUsNumber(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const grouped = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 || Object.is(n, -0) ? `-${grouped}` : grouped;
}

export const bounded = (limits: Limits, label: string) =>
  v.pipe(
    v.number(`${label} must be a number`),
    v.finite(`${label} must be a finite number`),
    v.minValue(limits.min, `${label} must be at least ${limits.min}`),
    v.maxValue(limits.max, () => `${label} must be at most ${limits.max.toLocaleString('en-US')}`),
  );

export const boundedInt = (limits: Limits, label: string) =>
  v.pipe(bounded(limits, label), v.integer(`${label} must be a whole number`));

/** A number the user may not know: null means "I don't know", and the model uses its default. */
export const unknownOr = <S extends v.GenericSchema<unknown, number>>(schema: S) => v.nullable(schema);

export const text = (max: number, label: string) =>
  v.pipe(v.string(`${label} must be text`), v.maxLength(max, `${label} must be at most ${max} characters`));

/** A picklist of a choice table's values. */
export const oneOf = <V extends string>(table: ChoiceTable<V>, message?: string) =>
  v.picklist(table.values, message);
