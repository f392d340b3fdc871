import { AnswersSchema, DEFAULT_ANSWERS, type Answers, type DataAnswers } from '../../../domain/answers.ts';
import { DATA_FIELDS } from '../../../domain/fields/index.ts';
import { useWatch } from 'react-hook-form';
import { setAnswerSection } from '../../../store/app-store.ts';
import { NumberField, RadioField } from '../form-fields.tsx';
import type { StepProps } from '../step-context.ts';
import { StepForm } from '../step-form.tsx';
import { applyDefaults, useStepForm } from '../use-step-form.ts';

const selectData = (answers: Answers): DataAnswers => answers.data;
const commitData = (data: DataAnswers) => setAnswerSection('data', data);

/** Step 4: how much data flows through the device. */
export function DataStep({ nav }: StepProps) {
  const form = useStepForm<DataAnswers>({
    schema: AnswersSchema.entries.data,
    select: selectData,
    commit: commitData,
  });
  const [average, peak] = useWatch({
    control: form.control,
    name: ['messagesPerSecondAvg', 'messagesPerSecondPeak'],
  });
  const peakBelowAverage = Number.isFinite(average) && Number.isFinite(peak) && peak < average;
  return (
    <StepForm
      form={form}
      nav={nav}
      label="Data volume"
      onUseDefaults={() => applyDefaults(selectData, commitData, DEFAULT_ANSWERS.data)}
    >
      <div className="field-row">
        <NumberField form={form} name="messagesPerSecondAvg" spec={DATA_FIELDS.messagesPerSecondAvg} />
        <NumberField form={form} name="messagesPerSecondPeak" spec={DATA_FIELDS.messagesPerSecondPeak} />
      </div>
      <div role="status">
        {peakBelowAverage ? (
          <p className="hint">
            The peak is below the average: the model takes the average ({average.toLocaleString('en-US')}{' '}
            msg/s) as the peak.
          </p>
        ) : null}
      </div>
      <div className="field-row">
        <NumberField form={form} name="messageSizeKb" spec={DATA_FIELDS.messageSizeKb} />
        <NumberField form={form} name="upstreamPercent" spec={DATA_FIELDS.upstreamPercent} />
      </div>
      <RadioField form={form} name="processing" spec={DATA_FIELDS.processing} />
    </StepForm>
  );
}
