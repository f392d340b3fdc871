import {
  AnswersSchema,
  DEFAULT_ANSWERS,
  LIMITS,
  type Answers,
  type PerformanceAnswers,
} from '../../../domain/answers.ts';
import { setAnswerSection } from '../../../store/app-store.ts';
import { NumberField } from '../form-fields.tsx';
import type { StepProps } from '../step-context.ts';
import { StepForm } from '../step-form.tsx';
import { applyDefaults, useStepForm } from '../use-step-form.ts';

const selectPerformance = (answers: Answers): PerformanceAnswers => answers.performance;
const commitPerformance = (performance: PerformanceAnswers) => setAnswerSection('performance', performance);
const P = DEFAULT_ANSWERS.performance;

/** Step 6: spare capacity and how long the device must run without the cloud. */
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
      <NumberField
        form={form}
        name="headroomPercent"
        label="Headroom"
        unit="%"
        help={`Spare capacity on top of the typical need, ${LIMITS.headroomPercent.min} to ${LIMITS.headroomPercent.max}\u00a0%, for growth and bursts. Don't know? Keep ${P.headroomPercent}\u00a0%.`}
        whenEmpty={`Don't know? Enter ${P.headroomPercent}\u00a0%, the default.`}
        min={LIMITS.headroomPercent.min}
        max={LIMITS.headroomPercent.max}
      />
      <NumberField
        form={form}
        name="offlineHours"
        label="Hours offline to survive"
        unit="h"
        help={`How long edgeHub must store messages while the cloud is unreachable (its time-to-live), up to ${LIMITS.offlineHours.max}\u00a0h. It sizes the message buffer on disk. Don't know? Keep ${P.offlineHours}\u00a0h, edgeHub's default of 7200 s.`}
        whenEmpty={`Don't know? Enter ${P.offlineHours}\u00a0h, edgeHub's default.`}
        min={LIMITS.offlineHours.min}
        max={LIMITS.offlineHours.max}
      />
    </StepForm>
  );
}
