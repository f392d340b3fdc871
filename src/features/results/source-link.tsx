/** A source: a link (new tab) when it is a URL, plain text when it describes a measurement or an answer. */
export function SourceLink({ source }: { source: string }) {
  if (!/^https?:\/\//i.test(source)) return <span className="source-text">{source}</span>;
  const text = source.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
  return (
    <a href={source} target="_blank" rel="noreferrer" className="source-link">
      {text}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
