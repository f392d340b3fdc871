import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEVICES } from '../../domain/catalog/devices.ts';
import { estimate } from '../../domain/estimate.ts';
import { buildFleetReport } from '../../domain/report/fleet-report.ts';
import { createAnswers } from '../../testing/builders.ts';
import { ReportView } from './report-view.tsx';

const single = createAnswers({ scenarioName: 'Twenty sites' });
const answers = createAnswers({
  scenarioName: 'Twenty sites',
  budget: { ...single.budget, planFleet: true, sites: 20, devicesPerSite: 5, energyUsdPerKwh: 0.25 },
});

describe('ReportView: the fleet section', () => {
  it('states the IoT Hub edition with why and the price source, the messages a day and the energy (FleetFacts)', () => {
    const result = estimate(answers);
    const fleet = buildFleetReport(answers, result, DEVICES);
    expect(fleet).not.toBeNull();
    render(
      <ReportView
        answers={answers}
        estimate={result}
        shareUrl="https://sizer.example/#/report?s=1.x"
        generatedAt={new Date('2026-12-04T12:00:00Z')}
      />,
    );
    const section = screen.getByRole('region', { name: 'Fleet and cost over 5 years' });
    const terms = within(section)
      .getAllByRole('term')
      .map((t) => t.textContent);
    expect(terms).toEqual(['IoT Hub', 'Messages a day', 'Energy']);
    const [hub, messages, energy] = within(section).getAllByRole('definition');
    // On paper the why and the price's source are printed in full (the results fold them into a disclosure).
    expect(hub).toHaveTextContent(`S2 × 8 units (standard tier). ${fleet?.hub.why ?? ''}`);
    expect(hub).toHaveTextContent(fleet?.hub.priceSource ?? '');
    expect(messages).toHaveTextContent(/432,000 messages a day per device/);
    expect(energy).toHaveTextContent(fleet?.energy.text ?? '');
  });
});
