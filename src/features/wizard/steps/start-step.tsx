import { useRef, useState } from 'react';
import * as v from 'valibot';
import { DEFAULT_ANSWERS, LIMITS, type Answers } from '../../../domain/answers.ts';
import { PRESETS } from '../../../domain/presets.ts';
import { deepEqual } from '../../../lib/deep-equal.ts';
import { SCENARIO_NAME } from '../../../domain/fields/index.ts';
import { setAnswerSection, setAnswers, useAppStore } from '../../../store/app-store.ts';
import { fieldId } from '../field-id.ts';
import type { StepGuard, StepProps } from '../step-context.ts';
import { StepFormFrame } from '../step-form-frame.tsx';
import { TextFieldView } from '../text-field-view.tsx';

/**
 * The scenario name, held by this step itself and not by react-hook-form, which the other steps use. This step
 * is the landing page: without the library its form mounts in one short commit and its chunk loads nothing
 * else (react-hook-form's first form cost about 65 ms of main thread at 4x CPU slowdown after the first paint,
 * most of Lighthouse's blocking time on a busy machine: docs/performance.md, "Issue 18, sixth pass"). It behaves
 * as the other steps' fields do:
 * - checked by the same schema as the model (SCENARIO_NAME), the message shown at the field as the user types;
 * - a valid name is committed to the store at once; an invalid one is kept in the field, and the store keeps the
 *   last valid name;
 * - when the store changes from elsewhere (a preset, a link, an import, another tab), the field follows;
 * - Next, Enter, the stepper and Back leave the step only when the name is valid; otherwise the field gets
 *   the focus.
 */
function useScenarioName() {
  const stored = useAppStore((s) => s.answers.scenarioName);
  const [draft, setDraft] = useState({ text: stored, committed: stored });
  const inputRef = useRef<HTMLInputElement>(null);
  let current = draft;
  if (stored !== draft.committed) {
    // Changed from elsewhere: show the new name (React's "adjust state while rendering" pattern).
    current = { text: stored, committed: stored };
    setDraft(current);
  }
  const result = v.safeParse(SCENARIO_NAME.schema, current.text);
  const error = result.success ? undefined : result.issues[0].message;
  const onChange = (text: string) => {
    const parsed = v.safeParse(SCENARIO_NAME.schema, text);
    const committed = parsed.success ? parsed.output : current.committed;
    setDraft({ text, committed });
    if (committed !== current.committed) setAnswerSection('scenarioName', committed);
  };
  const check: StepGuard = (go) => {
    if (error === undefined) go();
    else inputRef.current?.focus();
  };
  return { text: current.text, error, onChange, check, inputRef };
}

interface Loaded {
  name: string;
  previous: Answers;
  /** What the preset put in the store: the note is shown only while the answers are still these. */
  applied: Answers;
}

/** Step 1: name the scenario and, if wanted, start from a preset or from the defaults. */
export function StartStep({ nav }: StepProps) {
  const name = useScenarioName();
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
    <StepFormFrame nav={nav} label="Start" check={name.check} hasErrors={name.error !== undefined}>
      <TextFieldView
        id={fieldId('scenarioName')}
        label={SCENARIO_NAME.label}
        help={SCENARIO_NAME.help}
        error={name.error}
        maxLength={LIMITS.nameLength}
        length={name.text.length}
      >
        {(control) => (
          <input
            {...control}
            ref={name.inputRef}
            type="text"
            autoComplete="off"
            value={name.text}
            onChange={(event) => name.onChange(event.target.value)}
          />
        )}
      </TextFieldView>
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
    </StepFormFrame>
  );
}
