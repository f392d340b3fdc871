/** Every step's form, keyed by the step id of step-registry.ts (a test checks both lists agree). */
import type { ComponentType } from 'react';
import type { StepProps } from '../step-context.ts';
import { AcceleratorStep } from './accelerator-step.tsx';
import { BudgetStep } from './budget-step.tsx';
import { DataStep } from './data-step.tsx';
import { LayersStep } from './layers-step.tsx';
import { PerformanceStep } from './performance-step.tsx';
import { PlatformStep } from './platform-step.tsx';
import { StartStep } from './start-step.tsx';
import { WorkloadStep } from './workload-step.tsx';

export const STEP_FORMS: Readonly<Record<string, ComponentType<StepProps>>> = {
  start: StartStep,
  workload: WorkloadStep,
  layers: LayersStep,
  data: DataStep,
  accelerators: AcceleratorStep,
  performance: PerformanceStep,
  budget: BudgetStep,
  platform: PlatformStep,
};
