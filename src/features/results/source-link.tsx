/** Display text for a URL: host and path, shortened in the middle when long. */
export function shortUrl(url: string, max = 60): string {
  const text = url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
  if (text.length <= max) return text;
  const parts = text.split('/');
  const host = parts[0] ?? '';
  const tail = parts.slice(-2).join('/');
  const short = `${host}/…/${tail}`;
  return short.length <= max + 10 ? short : `${text.slice(0, max - 1)}…`;
}

function OneSource({ source }: { source: string }) {
  if (!/^https?:\/\/\S+$/i.test(source)) return <span className="source-text">{source}</span>;
  return (
    <a href={source} target="_blank" rel="noreferrer" className="source-link">
      {shortUrl(source)}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

/**
 * A source: a link (new tab) when it is a URL, plain text when it describes a measurement or an answer.
 * Several sources separated by " ; " become several links.
 */
export function SourceLink({ source }: { source: string }) {
  const parts = source
    .split(/\s+;\s+|;\s+(?=https?:)/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length <= 1) return <OneSource source={source.trim()} />;
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 ? '; ' : ''}
          <OneSource source={part} />
        </span>
      ))}
    </>
  );
}
