/**
 * Report sections about the platform over time and on the network: the lifecycle timeline (chart and table of the
 * same dates) and what the firewall must allow.
 */
import type { ReactNode } from 'react';
import type { ReportModel } from '../../domain/report/report-model.ts';
import { LifecycleFigure, LifecycleTable } from '../../components/charts/lifecycle-figure.tsx';

/** A wide table scrolls sideways on a narrow screen; the region is focusable so keyboards can scroll it. */
function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="report-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

const urls = (source: string): string[] => source.match(/https?:\/\/[^\s;,<>]*[^\s;,<>.)]/g) ?? [];

export function LifecycleSection({
  model,
  chartWidth,
  chart = true,
}: {
  model: ReportModel;
  chartWidth: number;
  /** False in the summary report: the table alone. */
  chart?: boolean;
}) {
  const { lifecycle } = model;
  return (
    <section className="report-section" aria-labelledby="report-lifecycle">
      <h2 id="report-lifecycle">Support over the device’s life</h2>
      <p>
        Planned service life: {lifecycle.serviceLifeYears} years, from {lifecycle.serviceStart} to{' '}
        {lifecycle.serviceEnd}. Support data checked on {model.supportDataChecked}.
      </p>
      {chart ? (
        <div className="report-chart">
          <LifecycleFigure lifecycle={lifecycle} width={chartWidth} animate={false} tableMode="visible" />
        </div>
      ) : (
        <Scroll label="Support windows">
          <LifecycleTable lifecycle={lifecycle} />
        </Scroll>
      )}
    </section>
  );
}

export function NetworkSection({
  model,
  compact = false,
}: {
  model: ReportModel;
  /** The summary report: one line per rule instead of the table. */
  compact?: boolean;
}) {
  const { network } = model;
  if (compact) {
    return (
      <section className="report-section" aria-labelledby="report-network">
        <h2 id="report-network">Network: what the firewall must allow</h2>
        <ul className="report-network-list">
          {network.rules.map((r) => (
            <li key={r.hosts}>
              <strong>{r.hosts}</strong>: {r.ports}
            </li>
          ))}
        </ul>
        <p>
          <span className="report-label">Proxy:</span> {network.proxy}
        </p>
      </section>
    );
  }
  return (
    <section className="report-section" aria-labelledby="report-network">
      <h2 id="report-network">Network: what the firewall must allow</h2>
      <p>
        Outbound from the device (nothing inbound is needed unless it is a gateway for downstream devices):
      </p>
      <Scroll label="Firewall rules">
        <table className="data-table report-network">
          <caption>Outbound connections</caption>
          <thead>
            <tr>
              <th scope="col">Hosts</th>
              <th scope="col">Ports (TCP, outbound)</th>
              <th scope="col">Purpose</th>
            </tr>
          </thead>
          <tbody>
            {network.rules.map((r) => (
              <tr key={r.hosts}>
                <th scope="row">{r.hosts}</th>
                <td>{r.ports}</td>
                <td>{r.purpose}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
      <p>
        <span className="report-label">Proxy:</span> {network.proxy}
      </p>
      <p className="report-sources">
        <span className="report-label">Sources:</span>{' '}
        {network.sources.flatMap(urls).map((u, i) => (
          <span key={u}>
            {i > 0 ? ' ; ' : ''}
            <a className="report-url" href={u}>
              {u}
            </a>
          </span>
        ))}
      </p>
    </section>
  );
}
