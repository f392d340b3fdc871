/**
 * Stacked bars of one requirement by component, for its low, typical and high ends. Imports recharts:
 * load it lazily (see breakdown-figure.tsx) so recharts stays out of the first view's JavaScript.
 */
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { BreakdownChartData } from './chart-data.ts';
import { PatternDef } from './chart-patterns.tsx';
import { formatNumber } from '../../domain/vocabulary/format.ts';
import { seriesStyle } from './palette.ts';

export interface BreakdownChartProps {
  data: BreakdownChartData;
  /** Fixed pixel width (print, report); omitted = fill the container's width. */
  width?: number;
  height?: number;
  animate?: boolean;
}

const ENDS = [
  ['low', 'Low'],
  ['typical', 'Typical'],
  ['high', 'High'],
] as const;

export function BreakdownChart({ data, width, height = 280, animate = true }: BreakdownChartProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const { scale } = data;
  const rows = ENDS.map(([end, name]) => {
    const row: Record<string, string | number> = {
      name,
      total: formatNumber(data.total[end] / scale.divisor),
    };
    for (const s of data.series) row[s.key] = s.value[end] / scale.divisor;
    return row;
  });
  const sizing = width === undefined ? { responsive: true, style: { width: '100%', height } } : { width };
  const last = data.series.length - 1;
  return (
    <BarChart
      {...sizing}
      height={height}
      data={rows}
      margin={{ top: 24, right: 12, bottom: 4, left: 8 }}
      accessibilityLayer={false}
    >
      <defs>
        {data.series.map((s, i) => (
          <PatternDef key={s.key} id={`${uid}-${s.key}`} style={seriesStyle(i)} />
        ))}
      </defs>
      <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#c4c4c4" />
      <XAxis dataKey="name" tick={{ fill: '#1a1a1a' }} stroke="#595959" />
      <YAxis
        tick={{ fill: '#1a1a1a' }}
        stroke="#595959"
        width={64}
        tickFormatter={(v: number) => formatNumber(v)}
        label={{ value: scale.unit, angle: -90, position: 'insideLeft', fill: '#1a1a1a', offset: 4 }}
      />
      {data.series.map((s, i) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stackId="total"
          fill={`url(#${uid}-${s.key})`}
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
