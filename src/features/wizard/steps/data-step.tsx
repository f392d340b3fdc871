import { AnswersSchema, DEFAULT_ANSWERS, type Answers, type DataAnswers } from '../../../domain/answers.ts';
import { DATA_FIELDS } from '../../../domain/fields/index.ts';
import { useWatch } from 'react-hook-form';
import { setAnswerSection } from '../../../store/app-store.ts';
import { NumberField, RadioField } from '../form-fields.tsx';
import type { StepProps } from '../step-context.ts';
import { StepForm } from '../step-form.tsx';
import { applyDefaults, hiddenBy, useStepForm } from '../use-step-form.ts';

const selectData = (answers: Answers): DataAnswers => answers.data;
const commitData = (data: DataAnswers) => setAnswerSection('data', data);
/** The downstream protocol and message rate are asked only for a gateway (their descriptions' shownWhen). */
const hiddenData = hiddenBy<DataAnswers>('data', DATA_FIELDS);

/**
 * Step 4: how much data flows through the device, and, when it is a gateway, how many downstream devices send
 * through its edgeHub, over which protocol and how often. A single device keeps 0 downstream devices and sees one
 * more number and nothing else.
 */
export function DataStep({ nav }: StepProps) {
  const form = useStepForm<DataAnswers>({
    schema: AnswersSchema.entries.data,
    select: selectData,
    commit: commitData,
    hidden: hiddenData,
  });
  const downstream = useWatch({ control: form.control, name: 'downstreamDevices' });
  const gateway = downstream !== 0;
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
      <fieldset className="gateway-fields">
        <legend>Gateway (optional)</legend>
        <NumberField form={form} name="downstreamDevices" spec={DATA_FIELDS.downstreamDevices} />
        {gateway ? (
          <>
            <NumberField
              form={form}
              name="downstreamMessagesPerMinute"
              spec={DATA_FIELDS.downstreamMessagesPerMinute}
            />
            <RadioField form={form} name="downstreamProtocol" spec={DATA_FIELDS.downstreamProtocol} />
          </>
        ) : null}
      </fieldset>
    </StepForm>
  );
}
