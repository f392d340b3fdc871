import { useState, type ReactNode } from 'react';

interface DisclosureProps {
  className?: string;
  summary: ReactNode;
  /** The body, rendered the first time the disclosure opens (and kept after). */
  children: () => ReactNode;
}

/**
 * A native <details>/<summary> whose body is built only once the user opens it. The live results hold a dozen
 * "Why …?" disclosures whose breakdowns and sourced assumptions were about 900 of the panel's 3,000 DOM
 * elements, rebuilt on every answer change while closed. Keyboard, screen-reader and open/close behaviour stay
 * the browser's own. Trade-off: the browser's find-in-page no longer sees text inside a disclosure never opened.
 */
export function Disclosure({ className, summary, children }: DisclosureProps) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className={className}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{summary}</summary>
      {opened ? children() : null}
    </details>
  );
}
