/**
 * The fleet's known costs cumulated by year, stacked by part (hardware, energy, data). Imports recharts: load it
 * lazily (fleet-cost-figure.tsx) so recharts stays out of the first view's JavaScript.
 */
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { FleetReport } from '../../domain/report/fleet-report.ts';
import { formatNumber } from '../../domain/vocabulary/format.ts';
import { PatternDef } from './chart-patterns.tsx';
import { seriesStyle } from './palette.ts';

export interface FleetCostChartProps {
  fleet: Pick<FleetReport, 'byYear' | 'byYearParts'>;
  /** Fixed pixel width (print); omitted = fill the container's width. */
  width?: number;
  height?: number;
  animate?: boolean;
}

/** "$12.3k", "$1.2M": the axis and the bar labels (the table has the exact figures). */
export function shortUsd(value: number): string {
  if (value >= 1e6) return `$${formatNumber(value / 1e6)}M`;
  if (value >= 1e3) return `$${formatNumber(value / 1e3)}k`;
  return `$${formatNumber(value)}`;
}

export function FleetCostChart({ fleet, width, height = 280, animate = true }: FleetCostChartProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const rows = fleet.byYear.map((y) => ({
    name: y.year === 0 ? 'Start' : `Year ${formatNumber(y.year)}`,
    total: shortUsd(y.total),
    ...y.parts,
  }));
  const sizing = width === undefined ? { responsive: true, style: { width: '100%', height } } : { width };
  const last = fleet.byYearParts.length - 1;
  return (
    <BarChart
      {...sizing}
      height={height}
      data={rows}
      margin={{ top: 24, right: 12, bottom: 4, left: 8 }}
      accessibilityLayer={false}
    >
      <defs>
        {fleet.byYearParts.map((p, i) => (
          <PatternDef key={p.id} id={`${uid}-${p.id}`} style={seriesStyle(i)} />
        ))}
      </defs>
      <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#c4c4c4" />
      <XAxis dataKey="name" tick={{ fill: '#1a1a1a' }} stroke="#595959" />
      <YAxis tick={{ fill: '#1a1a1a' }} stroke="#595959" width={64} tickFormatter={shortUsd} />
      {fleet.byYearParts.map((p, i) => (
        <Bar
          key={p.id}
          dataKey={p.id}
          name={p.label}
          stackId="total"
          fill={`url(#${uid}-${p.id})`}
          stroke="#1a1a1a"
          strokeWidth={1}
          isAnimationActive={animate}
        >
          {i === last ? <LabelList dataKey="total" position="top" fill="#1a1a1a" /> : null}
        </Bar>
      ))}
    </BarChart>
  );
}
