import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartFrame } from './chart-frame.tsx';
import { allChartsDrawn, chartsDrawn, DeferChartsContext, drawAllCharts } from './draw-on-demand.ts';

/** A deferred chart: IntersectionObserver exists (never fires), so only print or drawAllCharts draws it. */
function DeferredFigure() {
  return (
    <DeferChartsContext value={true}>
      <ChartFrame
        caption="Memory"
        summary="Memory per device"
        legend={[]}
        chart={<svg className="recharts-surface" data-testid="drawn" />}
        table={<table />}
        tableMode="visible"
        height={100}
      />
    </DeferChartsContext>
  );
}

describe('charts drawn on demand', () => {
  afterEach(() => vi.unstubAllGlobals());
  const stubObserver = () =>
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );

  it('waits under DeferChartsContext, and draws on drawAllCharts()', () => {
    stubObserver();
    render(<DeferredFigure />);
    expect(screen.queryByTestId('drawn')).toBeNull();
    act(() => drawAllCharts());
    expect(screen.getByTestId('drawn')).toBeInTheDocument();
  });

  it('draws every deferred chart when the page is about to print', () => {
    stubObserver();
    render(<DeferredFigure />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByTestId('drawn')).toBeInTheDocument();
  });

  it('chartsDrawn() draws the charts and resolves once each shows its graphic', async () => {
    stubObserver();
    const { container } = render(<DeferredFigure />);
    // Pretend the chart box is laid out (jsdom has no layout), so the wait is real.
    const graphic = container.querySelector('.chart-graphic') as HTMLElement;
    graphic.getBoundingClientRect = () => ({ width: 300 }) as DOMRect;
    expect(allChartsDrawn(container)).toBe(false);
    await act(() => chartsDrawn(container, 5_000));
    expect(allChartsDrawn(container)).toBe(true);
  });
});
