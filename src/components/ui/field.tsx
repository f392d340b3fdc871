import type { ReactNode } from 'react';
import './field.css';

/** The attributes a control needs to be tied to its label, help text and error message. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => Boolean(id));
  return list.length > 0 ? list.join(' ') : undefined;
}

export interface FieldProps {
  /** The control's id; the help and error texts derive their ids from it. */
  id: string;
  label: ReactNode;
  /** A short help text: what the question means and what "I don't know" (the default) does. */
  help?: ReactNode;
  /** The validation message, shown at the field; the control is then marked aria-invalid. */
  error?: string | undefined;
  /** A unit shown after the control (for example "MB"). */
  unit?: string;
  className?: string;
  /** Render the control with the given attributes spread onto it. */
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * One labelled control with its help text and error message, wired for assistive technology:
 * <label for>, aria-describedby (error first, then help) and aria-invalid.
 */
export function Field({ id, label, help, error, unit, className, children }: FieldProps) {
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__control">
        {children({ id, 'aria-describedby': describedBy(errorId, helpId), 'aria-invalid': Boolean(error) })}
        {unit ? (
          <span className="field__unit" aria-hidden="true">
            {unit}
          </span>
        ) : null}
      </div>
      <FieldMessages id={id} error={error} help={help} />
    </div>
  );
}

/** A field's error (first) and help texts, with the ids `${id}-error` and `${id}-help` the control points at. */
export function FieldMessages({
  id,
  error,
  help,
}: {
  id: string;
  error?: string | undefined;
  help?: ReactNode;
}) {
  return (
    <>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      {help ? (
        <p id={`${id}-help`} className="field__help">
          {help}
        </p>
      ) : null}
    </>
  );
}

export interface ChoiceOption<T extends string> {
  value: T;
  label: ReactNode;
  /** A line under the option (for example a support tier). */
  description?: ReactNode;
}

export interface ChoiceGroupProps<T extends string> {
  /** Base id: each option's id is `${id}-${value}`. */
  id: string;
  legend: ReactNode;
  help?: ReactNode;
  error?: string | undefined;
  options: readonly ChoiceOption<T>[];
  /** Render one radio input with the given attributes spread onto it. */
  renderInput: (
    option: ChoiceOption<T>,
    control: { id: string; 'aria-describedby': string | undefined },
  ) => ReactNode;
  className?: string;
}

/**
 * A radio group in a fieldset: the legend names the question, arrow keys move between options (native radio
 * behaviour), and each option can carry a description.
 */
export function ChoiceGroup<T extends string>({
  id,
  legend,
  help,
  error,
  options,
  renderInput,
  className,
}: ChoiceGroupProps<T>) {
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className={['field', 'choice-group', className ?? ''].filter(Boolean).join(' ')}
      aria-describedby={describedBy(errorId, helpId)}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field__label">{legend}</legend>
      {help ? (
        <p id={helpId} className="field__help">
          {help}
        </p>
      ) : null}
      <div className="choice-group__options">
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          const descriptionId = option.description ? `${optionId}-description` : undefined;
          return (
            <div key={option.value} className="choice-group__option">
              {renderInput(option, { id: optionId, 'aria-describedby': descriptionId })}
              <label htmlFor={optionId}>
                <span className="choice-group__option-label">{option.label}</span>
                {option.description ? (
                  <span id={descriptionId} className="choice-group__option-description">
                    {option.description}
                  </span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
      {error ? (
        <p id={errorId} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
