import { useState } from 'react';
import * as v from 'valibot';
import { AnswersSchema, DEFAULT_ANSWERS, LIMITS, type Answers } from '../../../domain/answers.ts';
import { PRESETS } from '../../../domain/presets.ts';
import { deepEqual } from '../../../lib/deep-equal.ts';
import { SCENARIO_NAME } from '../../../domain/fields/index.ts';
import { setAnswerSection, setAnswers, useAppStore } from '../../../store/app-store.ts';
import { TextField } from '../form-fields.tsx';
import type { StepProps } from '../step-context.ts';
import { StepForm } from '../step-form.tsx';
import { useStepForm } from '../use-step-form.ts';

const StartSchema = v.object({ scenarioName: AnswersSchema.entries.scenarioName });
type StartValues = v.InferOutput<typeof StartSchema>;

const selectStart = (answers: Answers): StartValues => ({ scenarioName: answers.scenarioName });
const commitStart = ({ scenarioName }: StartValues) => setAnswerSection('scenarioName', scenarioName);

interface Loaded {
  name: string;
  previous: Answers;
  /** What the preset put in the store: the note is shown only while the answers are still these. */
  applied: Answers;
}

/** Step 1: name the scenario and, if wanted, start from a preset or from the defaults. */
export function StartStep({ nav }: StepProps) {
  const form = useStepForm<StartValues>({ schema: StartSchema, select: selectStart, commit: commitStart });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const current = useAppStore((s) => s.answers);
  // Once the answers are no longer the preset's (an edit, an import, a scenario opened), "Loaded …" is stale.
  const showLoaded = loaded !== null && deepEqual(current, loaded.applied);

  const load = (name: string, answers: Answers) => {
    setLoaded({ name, previous: useAppStore.getState().answers, applied: answers });
    setAnswers(answers);
  };
  const undo = () => {
    if (!loaded) return;
    setAnswers(loaded.previous);
    setLoaded(null);
  };

  return (
    <StepForm form={form} nav={nav} label="Start">
      <TextField form={form} name="scenarioName" spec={SCENARIO_NAME} maxLength={LIMITS.nameLength} />
      <section aria-labelledby="presets-heading" className="presets">
        <h3 id="presets-heading">Start from a preset</h3>
        <p className="step-intro">
          A preset fills in every answer for a typical deployment. You can change any of them afterwards.
        </p>
        <ul className="presets__list">
          {PRESETS.map((preset) => (
            <li key={preset.id} className="presets__item">
              <div>
                <h4 className="presets__name">{preset.name}</h4>
                <p className="presets__description">{preset.description}</p>
              </div>
              {/* The name starts with the visible text, then the preset's name (WCAG 2.5.3 label in name). */}
              <button
                type="button"
                className="button button--small"
                aria-label={`Use preset: ${preset.name}`}
                onClick={() => load(preset.name, preset.answers)}
              >
                Use preset
              </button>
            </li>
          ))}
        </ul>
        <p>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => load('the defaults', DEFAULT_ANSWERS)}
          >
            Start from the defaults instead
          </button>
        </p>
        <div role="status" className="presets__status">
          {loaded && showLoaded ? (
            <p className="notice">
              Loaded {loaded.name}. Every answer was replaced; Undo brings back the previous ones.{' '}
              <button type="button" className="button button--small" onClick={undo}>
                Undo
              </button>
            </p>
          ) : null}
        </div>
      </section>
    </StepForm>
  );
}
