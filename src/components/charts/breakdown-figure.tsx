/**
 * A requirement's breakdown by component as a stacked bar chart plus the table of the same numbers.
 * recharts is loaded lazily: this module does not import it.
 */
import { lazy } from 'react';
import type { Requirement } from '../../domain/types.ts';
import { breakdownByComponent } from './chart-data.ts';
import { ChartFrame, type TableMode } from './chart-frame.tsx';
import { prefersReducedMotion } from './motion.ts';
import { formatRange, formatScaled } from '../../domain/vocabulary/format.ts';
import { BreakdownTable } from '../breakdown-table.tsx';
import { seriesStyle } from './palette.ts';

const BreakdownChart = lazy(() =>
  import('./breakdown-chart.tsx').then((m) => ({ default: m.BreakdownChart })),
);

export interface BreakdownFigureProps {
  requirement: Requirement;
  width?: number;
  height?: number;
  animate?: boolean;
  tableMode?: TableMode;
  /** Load and draw the chart only when it nears the viewport (screen use; leave off for print). */
  deferUntilVisible?: boolean;
}

export function BreakdownFigure({
  requirement,
  width,
  height = 280,
  animate = !prefersReducedMotion(),
  tableMode,
  deferUntilVisible = false,
}: BreakdownFigureProps) {
  const data = breakdownByComponent(requirement);
  const { scale } = data;
  const largest = [...data.series].sort((a, b) => b.value.typical - a.value.typical)[0];
  const caption = `${requirement.label} by component (${scale.unit})`;
  const summary =
    `Stacked bar chart of ${requirement.label} by component at the low, typical and high ends: ` +
    `typical total ${formatScaled(data.total.typical, scale)} ${scale.unit}` +
    (largest
      ? `, largest share ${largest.label} at ${formatScaled(largest.value.typical, scale)} ${scale.unit}.`
      : '.') +
    ' The table has every value.';
  const table = (
    <BreakdownTable
      caption={
        <>
          {requirement.label} by component, in {scale.unitLong} ({scale.unit})
        </>
      }
      rowHeader="Component"
      rows={data.series.map((s) => ({
        key: s.key,
        header: s.label,
        ...formatRange(s.value, requirement.unit, scale),
      }))}
      total={formatRange(data.total, requirement.unit, scale)}
    />
  );
  return (
    <ChartFrame
      caption={caption}
      summary={summary}
      legend={data.series.map((s, i) => ({ key: s.key, label: s.label, style: seriesStyle(i) }))}
      chart={
        <BreakdownChart
          data={data}
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
