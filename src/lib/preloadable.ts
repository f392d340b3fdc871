import { startTransition, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * A lazily loaded module that can also be loaded ahead of time: the code-splitting seam of the app shell.
 *
 * - Once loaded, `usePreloadable` returns the module on the first render (React.lazy would still suspend
 *   once), so a chunk fetched while the browser was idle, or awaited in a test's setup, shows with no
 *   loading state and no flash.
 * - Before that, the component renders its own loading state and the chunk is requested only after the
 *   browser has painted: the first paint waits for the first view's JavaScript alone, not for the chunks it
 *   asks for. The module's first render is a transition: React renders it in slices that yield to the
 *   browser, so a big panel arriving does not block input (Lighthouse's Total Blocking Time counted exactly
 *   that when it was a synchronous update).
 * - A failed load (offline before the service worker cached the chunk) is reported as `failed`, so the
 *   component can say so and offer `retry`; nothing else on the page is affected.
 */
export interface Preloadable<T> {
  /** Start loading (once at a time) and resolve with the module. */
  load(): Promise<T>;
  /**
   * Load ahead of need, only if no load was tried yet. A failed load is retried only by the user (Try
   * again) or by a component that mounts: a background retry would take the failure message, and its
   * Try again button, away from under the user's pointer.
   */
  prefetch(): void;
  /** The current state; a new object whenever it changes. */
  state(): PreloadState<T>;
  subscribe(listener: () => void): () => void;
}

export type PreloadState<T> =
  { status: 'idle' | 'loading' | 'failed'; module: undefined } | { status: 'loaded'; module: T };

export function preloadable<T>(loader: () => Promise<T>): Preloadable<T> {
  let state: PreloadState<T> = { status: 'idle', module: undefined };
  let pending: Promise<T> | null = null;
  const listeners = new Set<() => void>();
  const set = (next: PreloadState<T>) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const load = (): Promise<T> => {
    if (state.status === 'loaded') return Promise.resolve(state.module);
    if (pending) return pending;
    set({ status: 'loading', module: undefined });
    pending = loader().then(
      (module) => {
        pending = null;
        set({ status: 'loaded', module });
        return module;
      },
      (error: unknown) => {
        pending = null;
        set({ status: 'failed', module: undefined });
        throw error;
      },
    );
    return pending;
  };
  return {
    load,
    prefetch() {
      if (state.status === 'idle') void load().catch(() => undefined);
    },
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export interface Preloaded<T> {
  /** The module, once loaded. */
  module: T | undefined;
  /** The last load failed (and none is running). */
  failed: boolean;
  /** Load again. */
  retry: () => void;
}

/**
 * The module of a preloadable, loading it after the next paint when it is not loaded yet. With `wanted`
 * false the load waits (the component shows its placeholder) until `wanted` turns true: for a part of the
 * page that is loaded only when it is about to be seen.
 */
export function usePreloadable<T>(preloaded: Preloadable<T>, wanted = true): Preloaded<T> {
  const [state, setState] = useState(preloaded.state);
  useEffect(() => {
    const sync = () => startTransition(() => setState(preloaded.state()));
    const unsubscribe = preloaded.subscribe(sync);
    if (preloaded.state() !== state) sync(); // changed between this render and the effect
    // Not loaded yet, or failed before this component mounted (a new step, a new view): load (again).
    const status = preloaded.state().status;
    const cancel =
      wanted && (status === 'idle' || status === 'failed')
        ? afterNextPaint(() => void preloaded.load().catch(() => undefined))
        : undefined;
    return () => {
      unsubscribe();
      cancel?.();
    };
    // `state` is read once, to catch a change before subscribing; re-subscribing on each change is not wanted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [preloaded, wanted]);
  return {
    module: state.module,
    failed: state.status === 'failed',
    retry: () => void preloaded.load().catch(() => undefined),
  };
}

/**
 * Run `task` once the browser has painted the current frame (a task queued from requestAnimationFrame runs
 * after that frame's paint). A hidden tab runs no animation frames, so a timer runs it there. Returns a
 * cancel function.
 */
export function afterNextPaint(task: () => void, fallbackMs = 100): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  const timer = setTimeout(run, fallbackMs);
  let frame: number | undefined;
  let inner: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame === 'function') {
    frame = requestAnimationFrame(() => {
      inner = setTimeout(run, 0);
    });
  }
  return () => {
    done = true;
    clearTimeout(timer);
    if (inner !== undefined) clearTimeout(inner);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
}

/** The events that count as the user's first input: a pointer or a key pressed, a touch, a wheel turned. */
const FIRST_INPUT_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * Run `task` once, at the user's first input on the page (see FIRST_INPUT_EVENTS): the moment to fetch what
 * the next screens need, without paying for it on a visit that only looks. Returns a cancel function.
 */
export function onFirstInput(task: () => void): () => void {
  const options = { capture: true, passive: true } as const;
  const run = () => {
    cancel();
    task();
  };
  const cancel = () => {
    for (const type of FIRST_INPUT_EVENTS) window.removeEventListener(type, run, options);
  };
  for (const type of FIRST_INPUT_EVENTS) window.addEventListener(type, run, options);
  return cancel;
}

/**
 * `[ref, near]`: `near` turns true (and stays true) once the element of `ref` comes within `margin` of the
 * viewport, or at once where there is no IntersectionObserver (jsdom, old browsers).
 */
export function useNearViewport<E extends Element>(
  margin = '300px',
): readonly [RefObject<E | null>, boolean] {
  const ref = useRef<E>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, margin]);
  return [ref, near] as const;
}

/** Run `task` when the browser is idle after the first paint (or after a short delay where there is no idle callback). */
export function whenIdle(task: () => void, timeoutMs = 2000): void {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(() => task(), { timeout: timeoutMs });
  } else {
    setTimeout(task, 200);
  }
}
