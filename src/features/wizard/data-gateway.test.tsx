import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { INITIAL_STATE, goTo, useAppStore } from '../../store/app-store.ts';
import { Wizard } from './wizard.tsx';

beforeEach(() => {
  useAppStore.setState(INITIAL_STATE, true);
  window.history.replaceState(null, '', '/');
});

describe('the data step: a gateway (optional)', () => {
  it('asks only the number of downstream devices while it is 0 (not a gateway)', () => {
    goTo('wizard', 'data');
    render(<Wizard />);
    expect(screen.getByRole('group', { name: 'Gateway (optional)' })).toBeVisible();
    expect(screen.getByRole('spinbutton', { name: 'Downstream devices (gateway)' })).toHaveValue(0);
    expect(screen.queryByRole('radio', { name: 'MQTT' })).toBeNull();
    expect(
      screen.queryByRole('spinbutton', { name: 'Messages per downstream device per minute' }),
    ).toBeNull();
  });

  it('asks the protocol and the rate once there are downstream devices, and stores the answers', async () => {
    goTo('wizard', 'data');
    const user = userEvent.setup();
    render(<Wizard />);
    const devices = screen.getByRole('spinbutton', { name: 'Downstream devices (gateway)' });
    await user.clear(devices);
    await user.type(devices, '150');
    const rate = screen.getByRole('spinbutton', { name: 'Messages per downstream device per minute' });
    expect(rate).toHaveValue(6);
    await user.clear(rate);
    await user.type(rate, '2.5');
    expect(screen.getByRole('radio', { name: /MQTT/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /AMQP/ }));
    expect(useAppStore.getState().answers.data).toMatchObject({
      downstreamDevices: 150,
      downstreamProtocol: 'amqp',
      downstreamMessagesPerMinute: 2.5,
    });
  });

  it('a fractional device count gets a clear message and keeps the last valid one', async () => {
    goTo('wizard', 'data');
    const user = userEvent.setup();
    render(<Wizard />);
    const devices = screen.getByRole('spinbutton', { name: 'Downstream devices (gateway)' });
    await user.clear(devices);
    await user.type(devices, '2.5');
    expect(await screen.findByText(/Downstream devices must be a whole number/)).toBeVisible();
    // Typed one key at a time: "2" was valid and is kept; "2.5" is not stored.
    expect(useAppStore.getState().answers.data.downstreamDevices).toBe(2);
  });
});
