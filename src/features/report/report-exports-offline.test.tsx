/**
 * The CSV and Markdown writers are a chunk of their own (report-exports.ts). When it cannot be fetched (offline
 * before the service worker cached it), the report says so and stays as it is.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURE_ANSWERS, FIXTURE_ESTIMATE } from '../../testing/report-fixture.ts';
import { ReportPage } from './report-page.tsx';

vi.mock('./report-exports.ts', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('ReportPage, the export writers unavailable', () => {
  it('says the download could not be loaded, downloads nothing, and keeps the report', async () => {
    const user = userEvent.setup();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(
      <ReportPage
        answers={FIXTURE_ANSWERS}
        estimate={FIXTURE_ESTIMATE}
        shareUrl="https://sizer.example/#/report?s=3.x"
        generatedAt={new Date('2026-12-04T17:00:00Z')}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Download CSV could not be loaded: the network may be down. Nothing was lost; try again.',
    );
    expect(click).not.toHaveBeenCalled();
    expect(
      screen.getByRole('heading', { level: 1, name: `Sizing report: ${FIXTURE_ANSWERS.scenarioName}` }),
    ).toBeInTheDocument();
  });
});
