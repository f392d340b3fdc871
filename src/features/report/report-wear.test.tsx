import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEVICES } from '../../domain/catalog/devices.ts';
import { estimate } from '../../domain/estimate.ts';
import { createAnswers } from '../../testing/builders.ts';
import { ReportView } from './report-view.tsx';

const answers = createAnswers({ scenarioName: 'SD-card gateway' });
const e = estimate(answers);
const props = {
  answers,
  estimate: e,
  shareUrl: 'https://example.com/#s=1',
  generatedAt: new Date('2026-12-04T05:00:00Z'),
  catalog: DEVICES,
};

describe('ReportView: storage wear and CPU confidence', () => {
  it('has a storage-wear section with each device’s storage life, and marks CPU as low confidence', () => {
    render(<ReportView {...props} />);
    const wear = screen.getByRole('region', { name: 'Storage wear' });
    const table = within(wear).getByRole('table', { name: /Expected life of each device/ });
    expect(within(table).getAllByRole('row')).toHaveLength(DEVICES.length + 1);
    expect(within(wear).getAllByText('Wears out first').length).toBeGreaterThan(0);
    const req = screen.getByRole('region', { name: 'Requirements' });
    expect(within(req).getByText(/CPU: low confidence/)).toBeInTheDocument();
    // The calibration note goes with the breakdowns, after page 1.
    const breakdowns = screen.getByRole('region', { name: 'How each requirement is made up' });
    expect(within(breakdowns).getByText(/Azure\/iotedge#6578/)).toBeInTheDocument();
  }, 20_000); // the whole report over the real model: seconds on a loaded machine

  it('keeps the summary short: the storage life in one sentence, no device table', () => {
    render(<ReportView {...props} detail="summary" />);
    const wear = screen.getByRole('region', { name: 'Storage wear' });
    expect(within(wear).queryByRole('table')).toBeNull();
    expect(within(wear).getByText(/lasts about 10 months/)).toBeInTheDocument();
    expect(screen.getByText(/CPU: low confidence/)).toBeInTheDocument();
    expect(screen.queryByText(/Azure\/iotedge#6578/)).toBeNull();
  });
});
