import { Fragment, useId, useState } from 'react';
import type { Grade, GradedResource } from '../../domain/types.ts';
import type { DeviceResourceRow, DeviceRow } from '../../domain/report/device-rows.ts';
import { GRADE_ICONS } from '../../domain/vocabulary/labels.ts';

/** A device's row with what the table sorts and marks by, joined from the catalog and the grader. */
export interface LadderEntry {
  row: DeviceRow;
  /** The catalog price in US dollars (for sorting; the row's price text is what is shown). */
  priceUsd: number;
  /** Why the device is out whatever its capacity ("Architecture", "Budget"…), or null. See chart-data.ts. */
  ruledOut: string | null;
}

export interface DeviceLadderProps {
  /** Every catalog device, in catalog order (smallest to largest). */
  entries: readonly LadderEntry[];
}

type SortKey = 'catalog' | 'name' | 'grade' | 'price' | GradedResource;
type Direction = 'ascending' | 'descending';

const GRADE_ORDER: Record<Grade, number> = { fit: 0, tight: 1, insufficient: 2 };
const RESOURCES: readonly GradedResource[] = ['cpu', 'ram', 'storage', 'accelerator'];
const RESOURCE_HEADERS: Record<GradedResource, string> = {
  cpu: 'CPU',
  ram: 'RAM',
  storage: 'Storage',
  accelerator: 'Accelerator',
};

function resourceOf(row: DeviceRow, resource: GradedResource): DeviceResourceRow | undefined {
  return row.resources.find((r) => r.resource === resource);
}

/** A device's utilisation of one resource for sorting: no capacity at all sorts after every number. */
function utilisationOf(row: DeviceRow, resource: GradedResource): number {
  const r = resourceOf(row, resource);
  if (r === undefined) return -1;
  return r.utilisation ?? Number.POSITIVE_INFINITY;
}

function compare(a: LadderEntry, b: LadderEntry, key: SortKey, catalogIndex: Map<string, number>): number {
  const byCatalog = (catalogIndex.get(a.row.deviceId) ?? 0) - (catalogIndex.get(b.row.deviceId) ?? 0);
  switch (key) {
    case 'catalog':
      return byCatalog;
    case 'name':
      return a.row.name.localeCompare(b.row.name, 'en') || byCatalog;
    case 'grade':
      return GRADE_ORDER[a.row.grade] - GRADE_ORDER[b.row.grade] || byCatalog;
    case 'price':
      return a.priceUsd - b.priceUsd || byCatalog;
    default:
      return utilisationOf(a.row, key) - utilisationOf(b.row, key) || byCatalog;
  }
}

/**
 * The nearest insufficient device: the one that comes closest to fitting by capacity (its worst utilisation is
 * the lowest) among those not ruled out whatever their capacity; the first insufficient one otherwise.
 */
function nearestInsufficient(entries: readonly LadderEntry[]): LadderEntry | undefined {
  const insufficient = entries.filter((e) => e.row.grade === 'insufficient');
  const worst = (e: LadderEntry) =>
    Math.max(...e.row.resources.map((r) => r.utilisation ?? Number.POSITIVE_INFINITY));
  const candidates = insufficient.filter((e) => e.ruledOut === null);
  let best: LadderEntry | undefined;
  for (const e of candidates) if (best === undefined || worst(e) < worst(best)) best = e;
  return best ?? insufficient[0];
}

/** A small bar with its number: the bar repeats the figure, the figure is the content. */
function UtilisationCell({ resource }: { resource: DeviceResourceRow | undefined }) {
  if (resource === undefined) return <span className="lt-na">Not needed</span>;
  const fill = Math.min(resource.utilisation ?? 0, 1) * 100;
  return (
    <span className={`lt-util util-${resource.grade}${resource.over ? ' over' : ''}`}>
      <span className="util-bar" aria-hidden="true">
        <span className="util-fill" style={{ width: `${fill}%` }} />
      </span>
      <span className="lt-util-value">
        {resource.utilisationText}
        {resource.over ? <span className="visually-hidden"> (over capacity)</span> : null}
      </span>
    </span>
  );
}

/**
 * The device ladder as a compact, sortable comparison table: one row per device with its grade (word and icon),
 * price, utilisation of each resource as a small bar with its number, and the binding constraint; the details
 * (specification, which estimate fits, every reason) open in place under the row. By default it lists the
 * devices that fit or are tight and the nearest insufficient one; "Show all" lists the whole catalog. The sort,
 * the filter and the open rows are view choices, neither shared nor saved.
 */
export function DeviceLadder({ entries }: DeviceLadderProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({
    key: 'catalog',
    direction: 'ascending',
  });
  const [showAll, setShowAll] = useState(false);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  if (entries.length === 0) return <p>No devices to compare.</p>;

  const count = (grade: Grade) => entries.filter((e) => e.row.grade === grade).length;
  const nearest = nearestInsufficient(entries);
  const preferred = entries.filter((e) => e.row.grade !== 'insufficient' || e === nearest);
  const filtered = showAll || preferred.length === entries.length ? entries : preferred;
  const catalogIndex = new Map(entries.map((e, i) => [e.row.deviceId, i]));
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const shown = [...filtered].sort((a, b) => sign * compare(a, b, sort.key, catalogIndex));
  const needsAccelerator = entries.some((e) => resourceOf(e.row, 'accelerator') !== undefined);
  const resources = RESOURCES.filter((r) => r !== 'accelerator' || needsAccelerator);
  const columns = 4 + resources.length;

  const sortBy = (key: SortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: 'ascending' },
    );
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const header = (key: SortKey, label: string, className?: string) => (
    <th scope="col" className={className} aria-sort={sort.key === key ? sort.direction : undefined}>
      <button type="button" className="lt-sort" onClick={() => sortBy(key)}>
        {label}
        <span aria-hidden="true" className="lt-sort-icon">
          {sort.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
  const caption = showAll
    ? `All ${entries.length} devices`
    : `${shown.length} of ${entries.length} devices: those that fit or are tight${nearest && filtered !== entries ? ', and the nearest insufficient one' : ''}`;

  return (
    <>
      <p className="ladder-counts">
        {entries.length} devices: {count('fit')} fit, {count('tight')} tight, {count('insufficient')}{' '}
        insufficient.
      </p>
      {/* Scrolls inside its own box if a column is ever wider than the results (focusable for keyboards). */}
      <div className="lt-scroll" role="region" aria-label="Device ladder table" tabIndex={0}>
        <table className="ladder-table" id={`${uid}-table`}>
          <caption>
            {caption}.{' '}
            <span className="lt-caption-sort">
              {sort.key === 'catalog'
                ? 'Smallest to largest.'
                : `Sorted by ${sort.key === 'name' ? 'device' : sort.key === 'grade' || sort.key === 'price' ? sort.key : RESOURCE_HEADERS[sort.key]}, ${sort.direction}.`}
            </span>
          </caption>
          <thead>
            <tr>
              {header('name', 'Device', 'lt-device')}
              {header('grade', 'Grade', 'lt-grade')}
              {header('price', 'Price', 'lt-price-col')}
              {resources.map((r) => (
                <Fragment key={r}>{header(r, RESOURCE_HEADERS[r], `lt-num lt-col-${r}`)}</Fragment>
              ))}
              <th scope="col" className="lt-binding-col">
                Binding constraint
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ row, ruledOut }) => {
              const detailsId = `${uid}-details-${row.deviceId}`;
              const expanded = open.has(row.deviceId);
              return (
                <Fragment key={row.deviceId}>
                  <tr
                    className={`lt-row grade-${row.grade}${row.recommended ? ' is-recommended' : ''}${ruledOut ? ' is-ruled-out' : ''}`}
                    data-device={row.deviceId}
                  >
                    <th scope="row" className="lt-device">
                      <button
                        type="button"
                        className="lt-toggle"
                        aria-expanded={expanded}
                        aria-controls={detailsId}
                        onClick={() => toggle(row.deviceId)}
                      >
                        <span aria-hidden="true" className="lt-toggle-icon">
                          {expanded ? '▾' : '▸'}
                        </span>
                        <span className="lt-name">{row.name}</span>
                        <span className="visually-hidden">: details</span>
                      </button>
                      {row.recommended ? (
                        <span className="recommended-badge lt-badge">
                          <span aria-hidden="true">★ </span>Recommended
                        </span>
                      ) : null}
                    </th>
                    <td data-label="Grade">
                      <span className={`grade-badge grade-${row.grade}`}>
                        <span aria-hidden="true" className="grade-icon">
                          {row.gradeIcon}
                        </span>{' '}
                        {row.gradeLabel}
                      </span>
                      {row.overBudgetText ? (
                        <span className="budget-badge over-budget lt-badge">
                          <span aria-hidden="true">$ </span>
                          {row.overBudgetText}
                        </span>
                      ) : null}
                    </td>
                    <td data-label="Price" className="lt-price">
                      {row.price}
                    </td>
                    {resources.map((r) => (
                      <td key={r} data-label={RESOURCE_HEADERS[r]} className="lt-num">
                        <UtilisationCell resource={resourceOf(row, r)} />
                      </td>
                    ))}
                    <td data-label="Binding constraint" className="lt-binding">
                      {ruledOut ? (
                        <strong className="lt-ruled-out">
                          <span aria-hidden="true">✕ </span>Ruled out: {ruledOut}
                        </strong>
                      ) : (
                        row.binding
                      )}
                    </td>
                  </tr>
                  <tr
                    id={detailsId}
                    className={`lt-details grade-${row.grade}`}
                    hidden={!expanded}
                    aria-label={`Details of the ${row.name}`}
                  >
                    <td colSpan={columns}>{expanded ? <DeviceDetails row={row} /> : null}</td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      {preferred.length < entries.length ? (
        <p className="ladder-filter">
          <button
            type="button"
            className="button button--small"
            aria-controls={`${uid}-table`}
            onClick={() => setShowAll((all) => !all)}
          >
            {showAll
              ? `Show only the devices that fit or are tight (${preferred.length} of ${entries.length})`
              : `Show all ${entries.length} devices`}
          </button>
        </p>
      ) : null}
    </>
  );
}

/** What opens under a row: the specification, which estimate fits, the facts and every reason for the grade. */
function DeviceDetails({ row }: { row: DeviceRow }) {
  return (
    <div className="lt-details-body">
      {row.spec ? <p className="ladder-spec">{row.spec}</p> : null}
      <ul className="util-list" aria-label={`Utilisation of ${row.name}`}>
        {row.resources.map((u) => (
          <li key={u.resource} className={`util util-${u.grade}${u.over ? ' over' : ''}`}>
            <span className="util-label">{u.label}</span>
            <span className="util-bar" aria-hidden="true">
              <span className="util-fill" style={{ width: `${Math.min(u.utilisation ?? 0, 1) * 100}%` }} />
            </span>
            <span className="util-value">
              {u.utilisationText}
              {u.utilisation !== null ? <span className="util-capacity"> of {u.capacityText}</span> : null}
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
        <>
          <p className="lt-why">Why this grade?</p>
          <ul className="ladder-reasons">
            {row.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
