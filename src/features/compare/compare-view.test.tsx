import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS, type Answers } from '../../domain/answers.ts';
import { encodeComparison } from '../../domain/compare/compare-link.ts';
import { SHARE_CODEC_DEPS } from '../../domain/topology/topology-link.ts';
import { useAppStore } from '../../store/app-store.ts';
import type { SavedScenario } from '../../store/scenarios.ts';
import { createAnswers } from '../../testing/builders.ts';
import { useCompareStore, type CompareDeps } from './compare-store.ts';
import { CompareView } from './compare-view.tsx';

let saved: SavedScenario[] = [];
const opened: Answers[] = [];
const deps: CompareDeps = {
  link: SHARE_CODEC_DEPS,
  useScenarios: () => saved,
  saveScenario: (name, answers) => {
    const scenario = { id: `s${saved.length + 1}`, name, savedAt: '2026-12-04T10:00:00Z', answers };
    saved = [...saved, scenario];
    return { ok: true, scenario };
  },
  openInWizard: (answers) => (opened.push(answers), null),
  renameCurrent: (name) =>
    useAppStore.setState({ answers: { ...useAppStore.getState().answers, scenarioName: name } }),
  goToWizard: () => undefined,
};

const busy = createAnswers({
  scenarioName: 'Busy hall',
  data: { messagesPerSecondAvg: 400, messagesPerSecondPeak: 900 },
});

beforeEach(() => {
  saved = [];
  opened.length = 0;
  useAppStore.setState({
    answers: { ...DEFAULT_ANSWERS, scenarioName: 'Line' },
    view: 'compare',
    stepId: null,
  });
  useCompareStore.setState({ entries: null, linkMessage: null, notices: [], openedPayload: null });
  window.history.replaceState(null, '', '#/compare');
});

const table = () => screen.getByRole('table', { name: /Each scenario’s requirements/ });

describe('CompareView', () => {
  it('starts with the current scenario and asks for a second one', () => {
    render(<CompareView deps={deps} />);
    expect(screen.getByRole('checkbox', { name: 'The current scenario: Line' })).toBeChecked();
    expect(screen.getByText(/Choose at least 2 scenarios to compare/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('"Copy this scenario as a variant" saves the answers, renames the current one, and compares both', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<CompareView deps={deps} />);
    await user.click(screen.getByRole('button', { name: 'Copy this scenario as a variant' }));
    expect(saved.map((s) => s.name)).toEqual(['Line']);
    expect(useAppStore.getState().answers.scenarioName).toBe('Line (variant 1)');
    rerender(<CompareView deps={deps} />);
    const headers = within(table())
      .getAllByRole('columnheader')
      .slice(0, 3)
      .map((h) => h.textContent);
    expect(headers).toEqual(['Row', 'Line', 'Line (variant 1)']);
    expect(screen.getByText(/^2 scenarios compared: 0 of \d+ rows differ\.$/)).toBeInTheDocument();
    expect(window.location.hash).toMatch(/^#\/compare\?c=3\./);
  });

  it('a compare link shows its scenarios, marks the best in words, and replaces nothing', () => {
    window.history.replaceState(
      null,
      '',
      `#/compare?c=${encodeComparison([
        { name: 'Quiet line', answers: createAnswers({ scenarioName: 'Quiet line' }) },
        { name: 'Busy hall', answers: busy },
      ])}`,
    );
    render(<CompareView deps={deps} />);
    expect(screen.getByRole('checkbox', { name: 'From the link: Busy hall' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'The current scenario: Line' })).not.toBeChecked();
    const uplink = within(table()).getByRole('row', { name: /^Uplink/ });
    expect(within(uplink).getByRole('rowheader')).toHaveTextContent('differs');
    expect(within(uplink).getAllByRole('cell')[0]).toHaveTextContent(/best$/);
    expect(useAppStore.getState().answers.scenarioName).toBe('Line');
    expect(saved).toEqual([]);
  });

  it('a broken compare link says so and keeps the comparison', () => {
    window.history.replaceState(null, '', '#/compare?c=3.AAAA_broken');
    render(<CompareView deps={deps} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      /compare link.*Your answers and saved scenarios were not changed\./,
    );
    expect(screen.getByRole('checkbox', { name: 'The current scenario: Line' })).toBeChecked();
  });

  it('a fifth scenario cannot be chosen, and the reason is given', async () => {
    saved = ['A', 'B', 'C', 'D'].map((name, i) => ({
      id: `x${i}`,
      name,
      savedAt: `2026-12-0${i + 1}T10:00:00Z`,
      answers: createAnswers({ scenarioName: name }),
    }));
    const user = userEvent.setup();
    render(<CompareView deps={deps} />);
    for (const name of ['Saved: A', 'Saved: B']) await user.click(screen.getByRole('checkbox', { name }));
    const c = screen.getByRole('checkbox', { name: 'Saved: C' });
    expect(c).toBeDisabled();
    expect(c).toHaveAccessibleDescription(/4 scenarios are chosen, the most a comparison holds/);
  });
});
