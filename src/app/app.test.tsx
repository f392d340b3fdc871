import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ANSWERS } from '../domain/answers.ts';
import { INITIAL_STATE, useAppStore } from '../store/app-store.ts';
import { App } from './app.tsx';
import { ErrorBoundary } from './error-boundary.tsx';

beforeEach(() => {
  useAppStore.setState(INITIAL_STATE, true);
  window.history.replaceState(null, '', '/');
});

describe('App', () => {
  it('shows the header, a skip link, the wizard and the live results', () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Edge Sizer' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Wizard steps' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Start' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Your estimate' })).toBeVisible();
  });

  it('opens the step named in the URL fragment', () => {
    window.history.replaceState(null, '', '/#/wizard/budget');
    render(<App />);
    expect(screen.getByRole('heading', { level: 2, name: 'Budget' })).toBeVisible();
    expect(useAppStore.getState().stepId).toBe('budget');
  });

  it('the skip link moves focus to the main content without touching the fragment', async () => {
    window.history.replaceState(null, '', '/#/wizard/data');
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('link', { name: 'Skip to main content' }));
    expect(screen.getByRole('main')).toHaveFocus();
    expect(window.location.hash).toBe('#/wizard/data');
    await user.click(screen.getByRole('link', { name: 'Skip to the live results' }));
    expect(document.getElementById('live-results')).toHaveFocus();
    expect(window.location.hash).toBe('#/wizard/data');
  });
});

describe('ErrorBoundary', () => {
  afterEach(() => vi.restoreAllMocks());

  function Bomb({ armed }: { armed: boolean }) {
    if (armed) throw new Error('boom');
    return <p>fine</p>;
  }

  it('shows a message in place of a crashed area, keeps the answers, and recovers on Try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    function Harness() {
      const [armed, setArmed] = useState(true);
      return (
        <>
          <button type="button" onClick={() => setArmed(false)}>
            disarm
          </button>
          <ErrorBoundary area="the test area">
            <Bomb armed={armed} />
          </ErrorBoundary>
        </>
      );
    }
    render(<Harness />);
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong showing the test area');
    expect(screen.getByRole('alert')).toHaveTextContent('Your answers are safe');
    expect(useAppStore.getState().answers).toEqual(DEFAULT_ANSWERS);
    await user.click(screen.getByRole('button', { name: 'disarm' }));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByText('fine')).toBeVisible());
  });

  it('retries by itself when its reset keys change (for example new answers)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(
      <ErrorBoundary area="x" resetKeys={[1]}>
        <Bomb armed />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeVisible();
    rerender(
      <ErrorBoundary area="x" resetKeys={[2]}>
        <Bomb armed={false} />
      </ErrorBoundary>,
    );
    expect(screen.getByText('fine')).toBeVisible();
  });
});
