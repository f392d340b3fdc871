import { useWatch } from 'react-hook-form';
import {
  ACCELERATORS,
  AnswersSchema,
  DEFAULT_ANSWERS,
  INFERENCE_SIZING,
  LIMITS,
  type AcceleratorAnswers,
  type Answers,
} from '../../../domain/answers.ts';
import { setAnswerSection } from '../../../store/app-store.ts';
import { useEstimate } from '../../../store/selectors.ts';
import { NumberField, RadioField } from '../form-fields.tsx';
import { ACCELERATOR_WORDING, INFERENCE_SIZING_WORDING, optionsOf } from '../options.ts';
import type { StepProps } from '../step-context.ts';
import { StepForm } from '../step-form.tsx';
import { applyDefaults, useStepForm } from '../use-step-form.ts';

const selectAccelerator = (answers: Answers): AcceleratorAnswers => answers.accelerator;
const commitAccelerator = (accelerator: AcceleratorAnswers) => setAnswerSection('accelerator', accelerator);

const formatTops = (value: number) =>
  value.toLocaleString('en-US', { maximumSignificantDigits: 3, maximumFractionDigits: 2 });

/** Step 5: whether inference needs an accelerator, and how much throughput. */
export function AcceleratorStep({ nav }: StepProps) {
  const form = useStepForm<AcceleratorAnswers>({
    schema: AnswersSchema.entries.accelerator,
    select: selectAccelerator,
    commit: commitAccelerator,
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
      <RadioField
        form={form}
        name="kind"
        legend="Accelerator for inference"
        help="Machine-learning inference (vision, audio) usually needs an accelerator; telemetry does not. Don't know? Keep None."
        options={optionsOf(ACCELERATORS, ACCELERATOR_WORDING)}
      />
      {kind !== 'none' ? (
        <>
          <RadioField
            form={form}
            name="sizing"
            legend="How do you know the inference load?"
            help="TOPS are tera-operations per second at INT8, as vendors publish them."
            options={optionsOf(INFERENCE_SIZING, INFERENCE_SIZING_WORDING)}
          />
          {sizing === 'tops' ? (
            <NumberField
              form={form}
              name="tops"
              label="Throughput needed"
              unit="TOPS"
              help={`INT8 TOPS, ${LIMITS.tops.min} to ${LIMITS.tops.max.toLocaleString('en-US')}. Don't know? Switch to "Work it out from the model". 0 means no accelerator load.`}
              whenEmpty="Don't know? Enter 0 (no accelerator load), or work it out from the model."
              min={LIMITS.tops.min}
              max={LIMITS.tops.max}
            />
          ) : (
            <div className="field-row field-row--three">
              <NumberField
                form={form}
                name="gopsPerInference"
                label="Model cost"
                unit="GOPs"
                help="Giga-operations per inference, from the model card (YOLOv8n at 640 px: about 8.7). 0 if unknown."
                whenEmpty="Don't know? Enter 0."
                min={LIMITS.gopsPerInference.min}
                max={LIMITS.gopsPerInference.max}
              />
              <NumberField
                form={form}
                name="framesPerSecond"
                label="Frames per second"
                unit="fps"
                help={`Per stream, up to ${LIMITS.framesPerSecond.max}. 0 if unknown.`}
                whenEmpty="Don't know? Enter 0."
                min={LIMITS.framesPerSecond.min}
                max={LIMITS.framesPerSecond.max}
              />
              <NumberField
                form={form}
                name="streams"
                label="Streams"
                help={`Cameras or feeds, whole number up to ${LIMITS.streams.max}. 0 if unknown.`}
                whenEmpty="Don't know? Enter 0."
                min={LIMITS.streams.min}
                max={LIMITS.streams.max}
                integer
              />
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
