import { useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { StepGuardContext, type StepGuard, type StepNav } from './step-context.ts';

export interface StepFormFrameProps {
  nav: StepNav;
  /** Accessible name of the form (the step's title). */
  label: string;
  /**
   * Run `go` if the step is valid; otherwise show what to fix and move the focus to the first invalid field.
   * Next, Enter in a field, the stepper and Back all leave the step through it.
   */
  check: StepGuard;
  /** A field of the step shows an error: the step says that the results keep the last valid values. */
  hasErrors: boolean;
  /**
   * "I don't know any of this": put the step's answers back to their defaults. Returns a function that undoes
   * it. Omitted on steps where the defaults would throw away work (the module table).
   */
  onUseDefaults?: (() => () => void) | undefined;
  children: ReactNode;
}

/**
 * A step's form with Back / Next, whatever holds its values. Next (or Enter in a field) moves on only when
 * `check` finds the step valid. Not tied to react-hook-form (step-form.tsx binds it to a form): the start step,
 * the landing page, has one text field and does without the library (start-step.tsx says why).
 */
export function StepFormFrame({ nav, label, check, hasErrors, onUseDefaults, children }: StepFormFrameProps) {
  const [undo, setUndo] = useState<(() => void) | null>(null);
  const guardRef = useContext(StepGuardContext);
  // The latest check, for the guard the wizard calls (a new function each render must not re-register it).
  const latest = useRef(check);
  useEffect(() => {
    latest.current = check;
  });
  useEffect(() => {
    if (!guardRef) return;
    const guard: StepGuard = (go) => latest.current(go);
    guardRef.current = guard;
    return () => {
      if (guardRef.current === guard) guardRef.current = null;
    };
  }, [guardRef]);
  return (
    <form
      aria-label={label}
      noValidate
      // No browser form-state saving: Chromium records every control's value in the history entry when one
      // changes and on each history.replaceState (the debounced URL write). With 200 module rows (1,000
      // controls) that cost 15-50 ms per write (issue 20 item 10). Blink skips it for autocomplete=off
      // ("We don't save/restore control state in a form with autocomplete=off":
      // chromium third_party/blink/renderer/core/html/forms/html_form_control_element_with_state.cc).
      // The answers are restored from the link and the autosave instead, and the browser's autofill has
      // nothing to offer for module names and sizing figures.
      autoComplete="off"
      className="step-form"
      onSubmit={(event) => {
        event.preventDefault();
        check(() => nav.next());
      }}
    >
      {children}
      {onUseDefaults ? (
        <div className="step-form__defaults">
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => setUndo(() => onUseDefaults())}
          >
            I don&apos;t know: use the defaults for this step
          </button>
          <div role="status">
            {undo ? (
              <p className="notice">
                Defaults restored for this step.{' '}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    undo();
                    setUndo(null);
                  }}
                >
                  Undo
                </button>
              </p>
            ) : null}
          </div>
        </div>
      ) : null}
      {hasErrors ? (
        <p className="step-form__errors" role="status">
          A field in this step needs attention. The results keep using your last valid value until it is
          fixed.
        </p>
      ) : null}
      <div className="step-form__nav">
        {nav.back ? (
          <button type="button" className="button" onClick={nav.back}>
            ← Back
          </button>
        ) : (
          <span />
        )}
        <button type="submit" className="button button--primary">
          {nav.nextLabel} →
        </button>
      </div>
    </form>
  );
}
