import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TEST_DEVICES, TEST_ESTIMATE } from '../../testing/test-estimate.ts';
import { BreakdownFigure } from './breakdown-figure.tsx';
import { breakdownByComponent, utilisationRows } from './chart-data.ts';
import { UtilisationFigure } from './utilisation-figure.tsx';

const ram = TEST_ESTIMATE.requirements.ram;

describe('breakdownByComponent', () => {
  it('sums items per component and keeps the total', () => {
    const data = breakdownByComponent(ram);
    const modules = data.series.find((s) => s.key === 'module');
    expect(modules?.value).toEqual({ low: 160, typical: 300, high: 500 });
    const sum = data.series.reduce((acc, s) => acc + s.value.typical, 0);
    expect(sum).toBeCloseTo(ram.total.typical, 9);
    expect(data.scale.unit).toBe('GiB');
  });
});

describe('BreakdownFigure', () => {
  it('draws an SVG at a fixed size without animation, with a visible table for print', async () => {
    const { container } = render(
      <BreakdownFigure requirement={ram} width={480} height={260} animate={false} tableMode="visible" />,
    );
    const figure = screen.getByRole('figure', { name: 'RAM by component (GiB)' });
    // The table is in the DOM before the lazy chart arrives.
    const table = within(figure).getByRole('table', { name: /RAM by component, in gibibytes/ });
    expect(within(table).getByRole('rowheader', { name: 'edgeHub' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Modules' })).toBeInTheDocument();
    await waitForSvg(container);
    const svg = container.querySelector('.chart-graphic svg.recharts-surface');
    expect(svg).toHaveAttribute('width', '480');
    // The legend names every component shown in the table.
    const legend = screen.getByRole('list', { name: /Legend: RAM/ });
    expect(within(legend).getAllByRole('listitem')).toHaveLength(
      within(table).getAllByRole('rowheader').length - 1,
    );
  });
});

describe('deferUntilVisible', () => {
  it('keeps the table in the DOM but draws the chart only once it nears the viewport', async () => {
    let reveal: (() => void) | undefined;
    class FakeIntersectionObserver {
      constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
        reveal = () => callback([{ isIntersecting: true }]);
      }
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    try {
      const { container } = render(
        <BreakdownFigure requirement={ram} width={400} animate={false} deferUntilVisible />,
      );
      await new Promise((r) => setTimeout(r, 150));
      expect(container.querySelector('svg.recharts-surface')).toBeNull();
      expect(container.querySelector('table')).not.toBeNull();
      act(() => reveal?.());
      await waitForSvg(container);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('UtilisationFigure', () => {
  it('has a summary naming the recommended device and a table of every device', async () => {
    const rows = utilisationRows(TEST_ESTIMATE.suggestions, TEST_DEVICES, TEST_ESTIMATE.recommendedDeviceId);
    const { container } = render(
      <UtilisationFigure rows={rows} width={600} animate={false} tableMode="visible" />,
    );
    expect(
      screen.getByRole('img', {
        name: /Recommended: Raspberry Pi 4 \(2 GB\)\. Over capacity: Raspberry Pi 3 Model B\+/,
      }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Utilisation per device/ });
    expect(within(table).getAllByRole('row')).toHaveLength(TEST_DEVICES.length + 1);
    await waitForSvg(container);
    expect(container.querySelector('.recharts-reference-line')).not.toBeNull();
  });
});

describe('UtilisationFigure with an accelerator need', () => {
  it('adds an Accelerator column and says "none" for a device without one (not 0%)', () => {
    const rows = [
      {
        deviceId: 'a',
        name: 'Pi',
        cpu: 0.2,
        ram: 0.5,
        storage: 0.1,
        recommended: false,
        ruledOut: 'No accelerator',
      },
      {
        deviceId: 'b',
        name: 'Jetson',
        cpu: 0.1,
        ram: 0.3,
        storage: 0.1,
        accelerator: 0.04,
        recommended: true,
        ruledOut: null,
      },
    ];
    render(<UtilisationFigure rows={rows} width={600} animate={false} tableMode="visible" />);
    const table = screen.getByRole('table', { name: /Utilisation per device/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Device', 'CPU', 'RAM', 'Storage', 'Accelerator']);
    // A device ruled out whatever its capacity is marked in the table and named in the chart's summary.
    const pi = within(table).getByRole('rowheader', { name: 'Pi (ruled out: No accelerator)' })
      .parentElement as HTMLElement;
    expect(
      screen.getByRole('img', { name: /Ruled out whatever their capacity: Pi \(No accelerator\)/ }),
    ).toBeTruthy();
    expect(
      within(pi)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['20%', '50%', '10%', 'none']);
    const jetson = within(table).getByRole('rowheader', { name: 'Jetson (recommended)' })
      .parentElement as HTMLElement;
    expect(within(jetson).getAllByRole('cell').at(-1)).toHaveTextContent('4%');
  });
});

async function waitForSvg(container: HTMLElement) {
  for (let i = 0; i < 100; i++) {
    if (container.querySelector('.chart-graphic svg.recharts-surface')) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the chart SVG never rendered');
}
