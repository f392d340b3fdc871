/**
 * Device utilisation against capacity: one group of bars per device (CPU, RAM, storage and, when needed,
 * accelerator), with a reference line at 100 %. Imports recharts: load it lazily (utilisation-figure.tsx).
 */
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { UtilisationRow } from './chart-data.ts';
import { PatternDef } from './chart-patterns.tsx';
import { formatPercent } from './format.ts';
import { seriesStyle } from './palette.ts';

export type UtilisationKey = 'cpu' | 'ram' | 'storage' | 'accelerator';

export interface UtilisationChartProps {
  rows: UtilisationRow[];
  series: { key: UtilisationKey; label: string }[];
  width?: number;
  height?: number;
  animate?: boolean;
  /** Bars longer than this (in percent) are cut at it; their label still shows the real value. */
  capPercent?: number;
}

/** Height that gives every device a readable group of bars. */
export function utilisationChartHeight(deviceCount: number, seriesCount: number): number {
  return 56 + deviceCount * (seriesCount * 14 + 22);
}

export function UtilisationChart({
  rows,
  series,
  width,
  height = utilisationChartHeight(rows.length, series.length),
  animate = true,
  capPercent = 200,
}: UtilisationChartProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const data = rows.map((row) => {
    const out: Record<string, string | number> = { name: row.recommended ? `★ ${row.name}` : row.name };
    for (const s of series) {
      const ratio = row[s.key] ?? 0;
      out[s.key] = Math.min(ratio * 100, capPercent);
      out[`${s.key}Label`] =
        ratio * 100 > capPercent ? `>${capPercent}% (${formatPercent(ratio)})` : formatPercent(ratio);
    }
    return out;
  });
  const sizing = width === undefined ? { responsive: true, style: { width: '100%', height } } : { width };
  return (
    <BarChart
      {...sizing}
      height={height}
      data={data}
      layout="vertical"
      margin={{ top: 20, right: 84, bottom: 4, left: 4 }}
      barCategoryGap={6}
      barGap={1}
      accessibilityLayer={false}
    >
      <defs>
        {series.map((s, i) => (
          <PatternDef key={s.key} id={`${uid}-${s.key}`} style={seriesStyle(i)} />
        ))}
      </defs>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#c4c4c4" />
      <XAxis
        type="number"
        domain={[0, capPercent]}
        ticks={[0, 50, 100, 150, 200].filter((t) => t <= capPercent)}
        tickFormatter={(v: number) => `${v}%`}
        tick={{ fill: '#1a1a1a' }}
        stroke="#595959"
      />
      <YAxis
        type="category"
        dataKey="name"
        width={118}
        tick={{ fill: '#1a1a1a', fontSize: 12 }}
        stroke="#595959"
      />
      <ReferenceLine
        x={100}
        stroke="#1a1a1a"
        strokeWidth={2}
        strokeDasharray="6 3"
        label={{ value: '100% capacity', position: 'top', fill: '#1a1a1a', fontSize: 12 }}
      />
      {series.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          fill={`url(#${uid}-${s.key})`}
          stroke="#1a1a1a"
          strokeWidth={1}
          barSize={12}
          isAnimationActive={animate}
        >
          <LabelList dataKey={`${s.key}Label`} position="right" fill="#1a1a1a" fontSize={11} />
        </Bar>
      ))}
    </BarChart>
  );
}
