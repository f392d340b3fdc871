/**
 * The wizard's steps, as data: navigation, the stepper and "which step edits which answers" are all computed
 * from this list. Order is the order of Microsoft's prototyping questions, then the platform.
 *
 * The step forms themselves (and react-hook-form with them) are lazily loaded chunks, one per step
 * (STEP_FORM): the shell (stepper, heading, intro) paints from the first view's JavaScript, and the step's
 * form follows. Only the step on screen is fetched on the first visit: the workload, accelerator and platform
 * forms need the sizing model (the known-module catalog, the device list), which the start step does not.
 */
import type { ComponentType } from 'react';
import type { Answers } from '../../domain/answers.ts';
import type { WizardStepId } from '../../domain/fields/index.ts';
import { preloadable, type Preloadable } from '../../lib/preloadable.ts';
import type { StepProps } from './step-context.ts';

export interface StepDefinition {
  /** URL id: #/wizard/<id> (the field descriptions name the step that asks them by it). */
  id: WizardStepId;
  title: string;
  /** The section of the answers this step edits. */
  section: keyof Answers;
  /** One or two sentences under the step's heading. */
  intro: string;
}

export const STEPS: readonly StepDefinition[] = [
  {
    id: 'start',
    title: 'Start',
    section: 'scenarioName',
    intro:
      'Name your scenario and start from a preset or from the defaults. Every question has an "I don\'t know" answer, so you can skip any of them.',
  },
  {
    id: 'workload',
    title: 'Workload',
    section: 'workload',
    intro: 'Which custom modules will the device run, and in which languages?',
  },
  {
    id: 'layers',
    title: 'Shared layers',
    section: 'workload',
    intro: 'How much do the modules’ container images have in common?',
  },
  {
    id: 'data',
    title: 'Data volume',
    section: 'data',
    intro: 'How much data passes through the device, and how much of it goes to the cloud?',
  },
  {
    id: 'accelerators',
    title: 'Accelerators',
    section: 'accelerator',
    intro: 'Does the device run machine-learning inference that needs a GPU, NPU or VPU?',
  },
  {
    id: 'performance',
    title: 'Performance',
    section: 'performance',
    intro:
      'How much spare capacity do you want, how long must the device work offline, and may it start without a network?',
  },
  {
    id: 'budget',
    title: 'Budget',
    section: 'budget',
    intro: 'What may one device cost, and how long must it serve?',
  },
  {
    id: 'platform',
    title: 'Platform',
    section: 'platform',
    intro:
      'Where will IoT Edge run: version, operating system, architecture, container engine and hosting; how the device proves its identity, and how often it is updated.',
  },
];

/** Index of a step id in STEPS; an unknown or missing id means the first step. */
export function stepIndexOf(stepId: string | null): number {
  const index = STEPS.findIndex((step) => step.id === stepId);
  return index === -1 ? 0 : index;
}

export type StepFormComponent = ComponentType<StepProps>;

/** Each step's form, its own chunk: loaded when the step is shown, or ahead of it after the user's first input. */
export const STEP_FORM: Readonly<Record<WizardStepId, Preloadable<StepFormComponent>>> = {
  start: preloadable(() => import('./steps/start-step.tsx').then((m) => m.StartStep)),
  workload: preloadable(() => import('./steps/workload-step.tsx').then((m) => m.WorkloadStep)),
  layers: preloadable(() => import('./steps/layers-step.tsx').then((m) => m.LayersStep)),
  data: preloadable(() => import('./steps/data-step.tsx').then((m) => m.DataStep)),
  accelerators: preloadable(() => import('./steps/accelerator-step.tsx').then((m) => m.AcceleratorStep)),
  performance: preloadable(() => import('./steps/performance-step.tsx').then((m) => m.PerformanceStep)),
  budget: preloadable(() => import('./steps/budget-step.tsx').then((m) => m.BudgetStep)),
  platform: preloadable(() => import('./steps/platform-step.tsx').then((m) => m.PlatformStep)),
};

/** The forms of all steps, keyed by step id (prefetch after the first input; tests load them up front). */
export const STEP_FORMS = preloadable(async () => {
  const ids = Object.keys(STEP_FORM) as WizardStepId[];
  const forms = await Promise.all(ids.map((id) => STEP_FORM[id].load()));
  return Object.fromEntries(ids.map((id, i) => [id, forms[i]])) as Record<WizardStepId, StepFormComponent>;
});

/**
 * Fetch every step's form ahead of need (after the user's first input). A form whose load failed is left for
 * its Try again: a background retry would take the message, and its button, away from under the pointer.
 */
export function prefetchStepForms(): void {
  for (const form of Object.values(STEP_FORM)) form.prefetch();
}
