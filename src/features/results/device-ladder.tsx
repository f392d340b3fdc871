import { useId, useState } from 'react';
import type { Grade } from '../../domain/types.ts';
import type { DeviceRow } from '../../domain/report/device-rows.ts';
import { GRADE_ICONS } from '../../domain/vocabulary/labels.ts';
import { Disclosure } from '../../components/ui/disclosure.tsx';

export interface DeviceLadderProps {
  /** The estimate's suggestions as rows (domain/report/device-rows.ts), in catalog order. */
  rows: readonly DeviceRow[];
}

/**
 * Every catalog device from the smallest to the largest, graded against the requirements. Each card shows, per
 * resource, the utilisation and which estimate fits in words. "Only the devices that fit or are tight" shortens
 * the ladder (20 devices are a long scroll on a phone); it is a view choice, not an answer, so it is neither
 * shared nor saved.
 */
export function DeviceLadder({ rows }: DeviceLadderProps) {
  const [onlyUsable, setOnlyUsable] = useState(false);
  const filterId = useId();
  if (rows.length === 0) return <p>No devices to compare.</p>;
  const count = (grade: Grade) => rows.filter((s) => s.grade === grade).length;
  const usable = count('fit') + count('tight');
  const shown = onlyUsable ? rows.filter((s) => s.grade !== 'insufficient') : rows;
  return (
    <>
      <p className="ladder-counts">
        {rows.length} devices: {count('fit')} fit, {count('tight')} tight, {count('insufficient')}{' '}
        insufficient.
      </p>
      <p className="ladder-filter">
        <input
          id={filterId}
          type="checkbox"
          checked={onlyUsable}
          onChange={(event) => setOnlyUsable(event.currentTarget.checked)}
        />{' '}
        <label htmlFor={filterId}>
          Show only the devices that fit or are tight ({usable} of {rows.length})
        </label>
      </p>
      {/* Always in the page, so a screen reader announces the message when the filter empties the list. */}
      <div role="status">
        {shown.length === 0 ? (
          <p className="ladder-none">
            No device fits or is tight. Clear the box above to see all {rows.length} devices and what each one
            lacks.
          </p>
        ) : null}
      </div>
      {shown.length === 0 ? null : (
        <ol
          className="ladder"
          aria-label={
            onlyUsable
              ? 'Devices that fit or are tight, from smallest to largest'
              : 'Devices from smallest to largest'
          }
        >
          {shown.map((row) => {
            const headingId = `ladder-${row.deviceId}`;
            return (
              <li
                key={row.deviceId}
                className={`ladder-item grade-${row.grade}${row.recommended ? ' is-recommended' : ''}`}
              >
                <article aria-labelledby={headingId}>
                  <header className="ladder-head">
                    <h4 id={headingId}>{row.name}</h4>
                    <p className="ladder-badges">
                      <span className={`grade-badge grade-${row.grade}`}>
                        <span aria-hidden="true" className="grade-icon">
                          {row.gradeIcon}
                        </span>{' '}
                        <span className="visually-hidden">Grade: </span>
                        {row.gradeLabel}
                      </span>
                      {row.overBudgetText ? (
                        <span className="budget-badge over-budget">
                          <span aria-hidden="true">$ </span>
                          {row.overBudgetText}
                        </span>
                      ) : null}
                      {row.recommended ? (
                        <span className="recommended-badge">
                          <span aria-hidden="true">★ </span>Recommended
                        </span>
                      ) : null}
                    </p>
                  </header>
                  {row.spec ? <p className="ladder-spec">{row.spec}</p> : null}
                  <ul className="util-list" aria-label={`Utilisation of ${row.name}`}>
                    {row.resources.map((u) => (
                      <li key={u.resource} className={`util util-${u.grade}${u.over ? ' over' : ''}`}>
                        <span className="util-label">{u.label}</span>
                        <span className="util-bar" aria-hidden="true">
                          <span
                            className="util-fill"
                            style={{ width: `${Math.min(u.utilisation ?? 0, 1) * 100}%` }}
                          />
                        </span>
                        <span className="util-value">
                          {u.utilisationText}
                          {u.utilisation !== null ? (
                            <span className="util-capacity"> of {u.capacityText}</span>
                          ) : null}
                          {u.over ? <span className="visually-hidden"> (over capacity)</span> : null}
                        </span>
                      </li>
                    ))}
                  </ul>
                  <ul className="ladder-verdicts" aria-label={`Which estimate fits the ${row.name}`}>
                    {row.verdicts.map((v) => (
                      <li key={v.text} className={`verdict verdict-${v.grade}`}>
                        <span aria-hidden="true" className="verdict-icon">
                          {GRADE_ICONS[v.grade]}
                        </span>{' '}
                        {v.text}
                      </li>
                    ))}
                  </ul>
                  <dl className="ladder-facts">
                    <div>
                      <dt>Binding constraint</dt>
                      <dd>{row.bindingText}</dd>
                    </div>
                    {row.spec ? (
                      <>
                        <div>
                          <dt>Price</dt>
                          <dd>{row.priceText}</dd>
                        </div>
                        <div>
                          <dt>Accelerator</dt>
                          <dd>{row.acceleratorText}</dd>
                        </div>
                      </>
                    ) : null}
                  </dl>
                  {row.reasons.length > 0 ? (
                    <Disclosure
                      className="ladder-why"
                      summary={
                        <>
                          Why this grade?
                          <span className="visually-hidden"> ({row.name})</span>
                        </>
                      }
                    >
                      {() => (
                        <ul className="ladder-reasons">
                          {row.reasons.map((reason) => (
                            <li key={reason}>{reason}</li>
                          ))}
                        </ul>
                      )}
                    </Disclosure>
                  ) : null}
                </article>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
