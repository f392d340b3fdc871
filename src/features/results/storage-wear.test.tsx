import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEVICES } from '../../domain/catalog/devices.ts';
import { estimate } from '../../domain/estimate.ts';
import { createAnswers } from '../../testing/builders.ts';
import { ResultsPanel } from './results-panel.tsx';

/** An SD-card gateway: the default telemetry workload, which the model puts on a Raspberry Pi with a microSD card. */
const answers = createAnswers({ scenarioName: 'SD-card gateway' });
const e = estimate(answers);

function renderPanel() {
  return render(<ResultsPanel answers={answers} estimate={e} catalog={DEVICES} announceDelayMs={0} />);
}

describe('ResultsPanel: storage wear and CPU confidence (issue 12 §4, §5)', () => {
  it('shows the storage life of every device, the recommended one first in words, against the service life', async () => {
    const user = userEvent.setup();
    renderPanel();
    const section = screen.getByRole('region', { name: 'Storage wear' });
    expect(within(section).getByText(/About 4\.01 GB is written to storage a day/)).toBeInTheDocument();
    expect(within(section).getByText(/lasts about 10 months/)).toBeInTheDocument();
    expect(within(section).queryByRole('table')).toBeNull();
    await user.click(within(section).getByText(/Storage life of every device/));

    const table = within(section).getByRole('table', { name: /Expected life of each device/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(DEVICES.length + 1);
    const rec = within(table)
      .getByRole('rowheader', { name: /\(recommended\)/ })
      .closest('tr');
    expect(rec).not.toBeNull();
    expect(within(rec!).getByText('32 GB microSD card')).toBeInTheDocument();
    expect(within(rec!).getByText(/^10 months/)).toBeInTheDocument();
    expect(within(rec!).getByText('Wears out first')).toBeInTheDocument();
    const nuc = within(table)
      .getByRole('rowheader', { name: /^NUC-class mini PC, Core i5/ })
      .closest('tr');
    expect(within(nuc!).getByText('Outlasts it')).toBeInTheDocument();

    const writes = within(section).getByRole('table', { name: /Written to storage per day/ });
    expect(
      within(writes).getByRole('rowheader', { name: 'edgeHub message store (RocksDB)' }),
    ).toBeInTheDocument();
  });

  it('warns, in the findings, that the recommended device’s card wears out, with the remedies', () => {
    renderPanel();
    const warning = screen.getByText(/its storage wears out in about 10 months/);
    expect(warning).toBeInTheDocument();
    expect(screen.getByText(/host-mounted SSD/)).toBeInTheDocument();
  });

  it('marks the CPU requirement as low confidence, in text next to the figure', () => {
    renderPanel();
    const cpu = screen.getByRole('article', { name: 'CPU' });
    expect(within(cpu).getByText(/Low confidence/)).toBeInTheDocument();
    expect(within(cpu).getByText(/not on measurements/)).toBeInTheDocument();
    // Only CPU carries the mark.
    const ram = screen.getByRole('article', { name: 'Memory (RAM)' });
    expect(within(ram).queryByText(/Low confidence/)).toBeNull();
  });
});
