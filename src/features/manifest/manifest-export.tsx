import { useId, useMemo, useState } from 'react';
import type { Answers } from '../../domain/answers.ts';
import { DEVICES } from '../../domain/catalog/devices.ts';
import { hostedDevice } from '../../domain/catalog/hosted-device.ts';
import { buildManifest, checkExport, manifestToJson } from '../../domain/manifest/export.ts';
import { SEVERITY_LABELS } from '../../domain/vocabulary/labels.ts';
import { setImportedBase, useImportedBase } from './imported-base.ts';
import type { Estimate, Grade } from '../../domain/types.ts';

const GRADE_LABEL: Record<Grade, string> = { fit: 'fits', tight: 'tight', insufficient: 'insufficient' };

/** The tuned manifest for the recommended (or chosen) device: download, copy, and the reasons. */
export function ManifestExport({ answers, estimate }: { answers: Answers; estimate: Estimate }) {
  const id = useId();
  const [chosen, setChosen] = useState<string>('');
  const [status, setStatus] = useState('');
  // In a VM the export is tuned for the VM (its size, or the recommended Azure size), not for a board.
  const hosted = useMemo(() => hostedDevice(estimate, answers), [estimate, answers]);
  const catalog = useMemo(() => (hosted ? [hosted, ...DEVICES] : DEVICES), [hosted]);
  const deviceId = chosen === '' ? (hosted?.id ?? estimate.recommendedDeviceId) : chosen;
  const base = useImportedBase();
  const exported = useMemo(
    () => buildManifest(answers, estimate, deviceId, catalog, { base: base?.document ?? null }),
    [answers, estimate, deviceId, catalog, base],
  );
  const json = useMemo(() => manifestToJson(exported), [exported]);
  const check = useMemo(() => checkExport(exported), [exported]);
  const recommended = DEVICES.find((d) => d.id === estimate.recommendedDeviceId);
  const grades = new Map(estimate.suggestions.map((s) => [s.deviceId, s.grade]));
  const fileName = `deployment.${exported.device?.id ?? 'edge-sizer'}.json`;

  const download = () => {
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus(`Downloaded ${fileName}.`);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(json);
      setStatus('Manifest copied to the clipboard.');
    } catch {
      setStatus('The browser did not allow copying: select the text below and copy it.');
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="manifest-block">
      <h3 id={`${id}-heading`}>Export a tuned deployment manifest</h3>
      <p className="manifest-hint">
        Memory limits from this sizing, edgeHub tuned for the device, store-and-forward that fits its disk,
        and log rotation for every container.
      </p>
      {base !== null ? (
        <div className="manifest-base">
          <p>
            Tuning your imported manifest, {base.label}:{' '}
            {exported.leftOut.length === 0
              ? 'everything in it is kept'
              : 'the settings of every sized module are kept'}
            , and{' '}
            {exported.changes.length === 0
              ? 'nothing needed changing'
              : `${exported.changes.length} setting${exported.changes.length === 1 ? ' is' : 's are'} added or changed`}
            {exported.renamed.length > 0
              ? `; ${exported.renamed.length} module${exported.renamed.length === 1 ? ' is' : 's are'} renamed (IoT Edge would reject ${exported.renamed.length === 1 ? 'its name' : 'their names'})`
              : ''}
            {exported.leftOut.length > 0
              ? `; ${exported.leftOut.length.toLocaleString('en-US')} module${exported.leftOut.length === 1 ? ' is' : 's are'} left out because the sizing does not cover ${exported.leftOut.length === 1 ? 'it' : 'them'}`
              : ''}{' '}
            (see “Why these settings”).
          </p>
          <button type="button" className="button" onClick={() => setImportedBase(null)}>
            Export a generated manifest instead
          </button>
        </div>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-device`}>
          Tune for device
        </label>
        <select id={`${id}-device`} value={chosen} onChange={(event) => setChosen(event.target.value)}>
          <option value="">
            {hosted
              ? `Recommended: ${hosted.name}`
              : recommended
                ? `Recommended: ${recommended.name}`
                : 'Recommended: none fits (no device tuning)'}
          </option>
          {DEVICES.map((d) => {
            const grade = grades.get(d.id);
            return (
              <option key={d.id} value={d.id}>
                {d.name}
                {grade ? ` (${GRADE_LABEL[grade]})` : ''}
              </option>
            );
          })}
        </select>
      </div>

      {exported.findings.length > 0 ? (
        <ul className="manifest-findings" aria-label="Check before deploying">
          {exported.findings.map((f) => (
            <li key={f.id} className={`manifest-finding manifest-finding--${f.severity}`}>
              <p>
                <strong>
                  {SEVERITY_LABELS[f.severity]}: {f.title}
                </strong>
              </p>
              <p>{f.message}</p>
              <p>Remedy: {f.remedy}</p>
            </li>
          ))}
        </ul>
      ) : null}

      <div className="manifest-scroll" role="region" aria-labelledby={`${id}-limits`} tabIndex={0}>
        <table className="manifest-table">
          <caption id={`${id}-limits`}>
            Settings for {exported.device?.name ?? 'no particular device'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Setting</th>
              <th scope="col">Value</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {exported.limits.map((l) => (
              <tr key={l.name}>
                <th scope="row">{l.name}: HostConfig.Memory</th>
                <td>{l.memoryMiB === null ? 'no limit' : `${l.memoryMiB.toLocaleString('en-US')} MiB`}</td>
                <td>
                  {l.basis === 'user'
                    ? 'your limit (never under the need)'
                    : l.basis === 'estimate'
                      ? 'estimate × headroom'
                      : '—'}
                </td>
              </tr>
            ))}
            {exported.systemLimits.map((l) => (
              <tr key={l.name}>
                <th scope="row">{l.name}: HostConfig.Memory</th>
                <td>{`${l.memoryMiB.toLocaleString('en-US')} MiB`}</td>
                <td>
                  {l.basis === 'estimate'
                    ? 'estimate × headroom'
                    : "maintainers' minimum (counted in the estimate) × headroom"}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">edgeHub OptimizeForPerformance</th>
              <td>{String(exported.optimizeForPerformance)}</td>
              <td>device RAM and OS</td>
            </tr>
            <tr>
              <th scope="row">timeToLiveSecs</th>
              <td>
                {exported.timeToLiveSecs.toLocaleString('en-US')} s (
                {(exported.timeToLiveSecs / 3600).toLocaleString('en-US', { maximumFractionDigits: 1 })} h)
              </td>
              <td>offline hours, device storage</td>
            </tr>
          </tbody>
        </table>
      </div>

      <details className="manifest-notes">
        <summary>Why these settings</summary>
        <ul>
          {exported.notes.map((n) => (
            <li key={`${n.topic}:${n.text}`}>{n.text}</li>
          ))}
        </ul>
      </details>

      <p className={check.ok ? 'manifest-valid' : 'manifest-error'}>
        {check.ok ? check.message : `Does not match the documented shape: ${check.issues.join('; ')}`}
      </p>

      <div className="manifest-actions">
        <button type="button" className="button button--primary" onClick={download}>
          Download deployment manifest
        </button>
        <button type="button" className="button" onClick={() => void copy()}>
          Copy
        </button>
      </div>
      <p role="status" className="manifest-status">
        {status}
      </p>
      <pre className="manifest-json" tabIndex={0} aria-label={`${fileName} (JSON)`}>
        {json}
      </pre>
    </section>
  );
}
