import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeShareState } from '../domain/share/share-codec.ts';
import { TWENTY_MODULE_SCENARIO } from '../testing/golden/scenarios.ts';
import { INITIAL_STATE, setAnswers, useAppStore } from '../store/app-store.ts';
import { parseHash } from '../store/route.ts';
import { navigate } from '../store/router.ts';
import { ReportRoute } from './report-route.tsx';

const decoded = (url: string | null) =>
  decodeShareState(parseHash(url?.slice(url.indexOf('#')) ?? '').payload ?? '');

/** The whole report renders (charts, QR code): give it time on a loaded 2-core box. */
const SLOW = { timeout: 10_000 };

const renderReport = () =>
  render(
    <Suspense fallback={<p>Loading</p>}>
      <ReportRoute />
    </Suspense>,
  );

// The report is lazy-loaded: load its chunk once up front, so the first test does not race the import.
beforeAll(async () => {
  await import('../features/report/report-page.tsx');
}, 30_000);

beforeEach(() => {
  useAppStore.setState(INITIAL_STATE, true);
  window.history.replaceState(null, '', '/');
});

describe('ReportRoute', { timeout: 20_000 }, () => {
  it('prints the exact share link of the answers shown, not the address bar', async () => {
    window.history.replaceState(null, '', '/#/report?s=2.stale');
    setAnswers(TWENTY_MODULE_SCENARIO);
    navigate('report');
    renderReport();
    const link = (await screen.findAllByRole('link', {}, SLOW)).find((a) =>
      a.textContent?.startsWith('http'),
    );
    const href = link?.getAttribute('href') ?? null;
    expect(href).toMatch(/^http:\/\/localhost:3000\/#\/report\?s=3\./);
    const result = decoded(href);
    expect(result.ok && result.state.answers).toEqual(TWENTY_MODULE_SCENARIO);
  });

  it('one "Back to the wizard" link, to the step the user left; a plain click navigates there', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/#/wizard/budget');
    useAppStore.setState({ view: 'wizard', stepId: 'budget' });
    navigate('report');
    renderReport();
    const [back, ...others] = await screen.findAllByRole('link', { name: /back to the wizard/i }, SLOW);
    expect(others).toHaveLength(0);
    const href = back?.getAttribute('href') ?? null;
    expect(href).toMatch(/#\/wizard\/budget\?s=3\./); // opened in a new tab, it carries the answers
    expect(decoded(href).ok).toBe(true);
    if (back) await user.click(back);
    expect(useAppStore.getState()).toMatchObject({ view: 'wizard', stepId: 'budget' });
    expect(window.location.hash.startsWith('#/wizard/budget')).toBe(true);
  });

  it('from the first step (null) it returns to the first step, not the last', async () => {
    window.history.replaceState(null, '', '/#/wizard');
    navigate('report');
    renderReport();
    const back = await screen.findByRole('link', { name: 'Back to the wizard' }, SLOW);
    expect(back.getAttribute('href')).toMatch(/#\/wizard\?s=3\./);
  });
});
