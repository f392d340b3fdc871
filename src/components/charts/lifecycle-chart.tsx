/**
 * Support windows on a timeline: one bar per window (host OS, IoT Edge LTS, EFLOW) from its start to its end, with
 * reference lines at today and at the device's planned retirement. Imports recharts: load it lazily
 * (lifecycle-figure.tsx).
 */
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { PatternDef } from './chart-patterns.tsx';
import type { LifecycleBar } from './lifecycle-data.ts';
import { seriesStyle } from './palette.ts';

export interface LifecycleChartProps {
  bars: LifecycleBar[];
  /** Axis range in days since the epoch. */
  domain: [number, number];
  ticks: number[];
  today: number;
  retirement: number;
  width?: number;
  height: number;
  animate?: boolean;
}

const yearOf = (day: number): string => String(new Date(day * 86_400_000).getUTCFullYear());

export function LifecycleChart({
  bars,
  domain,
  ticks,
  today,
  retirement,
  width = 640,
  height,
  animate = true,
}: LifecycleChartProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const data = bars.map((b) => ({ name: b.name, range: [b.start, b.end], label: b.endLabel }));
  return (
    <div className="lifecycle-chart">
      <BarChart
        width={width}
        height={height}
        data={data}
        layout="vertical"
        margin={{ top: 24, right: 96, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <defs>
          <PatternDef id={`${uid}-window`} style={seriesStyle(0)} />
        </defs>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#c4c4c4" />
        <XAxis
          type="number"
          domain={domain}
          ticks={ticks}
          tickFormatter={yearOf}
          tick={{ fill: '#1a1a1a' }}
          stroke="#595959"
        />
        <YAxis
          type="category"
          dataKey="name"
          width={170}
          tick={{ fill: '#1a1a1a', fontSize: 12 }}
          stroke="#595959"
        />
        <ReferenceLine
          x={today}
          stroke="#1a1a1a"
          strokeWidth={1.5}
          label={{ value: 'today', position: 'top', fill: '#1a1a1a', fontSize: 12 }}
        />
        <ReferenceLine
          x={retirement}
          stroke="#1a1a1a"
          strokeWidth={2}
          strokeDasharray="6 3"
          label={{ value: 'planned retirement', position: 'top', fill: '#1a1a1a', fontSize: 12 }}
        />
        <Bar
          dataKey="range"
          name="Support window"
          fill={`url(#${uid}-window)`}
          stroke="#1a1a1a"
          strokeWidth={1}
          barSize={16}
          isAnimationActive={animate}
        >
          <LabelList dataKey="label" position="right" fill="#1a1a1a" fontSize={11} />
        </Bar>
      </BarChart>
    </div>
  );
}
