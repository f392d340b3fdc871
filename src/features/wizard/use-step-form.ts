import { valibotResolver } from '@hookform/resolvers/valibot';
import { useEffect, useRef } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type * as v from 'valibot';
import { useShallow } from 'zustand/react/shallow';
import type { Answers } from '../../domain/answers.ts';
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
}: StepFormOptions<T>): UseFormReturn<T> {
  const stored = useAppStore(useShallow((state) => select(state.answers)));
  const committed = useRef<T>(stored);
  const form = useForm<T>({
    resolver: valibotResolver(schema) as Resolver<T>,
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
  const latest = useRef({ schema, commit, defaultAt, looseSchema });
  useEffect(() => {
    latest.current = { schema, commit, defaultAt, looseSchema };
  });
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
