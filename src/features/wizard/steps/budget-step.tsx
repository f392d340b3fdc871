import { AnswersSchema, DEFAULT_ANSWERS, type Answers } from '../../../domain/answers.ts';
import { BUDGET_FIELDS, budgetFieldFor } from '../../../domain/fields/index.ts';
import { setAnswerSection, useAppStore } from '../../../store/app-store.ts';
import { NumberField } from '../form-fields.tsx';
import type { StepProps } from '../step-context.ts';
import { StepForm } from '../step-form.tsx';
import { applyDefaults, useStepForm } from '../use-step-form.ts';

type BudgetAnswers = Answers['budget'];
const selectBudget = (answers: Answers): BudgetAnswers => answers.budget;
const commitBudget = (budget: BudgetAnswers) => setAnswerSection('budget', budget);

/** Step 7: the hardware budget per device (per month in an Azure VM), and how long each device must serve. */
export function BudgetStep({ nav }: StepProps) {
  // The platform step (after this one) may already say Azure VM: the budget is then per month.
  const hosting = useAppStore((state) => state.answers.platform.hosting);
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
      <NumberField form={form} name="maxDeviceUsd" spec={budgetFieldFor(hosting)} />
      <NumberField form={form} name="serviceLifeYears" spec={BUDGET_FIELDS.serviceLifeYears} />
    </StepForm>
  );
}
