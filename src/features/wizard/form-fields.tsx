import type { ReactNode } from 'react';
import {
  get,
  useFormState,
  useWatch,
  type FieldError,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from 'react-hook-form';
import { ChoiceGroup, Field, FieldMessages, type ChoiceOption } from '../../components/ui/field.tsx';
import { choiceOptions, type FieldSpec } from '../../domain/fields/index.ts';
import { fieldId } from './field-id.ts';
import { TextFieldView } from './text-field-view.tsx';

/**
 * Every control takes the field's description (`spec`, src/domain/fields): its label, help, unit, limits and
 * choices come from there. A prop given explicitly wins (a module row's shorter words, say).
 */

/** The options of a choice field's description, in link order (none without choices). */
function optionsOf<V extends string>(
  spec: FieldSpec | undefined,
): { value: V; label: string; description?: string | undefined }[] {
  return spec?.choices ? (choiceOptions(spec.choices) as unknown as { value: V; label: string }[]) : [];
}

/** The error message of a field, if any (nested paths such as "modules.2.name" included). */
function useFieldError<T extends FieldValues>(form: UseFormReturn<T>, name: Path<T>): string | undefined {
  const { errors } = useFormState({ control: form.control, name });
  const error = get(errors, name) as FieldError | undefined;
  return error?.message;
}

interface NumberFieldProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: Path<T>;
  spec?: FieldSpec;
  label?: ReactNode;
  help?: ReactNode;
  unit?: string;
  min?: number;
  max?: number;
  /** The input's step when numbers are neither whole nor free (0.5 for half years). */
  increment?: number;
  /** Whole numbers only (sets the input's step to 1). */
  integer?: boolean;
  /** Empty means "I don't know" (null) rather than an error. */
  optional?: boolean;
  /**
   * For a required field left empty: how to get the default back, said after "Enter a number." (for example
   * "Don't know? Enter 25 %, the default."). Without it an empty field says only "Enter a number."
   */
  whenEmpty?: string;
  placeholder?: string;
  className?: string;
}

/**
 * A number input bound to react-hook-form. An empty optional field means "I don't know" (null); an empty
 * required field is an error, and the model keeps the last valid value.
 */
export function NumberField<T extends FieldValues>({
  form,
  name,
  spec,
  label = spec?.label,
  help = spec?.help,
  unit = spec?.unit,
  min = spec?.limits?.min,
  max = spec?.limits?.max,
  increment = spec?.increment,
  integer = spec?.integer ?? false,
  optional = spec?.optional ?? false,
  whenEmpty = spec?.whenEmpty,
  placeholder = spec?.placeholder,
  className,
}: NumberFieldProps<T>) {
  const schemaError = useFieldError(form, name);
  const value: unknown = useWatch({ control: form.control, name });
  // An empty required field reaches the schema as NaN ("must be a number"): say what to do instead.
  const empty = !optional && typeof value === 'number' && Number.isNaN(value);
  const error = schemaError && empty ? ['Enter a number.', whenEmpty].filter(Boolean).join(' ') : schemaError;
  return (
    <Field id={fieldId(name)} label={label} help={help} error={error} unit={unit} className={className}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode={integer ? 'numeric' : 'decimal'}
          min={min}
          max={max}
          step={integer ? 1 : (increment ?? 'any')}
          placeholder={placeholder}
          {...form.register(name, {
            setValueAs: (raw: unknown) => {
              if (raw === '' || raw === null || raw === undefined) return optional ? null : Number.NaN;
              return typeof raw === 'number' ? raw : Number(raw);
            },
          })}
        />
      )}
    </Field>
  );
}

interface TextFieldProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: Path<T>;
  spec?: FieldSpec;
  label?: ReactNode;
  help?: ReactNode;
  maxLength: number;
  className?: string;
}

/** A text input bound to react-hook-form (TextFieldView draws it: no maxlength, a count near the limit). */
export function TextField<T extends FieldValues>({
  form,
  name,
  spec,
  label = spec?.label,
  help = spec?.help,
  maxLength,
  className,
}: TextFieldProps<T>) {
  const error = useFieldError(form, name);
  const value: unknown = useWatch({ control: form.control, name });
  return (
    <TextFieldView
      id={fieldId(name)}
      label={label}
      help={help}
      error={error}
      maxLength={maxLength}
      length={typeof value === 'string' ? value.length : 0}
      className={className}
    >
      {(control) => <input {...control} type="text" autoComplete="off" {...form.register(name)} />}
    </TextFieldView>
  );
}

interface SelectFieldProps<T extends FieldValues, V extends string> {
  form: UseFormReturn<T>;
  name: Path<T>;
  spec?: FieldSpec;
  label?: ReactNode;
  help?: ReactNode;
  options?: readonly { value: V; label: string }[];
  className?: string;
}

/** A native select bound to react-hook-form. */
export function SelectField<T extends FieldValues, V extends string>({
  form,
  name,
  spec,
  label = spec?.label,
  help = spec?.help,
  options = optionsOf<V>(spec),
  className,
}: SelectFieldProps<T, V>) {
  const error = useFieldError(form, name);
  return (
    <Field id={fieldId(name)} label={label} help={help} error={error} className={className}>
      {(control) => (
        <select {...control} {...form.register(name)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface RadioFieldProps<T extends FieldValues, V extends string> {
  form: UseFormReturn<T>;
  name: Path<T>;
  spec?: FieldSpec;
  legend?: ReactNode;
  help?: ReactNode;
  options?: readonly ChoiceOption<V>[];
  className?: string;
}

/** A radio group bound to react-hook-form (arrow keys move between options). */
export function RadioField<T extends FieldValues, V extends string>({
  form,
  name,
  spec,
  legend = spec?.label,
  help = spec?.help,
  options = optionsOf<V>(spec),
  className,
}: RadioFieldProps<T, V>) {
  const error = useFieldError(form, name);
  return (
    <ChoiceGroup
      id={fieldId(name)}
      legend={legend}
      help={help}
      error={error}
      options={options}
      className={className}
      renderInput={(option, control) => (
        <input {...control} type="radio" value={option.value} {...form.register(name)} />
      )}
    />
  );
}

interface CheckboxFieldProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: Path<T>;
  spec?: FieldSpec;
  label?: ReactNode;
  help?: ReactNode;
  className?: string;
}

/** A yes/no answer as one checkbox bound to react-hook-form (its value is a boolean). */
export function CheckboxField<T extends FieldValues>({
  form,
  name,
  spec,
  label = spec?.label,
  help = spec?.help,
  className,
}: CheckboxFieldProps<T>) {
  const error = useFieldError(form, name);
  const id = fieldId(name);
  const describedBy = [error ? `${id}-error` : '', help ? `${id}-help` : ''].filter(Boolean).join(' ');
  const classes = ['field', 'checkbox-field', error ? 'field--invalid' : '', className ?? ''];
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <div className="choice-group__option">
        <input
          id={id}
          type="checkbox"
          aria-describedby={describedBy || undefined}
          aria-invalid={Boolean(error)}
          {...form.register(name)}
        />
        <label htmlFor={id}>
          <span className="choice-group__option-label">{label}</span>
        </label>
      </div>
      <FieldMessages id={id} error={error} help={help} />
    </div>
  );
}
