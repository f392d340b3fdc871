import { Component, Suspense, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { Swatch } from './chart-patterns.tsx';
import { DeferChartsContext, DRAW_ALL_CHARTS } from './draw-on-demand.ts';
import type { SeriesStyle } from './palette.ts';

/** How the table of a chart's numbers is shown: inside "Show as table" (screen) or always open (report, print). */
export type TableMode = 'details' | 'visible';

export interface ChartFrameProps {
  /** Visible caption; it names the figure. */
  caption: string;
  /** One or two sentences that state what the chart shows, read out instead of the graphic. */
  summary: string;
  legend: { key: string; label: string; style: SeriesStyle }[];
  /** The chart itself (usually a lazy recharts component). */
  chart: ReactNode;
  /** The table of the same numbers: always in the DOM. */
  table: ReactNode;
  tableMode?: TableMode;
  /** Reserved height while the chart loads, so the page does not jump. */
  height: number;
  /**
   * Draw (and so download) the chart only when it comes near the viewport, when the page is printed, or on
   * drawAllCharts(). Also on under a DeferChartsContext provider (a report opened from a link).
   */
  deferUntilVisible?: boolean;
}

/**
 * False until the element has come within `margin` of the viewport (always true without IntersectionObserver),
 * or the page is about to print, or drawAllCharts() was called: printing draws every chart synchronously.
 */
function useNearViewport(enabled: boolean, margin = '300px') {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(!enabled || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (near) return;
    const drawNow = () => flushSync(() => setNear(true));
    window.addEventListener('beforeprint', drawNow);
    window.addEventListener(DRAW_ALL_CHARTS, drawNow);
    return () => {
      window.removeEventListener('beforeprint', drawNow);
      window.removeEventListener(DRAW_ALL_CHARTS, drawNow);
    };
  }, [near]);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [near, margin]);
  return [ref, near] as const;
}

/** Keeps the table on screen if the chart code fails to load (offline without cache, for example). */
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (this.state.failed) {
      return (
        <p className="chart-fallback">The chart could not be drawn; the table below has the same numbers.</p>
      );
    }
    return this.props.children;
  }
}

/**
 * A chart as a figure: caption, the graphic (role="img" with a summary as its name), a text legend with
 * the same colours and textures, and a table of the same numbers.
 */
export function ChartFrame({
  caption,
  summary,
  legend,
  chart,
  table,
  tableMode = 'details',
  height,
  deferUntilVisible = false,
}: ChartFrameProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const deferAll = useContext(DeferChartsContext);
  const [graphicRef, near] = useNearViewport(deferUntilVisible || deferAll);
  return (
    <figure className="chart-figure" aria-labelledby={`${uid}-caption`}>
      <figcaption id={`${uid}-caption`} className="chart-caption">
        {caption}
      </figcaption>
      <div
        ref={graphicRef}
        className="chart-graphic"
        role="img"
        aria-label={summary}
        style={{ minHeight: height }}
      >
        {near ? (
          <ChartBoundary>
            <Suspense fallback={<p className="chart-loading">Loading chart…</p>}>{chart}</Suspense>
          </ChartBoundary>
        ) : null}
      </div>
      {legend.length > 0 ? (
        <ul className="chart-legend" aria-label={`Legend: ${caption}`}>
          {legend.map((entry) => (
            <li key={entry.key}>
              <Swatch id={`${uid}-legend-${entry.key}`} style={entry.style} />
              <span>{entry.label}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {tableMode === 'visible' ? (
        <div className="chart-table" tabIndex={0} role="group" aria-label={`Table: ${caption}`}>
          {table}
        </div>
      ) : (
        <details className="chart-table">
          <summary>Show as table</summary>
          {table}
        </details>
      )}
    </figure>
  );
}
