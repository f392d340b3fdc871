/**
 * The wizard's steps, as data: navigation, the stepper and "which step edits which answers" are all computed
 * from this list. Order is the order of Microsoft's prototyping questions, then the platform.
 *
 * The step forms themselves (and react-hook-form with them) are one lazily loaded chunk, STEP_FORMS: the
 * shell (stepper, heading, intro) paints from the first view's JavaScript, and the forms follow.
 */
import type { Answers } from '../../domain/answers.ts';
import type { WizardStepId } from '../../domain/fields/index.ts';
import { preloadable } from '../../lib/preloadable.ts';

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
    intro: 'How much spare capacity do you want, and how long must the device work offline?',
  },
  {
    id: 'budget',
    title: 'Budget',
    section: 'budget',
    intro: 'What may one device cost?',
  },
  {
    id: 'platform',
    title: 'Platform',
    section: 'platform',
    intro: 'Where will IoT Edge run: version, operating system, architecture, container engine and hosting.',
  },
];

/** Index of a step id in STEPS; an unknown or missing id means the first step. */
export function stepIndexOf(stepId: string | null): number {
  const index = STEPS.findIndex((step) => step.id === stepId);
  return index === -1 ? 0 : index;
}

/** The forms of all steps, keyed by step id: one chunk, loaded on the first render of the wizard. */
export const STEP_FORMS = preloadable(() => import('./steps/index.ts').then((module) => module.STEP_FORMS));
