/**
 * The report page: the pure ReportView plus the actions around it (print, download CSV / Markdown, back to
 * the wizard). It takes everything as props; the app computes the estimate and the share link.
 */
import { downloadText } from '../../lib/download-text.ts';
import { useEffect, useState } from 'react';
import type { Answers } from '../../domain/answers.ts';
import { reportFileName } from '../../domain/report/report-model.ts';
import type { Estimate } from '../../domain/types.ts';
import { visibleText } from '../../domain/visible-text.ts';
import { chartsDrawn } from '../../components/charts/draw-on-demand.ts';
import { preloadable } from '../../lib/preloadable.ts';
import '../../components/charts/charts.css';
import './report.css';
import { ReportView, type ReportDetail } from './report-view.tsx';

/** The CSV and Markdown writers (report-exports.ts): fetched when a Download button is about to be used. */
const EXPORTS = preloadable(() => import('./report-exports.ts'));

export interface ReportPageProps {
  answers: Answers;
  estimate: Estimate;
  shareUrl: string;
  generatedAt: Date;
  /** Where "Back to the wizard" leads (default: the wizard's first step). */
  backHref?: string;
  /** Called on a plain click of "Back to the wizard" instead of following backHref (same-tab navigation). */
  onBack?: () => void;
}

/**
 * Anything collapsed inside the report opens for printing and closes again afterwards
 * (after Lighthouse's report: expand on beforeprint, restore on afterprint).
 */
function useExpandForPrint(): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('.report details:not([open])')];
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}

/** The tab title names the scenario; browsers also use it as the file name of "Save as PDF". */
function useReportTitle(scenarioName: string): void {
  useEffect(() => {
    const previous = document.title;
    document.title = `Sizing report: ${visibleText(scenarioName.trim()) || 'Untitled scenario'} · Edge Sizer`;
    return () => {
      document.title = previous;
    };
  }, [scenarioName]);
}

export function ReportPage({ answers, estimate, shareUrl, generatedAt, backHref, onBack }: ReportPageProps) {
  useExpandForPrint();
  useReportTitle(answers.scenarioName);
  const meta = { shareUrl, generatedAt };
  const [detail, setDetail] = useState<ReportDetail>('full');
  const [exportProblem, setExportProblem] = useState<string | null>(null);
  const download = (
    kind: 'CSV' | 'Markdown',
    write: (exports: Awaited<ReturnType<typeof EXPORTS.load>>) => void,
  ) => {
    EXPORTS.load().then(
      (exports) => {
        setExportProblem(null);
        write(exports);
      },
      () =>
        setExportProblem(
          `Download ${kind} could not be loaded: the network may be down. Nothing was lost; try again.`,
        ),
    );
  };
  return (
    <div className="report-page">
      <div className="report-toolbar">
        <a
          className="report-button report-button--link"
          href={backHref ?? '#/wizard'}
          onClick={(event) => {
            // A modified click (new tab or window) follows the href, which carries the answers.
            if (
              !onBack ||
              event.button !== 0 ||
              event.metaKey ||
              event.ctrlKey ||
              event.shiftKey ||
              event.altKey
            )
              return;
            event.preventDefault();
            onBack();
          }}
        >
          Back to the wizard
        </a>
        <fieldset className="report-detail">
          <legend>Report length</legend>
          {(
            [
              ['summary', 'Summary'],
              ['full', 'Full report'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="report-detail-option">
              <input
                type="radio"
                name="report-detail"
                value={value}
                checked={detail === value}
                onChange={() => setDetail(value)}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className="report-button report-button--primary"
          onClick={() =>
            void chartsDrawn(document.querySelector('.report') ?? document).then(() => window.print())
          }
        >
          Print report
        </button>
        <button
          type="button"
          className="report-button"
          onPointerEnter={EXPORTS.prefetch}
          onFocus={EXPORTS.prefetch}
          onClick={() =>
            download('CSV', ({ toCsv }) =>
              // A byte-order mark makes Excel read the file as UTF-8 (en dashes, "×").
              downloadText(
                reportFileName(answers.scenarioName, generatedAt, 'csv'),
                `\uFEFF${toCsv(estimate, answers, undefined, meta)}`,
                'text/csv;charset=utf-8',
              ),
            )
          }
        >
          Download CSV
        </button>
        <button
          type="button"
          className="report-button"
          onPointerEnter={EXPORTS.prefetch}
          onFocus={EXPORTS.prefetch}
          onClick={() =>
            download('Markdown', ({ toMarkdown }) =>
              downloadText(
                reportFileName(answers.scenarioName, generatedAt, 'md'),
                toMarkdown(estimate, answers, meta),
                'text/markdown;charset=utf-8',
              ),
            )
          }
        >
          Download Markdown
        </button>
        {exportProblem ? (
          <p className="report-export-problem" role="alert">
            {exportProblem}
          </p>
        ) : null}
      </div>
      <ReportView
        answers={answers}
        estimate={estimate}
        shareUrl={shareUrl}
        generatedAt={generatedAt}
        detail={detail}
      />
    </div>
  );
}
