/**
 * IoT Edge in a VM: "Give the VM: …" with what each resource is sized for and what the host needs besides it, or
 * the Azure VM sizes graded on the same requirements. Renders the words of src/domain/report/hosting-rows.ts.
 */
import type { Estimate } from '../../domain/types.ts';
import { azureView, vmView } from '../../domain/report/hosting-rows.ts';
import { Disclosure } from '../../components/ui/disclosure.tsx';
import { VmSizeTable } from '../../components/vm-size-table.tsx';
import { SourceLink } from './source-link.tsx';
import './hosting.css';

function Sources({ sources }: { sources: readonly string[] }) {
  if (sources.length === 0) return null;
  return (
    <p className="hosting-sources">
      Sources:{' '}
      {sources.map((s, i) => (
        <span key={s}>
          {i > 0 ? '; ' : ''}
          <SourceLink source={s} />
        </span>
      ))}
    </p>
  );
}

/** The VM section (Hyper-V, vSphere, KVM, other), or the Azure VM section, or nothing on bare metal. */
export function HostingSection({ estimate, idPrefix }: { estimate: Estimate; idPrefix: string }) {
  if (estimate.vmSize) {
    const v = vmView(estimate.vmSize);
    const heading = `${idPrefix}-vm`;
    return (
      <section className="results-section hosting" aria-labelledby={heading}>
        <h3 id={heading}>Virtual machine size</h3>
        <p className="hosting-summary">
          <strong>{v.summary}</strong>
        </p>
        <p className="section-note">
          Each resource holds the typical need with headroom and the high estimate (the rule of the device
          grades), rounded up the way VMs are given them.
        </p>
        <div
          className="table-scroll"
          role="region"
          aria-label="VM size and what it is sized for"
          tabIndex={0}
        >
          <VmSizeTable
            rows={v.rows}
            className="data-table hosting-table"
            caption={<caption className="visually-hidden">VM size and what it is sized for</caption>}
            given={(text) => <strong>{text}</strong>}
          />
        </div>
        <p className="hosting-host">{v.hostRoom}</p>
        <p className="section-note">{v.overhead}</p>
        {v.accelerator ? <p className="hosting-accelerator">{v.accelerator}</p> : null}
        <Sources sources={v.sources} />
      </section>
    );
  }
  if (estimate.azureVms) {
    const a = azureView(estimate.azureVms);
    const heading = `${idPrefix}-azure`;
    return (
      <section className="results-section hosting" aria-labelledby={heading}>
        <h3 id={heading}>Azure VM sizes</h3>
        <p className="section-note">
          {a.basis} {a.budget} {a.priceNote}
        </p>
        <p className="hosting-disk">{a.osDisk}</p>
        {a.recommended ? (
          <ul className="hosting-reasons">
            {a.recommended.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : null}
        <div className="table-scroll" role="region" aria-label="Azure VM sizes graded" tabIndex={0}>
          <table className="data-table hosting-table">
            <caption className="visually-hidden">Azure VM sizes graded against the requirements</caption>
            <thead>
              <tr>
                <th scope="col">Size</th>
                <th scope="col">vCPU and memory</th>
                <th scope="col">Grade</th>
                <th scope="col">Price per month</th>
                <th scope="col">Budget</th>
              </tr>
            </thead>
            <tbody>
              {a.rows.map((r) => (
                <tr key={r.id} className={r.recommended ? 'is-recommended' : undefined}>
                  <th scope="row">
                    {r.name}
                    {r.recommended ? (
                      <span className="recommended-badge hosting-badge">Recommended</span>
                    ) : null}
                    <span className="hosting-series">
                      {r.series}, {r.architecture}
                    </span>
                  </th>
                  <td>
                    {r.cpu}, {r.memory}
                    {r.gpu === 'none' ? null : <span className="hosting-series">GPU: {r.gpu}</span>}
                  </td>
                  <td>
                    <span className={`grade-badge grade-${r.grade}`}>{r.gradeLabel}</span>
                  </td>
                  <td>{r.price}</td>
                  <td>{r.budgetShort}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Disclosure className="why" summary={<>Why each size is graded so</>}>
          {() => (
            <dl className="hosting-why">
              {a.rows.map((r) => (
                <div key={r.id}>
                  <dt>
                    {r.name}: {r.gradeLabel}
                  </dt>
                  <dd>
                    <ul className="hosting-reasons">
                      {[...r.reasons, r.budget].map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </Disclosure>
        <Sources sources={[...new Set(a.rows.flatMap((r) => r.sources))]} />
      </section>
    );
  }
  return null;
}
