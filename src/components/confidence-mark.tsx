/**
 * A visible, accessible mark that a figure is mostly estimated (issue 12 §5): a text badge ("Low confidence"),
 * not a colour alone, followed by the sentence that says why. Shown next to the CPU requirement in the results
 * and in the report.
 */
import './confidence-mark.css';

export interface ConfidenceMarkProps {
  level: 'low' | 'medium' | 'high';
  label: string;
  text: string;
  className?: string;
}

export function ConfidenceMark({ level, label, text, className }: ConfidenceMarkProps) {
  if (level === 'high') return null;
  return (
    <p className={`confidence-mark confidence-mark--${level}${className ? ` ${className}` : ''}`}>
      <strong className="confidence-badge">
        <span aria-hidden="true">⚠ </span>
        {label}
      </strong>{' '}
      <span className="confidence-text">{text}</span>
    </p>
  );
}
