import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { afterNextPaint, preloadable, usePreloadable, type Preloadable } from './preloadable.ts';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function Greeting({ module }: { module: Preloadable<{ text: string }> }) {
  const { module: loaded, failed, retry } = usePreloadable(module);
  if (loaded) return <p>{loaded.text}</p>;
  if (failed)
    return (
      <button type="button" onClick={retry}>
        failed: retry
      </button>
    );
  return <p>loading</p>;
}

const nextPaint = () => new Promise<void>((resolve) => afterNextPaint(resolve));

describe('preloadable', () => {
  it('shows the loading state, requests the chunk after the next paint, then shows the module', async () => {
    const chunk = deferred<{ text: string }>();
    const loader = vi.fn(() => chunk.promise);
    const module = preloadable(loader);
    render(<Greeting module={module} />);
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(loader).not.toHaveBeenCalled();
    await act(nextPaint);
    expect(loader).toHaveBeenCalledTimes(1);
    await act(async () => chunk.resolve({ text: 'hello' }));
    expect(screen.getByText('hello')).toBeInTheDocument();
  });

  it('renders at once, with no loading state, once loaded ahead of time', async () => {
    const loader = vi.fn(() => Promise.resolve({ text: 'ready' }));
    const module = preloadable(loader);
    await module.load();
    render(<Greeting module={module} />);
    expect(screen.getByText('ready')).toBeInTheDocument();
    await module.load();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('loads once however many callers ask at the same time', async () => {
    const loader = vi.fn(() => Promise.resolve({ text: 'x' }));
    const module = preloadable(loader);
    const [a, b] = await Promise.all([module.load(), module.load()]);
    expect(a).toBe(b);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('says when the chunk could not be fetched, and loads it on Try again', async () => {
    let attempt = 0;
    const module = preloadable(() => {
      attempt += 1;
      return attempt === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ text: 'back online' });
    });
    render(<Greeting module={module} />);
    await act(nextPaint); // the first load starts, and fails
    await act(async () => undefined);
    expect(attempt).toBe(1);
    const retry = screen.getByRole('button', { name: 'failed: retry' });
    await act(async () => retry.click());
    expect(await screen.findByText('back online')).toBeInTheDocument();
    expect(attempt).toBe(2);
  });

  it('prefetches only a chunk never tried: a failed one waits for Try again (its message stays put)', async () => {
    let attempt = 0;
    const module = preloadable(() => {
      attempt += 1;
      return attempt === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ text: 'back online' });
    });
    render(<Greeting module={module} />);
    await act(nextPaint);
    await act(async () => undefined);
    expect(screen.getByRole('button', { name: 'failed: retry' })).toBeInTheDocument();
    await act(async () => module.prefetch()); // the app's idle prefetch, after the failure
    expect(attempt).toBe(1);
    expect(screen.getByRole('button', { name: 'failed: retry' })).toBeInTheDocument();
    const fresh = preloadable(() => Promise.resolve({ text: 'ahead' }));
    fresh.prefetch();
    expect(fresh.state().status).toBe('loading');
  });

  it('runs a task after the next paint only once, and not at all when cancelled', async () => {
    const task = vi.fn();
    afterNextPaint(task, 20);
    const cancelled = vi.fn();
    afterNextPaint(cancelled, 20)();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(task).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
