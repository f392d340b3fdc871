import { valibotResolver } from '@hookform/resolvers/valibot';
import { useEffect, useRef } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type * as v from 'valibot';
import { useShallow } from 'zustand/react/shallow';
import type { Answers } from '../../domain/answers.ts';
import { conditionsHold, type Condition } from '../../domain/fields/index.ts';
import { deepEqual } from '../../lib/deep-equal.ts';
import { useAppStore } from '../../store/app-store.ts';
import { getAt, mergeValid, type PathKey } from './merge-valid.ts';

export interface StepFormOptions<T extends FieldValues> {
  /** The slice of the domain schema this step edits (AnswersSchema.entries.<section>, or a pick of it). */
  schema: v.GenericSchema<T, T>;
  /** Reads the step's values from the answers. */
  select: (answers: Answers) => T;
  /** Writes valid values into the store. */
  commit: (values: T) => void;
  /** A fallback for a field that has no committed value yet (for example a new module row). */
  defaultAt?: (path: readonly PathKey[]) => unknown;
  /**
   * A looser schema to commit with when `schema` cannot form a valid value even from the last committed one:
   * answers opened from an older link may break a rule the form adds (a module name with a space), and the
   * user's other edits must still reach the model while the field shows what to fix.
   */
  looseSchema?: v.GenericSchema<T, T>;
  /**
   * The step's fields that its current values hide (a field whose description's `shownWhen` does not hold:
   * see `hiddenBy`). A hidden field never blocks Next or the step links: its errors are dropped, and shown
   * again at the field when it comes back.
   */
  hidden?: (values: T) => readonly string[];
}

/** The fields of a section that the section's values hide, by their descriptions' `shownWhen` conditions. */
export function hiddenBy<T extends FieldValues>(
  section: keyof Answers,
  fields: Readonly<Record<string, { shownWhen?: readonly Condition[] }>>,
): (values: T) => string[] {
  return (values) =>
    Object.entries(fields)
      .filter(([, spec]) => !conditionsHold(spec.shownWhen, { [section]: values }))
      .map(([key]) => key);
}

/** The resolver without the errors of hidden fields: with none left, the step is valid. */
function withoutHidden<T extends FieldValues>(
  resolver: Resolver<T>,
  hidden: ((values: T) => readonly string[]) | undefined,
): Resolver<T> {
  if (!hidden) return resolver;
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    const hide = hidden(values);
    if (hide.length === 0 || Object.keys(result.errors).length === 0) return result;
    const errors = Object.fromEntries(Object.entries(result.errors).filter(([key]) => !hide.includes(key)));
    return Object.keys(errors).length > 0
      ? { values: {}, errors: errors as typeof result.errors }
      : { values, errors: {} };
  };
}

/**
 * The react-hook-form glue of one wizard step:
 * - validation by the same valibot schema as the model (resolver), shown at the field as the user types;
 * - values from the store; when the store changes from elsewhere (a preset, a share link), the form follows;
 * - every change is committed to the store at once if valid, so the live results follow the user's typing.
 *   Invalid fields are replaced by their last valid value before committing, so a bad value never reaches
 *   the model and the user's other answers in the step are never held back.
 */
export function useStepForm<T extends FieldValues>({
  schema,
  select,
  commit,
  defaultAt,
  looseSchema,
  hidden,
}: StepFormOptions<T>): UseFormReturn<T> {
  const stored = useAppStore(useShallow((state) => select(state.answers)));
  const committed = useRef<T>(stored);
  const form = useForm<T>({
    // `hidden` is a module-level function of the step (hiddenBy), the same on every render.
    resolver: withoutHidden(valibotResolver(schema) as Resolver<T>, hidden),
    defaultValues: stored as DefaultValues<T>,
    mode: 'onChange',
    // The valibot resolver stops a pipe at its first issue unless every criterion is asked for; "all" keeps
    // rules across fields (unique module names) running while another field is invalid. The message shown
    // is still the first one of each field.
    criteriaMode: 'all',
  });

  // The store changed under us (preset, share link, import, another tab): show the new values.
  useEffect(() => {
    if (deepEqual(stored, committed.current)) return;
    committed.current = stored;
    form.reset(stored);
  }, [stored, form]);

  // Live commit: no watch(), which the React Compiler cannot memoize (eslint-plugin-react-hooks
  // incompatible-library: https://react.dev/reference/eslint-plugin-react-hooks/lints/incompatible-library);
  // subscribe does not re-render the form.
  const latest = useRef({ schema, commit, defaultAt, looseSchema, hidden });
  useEffect(() => {
    latest.current = { schema, commit, defaultAt, looseSchema, hidden };
  });
  // A field that a change hides loses its message (it must not block the step); one that comes back is
  // checked again, so its message shows at the field.
  const hiddenNow = useRef<readonly string[]>(hidden?.(stored) ?? []);
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          const now = latest.current.hidden?.(values) ?? [];
          const before = hiddenNow.current;
          if (deepEqual(now, before)) return;
          hiddenNow.current = now;
          const hiddenKeys = now.filter((key) => !before.includes(key)) as Path<T>[];
          const shownKeys = before.filter((key) => !now.includes(key)) as Path<T>[];
          if (hiddenKeys.length > 0) form.clearErrors(hiddenKeys);
          if (shownKeys.length > 0) void form.trigger(shownKeys);
        },
      }),
    [form],
  );
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          const current = latest.current;
          const fallback = (path: readonly PathKey[]) => {
            const previous = getAt(committed.current, path);
            return previous !== undefined ? previous : current.defaultAt?.(path);
          };
          const next =
            mergeValid(current.schema, values, fallback) ??
            (current.looseSchema ? mergeValid(current.looseSchema, values, fallback) : null);
          if (next === null || deepEqual(next, committed.current)) return;
          committed.current = next;
          current.commit(next);
        },
      }),
    [form],
  );

  return form;
}

/**
 * Put a step's answers back to their defaults through the store (the form follows, as for any outside
 * change). Returns a function that restores the answers the step had before.
 */
export function applyDefaults<T>(
  select: (answers: Answers) => T,
  commit: (values: T) => void,
  defaults: T,
): () => void {
  const previous = select(useAppStore.getState().answers);
  commit(defaults);
  return () => commit(previous);
}
