import { useEffect, useLayoutEffect, useRef, type ComponentType } from 'react';
import { ChunkStatus } from '../../components/ui/chunk-status.tsx';
import type { WizardStepId } from '../../domain/fields/index.ts';
import { usePreloadable } from '../../lib/preloadable.ts';
import { useAppStore } from '../../store/app-store.ts';
import { navigate } from '../../store/router.ts';
import { takePendingFocus } from './edit-field.ts';
import { focusWhenShown } from './focus-when-shown.ts';
import { StepGuardContext, type StepGuard, type StepNav, type StepProps } from './step-context.ts';
import { STEP_FORM, STEPS, stepIndexOf } from './step-registry.ts';
import { Stepper } from './stepper.tsx';
import './wizard.css';

/**
 * The wizard: the stepper, the current step's heading and form, and Back / Next. The step lives in the URL
 * (#/wizard/<step>), so the browser's Back button walks the steps. After a step change, focus moves to the
 * new step's heading so keyboard and screen-reader users start at its top (or to the field a finding asked
 * for), once the step's form is on screen: each step's form is a lazy chunk (STEP_FORM), so the first visit
 * paints the stepper, heading and intro before they arrive.
 */
export function Wizard() {
  const stepId = useAppStore((s) => s.stepId);
  const index = stepIndexOf(stepId);
  const step = STEPS[index] ?? STEPS[0];
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const shownIndex = useRef(index);
  const guard = useRef<StepGuard | null>(null);
  /** Leave the step only if it is valid (as Next does); else stay, show the message, focus the field. */
  const leaveTo = (stepId: string) => {
    const go = () => navigate('wizard', stepId);
    if (guard.current) guard.current(go);
    else go();
  };

  /** Called by the step's form once it is on screen: move the focus, except on the page's first step. */
  const onShown = () => {
    if (shownIndex.current === index) return;
    shownIndex.current = index;
    if (takePendingFocus()) return; // "change this answer" asked for a field
    // Only when the focus is lost (the Next button went with the old step) or still in the wizard (a stepper
    // link): the forms may arrive late on a first visit, after the user has moved on to the toolbar or results.
    const active = document.activeElement;
    const lost = !active || active === document.body || !active.isConnected;
    if (lost || sectionRef.current?.contains(active)) headingRef.current?.focus();
  };

  // Each step has its own page title (WCAG 2.4.2), so history entries and tabs are told apart.
  const title = step?.title;
  useEffect(() => {
    if (title) document.title = `${title} (step ${index + 1} of ${STEPS.length}) · Edge Sizer`;
  }, [title, index]);

  if (!step) return null;
  const previous = STEPS[index - 1];
  const following = STEPS[index + 1];
  const nav: StepNav = {
    back: previous ? () => leaveTo(previous.id) : null,
    next: following
      ? () => navigate('wizard', following.id)
      : () => {
          // The wizard leaves the page with the button that had the focus: the report's title takes it, once
          // its lazy chunk has rendered (the report view's only h1 inside <main>).
          focusWhenShown('main h1');
          navigate('report');
        },
    nextLabel: following ? `Next: ${following.title}` : 'Open the report',
  };

  return (
    <section ref={sectionRef} className="wizard" aria-labelledby="wizard-step-heading">
      <Stepper currentIndex={index} onGo={leaveTo} />
      <p className="wizard__progress">
        Step {index + 1} of {STEPS.length}
      </p>
      <h2 id="wizard-step-heading" ref={headingRef} tabIndex={-1} className="wizard__heading">
        {step.title}
      </h2>
      <p className="step-intro">{step.intro}</p>
      <StepGuardContext.Provider value={guard}>
        <StepBody key={step.id} stepId={step.id} nav={nav} onShown={onShown} />
      </StepGuardContext.Provider>
    </section>
  );
}

/** The current step's form, from its lazily loaded chunk (or its loading state). */
function StepBody({ stepId, nav, onShown }: { stepId: WizardStepId; nav: StepNav; onShown: () => void }) {
  const { module: Form, failed, retry } = usePreloadable(STEP_FORM[stepId]);
  if (!Form)
    return (
      <ChunkStatus
        what="the questions"
        failed={failed}
        retry={retry}
        className="wizard__loading"
        step={stepId}
      />
    );
  return <ShownForm Form={Form} nav={nav} onShown={onShown} />;
}

/** A step's form; tells the wizard once it is on screen (the focus then moves into the new step). */
function ShownForm({
  Form,
  nav,
  onShown,
}: {
  Form: ComponentType<StepProps>;
  nav: StepNav;
  onShown: () => void;
}) {
  const shown = useRef(onShown);
  useLayoutEffect(() => {
    shown.current = onShown;
  });
  useEffect(() => shown.current(), []);
  return <Form nav={nav} />;
}
