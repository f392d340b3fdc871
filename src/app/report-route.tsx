import { useEffect, useMemo, useState } from 'react';
import { DeferChartsContext, drawAllCharts } from '../components/charts/draw-on-demand.ts';
import { ReportPage } from '../features/report/report-page.tsx';
import { onFirstInput } from '../lib/preloadable.ts';
import { STEPS } from '../features/wizard/step-registry.ts';
import { useAnswers, useEstimate } from '../store/selectors.ts';
import { lastWizardStepId, navigate } from '../store/router.ts';
import { buildShareUrl, linkPayloadFor } from '../store/write-url.ts';

/**
 * The report route (#/report): the printable report for the current answers, read from the store. The pure report
 * itself is features/report/report-view.tsx (ReportView).
 *
 * - The printed link and its QR code are built from the answers shown (buildShareUrl), not read from the
 *   address bar, so they open exactly this report even while the URL's payload is being rewritten.
 * - "Back to the wizard" returns to the step the user left the wizard from; a report opened directly from a
 *   link returns to the last step (the one with "Open the report").
 * - A report opened from a link, before any input on the page, draws its charts (and fetches the charting
 *   library) only as they come near the viewport, or at the reader's first input (a scroll, a key, a tap),
 *   or to print: page 1 is text and tables, so the link pays for them only when they are about to be seen.
 *   Opened from the wizard (the page has had input), it draws them at once.
 */
export function ReportRoute() {
  const answers = useAnswers();
  const estimate = useEstimate();
  const generatedAt = useMemo(() => new Date(), []);
  // '' when the scenario is too large for a link: the report then says so instead of printing one.
  const shareUrl = useMemo(() => {
    const state = { answers, view: 'report' as const, stepId: null };
    return linkPayloadFor(state) === null ? '' : buildShareUrl(state);
  }, [answers]);
  // The browser's sticky user activation: false on a page opened from a link that has had no input yet.
  const [deferCharts] = useState(() => !(navigator.userActivation?.hasBeenActive ?? true));
  useEffect(() => (deferCharts ? onFirstInput(drawAllCharts) : undefined), [deferCharts]);
  const left = lastWizardStepId();
  const backStep = left === undefined ? (STEPS.at(-1)?.id ?? null) : left;
  const backHref = useMemo(
    () => buildShareUrl({ answers, view: 'wizard', stepId: backStep }),
    [answers, backStep],
  );
  return (
    <DeferChartsContext value={deferCharts}>
      <ReportPage
        answers={answers}
        estimate={estimate}
        shareUrl={shareUrl}
        generatedAt={generatedAt}
        backHref={backHref}
        onBack={() => navigate('wizard', backStep)}
      />
    </DeferChartsContext>
  );
}
