import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS } from '../../domain/answers.ts';
import { INITIAL_STATE, goTo, setAnswers, useAppStore } from '../../store/app-store.ts';
import { Wizard } from './wizard.tsx';

beforeEach(() => {
  useAppStore.setState(INITIAL_STATE, true);
  window.history.replaceState(null, '', '/');
});

describe('the budget step and the hosting', () => {
  it('asks a hardware budget per device on bare metal', () => {
    goTo('wizard', 'budget');
    render(<Wizard />);
    expect(screen.getByRole('spinbutton', { name: 'Hardware budget per device' })).toBeVisible();
  });

  it('asks a budget per month in an Azure VM, and stores it in the same answer', async () => {
    setAnswers({ ...DEFAULT_ANSWERS, platform: { ...DEFAULT_ANSWERS.platform, hosting: 'azure-vm' } });
    goTo('wizard', 'budget');
    const user = userEvent.setup();
    render(<Wizard />);
    const input = screen.getByRole('spinbutton', { name: 'Budget per month for the Azure VM' });
    expect(input).toHaveAccessibleDescription(expect.stringContaining('per month'));
    expect(screen.getByText('USD/month')).toBeVisible();
    await user.type(input, '150');
    expect(useAppStore.getState().answers.budget.maxDeviceUsd).toBe(150);
  });
});
