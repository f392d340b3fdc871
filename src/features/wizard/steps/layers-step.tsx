import * as v from 'valibot';
import { AnswersSchema, DEFAULT_ANSWERS, type Answers } from '../../../domain/answers.ts';
import { WORKLOAD_FIELDS } from '../../../domain/fields/index.ts';
import { useAppStore, setAnswerSection } from '../../../store/app-store.ts';
import { RadioField } from '../form-fields.tsx';
import type { StepProps } from '../step-context.ts';
import { StepForm } from '../step-form.tsx';
import { applyDefaults, useStepForm } from '../use-step-form.ts';

const LayersSchema = v.pick(AnswersSchema.entries.workload, ['layerSharing']);
type LayersValues = v.InferOutput<typeof LayersSchema>;

const selectLayers = (answers: Answers): LayersValues => ({ layerSharing: answers.workload.layerSharing });
const commitLayers = ({ layerSharing }: LayersValues) =>
  setAnswerSection('workload', { ...useAppStore.getState().answers.workload, layerSharing });

/** Step 3: how much the modules' container images share (Microsoft's question 2). */
export function LayersStep({ nav }: StepProps) {
  const form = useStepForm<LayersValues>({
    schema: LayersSchema,
    select: selectLayers,
    commit: commitLayers,
  });
  return (
    <StepForm
      form={form}
      nav={nav}
      label="Shared layers"
      onUseDefaults={() =>
        applyDefaults(selectLayers, commitLayers, { layerSharing: DEFAULT_ANSWERS.workload.layerSharing })
      }
    >
      <RadioField form={form} name="layerSharing" spec={WORKLOAD_FIELDS.layerSharing} />
    </StepForm>
  );
}
