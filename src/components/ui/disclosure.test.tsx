import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Disclosure } from './disclosure.tsx';

describe('Disclosure', () => {
  it('builds its body only when first opened, and keeps it when closed again', async () => {
    const user = userEvent.setup();
    const body = vi.fn(() => <p>the breakdown</p>);
    render(<Disclosure summary="Why this number?">{body}</Disclosure>);
    expect(body).not.toHaveBeenCalled();
    expect(screen.queryByText('the breakdown')).not.toBeInTheDocument();

    const summary = screen.getByText('Why this number?');
    await user.click(summary);
    expect(await screen.findByText('the breakdown')).toBeVisible();
    await user.click(summary);
    expect(summary.closest('details')).not.toHaveAttribute('open');
    expect(screen.getByText('the breakdown')).toBeInTheDocument();
  });
});
