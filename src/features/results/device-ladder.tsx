import { useId, useState } from 'react';
import type { Answers, HostOs } from '../../domain/answers.ts';
import { OS_SUPPORT } from '../../domain/compat/os-support.ts';
import type { Device, Estimate, Suggestion } from '../../domain/types.ts';
import { formatNumber, formatPercent, formatQuantity, formatUsd } from '../../domain/report/format.ts';
import { CONSTRAINT_LABELS, GRADE_ICONS, GRADE_LABELS } from '../../domain/report/labels.ts';
import { Disclosure } from '../../components/ui/disclosure.tsx';

const RESOURCE_ROWS = [
  { key: 'cpu', label: 'CPU' },
  { key: 'ram', label: 'RAM' },
  { key: 'storage', label: 'Storage' },
] as const;

/**
 * The capacity the grade was measured against. Utilisation = typical requirement / usable capacity, so the usable
 * capacity (after what the device reserves, e.g. GPU memory on a Pi) is requirement / utilisation; the catalog
 * figure is the fallback when the requirement is zero.
 */
function capacityText(
  device: Device,
  key: 'cpu' | 'ram' | 'storage',
  s: Suggestion,
  estimate: Estimate,
): string {
  const need = estimate.requirements[key].total.typical;
  const ratio = s.utilisation[key];
  const usable =
    need > 0 && ratio > 0 && Number.isFinite(need / ratio)
      ? need / ratio
      : key === 'cpu'
        ? device.refCores
        : key === 'ram'
          ? device.ramMiB
          : device.storageGB;
  if (key === 'cpu') return `${formatNumber(usable)} ref. cores`;
  if (key === 'ram') return formatQuantity(usable, 'MiB');
  return formatQuantity(usable, 'GB');
}

const hostOsLabel = (os: HostOs): string => OS_SUPPORT[os].label;

/** The binding constraint in words: what decides this device's grade. */
export function bindingText(
  s: Suggestion,
  device: Device | undefined,
  answers: Answers,
  estimate: Estimate,
): string {
  const b = s.binding;
  if (b === null) return 'Nothing is near a limit.';
  const name = CONSTRAINT_LABELS[b];
  if (b === 'cpu' || b === 'ram' || b === 'storage') {
    const pct = formatPercent(s.utilisation[b]);
    if (s.grade === 'fit') return `${name} is the most used resource, at ${pct} of capacity.`;
    if (s.grade === 'tight')
      return `${name}: the typical need is ${pct} of capacity; only the low estimate fits.`;
    return `${name}: needs ${pct} of capacity; even the low estimate does not fit.`;
  }
  if (b === 'architecture') {
    const archs = device ? device.architectures.join(', ') : 'other architectures';
    return `Architecture: runs ${archs}, not ${answers.platform.architecture} as chosen.`;
  }
  if (b === 'host-os') {
    return `Host OS: cannot run ${hostOsLabel(answers.platform.hostOs)}; runs ${device ? device.hostOses.oses.map(hostOsLabel).join(', ') : 'other systems'}.`;
  }
  if (b === 'tpm') {
    return `TPM: TPM attestation needs a TPM 2.0; ${device ? device.tpm.note : 'none is documented.'}`;
  }
  if (b === 'accelerator') {
    const need = `${formatNumber(estimate.acceleratorTops.typical)} TOPS`;
    const has = device?.accelerator ? `${formatNumber(device.accelerator.tops)} TOPS` : 'no accelerator';
    return `Accelerator: needs ${need}; the device has ${has}.`;
  }
  const budget = answers.budget.maxDeviceUsd;
  return device && budget !== null
    ? `Budget: ${formatUsd(device.priceUsd)} is over the ${formatUsd(budget)} budget.`
    : 'Budget: over the budget.';
}

function priceText(device: Device, s: Suggestion, answers: Answers): string {
  const budget = answers.budget.maxDeviceUsd;
  const price = formatUsd(device.priceUsd);
  if (budget === null) return `${price} (no budget set)`;
  if (s.withinBudget) return `${price}, within the ${formatUsd(budget)} budget`;
  return `${price}, ${formatUsd(device.priceUsd - budget)} over the ${formatUsd(budget)} budget`;
}

function acceleratorText(device: Device, s: Suggestion, estimate: Estimate): string {
  const needed = estimate.acceleratorTops.typical > 0;
  if (!device.accelerator) return needed ? 'None (one is needed)' : 'None';
  const base = `${device.accelerator.name}, ${formatNumber(device.accelerator.tops)} TOPS`;
  return needed && s.utilisation.accelerator !== undefined
    ? `${base} (${formatPercent(s.utilisation.accelerator)} used)`
    : base;
}

export interface DeviceLadderProps {
  answers: Answers;
  estimate: Estimate;
  devices: readonly Device[];
}

/**
 * Every catalog device from the smallest to the largest, graded against the requirements. "Only the devices that
 * fit or are tight" shortens the ladder (20 devices are a long scroll on a phone); it is a view choice, not an
 * answer, so it is neither shared nor saved.
 */
export function DeviceLadder({ answers, estimate, devices }: DeviceLadderProps) {
  const [onlyUsable, setOnlyUsable] = useState(false);
  const filterId = useId();
  if (estimate.suggestions.length === 0) return <p>No devices to compare.</p>;
  const count = (grade: Suggestion['grade']) => estimate.suggestions.filter((s) => s.grade === grade).length;
  const usable = count('fit') + count('tight');
  const shown = onlyUsable
    ? estimate.suggestions.filter((s) => s.grade !== 'insufficient')
    : estimate.suggestions;
  return (
    <>
      <p className="ladder-counts">
        {estimate.suggestions.length} devices: {count('fit')} fit, {count('tight')} tight,{' '}
        {count('insufficient')} insufficient.
      </p>
      <p className="ladder-filter">
        <input
          id={filterId}
          type="checkbox"
          checked={onlyUsable}
          onChange={(event) => setOnlyUsable(event.currentTarget.checked)}
        />{' '}
        <label htmlFor={filterId}>
          Show only the devices that fit or are tight ({usable} of {estimate.suggestions.length})
        </label>
      </p>
      {/* Always in the page, so a screen reader announces the message when the filter empties the list. */}
      <div role="status">
        {shown.length === 0 ? (
          <p className="ladder-none">
            No device fits or is tight. Clear the box above to see all {estimate.suggestions.length} devices
            and what each one lacks.
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
          {shown.map((s) => {
            const device = devices.find((d) => d.id === s.deviceId);
            const recommended = s.deviceId === estimate.recommendedDeviceId;
            const headingId = `ladder-${s.deviceId}`;
            const utilRows: {
              key: 'cpu' | 'ram' | 'storage' | 'accelerator';
              label: string;
              ratio: number;
              capacity: string;
            }[] = RESOURCE_ROWS.map((r) => ({
              key: r.key,
              label: r.label,
              ratio: s.utilisation[r.key],
              capacity: device ? capacityText(device, r.key, s, estimate) : '',
            }));
            if (s.utilisation.accelerator !== undefined) {
              utilRows.push({
                key: 'accelerator',
                label: 'Accelerator',
                ratio: s.utilisation.accelerator,
                capacity: device?.accelerator ? `${formatNumber(device.accelerator.tops)} TOPS` : 'none',
              });
            }
            return (
              <li
                key={s.deviceId}
                className={`ladder-item grade-${s.grade}${recommended ? ' is-recommended' : ''}`}
              >
                <article aria-labelledby={headingId}>
                  <header className="ladder-head">
                    <h4 id={headingId}>{device ? device.name : s.deviceId}</h4>
                    <p className="ladder-badges">
                      <span className={`grade-badge grade-${s.grade}`}>
                        <span aria-hidden="true" className="grade-icon">
                          {GRADE_ICONS[s.grade]}
                        </span>{' '}
                        <span className="visually-hidden">Grade: </span>
                        {GRADE_LABELS[s.grade]}
                      </span>
                      {recommended ? (
                        <span className="recommended-badge">
                          <span aria-hidden="true">★ </span>Recommended
                        </span>
                      ) : null}
                    </p>
                  </header>
                  {device ? (
                    <p className="ladder-spec">
                      {device.cpu} · {device.architectures.join(' / ')}
                    </p>
                  ) : null}
                  <ul
                    className="util-list"
                    aria-label={`Utilisation of ${device ? device.name : s.deviceId}`}
                  >
                    {utilRows.map((u) => (
                      <li key={u.key} className={u.ratio > 1 ? 'util over' : 'util'}>
                        <span className="util-label">{u.label}</span>
                        <span className="util-bar" aria-hidden="true">
                          <span className="util-fill" style={{ width: `${Math.min(u.ratio, 1) * 100}%` }} />
                        </span>
                        <span className="util-value">
                          {formatPercent(u.ratio)}
                          {u.capacity ? <span className="util-capacity"> of {u.capacity}</span> : null}
                          {u.ratio > 1 ? <span className="visually-hidden"> (over capacity)</span> : null}
                        </span>
                      </li>
                    ))}
                  </ul>
                  <dl className="ladder-facts">
                    <div>
                      <dt>Binding constraint</dt>
                      <dd>{bindingText(s, device, answers, estimate)}</dd>
                    </div>
                    {device ? (
                      <>
                        <div>
                          <dt>Price</dt>
                          <dd>{priceText(device, s, answers)}</dd>
                        </div>
                        <div>
                          <dt>Accelerator</dt>
                          <dd>{acceleratorText(device, s, estimate)}</dd>
                        </div>
                      </>
                    ) : null}
                  </dl>
                  {s.reasons.length > 0 ? (
                    <Disclosure
                      className="ladder-why"
                      summary={
                        <>
                          Why this grade?
                          <span className="visually-hidden"> ({device ? device.name : s.deviceId})</span>
                        </>
                      }
                    >
                      {() => (
                        <ul className="ladder-reasons">
                          {s.reasons.map((reason) => (
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
