import {
  AnswersSchema,
  DEFAULT_ANSWERS,
  type Answers,
  type PerformanceAnswers,
} from '../../../domain/answers.ts';
import { PERFORMANCE_FIELDS } from '../../../domain/fields/index.ts';
import { setAnswerSection } from '../../../store/app-store.ts';
import { CheckboxField, NumberField } from '../form-fields.tsx';
import type { StepProps } from '../step-context.ts';
import { StepForm } from '../step-form.tsx';
import { applyDefaults, useStepForm } from '../use-step-form.ts';

const selectPerformance = (answers: Answers): PerformanceAnswers => answers.performance;
const commitPerformance = (performance: PerformanceAnswers) => setAnswerSection('performance', performance);

/** Step 6: spare capacity, how long the device must run without the cloud, and whether it may start offline. */
export function PerformanceStep({ nav }: StepProps) {
  const form = useStepForm<PerformanceAnswers>({
    schema: AnswersSchema.entries.performance,
    select: selectPerformance,
    commit: commitPerformance,
  });
  return (
    <StepForm
      form={form}
      nav={nav}
      label="Performance"
      onUseDefaults={() => applyDefaults(selectPerformance, commitPerformance, DEFAULT_ANSWERS.performance)}
    >
      <NumberField form={form} name="headroomPercent" spec={PERFORMANCE_FIELDS.headroomPercent} />
      <NumberField form={form} name="offlineHours" spec={PERFORMANCE_FIELDS.offlineHours} />
      <CheckboxField form={form} name="mayBootOffline" spec={PERFORMANCE_FIELDS.mayBootOffline} />
    </StepForm>
  );
}
