/**
 * Device utilisation against capacity: one group of bars per device (CPU, RAM, storage and, when needed,
 * accelerator), with a reference line at 100 %. Imports recharts: load it lazily (utilisation-figure.tsx).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { UtilisationRow } from './chart-data.ts';
import { PatternDef } from './chart-patterns.tsx';
import { formatPercent } from '../../domain/vocabulary/format.ts';
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

/** Height that gives every device a readable group of bars (keep in step with utilisation-figure.tsx). */
export function utilisationChartHeight(deviceCount: number, seriesCount: number): number {
  return 48 + deviceCount * (seriesCount * 11 + 18);
}

/** Split a device name into at most `maxLines` lines of about `width` characters; the last one ends in "…" if cut. */
export function wrapLabel(text: string, width = 21, maxLines = 2): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.length > width - 1 ? last.slice(0, width - 1) : last}…`;
  return kept;
}

/** The width of the element `ref` points at, kept up to date (null until measured, or without ResizeObserver). */
function useElementWidth(enabled: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!enabled || !el || typeof ResizeObserver === 'undefined') return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined) setWidth(Math.round(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [enabled]);
  return [ref, width] as const;
}

/** Font size of the device names on the left axis, in px. */
const TICK_FONT_SIZE = 11.5;
/** Gap between a device name and the axis line, in px. */
const TICK_GAP = 6;

/**
 * Width in px of the widest line of the device names as the axis draws them, measured in the page's font,
 * or null where text cannot be measured (no OffscreenCanvas, e.g. jsdom). The axis grows to it, so a long
 * name or a wide system font is never cut off on the left.
 */
function widestNameLine(names: readonly string[], chars: number, fontFamily: string | null): number | null {
  if (!fontFamily || typeof OffscreenCanvas === 'undefined') return null;
  const context = new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return null;
  context.font = `${TICK_FONT_SIZE}px ${fontFamily}`;
  let widest = 0;
  for (const name of names) {
    for (const line of wrapLabel(name, chars)) widest = Math.max(widest, context.measureText(line).width);
  }
  return widest;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** Y-axis tick: the device name on up to two lines; the full name is in the table and in a tooltip title. */
function DeviceTick({ x = 0, y = 0, payload, chars = 21 }: TickProps & { chars?: number }) {
  const full = String(payload?.value ?? '');
  const lines = wrapLabel(full, chars);
  const dy = -((lines.length - 1) * 13) / 2;
  return (
    <text
      x={Number(x) - TICK_GAP}
      y={Number(y)}
      textAnchor="end"
      fill="#1a1a1a"
      fontSize={TICK_FONT_SIZE}
      dominantBaseline="middle"
    >
      <title>{full}</title>
      {lines.map((l, i) => (
        <tspan key={i} x={Number(x) - TICK_GAP} dy={i === 0 ? dy : 13}>
          {l}
        </tspan>
      ))}
    </text>
  );
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
  // Without a fixed width the chart follows its container; narrow screens get a narrower device-name axis.
  const [containerRef, measuredWidth] = useElementWidth(width === undefined);
  const chartWidth = width ?? measuredWidth ?? 560;
  const narrow = chartWidth < 480;
  const tickChars = narrow ? 14 : 21;
  // ★ marks the recommended device, ✕ a device ruled out whatever its capacity (its bars are faded too).
  const names = rows.map((row) =>
    row.recommended ? `★ ${row.name}` : row.ruledOut ? `✕ ${row.name}` : row.name,
  );
  // The names inherit the page's font (no chart style sets another).
  const fontFamily =
    typeof document === 'undefined' ? null : getComputedStyle(document.body).fontFamily || null;
  const widest = widestNameLine(names, tickChars, fontFamily);
  // The axis is at least its usual width, and wider when a name's line would not fit left of the axis line.
  const axisWidth = Math.max(narrow ? 122 : 164, widest === null ? 0 : Math.ceil(widest) + TICK_GAP + 4);
  const data = rows.map((row, i) => {
    const out: Record<string, string | number> = { name: names[i] ?? row.name };
    for (const s of series) {
      const value = row[s.key];
      const ratio = value ?? 0;
      out[s.key] = Math.min(ratio * 100, capPercent);
      // No value = the device has none of this resource (an accelerator), not 0 % of one.
      out[`${s.key}Label`] =
        value === undefined ? 'none' : ratio * 100 > capPercent ? `>${capPercent}%` : formatPercent(ratio);
    }
    return out;
  });
  // Axis: up to the largest bar (at least 120 % so the 100 % line has room), capped at capPercent.
  const maxPercent = Math.max(0, ...rows.flatMap((r) => series.map((s) => (r[s.key] ?? 0) * 100)));
  const domainMax = Math.min(capPercent, Math.max(120, Math.ceil(maxPercent / 50) * 50));
  const step = domainMax <= 150 && !narrow ? 25 : 50;
  const ticks = Array.from({ length: Math.floor(domainMax / step) + 1 }, (_, i) => i * step);
  return (
    <div ref={containerRef} className="utilisation-chart">
      <BarChart
        width={chartWidth}
        height={height}
        data={data}
        layout="vertical"
        margin={{ top: 20, right: 44, bottom: 4, left: 4 }}
        barCategoryGap={4}
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
          domain={[0, domainMax]}
          ticks={ticks}
          tickFormatter={(v: number) => `${v}%`}
          tick={{ fill: '#1a1a1a' }}
          stroke="#595959"
        />
        <YAxis
          type="category"
          dataKey="name"
          width={axisWidth}
          tick={(props: TickProps) => <DeviceTick {...props} chars={tickChars} />}
          interval={0}
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
            barSize={9}
            isAnimationActive={animate}
          >
            {rows.map((row) => (
              <Cell
                key={row.deviceId}
                fillOpacity={row.ruledOut ? 0.35 : 1}
                strokeOpacity={row.ruledOut ? 0.5 : 1}
              />
            ))}
            <LabelList dataKey={`${s.key}Label`} position="right" fill="#1a1a1a" fontSize={11} />
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}
