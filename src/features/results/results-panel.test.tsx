import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { budgetState } from '../../domain/catalog/suggest-devices.ts';
import { buildVerdict } from '../../domain/catalog/verdict.ts';
import type { Estimate } from '../../domain/types.ts';
import { formatScaled, pickScale } from '../../domain/vocabulary/format.ts';
import { ResultsPanel } from './results-panel.tsx';
import { TEST_ANSWERS, TEST_DEVICES, TEST_ESTIMATE } from '../../testing/test-estimate.ts';

function renderPanel(estimate: Estimate = TEST_ESTIMATE, onEditField?: (path: string) => void) {
  return render(
    <ResultsPanel
      answers={TEST_ANSWERS}
      estimate={estimate}
      catalog={TEST_DEVICES}
      announceDelayMs={0}
      {...(onEditField ? { onEditField } : {})}
    />,
  );
}

function card(name: string) {
  return screen.getByRole('article', { name });
}

/** The panel's polite summary (the ladder has a status region of its own, for its filter). */
const liveSummary = () => {
  const found = screen.getAllByRole('status').find((e) => e.getAttribute('aria-atomic') === 'true');
  if (!found) throw new Error('no live summary');
  return found;
};

/** Parse "1,234.5" as shown on screen. */
const num = (text: string | null) => Number((text ?? '').replace(/,/g, ''));

// Renders the whole panel too (see the ladder's block below for the timings that set this budget).
describe('ResultsPanel: requirements', { timeout: 20_000 }, () => {
  it('shows every requirement with its typical value, unit and range', () => {
    renderPanel();
    const ram = card('RAM');
    // RAM fixture: 960 MiB of shares + 25% headroom = 1200 MiB = 1.17 GiB.
    expect(within(ram).getByText('1.17', { selector: '.req-typical' })).toBeInTheDocument();
    expect(within(ram).getByText('GiB')).toBeInTheDocument();
    // Low 629 MiB × 1.25 = 786 MiB = 0.77 GiB; high 1395 × 1.25 = 1744 MiB = 1.7 GiB.
    expect(within(ram).getByText(/Range 0\.77–1\.7 GiB/)).toBeInTheDocument();

    expect(within(card('CPU')).getByText('ref. cores')).toBeInTheDocument();
    expect(within(card('Storage')).getByText('GB')).toBeInTheDocument();
    expect(within(card('Store-and-forward buffer')).getByText('MiB')).toBeInTheDocument();
    expect(within(card('Uplink')).getByText('GB/month')).toBeInTheDocument();
  });

  it('"Why this number?" opens a breakdown whose rows add up to the total, with the assumptions and their sources', async () => {
    const user = userEvent.setup();
    renderPanel();
    const ram = card('RAM');
    const why = within(ram).getByText('Why this number?');
    const details = why.closest('details');
    expect(details).not.toHaveAttribute('open');
    await user.click(why);
    expect(details).toHaveAttribute('open');

    const table = within(ram).getByRole('table', { name: /RAM breakdown/ });
    const body = within(table).getAllByRole('rowgroup')[1];
    if (!body) throw new Error('no tbody');
    // Each share is a row with a row header (its explanation follows in a row of its own).
    const rows = within(body)
      .getAllByRole('row')
      .filter((row) => within(row).queryByRole('rowheader'));
    expect(rows).toHaveLength(TEST_ESTIMATE.requirements.ram.breakdown.length);
    // Cells after the row header: Low, Typical, High.
    const typicals = rows.map((row) => num(within(row).getAllByRole('cell')[1]?.textContent ?? ''));
    const sum = typicals.reduce((a, b) => a + b, 0);
    const footer = within(table).getAllByRole('rowgroup')[2];
    if (!footer) throw new Error('no tfoot');
    const totalTypical = num(within(footer).getAllByRole('cell')[1]?.textContent ?? '');
    expect(totalTypical).toBeCloseTo(1.17, 2);
    expect(Math.abs(sum - totalTypical)).toBeLessThanOrEqual(0.01 * rows.length);
    expect(within(table).getByRole('rowheader', { name: 'edgeHub' })).toBeInTheDocument();
    expect(within(table).getByText('Maintainer guidance for a busy edgeHub.')).toBeInTheDocument();

    const assumptions = within(ram).getByRole('list', { name: 'Assumptions behind RAM' });
    const link = within(assumptions).getAllByRole('link', {
      name: /github\.com\/Azure\/iotedge\/issues\/4545/,
    })[0];
    expect(link).toHaveAttribute('href', 'https://github.com/Azure/iotedge/issues/4545');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noreferrer');
    const edgeHub = within(assumptions)
      .getByText('edgeHub working set, busy environment')
      .closest('li') as HTMLElement;
    expect(edgeHub).toHaveTextContent('250 MiB (range 200–300)');
    expect(edgeHub).toHaveTextContent('Confidence: High');
    expect(edgeHub).toHaveTextContent('Read: 2026-11');
    // Only the assumptions RAM uses: the disk assumption belongs to storage.
    expect(within(assumptions).queryByText('Debian 12 base install on disk')).not.toBeInTheDocument();
  });

  it('announces the recommendation and key figures in a polite live region', async () => {
    const view = renderPanel();
    const status = liveSummary();
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent(
      'Recommended: Raspberry Pi 4 (2 GB), nearest its limit: RAM at 59% typical, 68% high',
    );
    expect(status).toHaveTextContent('RAM 1.17 gibibytes');

    const noFit: Estimate = {
      ...TEST_ESTIMATE,
      recommendedDeviceId: null,
      verdict: buildVerdict(TEST_ESTIMATE.suggestions, TEST_DEVICES, null, TEST_ANSWERS),
    };
    view.rerender(
      <ResultsPanel answers={TEST_ANSWERS} estimate={noFit} catalog={TEST_DEVICES} announceDelayMs={0} />,
    );
    await act(async () => {
      await new Promise((r) => setTimeout(r, 5));
    });
    expect(liveSummary()).toHaveTextContent(/^No device fits\. Closest: Raspberry Pi 3 Model B\+, tight\./);
    // The headline names the closest devices (verdict.closest) and what each lacks.
    expect(screen.getByText('No device in the catalog fits these requirements.')).toBeInTheDocument();
    expect(screen.getByText('The closest devices and what each lacks:')).toBeInTheDocument();
    expect(
      screen.getByText('Raspberry Pi 3 Model B+ ($35): RAM: the high estimate needs 1.36 GiB, has 1 GiB.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Intel NUC 13 Pro (i5) ($650): runs amd64, not arm64.')).toBeInTheDocument();
  });
});

// The whole panel renders (ladder cards with their verdicts, lazily loaded charts) and user-event clicks through it:
// on a busy 2-core box one such test can take several seconds, so they get a budget of their own.
describe('ResultsPanel: device ladder', { timeout: 20_000 }, () => {
  it('says why the recommended device and shows its neighbours, one step up and one step down', () => {
    renderPanel();
    const headline = screen.getByText(/^RAM is the limit:/);
    expect(headline).toHaveTextContent(
      'RAM is the limit: 1.17 of 2 GiB at the typical load with 25 % headroom (59%), 1.36 GiB at the high estimate (68%); the next cheaper device, Raspberry Pi 3 Model B+, runs out of RAM at the high estimate (1.36 of 1 GiB).',
    );
    const neighbours = screen.getByRole('list', { name: 'Neighbours of the recommended device' });
    expect(
      within(neighbours)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([TEST_ESTIMATE.verdict.stepUp!.sentence, TEST_ESTIMATE.verdict.stepDown!.sentence]);
    expect(TEST_ESTIMATE.verdict.stepUp!.sentence).toMatch(
      /^One step up: Raspberry Pi 5 \(8 GB\) at \$80 \(\$35 more\)/,
    );
  });

  const ladderTable = () => screen.getByRole('table', { name: /devices/ });
  /** The device rows shown (the closed detail rows are hidden), by device name. */
  const rowNames = () =>
    within(ladderTable())
      .getAllByRole('row')
      .filter((tr) => tr.classList.contains('lt-row'))
      .map((tr) => tr.querySelector('.lt-name')?.textContent);
  const row = (name: string) => {
    const found = within(ladderTable())
      .getAllByRole('row')
      .find((tr) => tr.querySelector('.lt-name')?.textContent === name);
    if (!found) throw new Error(`no row for ${name}`);
    return found;
  };

  it('is a table of the devices that fit or are tight and the nearest insufficient one, with grade, price, utilisation and binding constraint', async () => {
    const user = userEvent.setup();
    renderPanel();
    expect(screen.getByText('6 devices: 3 fit, 1 tight, 2 insufficient.')).toBeInTheDocument();
    expect(
      within(ladderTable())
        .getAllByRole('columnheader')
        .map((h) => h.textContent?.replace(/[▲▼↕]/g, '')),
    ).toEqual(['Device', 'Grade', 'Price', 'CPU', 'RAM', 'Storage', 'Binding constraint']);
    // 3 fit + 1 tight + the nearest insufficient device (both insufficient ones are ruled out by the
    // architecture, so the smaller one).
    expect(rowNames()).toHaveLength(5);
    expect(rowNames()).toContain('Intel NUC 13 Pro (i5)');
    expect(rowNames()).not.toContain('Dell PowerEdge XR4000');

    const pi3 = row('Raspberry Pi 3 Model B+');
    expect(within(pi3).getByText('Tight')).toBeInTheDocument();
    expect(within(pi3).getByRole('rowheader')).toBeInTheDocument();

    const pi4 = row('Raspberry Pi 4 (2 GB)');
    expect(within(pi4).getByText('Fit')).toBeInTheDocument();
    expect(within(pi4).getByText('Recommended')).toBeInTheDocument();
    expect(within(pi4).getByText('$45')).toBeInTheDocument();
    expect(within(pi4).getAllByRole('cell')[3]).toHaveTextContent('59%');
    expect(within(pi4).getAllByRole('cell').at(-1)).toHaveTextContent('RAM');

    // Details open in place, under the row.
    const toggle = within(pi4).getByRole('button', { name: /Raspberry Pi 4 \(2 GB\): details/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const details = screen.getByRole('row', { name: 'Details of the Raspberry Pi 4 (2 GB)' });
    expect(pi4.nextElementSibling).toBe(details);
    expect(
      within(details).getByText(
        'RAM is nearest its capacity: 59% of 2,048 MiB at the typical need with headroom, 68% at the high estimate before headroom.',
      ),
    ).toBeInTheDocument();
    const verdicts = within(details).getByRole('list', { name: /Which estimate fits/ });
    expect(verdicts).toHaveTextContent(
      'CPU, RAM and storage: the typical need with 25 % headroom and the high estimate before headroom both fit.',
    );
    expect(within(details).getByText('$45 (no budget set)')).toBeInTheDocument();
    const util = within(details).getByRole('list', { name: /Utilisation/ });
    expect(within(util).getByText('RAM').parentElement).toHaveTextContent('RAM59% of 2,048 MiB');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    // "Show all" lists the whole catalog; a device ruled out whatever its capacity says so.
    await user.click(screen.getByRole('button', { name: 'Show all 6 devices' }));
    expect(rowNames()).toHaveLength(6);
    const nuc = row('Intel NUC 13 Pro (i5)');
    expect(within(nuc).getByText('Insufficient')).toBeInTheDocument();
    expect(within(nuc).getByText(/Ruled out: Architecture/)).toBeInTheDocument();
    await user.click(within(nuc).getByRole('button', { name: /details/ }));
    expect(screen.getByText('Architecture: runs amd64, not arm64 as chosen.')).toBeInTheDocument();
    await user.click(within(row('Jetson Orin Nano Super (8 GB)')).getByRole('button', { name: /details/ }));
    expect(screen.getByText('Ampere GPU, 67 TOPS')).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Show only the devices that fit or are tight (5 of 6)' }),
    );
    expect(rowNames()).toHaveLength(5);
  });

  it('sorts by a column from its header button, and says how in aria-sort', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Show all 6 devices' }));
    const price = within(ladderTable()).getByRole('columnheader', { name: /Price/ });
    expect(price).not.toHaveAttribute('aria-sort');
    await user.click(within(price).getByRole('button'));
    expect(price).toHaveAttribute('aria-sort', 'ascending');
    const prices = () =>
      within(ladderTable())
        .getAllByRole('row')
        .filter((tr) => tr.classList.contains('lt-row'))
        .map((tr) => num(tr.querySelector('.lt-price')?.textContent?.replace('$', '') ?? ''));
    const ascending = prices();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await user.click(within(price).getByRole('button'));
    expect(price).toHaveAttribute('aria-sort', 'descending');
    expect(prices()).toEqual([...ascending].reverse());
    // Another column takes the sort.
    const ram = within(ladderTable()).getByRole('columnheader', { name: /RAM/ });
    await user.click(within(ram).getByRole('button'));
    expect(ram).toHaveAttribute('aria-sort', 'ascending');
    expect(price).not.toHaveAttribute('aria-sort');
    expect(ladderTable()).toHaveAccessibleName(/Sorted by RAM, ascending/);
  });

  it('shows the nearest insufficient device when nothing fits', () => {
    renderPanel({
      ...TEST_ESTIMATE,
      recommendedDeviceId: null,
      suggestions: TEST_ESTIMATE.suggestions.map((s) => ({ ...s, grade: 'insufficient' as const })),
    });
    expect(rowNames()).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Show all 6 devices' })).toBeInTheDocument();
  });

  it('shows price against the budget when one is set', async () => {
    const user = userEvent.setup();
    render(
      <ResultsPanel
        answers={{ ...TEST_ANSWERS, budget: { ...TEST_ANSWERS.budget, maxDeviceUsd: 500 } }}
        estimate={{
          ...TEST_ESTIMATE,
          // The grader's budget state for a $500 budget (kept apart from the grade).
          suggestions: TEST_ESTIMATE.suggestions.map((s) => {
            const budget = budgetState(TEST_DEVICES.find((d) => d.id === s.deviceId)!.priceUsd, 500);
            return { ...s, budget, withinBudget: budget.kind !== 'over-budget' };
          }),
        }}
        catalog={TEST_DEVICES}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Show all 6 devices' }));
    await user.click(within(row('Raspberry Pi 4 (2 GB)')).getByRole('button', { name: /details/ }));
    expect(screen.getByText('$45, within the $500 budget')).toBeInTheDocument();
    const nuc = row('Intel NUC 13 Pro (i5)');
    // Its own state beside the grade, never the grade itself.
    expect(within(nuc).getByText('Over budget by $150')).toBeInTheDocument();
    await user.click(within(nuc).getByRole('button', { name: /details/ }));
    expect(screen.getByText('$650: over budget by $150 (the budget is $500)')).toBeInTheDocument();
  });
});

describe('ResultsPanel: compatibility findings', () => {
  it('groups findings by severity, errors first, each with its remedy and a button to the field', async () => {
    const user = userEvent.setup();
    const onEditField = vi.fn();
    renderPanel(TEST_ESTIMATE, onEditField);
    const groups = ['Error (1)', 'Warning (1)', 'Note (1)'].map((name) =>
      screen.getByRole('region', { name }),
    );
    // Document order: error, warning, info.
    expect(groups[0]?.compareDocumentPosition(groups[1] as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(groups[1]?.compareDocumentPosition(groups[2] as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);

    const errors = groups[0] as HTMLElement;
    expect(within(errors).getByText('ARMv6 cannot run IoT Edge')).toBeInTheDocument();
    expect(within(errors).getByText('Choose an arm64 or arm32v7 device.')).toBeInTheDocument();
    await user.click(within(errors).getByRole('button', { name: 'Change CPU architecture' }));
    expect(onEditField).toHaveBeenCalledWith('platform.architecture');

    const warnings = groups[1] as HTMLElement;
    expect(within(warnings).getByRole('link', { name: /learn\.microsoft\.com/ })).toHaveAttribute(
      'rel',
      'noreferrer',
    );
  });

  it('says so when there are no findings', () => {
    renderPanel({ ...TEST_ESTIMATE, findings: [] });
    expect(screen.getByText('No compatibility problems found for these answers.')).toBeInTheDocument();
  });

  it('shows no edit buttons when the app gives no onEditField', () => {
    renderPanel();
    expect(screen.getByText('ARMv6 cannot run IoT Edge')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Change / })).not.toBeInTheDocument();
  });
});

describe('ResultsPanel: charts', () => {
  it('gives every chart a name and a table with the same numbers as the requirement', () => {
    renderPanel();
    const ramFigure = screen.getByRole('figure', { name: 'RAM by component (GiB)' });
    expect(within(ramFigure).getByRole('img', { name: /Stacked bar chart of RAM/ })).toBeInTheDocument();
    const ramTable = within(ramFigure).getByRole('table', { hidden: true });
    const ram = TEST_ESTIMATE.requirements.ram;
    const scale = pickScale(ram.unit, ram.total.typical);
    const foot = within(ramTable).getAllByRole('row', { hidden: true }).at(-1) as HTMLElement;
    const cells = within(foot)
      .getAllByRole('cell', { hidden: true })
      .map((c) => c.textContent);
    expect(cells).toEqual([
      formatScaled(ram.total.low, scale),
      formatScaled(ram.total.typical, scale),
      formatScaled(ram.total.high, scale),
    ]);
    // The requirement card shows the same typical figure.
    expect(
      within(card('RAM')).getByText(formatScaled(ram.total.typical, scale), { selector: '.req-typical' }),
    ).toBeInTheDocument();

    expect(screen.getByRole('figure', { name: 'Storage by component (GB)' })).toBeInTheDocument();
    const util = screen.getByRole('figure', { name: /Device utilisation against capacity/ });
    expect(
      within(util).getByRole('img', { name: /Recommended: Raspberry Pi 4 \(2 GB\)/ }),
    ).toBeInTheDocument();
    const utilTable = within(util).getByRole('table', { hidden: true });
    const pi4Row = within(utilTable).getByRole('rowheader', {
      name: /Raspberry Pi 4 \(2 GB\) \(recommended\)/,
      hidden: true,
    }).parentElement as HTMLElement;
    // Hand check: CPU 0.27 × 1.25 / 4 ref. cores = 8%, RAM 1200 / 2048 MiB = 59%, storage 2.734 × 1.25 / 32 GB = 11%.
    expect(
      within(pi4Row)
        .getAllByRole('cell', { hidden: true })
        .map((c) => c.textContent),
    ).toEqual(['8%', '59%', '11%']);
  });
});
