/**
 * The lifecycle timeline as a figure: the support windows of the host OS, IoT Edge and (on Windows) EFLOW next to
 * the device's planned service life, plus the table of the same dates. recharts is loaded lazily.
 */
import { lazy } from 'react';
import type { ReportModel } from '../../domain/report/report-model.ts';
import { ChartFrame, type TableMode } from './chart-frame.tsx';
import { dayOf, lifecycleBars } from './lifecycle-data.ts';
import { prefersReducedMotion } from './motion.ts';
import { seriesStyle } from './palette.ts';

const LifecycleChart = lazy(() =>
  import('./lifecycle-chart.tsx').then((m) => ({ default: m.LifecycleChart })),
);

export interface LifecycleFigureProps {
  lifecycle: ReportModel['lifecycle'];
  width?: number;
  animate?: boolean;
  tableMode?: TableMode;
}

export function LifecycleFigure({
  lifecycle,
  width,
  animate = !prefersReducedMotion(),
  tableMode,
}: LifecycleFigureProps) {
  const { bars, domain, ticks } = lifecycleBars(
    lifecycle.windows,
    lifecycle.serviceStart,
    lifecycle.serviceEnd,
  );
  const height = 70 + bars.length * 34;
  const short = lifecycle.windows.filter((w) => w.endsBeforeRetirement);
  const caption = `Support windows against the planned service life (${lifecycle.serviceLifeYears} years, to ${lifecycle.serviceEnd})`;
  const summary =
    `Timeline of ${bars.length} support windows with lines at today (${lifecycle.serviceStart}) and at the planned retirement (${lifecycle.serviceEnd}). ` +
    (short.length > 0
      ? `Ending before retirement: ${short.map((w) => `${w.label} (${w.endsOn ?? ''})`).join(', ')}. `
      : 'Every dated window runs past retirement. ') +
    'The table has every date.';
  const table = <LifecycleTable lifecycle={lifecycle} />;
  return (
    <ChartFrame
      caption={caption}
      summary={summary}
      legend={[{ key: 'window', label: 'Support window', style: seriesStyle(0) }]}
      chart={
        <LifecycleChart
          bars={bars}
          domain={domain}
          ticks={ticks}
          today={dayOf(lifecycle.serviceStart)}
          retirement={dayOf(lifecycle.serviceEnd)}
          height={height}
          animate={animate}
          {...(width === undefined ? {} : { width })}
        />
      }
      table={table}
      height={height}
      {...(tableMode === undefined ? {} : { tableMode })}
    />
  );
}

/** The table of the timeline's dates (also used alone where no chart is drawn). */
export function LifecycleTable({ lifecycle }: { lifecycle: ReportModel['lifecycle'] }) {
  return (
    <table className="data-table">
      <caption>Support windows and their end dates (checked with the support data)</caption>
      <thead>
        <tr>
          <th scope="col">Window</th>
          <th scope="col">What ends</th>
          <th scope="col">Ends on</th>
          <th scope="col">Before retirement?</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {lifecycle.windows.map((w) => (
          <tr key={w.kind}>
            <th scope="row">{w.label}</th>
            <td>{w.what}</td>
            <td>{w.endsOn ?? 'not known'}</td>
            <td>{w.endsOn === null ? 'unknown' : w.endsBeforeRetirement ? 'Yes: plan for it' : 'No'}</td>
            <td className="data-table-source">{w.source}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">Planned service life</th>
          <td>The device retires</td>
          <td>{lifecycle.serviceEnd}</td>
          <td>–</td>
          <td>
            Your answer ({lifecycle.serviceLifeYears} years from {lifecycle.serviceStart})
          </td>
        </tr>
      </tbody>
    </table>
  );
}
