import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { INITIAL_STATE, goTo, useAppStore } from '../../store/app-store.ts';
import { Wizard } from './wizard.tsx';

beforeEach(() => {
  useAppStore.setState(INITIAL_STATE, true);
  window.history.replaceState(null, '', '/');
});

describe('the budget step: plan a fleet (optional)', () => {
  it('asks nothing about a fleet until the user opts in', () => {
    goTo('wizard', 'budget');
    render(<Wizard />);
    expect(screen.getByRole('checkbox', { name: 'Plan a fleet (optional)' })).not.toBeChecked();
    expect(screen.queryByRole('spinbutton', { name: 'Number of sites' })).toBeNull();
  });

  it('asks the fleet once ticked, and stores the answers', async () => {
    goTo('wizard', 'budget');
    const user = userEvent.setup();
    render(<Wizard />);
    await user.click(screen.getByRole('checkbox', { name: 'Plan a fleet (optional)' }));
    const sites = screen.getByRole('spinbutton', { name: 'Number of sites' });
    await user.clear(sites);
    await user.type(sites, '20');
    const perSite = screen.getByRole('spinbutton', { name: 'Devices per site' });
    await user.clear(perSite);
    await user.type(perSite, '5');
    await user.type(screen.getByRole('spinbutton', { name: 'Energy price per kWh' }), '0.25');
    expect(await screen.findByText('100')).toBeVisible();
    const { budget } = useAppStore.getState().answers;
    expect(budget).toMatchObject({ planFleet: true, sites: 20, devicesPerSite: 5, energyUsdPerKwh: 0.25 });
    expect(budget.dataUsdPerGb).toBeNull();
    expect(budget.sparePercent).toBe(5);
  });

  it('an empty site count asks for a number and keeps the last valid one', async () => {
    goTo('wizard', 'budget');
    const user = userEvent.setup();
    render(<Wizard />);
    await user.click(screen.getByRole('checkbox', { name: 'Plan a fleet (optional)' }));
    await user.clear(screen.getByRole('spinbutton', { name: 'Number of sites' }));
    expect(await screen.findByText(/Enter a number\. Don't know\? Enter 1/)).toBeVisible();
    expect(useAppStore.getState().answers.budget.sites).toBe(1);
  });
});
