import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEVICES } from '../../domain/catalog/devices.ts';
import { ruledOutBy } from '../../components/charts/chart-data.ts';
import { estimate } from '../../domain/estimate.ts';
import { FIXTURE_ANSWERS, FIXTURE_DEVICES, FIXTURE_ESTIMATE } from '../../testing/report-fixture.ts';
import { createAnswers } from '../../testing/builders.ts';
import { formatDateTime, formatRange } from '../../domain/vocabulary/format.ts';
import { toCsv } from '../../domain/report/to-csv.ts';
import { ReportPage } from './report-page.tsx';
import { ReportView } from './report-view.tsx';

const SHARE_URL = 'https://sizer.example/#/report?s=1.N4IgbghgTg9g7gRgCwBYA';
const GENERATED_AT = new Date('2026-11-25T15:33:00Z');

function renderView(detail: 'summary' | 'full' = 'full') {
  return render(
    <ReportView
      answers={FIXTURE_ANSWERS}
      estimate={FIXTURE_ESTIMATE}
      shareUrl={SHARE_URL}
      generatedAt={GENERATED_AT}
      catalog={FIXTURE_DEVICES}
      detail={detail}
    />,
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ReportView', () => {
  it('renders every section with a proper heading hierarchy', () => {
    renderView();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      `Sizing report: ${FIXTURE_ANSWERS.scenarioName}`,
    );
    const h2 = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    // Page 1 is the verdict (device, requirements, errors and warnings); the inputs follow; the register last.
    expect(h2).toEqual([
      'Recommended device',
      'Requirements',
      'Compatibility findings',
      'Scenario',
      'Compatibility notes',
      'How each requirement is made up',
      'The Big Box 9000 in detail',
      'Device ladder',
      'Support over the device’s life',
      'Network: what the firewall must allow',
      'Assumptions and sources',
    ]);
    for (const title of ['Workload', 'Modules', 'Data', 'Platform']) {
      expect(screen.getByRole('heading', { level: 3, name: title })).toBeInTheDocument();
    }
  });

  it('shows the scenario in words, the date, the model version and the share link with its QR code', () => {
    renderView();
    const platform = screen.getByRole('table', { name: 'Platform' });
    expect(within(platform).getByRole('rowheader', { name: 'Host OS' }).nextElementSibling).toHaveTextContent(
      'Debian 12 (Bookworm)',
    );
    expect(screen.getByText(formatDateTime(GENERATED_AT))).toBeInTheDocument();
    expect(screen.getByText('fixture-1')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: SHARE_URL })).toHaveAttribute('href', SHARE_URL);
    const qr = screen.getByRole('img', { name: 'QR code linking to this scenario' });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
  });

  it('shows requirements with the formatter’s figures and their breakdowns', () => {
    renderView();
    const ram = formatRange(FIXTURE_ESTIMATE.requirements.ram.total, 'MiB');
    const summary = screen.getByRole('table', { name: 'Requirements, low to high' });
    const row = within(summary).getByRole('rowheader', { name: 'RAM' }).closest('tr');
    expect(row).not.toBeNull();
    expect(
      within(row as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([ram.low, ram.typical, ram.high, ram.scale.unit]);
    for (const label of ['CPU', 'RAM', 'Storage', 'Store-and-forward buffer', 'Uplink']) {
      expect(screen.getByRole('table', { name: new RegExp(`^${label} breakdown`) })).toBeInTheDocument();
    }
    // The breakdown charts' tables of the same numbers are always visible in the report; the utilisation chart's
    // numbers are the Device grades table's, so its own table is one "Show as table" away (not printed twice).
    expect(screen.getAllByText('Show as table')).toHaveLength(1);
    expect(screen.getByRole('table', { name: /^RAM by component/ })).toBeVisible();
  });

  it('shows the recommended device, the ladder, the findings with remedies and the assumptions', () => {
    renderView();
    expect(screen.getByText('Big Box 9000', { selector: 'strong' })).toBeInTheDocument();
    const ladder = screen.getByRole('table', { name: 'Device grades' });
    expect(within(ladder).getAllByRole('row')).toHaveLength(1 + FIXTURE_ESTIMATE.suggestions.length);
    expect(within(ladder).getByRole('rowheader', { name: /Tiny, "board"/ })).toBeInTheDocument();
    expect(within(ladder).getByText('Insufficient')).toBeInTheDocument();
    // Errors before warnings before notes.
    const findings = screen.getAllByText(/^(Error|Warning|Note):$/).map((n) => n.textContent);
    expect(findings).toEqual(['Warning:', 'Note:']);
    expect(screen.getByText('Install moby-engine.')).toBeInTheDocument();
    const assumptions = screen.getByRole('table', { name: /^Assumptions register/ });
    // A source is cited by number in its row and printed once in the numbered list below.
    const debian = 'https://www.debian.org/releases/bookworm/amd64/ch03s04.en.html';
    expect(within(assumptions).queryByRole('link', { name: debian })).toBeNull();
    const list = screen.getByRole('list', { name: 'Sources of the assumptions' });
    const item = within(list).getByRole('link', { name: debian }).closest('li')!;
    const ref = within(assumptions).getByRole('link', {
      name: `Source ${item.id.replace('report-source-', '')}`,
    });
    expect(ref).toHaveAttribute('href', `#${item.id}`);
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([...new Set(FIXTURE_ESTIMATE.assumptions.map((a) => a.source))]);
    expect(within(list).getByText('Answer: performance.headroomPercent')).toBeInTheDocument();
    expect(within(assumptions).queryByText('Answer: performance.headroomPercent')).toBeNull();
  });

  it('never shows undefined or NaN, and every table header has a scope', () => {
    const { container } = renderView();
    expect(container.textContent).not.toMatch(/undefined|NaN|Infinity|\[object/);
    for (const th of container.querySelectorAll('table th')) {
      expect(th.getAttribute('scope'), th.textContent ?? '').toMatch(/^(row|col)$/);
    }
  });

  it('says so when no device fits', () => {
    render(
      <ReportView
        answers={FIXTURE_ANSWERS}
        estimate={{ ...FIXTURE_ESTIMATE, recommendedDeviceId: null }}
        shareUrl={SHARE_URL}
        generatedAt={GENERATED_AT}
        catalog={FIXTURE_DEVICES}
      />,
    );
    expect(screen.getByText(/No device in the catalog fits these requirements/)).toBeInTheDocument();
  });
});

describe('ReportView summary', () => {
  const renderSummary = () => renderView('summary');

  it('keeps the title block, requirements, recommended device, fit/tight devices and findings only', () => {
    const { container } = renderSummary();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      `Sizing report: ${FIXTURE_ANSWERS.scenarioName}`,
    );
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Recommended device',
      'Requirements',
      'Compatibility findings',
      'Compatibility notes',
      'Devices that fit',
      'Support over the device’s life',
      'Network: what the firewall must allow',
    ]);
    // The summary has no ladder of every device, so nothing points at one "below".
    expect(container.textContent).not.toMatch(/ladder below/i);
    expect(screen.getByText(formatDateTime(GENERATED_AT))).toBeInTheDocument();
    expect(screen.getByText('fixture-1')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: SHARE_URL })).toHaveAttribute('href', SHARE_URL);
    expect(screen.getByRole('img', { name: 'QR code linking to this scenario' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Requirements, low to high' })).toBeInTheDocument();
    expect(screen.getByText('Big Box 9000', { selector: 'strong' })).toBeInTheDocument();
    const devices = screen.getByRole('table', { name: 'Fit and tight devices' });
    const kept = FIXTURE_ESTIMATE.suggestions.filter((s) => s.grade !== 'insufficient');
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(FIXTURE_ESTIMATE.suggestions.length);
    expect(within(devices).getAllByRole('row')).toHaveLength(1 + kept.length);
    expect(within(devices).queryByText('Insufficient')).toBeNull();
    expect(screen.getByText('Install moby-engine.')).toBeInTheDocument();
    // No breakdowns, charts, scenario answers nor assumptions register.
    expect(screen.queryByRole('table', { name: /breakdown/ })).toBeNull();
    expect(screen.queryByRole('table', { name: /^Assumptions register/ })).toBeNull();
    expect(screen.queryByRole('table', { name: 'Device grades' })).toBeNull();
    expect(screen.queryByRole('table', { name: 'Platform' })).toBeNull();
    expect(container.querySelector('.chart-graphic, .chart-table')).toBeNull();
    expect(
      screen.getByText(
        `Full breakdowns and the ${FIXTURE_ESTIMATE.assumptions.length} sourced assumptions are in the full report (same link).`,
      ),
    ).toBeInTheDocument();
    expect(container.textContent).not.toMatch(/undefined|NaN|Infinity|\[object/);
  });

  it('the full report (the default) still has breakdowns, the whole ladder and the register', () => {
    render(
      <ReportView
        answers={FIXTURE_ANSWERS}
        estimate={FIXTURE_ESTIMATE}
        shareUrl={SHARE_URL}
        generatedAt={GENERATED_AT}
        catalog={FIXTURE_DEVICES}
        detail="full"
      />,
    );
    expect(screen.getByRole('table', { name: /^RAM breakdown/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /^Assumptions register/ })).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Device grades' })).getAllByRole('row')).toHaveLength(
      1 + FIXTURE_ESTIMATE.suggestions.length,
    );
    expect(screen.queryByText(/are in the full report/)).toBeNull();
  });
});

describe('ReportView over the real model', () => {
  it('renders every section of estimate(createAnswers()) with the catalog’s device names', () => {
    const answers = createAnswers({ scenarioName: 'Line 3 gateway', budget: { maxDeviceUsd: 250 } });
    const result = estimate(answers);
    const { container } = render(
      <ReportView answers={answers} estimate={result} shareUrl={SHARE_URL} generatedAt={GENERATED_AT} />,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sizing report: Line 3 gateway');
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(12);
    // Dated data: the support data and the prices, and the lifecycle table with the same dates as the chart.
    expect(screen.getByText('Support data checked on')).toBeInTheDocument();
    expect(screen.getByText('Prices as of')).toBeInTheDocument();
    const lifecycle = screen.getByRole('table', { name: /Support windows and their end dates/ });
    expect(lifecycle).toHaveTextContent('2028-06-30');
    expect(lifecycle).toHaveTextContent('2028-11-14');
    const network = screen.getByRole('table', { name: 'Outbound connections' });
    for (const text of ['8883', '5671', '443', 'mcr.microsoft.com', '*.blob.core.windows.net'])
      expect(network).toHaveTextContent(text);
    expect(screen.getByText(/NTLM proxies are not supported/)).toBeInTheDocument();
    const recommended = DEVICES.find((d) => d.id === result.recommendedDeviceId);
    if (recommended) {
      expect(
        screen.getByText(recommended.name, { selector: '.report-recommended-name strong' }),
      ).toBeInTheDocument();
    } else {
      expect(screen.getByText(/No device in the catalog fits/)).toBeInTheDocument();
    }
    const ladder = screen.getByRole('table', { name: 'Device grades' });
    expect(within(ladder).getAllByRole('row')).toHaveLength(1 + DEVICES.length);
    const assumptions = screen.getByRole('table', { name: /^Assumptions register/ });
    // One row per assumption (its rowheader), plus a full-width row under it for its note when it has one.
    expect(within(assumptions).getAllByRole('rowheader')).toHaveLength(result.assumptions.length);
    expect(within(assumptions).getAllByRole('row')).toHaveLength(
      1 + result.assumptions.length + result.assumptions.filter((a) => a.note).length,
    );
    expect(container.textContent).not.toMatch(/undefined|NaN|Infinity|\[object/);
  });

  it('charts the devices that could do the job; the ruled-out ones are in the Device grades table only', () => {
    const answers = createAnswers();
    const result = estimate(answers);
    render(
      <ReportView answers={answers} estimate={result} shareUrl={SHARE_URL} generatedAt={GENERATED_AT} />,
    );
    const capable = result.suggestions.filter((s) => {
      const out = ruledOutBy(s);
      return out === null || out === 'Over budget';
    });
    // The defaults rule most of the catalog out by architecture or host OS, and leave some devices capable.
    expect(capable.length).toBeGreaterThan(0);
    expect(capable.length).toBeLessThan(DEVICES.length);
    expect(
      screen.getByText(
        new RegExp(`the ${capable.length} of ${DEVICES.length} devices not ruled out by architecture`),
      ),
    ).toBeInTheDocument();
    const chartTable = screen.getByRole('table', { name: /^Utilisation per device/, hidden: true });
    expect(within(chartTable).getAllByRole('rowheader', { hidden: true })).toHaveLength(capable.length);
    // Every device keeps its row, with its figures, in the ladder table.
    const ladder = screen.getByRole('table', { name: 'Device grades' });
    expect(within(ladder).getAllByRole('row')).toHaveLength(1 + DEVICES.length);
  });
});

describe('ReportPage', () => {
  it('prints, downloads the CSV the export builds, and links back to the wizard', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:report';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(
      <ReportPage
        answers={FIXTURE_ANSWERS}
        estimate={FIXTURE_ESTIMATE}
        shareUrl={SHARE_URL}
        generatedAt={GENERATED_AT}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Print report' }));
    // Print waits until every chart is drawn (charts drawn on demand); jsdom lays nothing out, so at once.
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));

    // The writers are their own chunk, fetched when a Download button is about to be used.
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    const text = await blobs[0]?.text();
    expect(text?.replace(/^\uFEFF/, '')).toBe(
      toCsv(FIXTURE_ESTIMATE, FIXTURE_ANSWERS, undefined, { shareUrl: SHARE_URL, generatedAt: GENERATED_AT }),
    );

    await user.click(screen.getByRole('button', { name: 'Download Markdown' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(2));
    expect(blobs[1]?.type).toBe('text/markdown;charset=utf-8');
    expect(await blobs[1]?.text()).toContain('## Assumptions and sources');

    expect(screen.getByRole('link', { name: 'Back to the wizard' })).toHaveAttribute('href', '#/wizard');

    const length = screen.getByRole('group', { name: 'Report length' });
    expect(within(length).getByRole('radio', { name: 'Full report' })).toBeChecked();
    expect(screen.getByRole('table', { name: /^Assumptions register/ })).toBeInTheDocument();
    await user.click(within(length).getByRole('radio', { name: 'Summary' }));
    expect(within(length).getByRole('radio', { name: 'Summary' })).toBeChecked();
    expect(screen.queryByRole('table', { name: /^Assumptions register/ })).toBeNull();
    await user.click(within(length).getByRole('radio', { name: 'Full report' }));
    expect(screen.getByRole('table', { name: /^Assumptions register/ })).toBeInTheDocument();
    expect(document.title).toBe(`Sizing report: ${FIXTURE_ANSWERS.scenarioName} · Edge Sizer`);
    // Five interactions over the full report (now with the lifecycle chart and the firewall table): 5–9 s in jsdom
    // on a loaded 2-core box, so it gets the time the app-level report tests get.
  }, 20_000);
});
