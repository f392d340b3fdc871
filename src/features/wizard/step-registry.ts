/**
 * The wizard's steps, as data: navigation, the stepper and "which step edits which answers" are all computed
 * from this list. Order is the order of Microsoft's prototyping questions, then the platform.
 */
import type { ComponentType } from 'react';
import type { Answers } from '../../domain/answers.ts';
import type { StepProps } from './step-form.tsx';
import { AcceleratorStep } from './steps/accelerator-step.tsx';
import { BudgetStep } from './steps/budget-step.tsx';
import { DataStep } from './steps/data-step.tsx';
import { LayersStep } from './steps/layers-step.tsx';
import { PerformanceStep } from './steps/performance-step.tsx';
import { PlatformStep } from './steps/platform-step.tsx';
import { StartStep } from './steps/start-step.tsx';
import { WorkloadStep } from './steps/workload-step.tsx';

export interface StepDefinition {
  /** URL id: #/wizard/<id>. */
  id: string;
  title: string;
  /** The section of the answers this step edits. */
  section: keyof Answers;
  /** One or two sentences under the step's heading. */
  intro: string;
  Component: ComponentType<StepProps>;
}

export const STEPS: readonly StepDefinition[] = [
  {
    id: 'start',
    title: 'Start',
    section: 'scenarioName',
    intro:
      'Name your scenario and start from a preset or from the defaults. Every question has an "I don\'t know" answer, so you can skip any of them.',
    Component: StartStep,
  },
  {
    id: 'workload',
    title: 'Workload',
    section: 'workload',
    intro: 'Which custom modules will the device run, and in which languages?',
    Component: WorkloadStep,
  },
  {
    id: 'layers',
    title: 'Shared layers',
    section: 'workload',
    intro: 'How much do the modules’ container images have in common?',
    Component: LayersStep,
  },
  {
    id: 'data',
    title: 'Data volume',
    section: 'data',
    intro: 'How much data passes through the device, and how much of it goes to the cloud?',
    Component: DataStep,
  },
  {
    id: 'accelerators',
    title: 'Accelerators',
    section: 'accelerator',
    intro: 'Does the device run machine-learning inference that needs a GPU, NPU or VPU?',
    Component: AcceleratorStep,
  },
  {
    id: 'performance',
    title: 'Performance',
    section: 'performance',
    intro: 'How much spare capacity do you want, and how long must the device work offline?',
    Component: PerformanceStep,
  },
  {
    id: 'budget',
    title: 'Budget',
    section: 'budget',
    intro: 'What may one device cost?',
    Component: BudgetStep,
  },
  {
    id: 'platform',
    title: 'Platform',
    section: 'platform',
    intro: 'Where will IoT Edge run: version, operating system, architecture, container engine and hosting.',
    Component: PlatformStep,
  },
];

/** Index of a step id in STEPS; an unknown or missing id means the first step. */
export function stepIndexOf(stepId: string | null): number {
  const index = STEPS.findIndex((step) => step.id === stepId);
  return index === -1 ? 0 : index;
}
