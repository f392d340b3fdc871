/**
 * What the wizard shell and the step forms share. Kept apart from step-form.tsx so the shell (in the first
 * view's JavaScript) does not pull in react-hook-form, which only the lazily loaded step forms use.
 */
import { createContext } from 'react';

/** Where Back and Next lead from a step (computed from the step registry by the wizard). */
export interface StepNav {
  /** Go to the previous step; null on the first step. */
  back: (() => void) | null;
  next: () => void;
  nextLabel: string;
}

/** What every step component receives. */
export interface StepProps {
  nav: StepNav;
}

/**
 * Leaving a step another way than Next (the stepper, Back): `guard(go)` validates the step like Next does and
 * calls `go` only when it is valid; otherwise the step stays, its message shows and the first invalid field
 * gets the focus. Without this, an out-of-range value was silently dropped on a stepper click.
 */
export type StepGuard = (go: () => void) => void;

/** Where the current step's form puts its guard, for the wizard's stepper and Back button. */
export const StepGuardContext = createContext<{ current: StepGuard | null } | null>(null);
