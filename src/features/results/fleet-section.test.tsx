import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEVICES } from '../../domain/catalog/devices.ts';
import { estimate } from '../../domain/estimate.ts';
import { createAnswers } from '../../testing/builders.ts';
import { ResultsPanel } from './results-panel.tsx';

/** The section is a lazy chunk: on a loaded 2-core box it may take seconds to arrive (as in report-route.test). */
const SLOW = { timeout: 10_000 };

const single = createAnswers({ scenarioName: 'One gateway' });
const fleet = createAnswers({
  scenarioName: 'Twenty sites',
  budget: { ...single.budget, planFleet: true, sites: 20, devicesPerSite: 5, energyUsdPerKwh: 0.25 },
});

const renderPanel = (answers: typeof single) =>
  render(
    <ResultsPanel answers={answers} estimate={estimate(answers)} catalog={DEVICES} announceDelayMs={0} />,
  );

// The fleet section is a lazy chunk: load it once up front, so the test does not race the import.
beforeAll(async () => {
  await import('./fleet-section.tsx');
});

describe('ResultsPanel: the fleet plan (issue 16, part 2)', { timeout: 20_000 }, () => {
  it('shows nothing about a fleet for a single device', () => {
    renderPanel(single);
    expect(screen.queryByRole('region', { name: /Fleet and cost/ })).toBeNull();
  });

  it('shows the IoT Hub edition, the cost per device and for the fleet, and a table for the chart', async () => {
    const user = userEvent.setup();
    renderPanel(fleet);
    const section = await screen.findByRole('region', { name: 'Fleet and cost over 5 years' }, SLOW);
    expect(within(section).getByText('S2 × 8 units')).toBeVisible();
    // The facts (FleetFacts, shared with the printed report): the price per unit here, the why folded below.
    expect(
      within(section)
        .getAllByRole('term')
        .map((t) => t.textContent),
    ).toEqual(['IoT Hub', 'Messages a day', 'Energy']);
    expect(within(section).getAllByRole('definition')[0]).toHaveTextContent(
      /^S2 × 8 units \(standard tier; price per unit .+\)$/,
    );
    expect(within(section).getByText(/432,000 messages a day per device/)).toBeInTheDocument();
    const costs = within(section).getByRole('table', { name: /Cost over 5 years/ });
    const iotHub = within(costs).getByRole('rowheader', { name: 'IoT Hub' }).closest('tr');
    expect(within(iotHub!).getAllByText('price not listed')).toHaveLength(2);
    const total = within(costs).getByRole('rowheader', { name: 'Total (known parts)' }).closest('tr');
    expect(
      within(total!).getByText(
        /leaves out IoT Hub \(price not listed\) and Data \(no data price set \(optional\)\)/,
      ),
    ).toBeInTheDocument();
    // Every chart has a table of the same numbers.
    expect(within(section).getByRole('table', { name: /Fleet cost cumulated by year/ })).toBeInTheDocument();
    await user.click(within(section).getByText(/Every IoT Hub edition for this volume/));
    const editions = within(section).getByRole('table', { name: /IoT Hub standard editions/ });
    expect(within(editions).getByRole('rowheader', { name: 'S2 (cheapest)' })).toBeInTheDocument();
    expect(within(section).getByText(/basic tier \(B1–B3\) cannot run IoT Edge/)).toBeInTheDocument();
  });
});
