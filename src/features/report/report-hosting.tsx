/**
 * The report's VM section: "Give the VM: …" with what each resource is sized for and the host room, or the Azure VM
 * sizes graded with their monthly price and budget check. The words are src/domain/report/hosting-rows.ts's, the
 * same as the results'.
 */
import type { Estimate } from '../../domain/types.ts';
import { azureView, vmView } from '../../domain/report/hosting-rows.ts';
import { VmSizeTable } from '../../components/vm-size-table.tsx';

/** URLs stay visible on paper: the link text is the URL. */
function Sources({ sources }: { sources: readonly string[] }) {
  if (sources.length === 0) return null;
  return (
    <p className="report-sources">
      Sources:{' '}
      {sources.map((s, i) => (
        <span key={s}>
          {i > 0 ? '; ' : ''}
          {/^https?:\/\//.test(s) ? (
            <a className="report-url" href={s}>
              {s}
            </a>
          ) : (
            s
          )}
        </span>
      ))}
    </p>
  );
}

export function ReportHosting({ estimate }: { estimate: Estimate }) {
  if (estimate.vmSize) {
    const v = vmView(estimate.vmSize);
    return (
      <section className="report-section" aria-labelledby="report-vm">
        <h2 id="report-vm">Virtual machine size</h2>
        <div className="report-card report-recommended">
          <p className="report-recommended-name">
            <strong>{v.summary}</strong> (on {v.hypervisor})
          </p>
          <div className="report-table-scroll" role="region" aria-label="VM size" tabIndex={0}>
            <VmSizeTable
              rows={v.rows}
              className="report-table"
              caption={
                <caption>
                  What the VM is given, and the needs it holds (typical with headroom, and high)
                </caption>
              }
            />
          </div>
          <p>{v.hostRoom}</p>
          <p>{v.overhead}</p>
          {v.accelerator ? <p>{v.accelerator}</p> : null}
          <Sources sources={v.sources} />
        </div>
      </section>
    );
  }
  if (estimate.azureVms) {
    const a = azureView(estimate.azureVms);
    return (
      <section className="report-section" aria-labelledby="report-azure">
        <h2 id="report-azure">Azure VM size</h2>
        <div className="report-card report-recommended">
          <p className="report-recommended-name">
            <strong>{a.headline}</strong>
          </p>
          <p>
            {a.basis} {a.budget}
          </p>
          <p>{a.osDisk}</p>
          <p>{a.priceNote}</p>
        </div>
        <div className="report-table-scroll" role="region" aria-label="Azure VM sizes" tabIndex={0}>
          <table className="report-table">
            <caption>Azure VM sizes graded against the requirements (budget per month)</caption>
            <thead>
              <tr>
                <th scope="col">Size</th>
                <th scope="col">CPU</th>
                <th scope="col">Memory</th>
                <th scope="col">GPU</th>
                <th scope="col">Grade</th>
                <th scope="col">Price per month</th>
                <th scope="col">Budget (per month)</th>
              </tr>
            </thead>
            <tbody>
              {a.rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    {r.name}
                    {r.recommended ? ' (recommended)' : ''}
                  </th>
                  <td>{r.cpu}</td>
                  <td>{r.memory}</td>
                  <td>{r.gpu}</td>
                  <td>
                    <span className={`report-grade report-grade--${r.grade}`}>{r.gradeLabel}</span>
                  </td>
                  <td>{r.price}</td>
                  <td>{r.budgetShort}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {a.recommended ? (
          <ul>
            {a.recommended.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : null}
        <Sources sources={[...new Set(a.rows.flatMap((r) => r.sources))]} />
      </section>
    );
  }
  return null;
}
