import {
  AnswersSchema,
  DEFAULT_ANSWERS,
  LIMITS,
  PROCESSING,
  type Answers,
  type DataAnswers,
} from '../../../domain/answers.ts';
import { useWatch } from 'react-hook-form';
import { setAnswerSection } from '../../../store/app-store.ts';
import { NumberField, RadioField } from '../form-fields.tsx';
import { PROCESSING_WORDING, optionsOf } from '../options.ts';
import type { StepProps } from '../step-context.ts';
import { StepForm } from '../step-form.tsx';
import { applyDefaults, useStepForm } from '../use-step-form.ts';

const selectData = (answers: Answers): DataAnswers => answers.data;
const commitData = (data: DataAnswers) => setAnswerSection('data', data);
const D = DEFAULT_ANSWERS.data;

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
        <NumberField
          form={form}
          name="messagesPerSecondAvg"
          label="Average messages per second"
          unit="msg/s"
          help={`All modules together, ${LIMITS.messagesPerSecond.min} to ${LIMITS.messagesPerSecond.max.toLocaleString('en-US')}. Don't know? Keep ${D.messagesPerSecondAvg}, a light telemetry load.`}
          whenEmpty={`Don't know? Enter ${D.messagesPerSecondAvg}, a light telemetry load.`}
          min={LIMITS.messagesPerSecond.min}
          max={LIMITS.messagesPerSecond.max}
        />
        <NumberField
          form={form}
          name="messagesPerSecondPeak"
          label="Peak messages per second"
          unit="msg/s"
          help={`Bursts the device must absorb (for example after reconnecting). Don't know? Keep ${D.messagesPerSecondPeak}.`}
          whenEmpty={`Don't know? Enter ${D.messagesPerSecondPeak}, the default.`}
          min={LIMITS.messagesPerSecond.min}
          max={LIMITS.messagesPerSecond.max}
        />
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
        <NumberField
          form={form}
          name="messageSizeKb"
          label="Average message size"
          unit="KB"
          help={`${LIMITS.messageSizeKb.min} to ${LIMITS.messageSizeKb.max}\u00a0KB: IoT Hub rejects larger messages. Don't know? Keep ${D.messageSizeKb}\u00a0KB, a JSON telemetry record.`}
          whenEmpty={`Don't know? Enter ${D.messageSizeKb}\u00a0KB, a JSON telemetry record.`}
          min={LIMITS.messageSizeKb.min}
          max={LIMITS.messageSizeKb.max}
        />
        <NumberField
          form={form}
          name="upstreamPercent"
          label="Share sent upstream"
          unit="%"
          help={`Messages routed to $upstream (IoT Hub), 0 to 100\u00a0%. Filtering locally lowers uplink and buffer. Don't know? Keep ${D.upstreamPercent}\u00a0%.`}
          whenEmpty={`Don't know? Enter ${D.upstreamPercent}\u00a0%, the default.`}
          min={LIMITS.upstreamPercent.min}
          max={LIMITS.upstreamPercent.max}
        />
      </div>
      <RadioField
        form={form}
        name="processing"
        legend="Local processing per message"
        help="Work done on each message beyond routing it; it drives the CPU needed. Don't know? Keep Light."
        options={optionsOf(PROCESSING, PROCESSING_WORDING)}
      />
    </StepForm>
  );
}
