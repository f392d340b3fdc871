import { lazy, useMemo } from 'react';
import { useAnswers, useEstimate } from '../store/selectors.ts';

// The report is its own chunk: it is only fetched when the report view opens.
const ReportPage = lazy(() =>
  import('../features/report/report-page.tsx').then((module) => ({ default: module.ReportPage })),
);

/** The report view: the printable report for the current answers. */
export function ReportView() {
  const answers = useAnswers();
  const estimate = useEstimate();
  // The link as it stands when the report opens; url-sync keeps the fragment's payload current.
  const shareUrl = window.location.href;
  const generatedAt = useMemo(() => new Date(), []);
  return <ReportPage answers={answers} estimate={estimate} shareUrl={shareUrl} generatedAt={generatedAt} />;
}
