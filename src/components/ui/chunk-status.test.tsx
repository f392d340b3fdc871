import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChunkStatus } from './chunk-status.tsx';

describe('ChunkStatus', () => {
  it('is a quiet line while loading', () => {
    render(<ChunkStatus what="the questions" failed={false} retry={() => undefined} />);
    expect(screen.getByText('Loading the questions…')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says a failed load out loud, keeps the answers, and retries on Try again', async () => {
    const retry = vi.fn();
    render(<ChunkStatus what="the sizing model" failed retry={retry} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/Could not load the sizing model.*answers are kept/);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });
});
