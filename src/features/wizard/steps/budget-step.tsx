import { AnswersSchema, DEFAULT_ANSWERS, LIMITS, type Answers } from '../../../domain/answers.ts';
import { setAnswerSection } from '../../../store/app-store.ts';
import { NumberField } from '../form-fields.tsx';
import type { StepProps } from '../step-context.ts';
import { StepForm } from '../step-form.tsx';
import { applyDefaults, useStepForm } from '../use-step-form.ts';

type BudgetAnswers = Answers['budget'];
const selectBudget = (answers: Answers): BudgetAnswers => answers.budget;
const commitBudget = (budget: BudgetAnswers) => setAnswerSection('budget', budget);

/** Step 7: the hardware budget per device. */
export function BudgetStep({ nav }: StepProps) {
  const form = useStepForm<BudgetAnswers>({
    schema: AnswersSchema.entries.budget,
    select: selectBudget,
    commit: commitBudget,
  });
  return (
    <StepForm
      form={form}
      nav={nav}
      label="Budget"
      onUseDefaults={() => applyDefaults(selectBudget, commitBudget, DEFAULT_ANSWERS.budget)}
    >
      <NumberField
        form={form}
        name="maxDeviceUsd"
        label="Hardware budget per device"
        unit="USD"
        placeholder="No budget"
        help={`The most one device may cost, in US dollars (up to ${LIMITS.budgetUsd.max.toLocaleString('en-US')}). Devices above it are marked over budget. Don't know? Leave it empty: no budget limit.`}
        min={LIMITS.budgetUsd.min}
        max={LIMITS.budgetUsd.max}
        optional
      />
    </StepForm>
  );
}
