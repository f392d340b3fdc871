import type { Finding, Severity } from '../../domain/types.ts';
import { SEVERITY_ICONS, SEVERITY_LABELS, SEVERITY_PLURAL_LABELS } from '../../domain/vocabulary/labels.ts';
import { fieldLabel } from './field-labels.ts';
import { SourceLink } from './source-link.tsx';

const ORDER: Severity[] = ['error', 'warning', 'info'];

export interface FindingsListProps {
  findings: readonly Finding[];
  onEditField?: (path: string) => void;
}

/** Compatibility findings grouped by severity (errors first), each with its remedy and a way to the field. */
export function FindingsList({ findings, onEditField }: FindingsListProps) {
  if (findings.length === 0) {
    return <p className="findings-none">No compatibility problems found for these answers.</p>;
  }
  return (
    <div className="findings">
      {ORDER.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const headingId = `findings-${severity}`;
        return (
          <section
            key={severity}
            className={`findings-group severity-${severity}`}
            aria-labelledby={headingId}
          >
            <h4 id={headingId}>
              <span aria-hidden="true" className="severity-icon">
                {SEVERITY_ICONS[severity]}
              </span>{' '}
              {group.length === 1 ? SEVERITY_LABELS[severity] : SEVERITY_PLURAL_LABELS[severity]} (
              {group.length})
            </h4>
            <ul>
              {group.map((f) => (
                <li key={f.id} className="finding">
                  <p className="finding-title">
                    <strong>{f.title}</strong>
                  </p>
                  <p>{f.message}</p>
                  <p>
                    <span className="finding-remedy-label">Remedy:</span> {f.remedy}
                  </p>
                  {f.source || (f.field && onEditField) ? (
                    <p className="finding-actions">
                      {f.field && onEditField ? (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => onEditField(f.field ?? '')}
                        >
                          Change {fieldLabel(f.field)}
                        </button>
                      ) : null}
                      {f.source ? (
                        <span className="finding-source">
                          Source: <SourceLink source={f.source} />
                        </span>
                      ) : null}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
