/**
 * Device utilisation against capacity as a bar chart plus the table of the same numbers.
 * recharts is loaded lazily: this module does not import it.
 */
import { lazy } from 'react';
import type { UtilisationRow } from './chart-data.ts';
import { ChartFrame, type TableMode } from './chart-frame.tsx';
import { prefersReducedMotion } from './motion.ts';
import { formatPercent } from '../../domain/vocabulary/format.ts';
import { seriesStyle } from './palette.ts';
import type { UtilisationKey } from './utilisation-chart.tsx';

const UtilisationChart = lazy(() =>
  import('./utilisation-chart.tsx').then((m) => ({ default: m.UtilisationChart })),
);

export interface UtilisationFigureProps {
  rows: UtilisationRow[];
  width?: number;
  height?: number;
  animate?: boolean;
  tableMode?: TableMode;
  /** Load and draw the chart only when it nears the viewport (screen use; leave off for print). */
  deferUntilVisible?: boolean;
  /** Which devices the chart shows when not the whole catalog, appended to the caption (the report's chart). */
  scope?: string;
}

const BASE_SERIES: { key: UtilisationKey; label: string }[] = [
  { key: 'cpu', label: 'CPU' },
  { key: 'ram', label: 'RAM' },
  { key: 'storage', label: 'Storage' },
];

/** Same formula as utilisationChartHeight in utilisation-chart.tsx (kept here so this module stays recharts-free). */
function defaultHeight(devices: number, series: number): number {
  return 48 + devices * (series * 11 + 18);
}

export function UtilisationFigure({
  rows,
  width,
  height,
  animate = !prefersReducedMotion(),
  tableMode,
  deferUntilVisible = false,
  scope,
}: UtilisationFigureProps) {
  const needsAccelerator = rows.some((r) => r.accelerator !== undefined);
  const series = needsAccelerator
    ? [...BASE_SERIES, { key: 'accelerator' as const, label: 'Accelerator' }]
    : BASE_SERIES;
  const h = height ?? defaultHeight(rows.length, series.length);
  const over = rows.filter((r) => series.some((s) => (r[s.key] ?? 0) > 1)).map((r) => r.name);
  const recommended = rows.find((r) => r.recommended);
  const ruledOut = rows.filter((r) => r.ruledOut !== null);
  const caption =
    'Device utilisation against capacity (typical requirement with headroom ÷ usable capacity)' +
    (ruledOut.length > 0 ? '; ✕ and faded bars: ruled out whatever the bars show' : '') +
    (scope ? `: ${scope}` : '');
  const summary =
    `Bar chart of ${series.map((s) => s.label).join(', ')} utilisation for ${rows.length} devices, with a line at 100% capacity. ` +
    (recommended ? `Recommended: ${recommended.name}. ` : 'No device is recommended. ') +
    (over.length > 0 ? `Over capacity: ${over.join(', ')}. ` : 'No device is over capacity. ') +
    (ruledOut.length > 0
      ? `Ruled out whatever their capacity: ${ruledOut.map((r) => `${r.name} (${r.ruledOut})`).join(', ')}. `
      : '') +
    'The table has every value.';
  const table = (
    <table className="data-table">
      <caption>
        Utilisation per device, percent of capacity (over 100% = does not fit
        {needsAccelerator ? '; "none" = the device has no accelerator' : ''})
      </caption>
      <thead>
        <tr>
          <th scope="col">Device</th>
          {series.map((s) => (
            <th key={s.key} scope="col">
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.deviceId}>
            <th scope="row">
              {r.name}
              {r.recommended ? ' (recommended)' : ''}
              {r.ruledOut ? ` (ruled out: ${r.ruledOut})` : ''}
            </th>
            {series.map((s) => (
              <td key={s.key}>{r[s.key] === undefined ? 'none' : formatPercent(r[s.key] ?? 0)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame
      caption={caption}
      summary={summary}
      legend={[...series.map((s, i) => ({ key: s.key, label: s.label, style: seriesStyle(i) }))]}
      chart={
        <UtilisationChart
          rows={rows}
          series={series}
          height={h}
          animate={animate}
          {...(width === undefined ? {} : { width })}
        />
      }
      table={table}
      height={h}
      deferUntilVisible={deferUntilVisible}
      {...(tableMode === undefined ? {} : { tableMode })}
    />
  );
}
