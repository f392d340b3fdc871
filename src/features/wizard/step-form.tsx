import type { ReactNode } from 'react';
import { useFormState, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { StepNav } from './step-context.ts';
import { StepFormFrame } from './step-form-frame.tsx';

interface StepFormProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  nav: StepNav;
  /** Accessible name of the form (the step's title). */
  label: string;
  /**
   * "I don't know any of this": put the step's answers back to their defaults. Returns a function that undoes
   * it. Omitted on steps where the defaults would throw away work (the module table).
   */
  onUseDefaults?: () => () => void;
  children: ReactNode;
}

/**
 * A step's form with Back / Next, bound to react-hook-form: Next (or Enter in a field) moves on only when the
 * step is valid; otherwise react-hook-form focuses the first invalid field, whose message explains what to fix.
 */
export function StepForm<T extends FieldValues>({
  form,
  nav,
  label,
  onUseDefaults,
  children,
}: StepFormProps<T>) {
  const { errors } = useFormState({ control: form.control });
  return (
    <StepFormFrame
      nav={nav}
      label={label}
      check={(go) => void form.handleSubmit(() => go())()}
      hasErrors={Object.keys(errors).length > 0}
      onUseDefaults={onUseDefaults}
    >
      {children}
    </StepFormFrame>
  );
}
