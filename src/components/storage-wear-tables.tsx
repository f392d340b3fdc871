/**
 * Storage wear (issue 12 §4), shared by the results and the report: the bytes written per day with what they are
 * made of, and each device's storage with its expected life against the planned service life. Presentational:
 * it takes the formatted report model (src/domain/report/storage-wear-report.ts).
 */
import type { ReactNode } from 'react';
import type { StorageWearReport } from '../domain/report/storage-wear-report.ts';
import { BreakdownTable } from './breakdown-table.tsx';
import './storage-wear.css';

export interface StorageWearTablesProps {
  wear: StorageWearReport;
  /** Prefix for the ids of the tables' captions. */
  idPrefix: string;
  tableClassName?: string;
  /** Only the recommended device and devices whose storage outlasts the service life (for a summary). */
  rows?: StorageWearReport['rows'];
  /** Show the one-sentence summary above the tables (default true; the results show it outside a disclosure). */
  showSummary?: boolean;
}

function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll wear-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

export function StorageWearTables({
  wear,
  idPrefix,
  tableClassName = 'data-table',
  rows = wear.rows,
  showSummary = true,
}: StorageWearTablesProps) {
  return (
    <>
      {showSummary ? <p className="wear-summary">{wear.summary}</p> : null}
      <Scroll label="Bytes written per day">
        <BreakdownTable
          className={`${tableClassName} wear-writes`}
          captionId={`${idPrefix}-writes`}
          caption="Written to storage per day, in gigabytes (GB): what the writes are made of"
          rowHeader="Written by"
          detailHeader="How it is computed"
          detailClassName="wear-detail"
          rows={wear.breakdown.map((b) => ({
            key: b.id,
            header: b.label,
            low: b.low,
            typical: b.typical,
            high: b.high,
            detail: b.explanation,
          }))}
          total={wear.writesPerDay}
        />
      </Scroll>
      <Scroll label="Storage life per device">
        <table className={`${tableClassName} wear-devices`}>
          <caption id={`${idPrefix}-devices`}>
            Expected life of each device&apos;s storage at these writes, against the planned{' '}
            {wear.serviceLife} of service
          </caption>
          <thead>
            <tr>
              <th scope="col">Device</th>
              <th scope="col">Storage</th>
              <th scope="col">Rated endurance</th>
              <th scope="col">Flash writes a day</th>
              <th scope="col">Expected life</th>
              <th scope="col">Against the service life</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.deviceId} className={r.recommended ? 'wear-recommended' : undefined}>
                <th scope="row">
                  {r.name}
                  {r.recommended ? <span className="wear-tag"> (recommended)</span> : null}
                </th>
                <td>{r.storage}</td>
                <td className="num">{r.endurance}</td>
                <td className="num">{r.flashPerDay}</td>
                <td>
                  {r.life}
                  <span className="wear-range"> (range {r.lifeRange})</span>
                </td>
                <td className={r.short ? 'wear-short' : 'wear-ok'}>
                  <span aria-hidden="true">{r.short ? '✕ ' : '✓ '}</span>
                  {r.short ? 'Wears out first' : 'Outlasts it'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
      <p className="wear-note">
        {wear.explanation} Endurance and write amplification are estimates (EST) unless a vendor rating is
        cited: see the assumptions.
      </p>
    </>
  );
}
