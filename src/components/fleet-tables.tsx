/**
 * The fleet plan's tables, shared by the live results and the printed report: the IoT Hub editions for the
 * fleet's volume, and the cost over the service life per device and for the fleet, with how each figure was
 * worked out and its sources.
 */
import type { ReactNode } from 'react';
import type { FleetReport } from '../domain/report/fleet-report.ts';
import { formatNumber } from '../domain/vocabulary/format.ts';

/** A source: a link (new tab) when it is a URL, else the words; an extra note in brackets stays text. */
export function FleetSource({ source }: { source: string }) {
  const match = /^(https?:\/\/\S+)(.*)$/i.exec(source);
  if (!match) return <>{source}</>;
  const [, url = '', rest = ''] = match;
  const text = url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
  const label =
    text.length > 60 ? `${text.split('/')[0] ?? ''}/…/${text.split('/').slice(-1).join('/')}` : text;
  return (
    <>
      <a href={url} target="_blank" rel="noreferrer" className="source-link">
        {label}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
      {rest}
    </>
  );
}

/**
 * The fleet's three facts as a definition list: the IoT Hub edition, the messages a day (how they were counted)
 * and the energy. `hub` is what follows the edition's headline: the results give the price per unit (the why is
 * a disclosure below), the printed report the why and the price's source in full.
 */
export function FleetFacts({ fleet, hub }: { fleet: FleetReport; hub: ReactNode }) {
  return (
    <dl className="fleet-facts">
      <div>
        <dt>IoT Hub</dt>
        <dd>
          <strong>{fleet.hub.headline}</strong> {hub}
        </dd>
      </div>
      <div>
        <dt>Messages a day</dt>
        <dd>{fleet.messages.derivation}</dd>
      </div>
      <div>
        <dt>Energy</dt>
        <dd>
          {fleet.energy.text} {fleet.energy.note}
        </dd>
      </div>
    </dl>
  );
}

export function FleetHubTable({
  fleet,
  className = 'data-table',
}: {
  fleet: FleetReport;
  className?: string;
}) {
  return (
    <div className="fleet-scroll" tabIndex={0} role="region" aria-label="IoT Hub editions (scrolls sideways)">
      <table className={`${className} fleet-hub-table`}>
        <caption>
          IoT Hub standard editions for {formatNumber(fleet.messages.fleetPerDay)} metered messages a day
          (price per unit: {fleet.hub.price}; relative price S1 = 1)
        </caption>
        <thead>
          <tr>
            <th scope="col">Edition</th>
            <th scope="col">Messages (4 KB blocks)</th>
            <th scope="col">Units needed</th>
            <th scope="col">One hub holds</th>
            <th scope="col">Relative cost</th>
          </tr>
        </thead>
        <tbody>
          {fleet.hub.rows.map((row) => (
            <tr key={row.edition} className={row.chosen ? 'fleet-chosen' : undefined}>
              <th scope="row">
                {row.edition}
                {row.chosen ? ' (cheapest)' : ''}
              </th>
              <td>{row.quota}</td>
              <td>{formatNumber(row.units)}</td>
              <td>
                {row.fitsOneHub ? `Yes (up to ${row.maxUnits} units)` : `No: more than ${row.maxUnits} units`}
              </td>
              <td>{row.fitsOneHub ? formatNumber(row.relativeCost) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function FleetCostTable({
  fleet,
  className = 'data-table',
}: {
  fleet: FleetReport;
  className?: string;
}) {
  return (
    <div className="fleet-scroll" tabIndex={0} role="region" aria-label="Cost table (scrolls sideways)">
      <table className={`${className} fleet-cost-table`}>
        <caption>
          Cost over {formatNumber(fleet.serviceLifeYears)} {fleet.serviceLifeYears === 1 ? 'year' : 'years'},
          in US dollars: per deployed device and for the fleet of {formatNumber(fleet.devices)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">Per device</th>
            <th scope="col">Fleet</th>
            <th scope="col">How</th>
          </tr>
        </thead>
        <tbody>
          {fleet.costs.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              <td>{row.perDevice}</td>
              <td>{row.fleet}</td>
              <td className="fleet-how">
                {row.formula}
                <span className="fleet-sources">
                  {' '}
                  Sources:{' '}
                  {row.sources.map((source, i) => (
                    <span key={i}>
                      {i > 0 ? '; ' : ''}
                      <FleetSource source={source} />
                    </span>
                  ))}
                  .
                </span>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total (known parts)</th>
            <td>{fleet.total.perDevice}</td>
            <td>{fleet.total.fleet}</td>
            <td>{fleet.excludedNote || 'Every part is priced.'}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
