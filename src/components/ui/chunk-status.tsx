interface ChunkStatusProps {
  /** What is loading, as the end of a sentence: "the questions", "the results". */
  what: string;
  failed: boolean;
  retry: () => void;
  /** On the loading line and on the failure box alike (e.g. the room the part will take). */
  className?: string;
  /** data-step, for a per-step size in CSS. */
  step?: string;
}

/**
 * The place of a lazily loaded part of the page while it loads (a quiet line), or when its chunk could not be
 * fetched (an alert with Try again). Shown for a fraction of a second on a first visit; after that the
 * service worker serves every chunk, offline too.
 */
export function ChunkStatus({ what, failed, retry, className, step }: ChunkStatusProps) {
  if (!failed)
    return (
      <p className={className ? `loading ${className}` : 'loading'} data-step={step}>
        Loading {what}…
      </p>
    );
  return (
    <div className={className} data-step={step}>
      <div role="alert" className="error-box">
        <p>
          Could not load {what}. The network may be down and this part of Edge Sizer is not saved for offline
          use yet. Your answers are kept.
        </p>
        <p className="chunk-status__actions">
          <button type="button" className="button" onClick={retry}>
            Try again
          </button>{' '}
          {/* Some browsers keep a failed module fetch for the page's life; a reload always fetches anew, and
              the answers come back from the address bar and the autosave. */}
          <button type="button" className="button button--quiet" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </p>
      </div>
    </div>
  );
}
