import { useWatch } from 'react-hook-form';
import { AnswersSchema, DEFAULT_ANSWERS, type Answers } from '../../../domain/answers.ts';
import { BUDGET_FIELDS, budgetFieldFor } from '../../../domain/fields/index.ts';
import { formatNumber } from '../../../domain/vocabulary/format.ts';
import { setAnswerSection, useAppStore } from '../../../store/app-store.ts';
import { CheckboxField, NumberField } from '../form-fields.tsx';
import type { StepProps } from '../step-context.ts';
import { StepForm } from '../step-form.tsx';
import { applyDefaults, hiddenBy, useStepForm } from '../use-step-form.ts';

type BudgetAnswers = Answers['budget'];
const selectBudget = (answers: Answers): BudgetAnswers => answers.budget;
const commitBudget = (budget: BudgetAnswers) => setAnswerSection('budget', budget);

/** Until "Plan a fleet" is ticked, the fleet's answers are hidden (their descriptions' shownWhen). */
const hiddenBudget = hiddenBy<BudgetAnswers>('budget', BUDGET_FIELDS);

/**
 * Step 7: the hardware budget per device (per month in an Azure VM), how long each device must serve, and, when
 * the user opts in, the fleet: sites, devices per site, energy and data prices, spares. The fleet sits here, not
 * in a step of its own, because it is a cost question that reuses the service life; a single-device scenario
 * sees one more checkbox and nothing else.
 */
export function BudgetStep({ nav }: StepProps) {
  // The platform step (after this one) may already say Azure VM: the budget is then per month.
  const hosting = useAppStore((state) => state.answers.platform.hosting);
  const form = useStepForm<BudgetAnswers>({
    schema: AnswersSchema.entries.budget,
    select: selectBudget,
    commit: commitBudget,
    hidden: hiddenBudget,
  });
  const planFleet = useWatch({ control: form.control, name: 'planFleet' });
  const sites = useWatch({ control: form.control, name: 'sites' });
  const perSite = useWatch({ control: form.control, name: 'devicesPerSite' });
  const devices = Number.isFinite(sites) && Number.isFinite(perSite) ? sites * perSite : null;
  return (
    <StepForm
      form={form}
      nav={nav}
      label="Budget"
      onUseDefaults={() => applyDefaults(selectBudget, commitBudget, DEFAULT_ANSWERS.budget)}
    >
      <NumberField form={form} name="maxDeviceUsd" spec={budgetFieldFor(hosting)} />
      <NumberField form={form} name="serviceLifeYears" spec={BUDGET_FIELDS.serviceLifeYears} />
      <CheckboxField form={form} name="planFleet" spec={BUDGET_FIELDS.planFleet} />
      {planFleet ? (
        <fieldset className="fleet-fields">
          <legend>Fleet</legend>
          <div className="field-row">
            <NumberField form={form} name="sites" spec={BUDGET_FIELDS.sites} />
            <NumberField form={form} name="devicesPerSite" spec={BUDGET_FIELDS.devicesPerSite} />
          </div>
          {devices !== null && devices > 0 ? (
            <p className="derived-note">
              <strong>{formatNumber(devices)}</strong> {devices === 1 ? 'device' : 'devices'} in the field.
              The results show the IoT Hub tier and the cost over the service life.
            </p>
          ) : null}
          <div className="field-row">
            <NumberField form={form} name="energyUsdPerKwh" spec={BUDGET_FIELDS.energyUsdPerKwh} />
            <NumberField form={form} name="dataUsdPerGb" spec={BUDGET_FIELDS.dataUsdPerGb} />
          </div>
          <NumberField form={form} name="sparePercent" spec={BUDGET_FIELDS.sparePercent} />
        </fieldset>
      ) : null}
    </StepForm>
  );
}
