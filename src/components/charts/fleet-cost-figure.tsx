/**
 * The fleet's cost over its service life as a figure: a stacked bar chart of the known costs cumulated by year,
 * plus the table of the same numbers. recharts is loaded lazily.
 */
import { lazy } from 'react';
import type { FleetReport } from '../../domain/report/fleet-report.ts';
import { fleetUsd } from '../../domain/report/fleet-report.ts';
import { formatNumber } from '../../domain/vocabulary/format.ts';
import { ChartFrame, type TableMode } from './chart-frame.tsx';
import { prefersReducedMotion } from './motion.ts';
import { seriesStyle } from './palette.ts';

const FleetCostChart = lazy(() =>
  import('./fleet-cost-chart.tsx').then((m) => ({ default: m.FleetCostChart })),
);

export interface FleetCostFigureProps {
  fleet: FleetReport;
  width?: number;
  height?: number;
  animate?: boolean;
  tableMode?: TableMode;
  deferUntilVisible?: boolean;
}

const yearLabel = (year: number) => (year === 0 ? 'Start (purchase)' : `End of year ${formatNumber(year)}`);

export function FleetCostFigure({
  fleet,
  width,
  height = 280,
  animate = !prefersReducedMotion(),
  tableMode,
  deferUntilVisible = false,
}: FleetCostFigureProps) {
  const end = fleet.byYear.at(-1);
  const caption = `Fleet cost cumulated over ${formatNumber(fleet.serviceLifeYears)} years, by part (USD)`;
  const summary =
    fleet.byYearParts.length === 0
      ? 'No cost part has a known price, so there is nothing to chart. The table says why.'
      : `Stacked bar chart of the fleet's known costs from purchase to the end of the service life: ${fleet.byYearParts
          .map((p) => p.label.toLowerCase())
          .join(', ')}; ${fleetUsd(end?.total ?? 0)} in all.` +
        (fleet.excludedNote ? ` ${fleet.excludedNote}` : '') +
        ' The table has every value.';
  const table = (
    <table className="data-table">
      <caption>Fleet cost cumulated by year, in US dollars (known parts only)</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          {fleet.byYearParts.map((p) => (
            <th key={p.id} scope="col">
              {p.label}
            </th>
          ))}
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        {fleet.byYear.map((y) => (
          <tr key={y.year}>
            <th scope="row">{yearLabel(y.year)}</th>
            {fleet.byYearParts.map((p) => (
              <td key={p.id}>{fleetUsd(y.parts[p.id] ?? 0)}</td>
            ))}
            <td>{fleetUsd(y.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame
      caption={caption}
      summary={summary}
      legend={fleet.byYearParts.map((p, i) => ({ key: p.id, label: p.label, style: seriesStyle(i) }))}
      chart={
        <FleetCostChart
          fleet={fleet}
          height={height}
          animate={animate}
          {...(width === undefined ? {} : { width })}
        />
      }
      table={table}
      height={height}
      deferUntilVisible={deferUntilVisible}
      {...(tableMode === undefined ? {} : { tableMode })}
    />
  );
}
