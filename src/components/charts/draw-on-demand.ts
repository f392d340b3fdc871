import { createContext } from 'react';

/**
 * Charts drawn on demand. Screens that show many charts (the results, a report opened from a link) draw each
 * chart, and so fetch the charting library (about 95 kB gzip), only when it comes near the viewport. Printing
 * needs them all: `beforeprint` and drawAllCharts() draw every chart on the page at once, and chartsDrawn()
 * waits until they are (the report's Print button waits for it before it opens the print dialog).
 */

/** True under a provider: the charts below wait until they are near the viewport (or drawAllCharts()). */
export const DeferChartsContext = createContext(false);

/** The window event that draws every deferred chart. */
export const DRAW_ALL_CHARTS = 'edge-sizer:draw-all-charts';

/** Draw every deferred chart on the page now (their chunks are fetched at once). */
export function drawAllCharts(): void {
  window.dispatchEvent(new Event(DRAW_ALL_CHARTS));
}

/**
 * True when every chart under `root` shows its graphic (or the message that it could not be drawn). A chart
 * box with no width is not laid out (hidden, or no layout engine as in jsdom): nothing to wait for.
 */
export function allChartsDrawn(root: ParentNode): boolean {
  return [...root.querySelectorAll('.chart-graphic')].every(
    (graphic) =>
      graphic.querySelector('svg.recharts-surface, .chart-fallback') !== null ||
      graphic.getBoundingClientRect().width === 0,
  );
}

/**
 * Draw every chart under `root` and resolve once they are drawn, or after `timeoutMs` (a chunk that cannot be
 * fetched offline before the precache: the tables beside the charts have the same numbers).
 */
export function chartsDrawn(root: ParentNode, timeoutMs = 10_000): Promise<void> {
  drawAllCharts();
  return new Promise((resolve) => {
    if (allChartsDrawn(root)) {
      resolve();
      return;
    }
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(() => {
      if (allChartsDrawn(root)) done();
    });
    observer.observe(root, { childList: true, subtree: true });
    const timer = setTimeout(done, timeoutMs);
  });
}
