/**
 * The one table of low / typical / high figures: a requirement's breakdown in the results card, the
 * table next to a breakdown chart, and the report's breakdown and requirement tables. Presentational
 * only: it takes figures already formatted (one scale per table) and draws them; no store, no model.
 */
import { Fragment, type ReactNode } from 'react';

/** The three ends of a range, already formatted. */
export interface RangeCells {
  low: string;
  typical: string;
  high: string;
}

/** One row: its header cell and its figures, with optional words about it. */
export interface BreakdownTableRow extends RangeCells {
  key: string;
  header: ReactNode;
  /** In the column named by `detailHeader` when there is one, else in a full-width row below this one. */
  detail?: ReactNode;
}

export interface BreakdownTableProps {
  caption: ReactNode;
  captionId?: string;
  /** Header of the first column, e.g. "Share" or "Component". */
  rowHeader: string;
  rows: readonly BreakdownTableRow[];
  /** The total row (the table foot); none when left out. */
  total?: RangeCells;
  /** Header of a last column holding each row's detail; without it, details go below their rows. */
  detailHeader?: string;
  detailClassName?: string;
  className?: string;
}

export function BreakdownTable({
  caption,
  captionId,
  rowHeader,
  rows,
  total,
  detailHeader,
  detailClassName,
  className = 'data-table',
}: BreakdownTableProps) {
  const detailColumn = detailHeader !== undefined;
  return (
    <table className={className}>
      <caption id={captionId}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          <th scope="col">Low</th>
          <th scope="col">Typical</th>
          <th scope="col">High</th>
          {detailColumn ? <th scope="col">{detailHeader}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const detailBelow = !detailColumn && row.detail !== undefined;
          return (
            <Fragment key={row.key}>
              <tr className={detailBelow ? 'share-row' : undefined}>
                <th scope="row">{row.header}</th>
                <td>{row.low}</td>
                <td>{row.typical}</td>
                <td>{row.high}</td>
                {detailColumn ? <td className={detailClassName}>{row.detail}</td> : null}
              </tr>
              {detailBelow ? (
                <tr className="share-explanation">
                  <td colSpan={4}>{row.detail}</td>
                </tr>
              ) : null}
            </Fragment>
          );
        })}
      </tbody>
      {total ? (
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td>{total.low}</td>
            <td>{total.typical}</td>
            <td>{total.high}</td>
            {detailColumn ? <td /> : null}
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
