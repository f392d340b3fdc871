import { useEffect, useRef } from 'react';
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import {
  AnswersSchema,
  DEFAULT_ANSWERS,
  DEFAULT_MODULE,
  LIMITS,
  WorkloadEditSchema,
  effectiveModules,
  type Answers,
  type Workload,
} from '../../../domain/answers.ts';
import { MODULE_FIELDS, WORKLOAD_FIELDS } from '../../../domain/fields/index.ts';
import { setAnswerSection } from '../../../store/app-store.ts';
import { fieldId } from '../field-id.ts';
import { NumberField, RadioField, SelectField, TextField } from '../form-fields.tsx';
import { getAt, type PathKey } from '../merge-valid.ts';
import { KnownModulePicker, needsSummary } from '../known-module-picker.tsx';
import { recognizeModule, type KnownModule } from '../../../domain/modules/known-modules.ts';
import type { StepProps } from '../step-context.ts';
import { StepForm } from '../step-form.tsx';
import { useStepForm } from '../use-step-form.ts';

const selectWorkload = (answers: Answers): Workload => answers.workload;
const commitWorkload = (workload: Workload) => setAnswerSection('workload', workload);
/** A new module row has no committed value yet: its invalid fields fall back to the blank row's. */
const moduleDefaultAt = (path: readonly PathKey[]) =>
  path[0] === 'modules' && path.length > 2 ? getAt(DEFAULT_MODULE, path.slice(2)) : undefined;

/** Step 2: how many modules, in which languages; either a count or one row per module. */
export function WorkloadStep({ nav }: StepProps) {
  const form = useStepForm<Workload>({
    // Module names are checked (characters, unique) here; answers from older links may still hold others.
    schema: WorkloadEditSchema,
    looseSchema: AnswersSchema.entries.workload,
    select: selectWorkload,
    commit: commitWorkload,
    defaultAt: moduleDefaultAt,
  });
  const mode = useWatch({ control: form.control, name: 'mode' });

  return (
    <StepForm form={form} nav={nav} label="Workload">
      <RadioField form={form} name="mode" spec={WORKLOAD_FIELDS.mode} />
      {mode === 'list' ? <ModuleTable form={form} /> : <CountFields form={form} />}
    </StepForm>
  );
}

function CountFields({ form }: { form: UseFormReturn<Workload> }) {
  return (
    <div className="field-row">
      <NumberField form={form} name="moduleCount" spec={WORKLOAD_FIELDS.moduleCount} />
      <SelectField form={form} name="defaultLanguage" spec={WORKLOAD_FIELDS.defaultLanguage} />
    </div>
  );
}

/** `base`, or `base-2`, `base-3`, … : the first name no row uses yet (module names are unique). */
function freeName(base: string, modules: readonly { name: string }[] | undefined): string {
  const taken = new Set((modules ?? []).map((module) => module.name.trim()));
  const stem = base.slice(0, LIMITS.nameLength - 4);
  let name = base.slice(0, LIMITS.nameLength);
  for (let n = 2; taken.has(name); n += 1) name = `${stem}-${n}`;
  return name;
}

function ModuleTable({ form }: { form: UseFormReturn<Workload> }) {
  const { fields, append, insert, remove } = useFieldArray({ control: form.control, name: 'modules' });
  const modules = useWatch({ control: form.control, name: 'modules' });
  const count = useWatch({ control: form.control, name: 'moduleCount' });
  const language = useWatch({ control: form.control, name: 'defaultLanguage' });

  const startFromCount = () => {
    const workload: Workload = {
      ...DEFAULT_ANSWERS.workload,
      mode: 'count',
      moduleCount: count,
      defaultLanguage: language,
    };
    append(effectiveModules(workload));
  };
  // After "Remove", focus would fall to <body>: move it to the row that took the removed one's place (its
  // first field), the row before when the last one went, or "Add a module" when the table is empty.
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfterRemove = useRef<number | null>(null);
  useEffect(() => {
    const removed = focusAfterRemove.current;
    if (removed === null) return;
    focusAfterRemove.current = null;
    if (fields.length === 0) {
      addButton.current?.focus();
      return;
    }
    const row = Math.min(removed, fields.length - 1);
    document.getElementById(fieldId(`modules.${row}.name`))?.focus();
  }, [fields]);
  const removeRow = (index: number) => {
    focusAfterRemove.current = index;
    remove(index);
  };
  // Names must be unique: a message at the field for any row that repeats an earlier name. The rule spans
  // rows, so every name is re-checked when any of them changes (react-hook-form re-validates only the
  // field typed in), and at once for rows loaded from a link or a preset.
  const names = (modules ?? []).map((module) => module?.name ?? '').join('\u0000');
  const { trigger } = form;
  useEffect(() => {
    if (fields.length === 0) return;
    void trigger(fields.map((_, index) => `modules.${index}.name` as const));
  }, [names, fields, trigger]);

  // A known module from the catalog: a row with its image, name and language. The row is marked as a catalog
  // module because its image is recognised (derived, like every other figure; nothing extra is stored).
  const addKnown = (entry: KnownModule): string => {
    const name = freeName(entry.moduleName, modules);
    append({ ...DEFAULT_MODULE, name, language: entry.language, image: entry.image }, { shouldFocus: false });
    return `Added ${entry.name} as module ${fields.length + 1}, “${name}”.`;
  };

  const duplicate = (index: number) => {
    const source = modules[index] ?? DEFAULT_MODULE;
    insert(index + 1, { ...source, name: freeName(`${source.name}-copy`, modules) });
  };

  return (
    <section aria-labelledby="modules-heading" className="module-table">
      <h3 id="modules-heading">Modules ({fields.length})</h3>
      <p className="step-intro">
        Leave a number empty if you don&apos;t know it: the model then uses the typical value for the
        module&apos;s language. An empty table means no custom modules.
      </p>
      {fields.length === 0 ? (
        <p>
          <button type="button" className="button button--small" onClick={startFromCount}>
            Fill {count} rows from the module count
          </button>
        </p>
      ) : null}
      <ol className="module-table__rows">
        {fields.map((field, index) => {
          const name = modules[index]?.name || `module ${index + 1}`;
          return (
            <li key={field.id} className="module-row">
              <fieldset className="module-row__fieldset">
                <legend className="module-row__legend">
                  Module {index + 1}
                  <span className="visually-hidden">: {name}</span>
                </legend>
                <div className="module-row__fields">
                  <TextField
                    form={form}
                    name={`modules.${index}.name`}
                    spec={MODULE_FIELDS.name}
                    maxLength={LIMITS.nameLength}
                    className="module-row__name"
                  />
                  <SelectField form={form} name={`modules.${index}.language`} spec={MODULE_FIELDS.language} />
                  <NumberField
                    form={form}
                    name={`modules.${index}.imageSizeMb`}
                    spec={MODULE_FIELDS.imageSizeMb}
                  />
                  <NumberField
                    form={form}
                    name={`modules.${index}.messagesPerSecond`}
                    spec={MODULE_FIELDS.messagesPerSecond}
                  />
                  <NumberField
                    form={form}
                    name={`modules.${index}.memoryLimitMb`}
                    spec={MODULE_FIELDS.memoryLimitMb}
                  />
                </div>
                <KnownModuleNote image={modules[index]?.image ?? ''} name={modules[index]?.name ?? ''} />
                <div className="module-row__actions">
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`Duplicate module ${index + 1} (${name})`}
                    disabled={fields.length >= LIMITS.modules.max}
                    onClick={() => duplicate(index)}
                  >
                    Duplicate
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`Remove module ${index + 1} (${name})`}
                    onClick={() => removeRow(index)}
                  >
                    Remove
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="module-table__add">
        <p>
          <button
            ref={addButton}
            type="button"
            className="button"
            disabled={fields.length >= LIMITS.modules.max}
            onClick={() =>
              append({ ...DEFAULT_MODULE, name: freeName(`module-${fields.length + 1}`, modules) })
            }
          >
            + Add a module
          </button>
        </p>
        <KnownModulePicker disabled={fields.length >= LIMITS.modules.max} onPick={addKnown} />
      </div>
    </section>
  );
}

/** Marks a row whose image (or, for a placeholder, name) is a known module, and what sizes it. */
function KnownModuleNote({ image, name }: { image: string; name: string }) {
  const match = recognizeModule(image, name);
  if (match === null) return null;
  const { entry, fromName } = match;
  const needs = needsSummary(entry);
  return (
    <p className="module-row__known">
      <span className="module-row__badge">Catalog module</span>{' '}
      {fromName ? `Its name suggests ${entry.name}: confirm it. ` : `${entry.name}: `}
      sized by its catalog entry{needs === '' ? '' : ` (${needs})`}.
      {image.trim() === '' ? null : (
        <>
          {' '}
          Image <code className="module-row__image">{image}</code>
        </>
      )}
    </p>
  );
}
