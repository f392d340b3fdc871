import { useWatch } from 'react-hook-form';
import {
  AnswersSchema,
  DEFAULT_ANSWERS,
  type AcceleratorAnswers,
  type Answers,
} from '../../../domain/answers.ts';
import { ACCELERATOR_FIELDS } from '../../../domain/fields/index.ts';
import { setAnswerSection } from '../../../store/app-store.ts';
import { useEstimate } from '../../../store/selectors.ts';
import { NumberField, RadioField } from '../form-fields.tsx';
import type { StepProps } from '../step-context.ts';
import { StepForm } from '../step-form.tsx';
import { applyDefaults, hiddenBy, useStepForm } from '../use-step-form.ts';

const selectAccelerator = (answers: Answers): AcceleratorAnswers => answers.accelerator;
const commitAccelerator = (accelerator: AcceleratorAnswers) => setAnswerSection('accelerator', accelerator);

const formatTops = (value: number) =>
  value.toLocaleString('en-US', { maximumSignificantDigits: 3, maximumFractionDigits: 2 });

/** Without an accelerator its sizing fields are hidden; the TOPS figure or the workload, by the sizing. */
const hiddenAccelerator = hiddenBy<AcceleratorAnswers>('accelerator', ACCELERATOR_FIELDS);

/** Step 5: whether inference needs an accelerator, and how much throughput. */
export function AcceleratorStep({ nav }: StepProps) {
  const form = useStepForm<AcceleratorAnswers>({
    schema: AnswersSchema.entries.accelerator,
    select: selectAccelerator,
    commit: commitAccelerator,
    hidden: hiddenAccelerator,
  });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const sizing = useWatch({ control: form.control, name: 'sizing' });
  const { acceleratorTops } = useEstimate();

  return (
    <StepForm
      form={form}
      nav={nav}
      label="Accelerators"
      onUseDefaults={() => applyDefaults(selectAccelerator, commitAccelerator, DEFAULT_ANSWERS.accelerator)}
    >
      <RadioField form={form} name="kind" spec={ACCELERATOR_FIELDS.kind} />
      {kind !== 'none' ? (
        <>
          <RadioField form={form} name="sizing" spec={ACCELERATOR_FIELDS.sizing} />
          {sizing === 'tops' ? (
            <NumberField form={form} name="tops" spec={ACCELERATOR_FIELDS.tops} />
          ) : (
            <div className="field-row field-row--three">
              <NumberField form={form} name="gopsPerInference" spec={ACCELERATOR_FIELDS.gopsPerInference} />
              <NumberField form={form} name="framesPerSecond" spec={ACCELERATOR_FIELDS.framesPerSecond} />
              <NumberField form={form} name="streams" spec={ACCELERATOR_FIELDS.streams} />
            </div>
          )}
          <p className="derived-note">
            The model needs <strong>{formatTops(acceleratorTops.typical)} TOPS (INT8)</strong> typical, range{' '}
            {formatTops(acceleratorTops.low)}–{formatTops(acceleratorTops.high)} TOPS, for these answers. The
            results explain how.
          </p>
        </>
      ) : null}
    </StepForm>
  );
}
