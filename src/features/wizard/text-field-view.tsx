import type { ReactNode } from 'react';
import { Field, type FieldControlProps } from '../../components/ui/field.tsx';

interface TextFieldViewProps {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  error?: string | undefined;
  maxLength: number;
  /** The text's length now, for the count. */
  length: number;
  className?: string | undefined;
  /** The text input, with the attributes that tie it to its label and messages spread onto it. */
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A text field's label, help and message, whatever holds its value (react-hook-form's TextField, or the start
 * step's own state). The input has no maxlength attribute, which would cut a long paste silently: the text stays
 * whole, the schema's message says it is too long, and a count shows from three quarters of the limit on (in
 * the help text, so it is read with the field but not announced on every key).
 */
export function TextFieldView({
  id,
  label,
  help,
  error,
  maxLength,
  length,
  className,
  children,
}: TextFieldViewProps) {
  const count =
    length > maxLength * 0.75 ? (
      <span className={length > maxLength ? 'field__count field__count--over' : 'field__count'}>
        {' '}
        {length.toLocaleString('en-US')} of {maxLength} characters.
      </span>
    ) : null;
  return (
    <Field
      id={id}
      label={label}
      help={
        <>
          {help}
          {count}
        </>
      }
      error={error}
      className={className}
    >
      {children}
    </Field>
  );
}
