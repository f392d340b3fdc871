interface ChunkStatusProps {
  /** What is loading, as the end of a sentence: "the questions", "the results". */
  what: string;
  failed: boolean;
  retry: () => void;
  className?: string;
}

/**
 * The place of a lazily loaded part of the page while it loads (a quiet line), or when its chunk could not be
 * fetched (an alert with Try again). Shown for a fraction of a second on a first visit; after that the
 * service worker serves every chunk, offline too.
 */
export function ChunkStatus({ what, failed, retry, className }: ChunkStatusProps) {
  if (!failed) return <p className={className ? `loading ${className}` : 'loading'}>Loading {what}…</p>;
  return (
    <div role="alert" className="error-box">
      <p>
        Could not load {what}. The network may be down and this part of Edge Sizer is not saved for offline
        use yet. Your answers are kept.
      </p>
      <button type="button" className="button" onClick={retry}>
        Try again
      </button>
    </div>
  );
}
