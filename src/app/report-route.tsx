import { useMemo } from 'react';
import { ReportPage } from '../features/report/report-page.tsx';
import { STEPS } from '../features/wizard/step-registry.ts';
import { useAnswers, useEstimate } from '../store/selectors.ts';
import { lastWizardStepId, navigate } from '../store/router.ts';
import { buildShareUrl } from '../store/url-sync.ts';

/**
 * The report route (#/report): the printable report for the current answers, read from the store. The pure report
 * itself is features/report/report-view.tsx (ReportView).
 *
 * - The printed link and its QR code are built from the answers shown (buildShareUrl), not read from the
 *   address bar, so they open exactly this report even while the URL's payload is being rewritten.
 * - "Back to the wizard" returns to the step the user left the wizard from; a report opened directly from a
 *   link returns to the last step (the one with "Open the report").
 */
export function ReportRoute() {
  const answers = useAnswers();
  const estimate = useEstimate();
  const generatedAt = useMemo(() => new Date(), []);
  const shareUrl = useMemo(() => buildShareUrl({ answers, view: 'report', stepId: null }), [answers]);
  const left = lastWizardStepId();
  const backStep = left === undefined ? (STEPS.at(-1)?.id ?? null) : left;
  const backHref = useMemo(
    () => buildShareUrl({ answers, view: 'wizard', stepId: backStep }),
    [answers, backStep],
  );
  return (
    <ReportPage
      answers={answers}
      estimate={estimate}
      shareUrl={shareUrl}
      generatedAt={generatedAt}
      backHref={backHref}
      onBack={() => navigate('wizard', backStep)}
    />
  );
}
