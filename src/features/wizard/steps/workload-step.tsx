import { memo, useCallback, useEffect, useRef } from 'react';
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
import { hiddenBy, useStepForm } from '../use-step-form.ts';

const selectWorkload = (answers: Answers): Workload => answers.workload;
const commitWorkload = (workload: Workload) => setAnswerSection('workload', workload);
/** A new module row has no committed value yet: its invalid fields fall back to the blank row's. */
const moduleDefaultAt = (path: readonly PathKey[]) =>
  path[0] === 'modules' && path.length > 2 ? getAt(DEFAULT_MODULE, path.slice(2)) : undefined;

/** The count's fields are hidden while the table shows, and the table while the count does. */
const hiddenWorkload = hiddenBy<Workload>('workload', WORKLOAD_FIELDS);

/** Step 2: how many modules, in which languages; either a count or one row per module. */
export function WorkloadStep({ nav }: StepProps) {
  const form = useStepForm<Workload>({
    // Module names are checked (characters, unique) here; answers from older links may still hold others.
    schema: WorkloadEditSchema,
    looseSchema: AnswersSchema.entries.workload,
    select: selectWorkload,
    commit: commitWorkload,
    defaultAt: moduleDefaultAt,
    hidden: hiddenWorkload,
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

/**
 * The module rows. Typing in one row re-renders only that row's fields (issue 20 item 10: with 200 rows the
 * whole table re-rendered on every keystroke, about 265 ms each): the table watches no row values, each row is
 * a memoized ModuleRow that watches only its own name (for its legend and button labels), and the unique-name
 * rule re-checks only the rows whose "repeats an earlier name" state changed.
 */
function ModuleTable({ form }: { form: UseFormReturn<Workload> }) {
  const { fields, append, insert, remove } = useFieldArray({ control: form.control, name: 'modules' });
  const count = useWatch({ control: form.control, name: 'moduleCount' });
  const language = useWatch({ control: form.control, name: 'defaultLanguage' });
  const { getValues, subscribe, trigger } = form;

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

  // Names must be unique: a message at the field for any row that repeats an earlier name. The rule spans
  // rows, and react-hook-form re-validates only the field typed in; so when the names change, the rows whose
  // "repeats an earlier name" state changed are validated again (all rows at once for rows loaded from a
  // link or a preset, or after an add, remove or duplicate). A subscription, so typing re-renders nothing here.
  const repeated = useRef<boolean[] | null>(null);
  useEffect(() => {
    repeated.current = null;
    const check = (modules: readonly { name?: string }[] | undefined) => {
      const seen = new Set<string>();
      const now = (modules ?? []).map((module) => {
        const name = (module?.name ?? '').trim();
        const repeats = seen.has(name);
        seen.add(name);
        return repeats;
      });
      const before = repeated.current;
      repeated.current = now;
      const changed = now
        .map((repeats, index) => (before === null || before[index] !== repeats ? index : -1))
        .filter((index) => index >= 0);
      if (changed.length > 0) void trigger(changed.map((index) => `modules.${index}.name` as const));
    };
    check(getValues('modules'));
    return subscribe({
      name: 'modules',
      formState: { values: true },
      callback: ({ values }) => check(values.modules),
    });
  }, [fields, getValues, subscribe, trigger]);

  const tableFull = fields.length >= LIMITS.modules.max;
  const duplicate = useCallback(
    (index: number) => {
      const modules = getValues('modules');
      const source = modules[index] ?? DEFAULT_MODULE;
      insert(index + 1, { ...source, name: freeName(`${source.name}-copy`, modules) });
    },
    [getValues, insert],
  );
  const removeRow = useCallback(
    (index: number) => {
      focusAfterRemove.current = index;
      remove(index);
    },
    [remove],
  );

  // A known module from the catalog: a row with its image, name and language. The row is marked as a catalog
  // module because its image is recognised (derived, like every other figure; nothing extra is stored).
  const addKnown = (entry: KnownModule): string => {
    const name = freeName(entry.moduleName, getValues('modules'));
    append({ ...DEFAULT_MODULE, name, language: entry.language, image: entry.image }, { shouldFocus: false });
    return `Added ${entry.name} as module ${fields.length + 1}, “${name}”.`;
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
        {fields.map((field, index) => (
          <ModuleRow
            key={field.id}
            form={form}
            index={index}
            tableFull={tableFull}
            onDuplicate={duplicate}
            onRemove={removeRow}
          />
        ))}
      </ol>
      <div className="module-table__add">
        <p>
          <button
            ref={addButton}
            type="button"
            className="button"
            disabled={tableFull}
            onClick={() =>
              append({
                ...DEFAULT_MODULE,
                name: freeName(`module-${fields.length + 1}`, getValues('modules')),
              })
            }
          >
            + Add a module
          </button>
        </p>
        <KnownModulePicker disabled={tableFull} onPick={addKnown} />
      </div>
    </section>
  );
}

interface ModuleRowProps {
  form: UseFormReturn<Workload>;
  index: number;
  tableFull: boolean;
  onDuplicate: (index: number) => void;
  onRemove: (index: number) => void;
}

/** One module row; re-renders when its own name or its props change, not when another row does. */
const ModuleRow = memo(function ModuleRow({ form, index, tableFull, onDuplicate, onRemove }: ModuleRowProps) {
  const watched = useWatch({ control: form.control, name: `modules.${index}.name` });
  const image = useWatch({ control: form.control, name: `modules.${index}.image` });
  const name = watched || `module ${index + 1}`;
  return (
    <li className="module-row">
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
          <NumberField form={form} name={`modules.${index}.imageSizeMb`} spec={MODULE_FIELDS.imageSizeMb} />
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
        <KnownModuleNote image={image ?? ''} name={watched ?? ''} />
        <div className="module-row__actions">
          <button
            type="button"
            className="button button--small"
            aria-label={`Duplicate module ${index + 1} (${name})`}
            disabled={tableFull}
            onClick={() => onDuplicate(index)}
          >
            Duplicate
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={`Remove module ${index + 1} (${name})`}
            onClick={() => onRemove(index)}
          >
            Remove
          </button>
        </div>
      </fieldset>
    </li>
  );
});

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
