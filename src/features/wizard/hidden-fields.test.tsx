/**
 * A field the step hides never blocks it (issue 19, "traps"): an empty module name left in the table after
 * switching back to "By count" used to block Next and the step links with "A field in this step needs
 * attention", with no visible field to fix. The message comes back at the field when it is shown again.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { INITIAL_STATE, goTo, useAppStore } from '../../store/app-store.ts';
import { Wizard } from './wizard.tsx';

const stepId = () => useAppStore.getState().stepId;
const attention = () => screen.queryByText(/A field in this step needs attention/);

function renderAt(step: string) {
  goTo('wizard', step);
  const user = userEvent.setup();
  render(<Wizard />);
  return user;
}

beforeEach(() => {
  useAppStore.setState(INITIAL_STATE, true);
  window.history.replaceState(null, '', '/');
});

describe('hidden fields never block a step', () => {
  it('an empty module name, hidden by "By count", blocks neither Next nor the step links; it shows again in the table', async () => {
    const user = renderAt('workload');
    await user.click(screen.getByRole('radio', { name: /One row per module/ }));
    await user.click(screen.getByRole('button', { name: '+ Add a module' }));
    const name = within(screen.getByRole('group', { name: /^Module 1/ })).getByRole('textbox', {
      name: 'Name',
    });
    await user.clear(name);
    expect(await screen.findByText(/Give the module a name/)).toBeVisible();
    expect(attention()).toBeVisible();

    await user.click(screen.getByRole('radio', { name: /By count/ }));
    await waitFor(() => expect(attention()).toBeNull());
    await user.click(screen.getByRole('link', { name: /Budget/ }));
    await waitFor(() => expect(stepId()).toBe('budget'));
    expect(useAppStore.getState().answers.workload.mode).toBe('count');

    // Back on the step, in the table again: the empty name is shown, with its message, and blocks.
    await user.click(screen.getByRole('link', { name: /Workload/ }));
    await waitFor(() => expect(stepId()).toBe('workload'));
    await user.click(screen.getByRole('radio', { name: /One row per module/ }));
    const again = within(screen.getByRole('group', { name: /^Module 1/ })).getByRole('textbox', {
      name: 'Name',
    });
    await user.clear(again);
    await user.click(screen.getByRole('button', { name: /^Next/ }));
    await waitFor(() => expect(again).toHaveFocus());
    expect(stepId()).toBe('workload');
    expect(screen.getByText(/Give the module a name/)).toBeVisible();
  });

  it('an invalid module count, hidden by the table, does not block; it shows again with "By count"', async () => {
    const user = renderAt('workload');
    const count = screen.getByRole('spinbutton', { name: 'Number of custom modules' });
    await user.clear(count);
    await user.type(count, '5000');
    expect(await screen.findByText(/must be at most/)).toBeVisible();

    await user.click(screen.getByRole('radio', { name: /One row per module/ }));
    await waitFor(() => expect(attention()).toBeNull());
    await user.click(screen.getByRole('radio', { name: /By count/ }));
    expect(await screen.findByText(/must be at most/)).toBeVisible();
    expect(screen.getByRole('spinbutton', { name: 'Number of custom modules' })).toHaveValue(5000);
    await user.click(screen.getByRole('radio', { name: /One row per module/ }));
    await user.click(screen.getByRole('button', { name: /^Next/ }));
    await waitFor(() => expect(stepId()).toBe('layers'));
  });

  it('a TOPS figure left invalid does not block once "No accelerator" hides it', async () => {
    const user = renderAt('accelerators');
    await user.click(screen.getByRole('radio', { name: /^GPU/ }));
    await user.click(screen.getByRole('radio', { name: /I know the TOPS needed/ }));
    const tops = screen.getByRole('spinbutton', { name: /Throughput needed/ });
    await user.clear(tops);
    await user.type(tops, '-3');
    expect(attention()).toBeVisible();
    await user.click(screen.getByRole('radio', { name: /^None/ }));
    await waitFor(() => expect(attention()).toBeNull());
    await user.click(screen.getByRole('button', { name: /^Next/ }));
    await waitFor(() => expect(stepId()).toBe('performance'));
  });
});
