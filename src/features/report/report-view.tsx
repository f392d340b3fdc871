/**
 * The printable sizing report: a pure view of (answers, estimate, share link, date). No store access,
 * no effects: it renders the same way on screen, on paper, in a PDF and in a test. Every figure comes
 * from the shared report model (src/domain/report), which the CSV and Markdown exports render too.
 */
import { Fragment, type ReactNode } from 'react';
import type { Answers } from '../../domain/answers.ts';
import { DEVICES } from '../../domain/catalog/devices.ts';
import { GRADING_RULE, PRICE_RULE } from '../../domain/report/device-rows.ts';
import {
  NO_DEVICE_FITS,
  buildReportModel,
  type LadderRow,
  type ReportModel,
} from '../../domain/report/report-model.ts';
import { RESOURCES, type Device, type Estimate, type ResourceId } from '../../domain/types.ts';
import { BreakdownTable } from '../../components/breakdown-table.tsx';
import { BreakdownFigure } from '../../components/charts/breakdown-figure.tsx';
import { utilisationRows } from '../../components/charts/chart-data.ts';
import { UtilisationFigure } from '../../components/charts/utilisation-figure.tsx';
import { ConfidenceMark } from '../../components/confidence-mark.tsx';
import { StorageWearTables } from '../../components/storage-wear-tables.tsx';
import { qrImage } from './qr-code.ts';
import { ReportHosting } from './report-hosting.tsx';
import { LifecycleSection, NetworkSection } from './report-platform.tsx';
import { ReportFleet } from './report-fleet.tsx';

export interface ReportViewProps {
  answers: Answers;
  estimate: Estimate;
  shareUrl: string;
  generatedAt: Date;
  /** Device catalog the suggestions refer to (defaults to the app's catalog). */
  catalog?: readonly Device[];
  /**
   * How much to show (default 'full'). 'summary' keeps the title block, the requirements table, the
   * recommended device with the fit and tight devices only, and the findings: a few pages for a review.
   */
  detail?: ReportDetail;
}

/** The two lengths of the report (after Lighthouse's "print summary" / "print expanded"). */
export type ReportDetail = 'summary' | 'full';

/** Fixed chart size: fits the printable width of A4 and US Letter (about 700 px at 96 dpi) with margins. */
export const REPORT_CHART_WIDTH = 640;
/** Shown instead of the link when the scenario is too large for one. */
const NO_LINK =
  'No link: this scenario is too large for a share link. Use Export JSON (in the header) to share it as a file.';

const BREAKDOWN_CHART_HEIGHT = 130;
/**
 * A breakdown chart is narrower than the page so its table of the same numbers prints beside it rather than under
 * it (report.css, .report-requirement .chart-figure): the five breakdowns took five A4 pages with chart and table
 * stacked.
 */
const BREAKDOWN_CHART_WIDTH = 340;
/**
 * The utilisation chart grows with the ladder; on paper it must fit one page with its caption and legend
 * (A4 minus margins is about 1,000 px at 96 dpi), so it is capped and its bars get thinner instead. At 540 px it
 * takes about half a page, and it comes before the ladder table, which flows on after it (no half-empty page
 * before a chart that did not fit).
 */
const UTILISATION_CHART_MAX_HEIGHT = 540;
function utilisationHeight(devices: number, series: number): number {
  return Math.min(44 + devices * (series * 7 + 12), UTILISATION_CHART_MAX_HEIGHT);
}
/** QR code size in CSS px: at least 1.4 px per module so a printed code stays scannable. */
function qrSize(modules: number): number {
  return Math.round(Math.min(Math.max(112, modules * 1.4), 180));
}
/** Resources whose breakdown is also drawn: the three a device is graded on. */
const CHARTED: readonly ResourceId[] = ['cpu', 'ram', 'storage'];

function SourceText({ source }: { source: string }) {
  // URLs inside a source become links whose text is the URL itself, so a printed copy still shows them.
  const parts = source.split(/(https?:\/\/[^\s;,<>]*[^\s;,<>.)])/);
  return (
    <span className="report-source">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} className="report-url" href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </span>
  );
}

/**
 * The register's sources, numbered once in order of first use: each is printed once in the list under the register
 * and cited in its rows as [n]. Long web addresses (and the 30-odd "Edge Sizer estimate …" rows) took a line or two
 * of every entry.
 */
function numberSources(sources: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const s of sources) if (s.trim() !== '' && !numbers.has(s)) numbers.set(s, numbers.size + 1);
  return numbers;
}

/** A wide table scrolls sideways on a narrow screen; the region is focusable so keyboards can scroll it. */
function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="report-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

function GradeText({ row }: { row: LadderRow }) {
  return <span className={`report-grade report-grade--${row.grade}`}>{row.gradeLabel}</span>;
}

/** Findings as cards: severity, title, message, remedy and source. */
function FindingList({ findings }: { findings: ReportModel['findings'] }) {
  return (
    <ul className="report-findings">
      {findings.map((f) => (
        <li key={f.id} className={`report-card report-finding report-finding--${f.severity}`}>
          <p className="report-finding-title">
            <span className="report-severity">{f.severityLabel}:</span> <strong>{f.title}</strong>
          </p>
          <p>{f.message}</p>
          <p>
            <span className="report-label">Remedy:</span> {f.remedy}
          </p>
          {f.source ? (
            <p className="report-sources">
              <span className="report-label">Source:</span> <SourceText source={f.source} />
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * The report, section by section. Page 1 is the verdict: the recommended device with its grade and price, the
 * requirements (typical and range), the errors and warnings, and the QR code; the scenario's inputs follow, then
 * the breakdowns, the ladder and the platform; the assumptions register is the appendix.
 */
export function ReportView({
  answers,
  estimate,
  shareUrl,
  generatedAt,
  catalog = DEVICES,
  detail = 'full',
}: ReportViewProps) {
  const model = buildReportModel(estimate, answers, catalog, { shareUrl, generatedAt });
  // An empty shareUrl: the scenario is too large for a share link (url-sync.ts linkPayloadFor).
  const hasLink = shareUrl !== '';
  const qr = hasLink ? qrImage(shareUrl) : null;
  const full = detail === 'full';
  const allChartRows = full
    ? utilisationRows(estimate.suggestions, catalog, estimate.recommendedDeviceId)
    : [];
  // The chart draws the devices that could do the job by capacity; those ruled out whatever their capacity
  // (architecture, host OS, TPM, accelerator kind) are in the Device grades table under it. With all 36 devices
  // the 540 px chart's names overlapped and could not be read, on paper or on screen.
  const capable = allChartRows.filter((r) => r.ruledOut === null || r.ruledOut === 'Over budget');
  const chartRows = capable.length > 0 ? capable : allChartRows;
  const chartScope =
    chartRows.length < allChartRows.length
      ? `the ${chartRows.length} of ${allChartRows.length} devices not ruled out by architecture, host OS, TPM or ` +
        'accelerator; every device is in the Device grades table'
      : undefined;
  const serious = model.findings.filter((f) => f.severity !== 'info');
  const notes = model.findings.filter((f) => f.severity === 'info');
  const ladder = full
    ? model.ladder
    : model.ladder.filter((d) => d.grade !== 'insufficient' || d.recommended);
  const sourceNumbers = numberSources(model.assumptions.map((a) => a.source));

  return (
    <article className={full ? 'report' : 'report report--summary'} aria-labelledby="report-title">
      <header className="report-header">
        <div className="report-header-text">
          <p className="report-kicker">Edge Sizer · Azure IoT Edge hardware sizing</p>
          <h1 id="report-title">{model.title}</h1>
          <dl className="report-meta">
            <div>
              <dt>Generated</dt>
              <dd>{model.generatedAt}</dd>
            </div>
            <div>
              <dt>Model version</dt>
              <dd>{model.modelVersion}</dd>
            </div>
            <div>
              <dt>Support data checked on</dt>
              <dd>{model.supportDataChecked}</dd>
            </div>
            <div>
              <dt>Prices as of</dt>
              <dd>{model.pricesAsOf} (±30 %)</dd>
            </div>
            <div className="report-meta-link">
              <dt>Live scenario</dt>
              <dd>
                {hasLink ? (
                  <a className="report-url" href={model.shareUrl}>
                    {model.shareUrl}
                  </a>
                ) : (
                  NO_LINK
                )}
              </dd>
            </div>
          </dl>
        </div>
        {qr ? (
          <img
            className="report-qr"
            src={qr.dataUrl}
            width={qrSize(qr.modules)}
            height={qrSize(qr.modules)}
            alt="QR code linking to this scenario"
          />
        ) : hasLink ? (
          <p className="report-qr-note">
            The link is too long for a QR code; use the link printed beside it.
          </p>
        ) : null}
      </header>

      <ReportHosting estimate={estimate} />

      {/* In an Azure VM no board is bought: the board sections are hidden (the Azure VM section replaces them). */}
      <section className="report-section" aria-labelledby="report-recommended" hidden={!!estimate.azureVms}>
        <h2 id="report-recommended">
          {estimate.vmSize ? 'Recommended host for the VM' : 'Recommended device'}
        </h2>
        {model.recommended ? (
          <div className="report-card report-recommended">
            <p className="report-recommended-name">
              <strong>{model.recommended.row.name}</strong>: <GradeText row={model.recommended.row} />,{' '}
              {model.recommended.row.priceText}.
            </p>
            <p className="report-verdict">{model.verdict.sentence}</p>
            {model.verdict.neighbours.length > 0 ? (
              <ul className="report-neighbours" aria-label="Neighbours of the recommended device">
                {model.verdict.neighbours.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : (
          <div className="report-card">
            <p>{NO_DEVICE_FITS}</p>
            <p className="report-verdict">{model.verdict.sentence}</p>
            {model.verdict.closest.length > 0 ? (
              <>
                <p>The closest devices and what each lacks:</p>
                <ul className="report-closest">
                  {model.verdict.closest.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        )}
      </section>

      <section className="report-section" aria-labelledby="report-requirements">
        <h2 id="report-requirements">Requirements</h2>
        <p className="report-intro">
          Low, typical and high; typical and high include the headroom you chose. CPU is in reference cores
          (one Cortex-A72 core at 1.5 GHz, a Raspberry Pi 4 core). The grading rule is with the device ladder.
        </p>
        <TableScroll label="Requirements, low to high">
          <BreakdownTable
            className="report-table report-table--numbers"
            caption="Requirements, low to high"
            rowHeader="Resource"
            detailHeader="Unit"
            rows={[
              ...model.requirements.map((r) => ({
                key: r.resource,
                header: r.label,
                low: r.low,
                typical: r.typical,
                high: r.high,
                detail: r.unit,
              })),
              ...(model.accelerator
                ? [
                    {
                      key: 'accelerator',
                      header: 'Accelerator throughput',
                      low: model.accelerator.low,
                      typical: model.accelerator.typical,
                      high: model.accelerator.high,
                      detail: model.accelerator.unit,
                    },
                  ]
                : []),
            ]}
          />
        </TableScroll>
        <ConfidenceMark
          level={model.cpuConfidence.level}
          label={`CPU: ${model.cpuConfidence.label.toLowerCase()}`}
          text={model.cpuConfidence.text}
        />
        {model.eflowVm ? (
          <div className="report-card">
            <h3 id="report-eflow">EFLOW Linux VM</h3>
            <table className="report-table report-table--pairs" aria-labelledby="report-eflow">
              <tbody>
                {model.eflowVm.map((e) => (
                  <tr key={e.label}>
                    <th scope="row">{e.label}</th>
                    <td>{e.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <section className="report-section report-page1-findings" aria-labelledby="report-findings">
        <h2 id="report-findings">Compatibility findings</h2>
        {model.findings.length === 0 ? (
          <p>No compatibility problems were found for these answers.</p>
        ) : serious.length === 0 ? (
          <p>
            No errors or warnings. {notes.length} information {notes.length === 1 ? 'note' : 'notes'} follow
            the scenario.
          </p>
        ) : (
          <FindingList findings={serious} />
        )}
      </section>
      <ReportFleet
        answers={answers}
        estimate={estimate}
        catalog={catalog}
        chartWidth={REPORT_CHART_WIDTH}
        chart={full}
      />
      {full ? (
        <section className="report-section" aria-labelledby="report-scenario">
          <h2 id="report-scenario">Scenario</h2>
          <div className="report-answers">
            {model.answers.map((section) => (
              <div className="report-card report-answer-group" key={section.id}>
                <h3 id={`report-answers-${section.id}`}>{section.title}</h3>
                <table
                  className="report-table report-table--pairs"
                  aria-labelledby={`report-answers-${section.id}`}
                >
                  <tbody>
                    {section.items.map((item) => (
                      <tr key={`${item.path}:${item.label}`}>
                        <th scope="row">{item.label}</th>
                        <td>{item.value}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
          </div>
        </section>
      ) : null}

      {notes.length > 0 ? (
        <section className="report-section" aria-labelledby="report-notes">
          <h2 id="report-notes">Compatibility notes</h2>
          <p className="report-intro">Findings of information severity: nothing to fix, but worth knowing.</p>
          <FindingList findings={notes} />
        </section>
      ) : null}
      {full ? (
        <section className="report-section" aria-labelledby="report-breakdowns">
          <h2 id="report-breakdowns">How each requirement is made up</h2>
          <p className="report-intro report-cpu-calibration">{model.cpuConfidence.calibration}</p>
          {(full ? RESOURCES : []).map((resource) => {
            const r = model.requirements.find((row) => row.resource === resource);
            if (!r) return null;
            return (
              <div className="report-requirement" key={resource}>
                <h3 id={`report-req-${resource}`}>
                  {r.label}: {r.typical} {r.unit} typical
                </h3>
                <p className="report-intro">{r.explanation}</p>
                <TableScroll label={`${r.label} breakdown`}>
                  <BreakdownTable
                    className="report-table report-table--numbers report-table--breakdown"
                    caption={
                      <>
                        {r.label} breakdown, in {r.unitLong} ({r.unit})
                      </>
                    }
                    rowHeader="Share"
                    detailHeader="How it is computed"
                    detailClassName="report-text-cell"
                    rows={r.breakdown.map((b) => ({
                      key: b.id,
                      header: (
                        <>
                          {b.label}
                          <span className="report-muted"> ({b.component})</span>
                        </>
                      ),
                      low: b.low,
                      typical: b.typical,
                      high: b.high,
                      detail: (
                        <>
                          {b.explanation}
                          {b.assumptionIds.length > 0 ? (
                            <span className="report-muted"> Assumptions: {b.assumptionIds.join(', ')}.</span>
                          ) : null}
                        </>
                      ),
                    }))}
                    total={r}
                  />
                </TableScroll>
                {CHARTED.includes(resource) ? (
                  <div className="report-chart">
                    <BreakdownFigure
                      requirement={estimate.requirements[resource]}
                      width={BREAKDOWN_CHART_WIDTH}
                      height={BREAKDOWN_CHART_HEIGHT}
                      animate={false}
                      tableMode="visible"
                    />
                  </div>
                ) : null}
              </div>
            );
          })}
        </section>
      ) : null}
      {full && model.recommended && !estimate.azureVms ? (
        <section className="report-section" aria-labelledby="report-recommended-detail">
          <h2 id="report-recommended-detail">The {model.recommended.row.name} in detail</h2>
          {model.recommended.specs.length > 0 ? (
            <table className="report-table report-table--pairs">
              <caption>Specification of the {model.recommended.row.name}</caption>
              <tbody>
                {model.recommended.specs.map((s) => (
                  <tr key={s.label}>
                    <th scope="row">{s.label}</th>
                    <td>{s.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {model.recommended.row.reasons.length > 0 ? (
            <ul>
              {model.recommended.row.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : null}
          {model.recommended.sources.length > 0 ? (
            <p className="report-sources">
              Sources:{' '}
              {model.recommended.sources.map((s, i) => (
                <span key={s}>
                  {i > 0 ? ', ' : ''}
                  <SourceText source={s} />
                </span>
              ))}
            </p>
          ) : null}
        </section>
      ) : null}
      <section className="report-section" aria-labelledby="report-ladder" hidden={!!estimate.azureVms}>
        <h2 id="report-ladder">{full ? 'Device ladder' : 'Devices that fit'}</h2>
        <p className="report-intro">
          {full
            ? 'Every device of the catalog, smallest to largest.'
            : `The fit and tight devices of the ${model.ladder.length}-device catalog, smallest to largest.`}{' '}
          Fit: {GRADING_RULE.fit}. Tight: {GRADING_RULE.tight}. Insufficient: {GRADING_RULE.insufficient}.
          Utilisation is the typical requirement with headroom divided by the device&apos;s usable capacity;
          the binding constraint decided the grade.
        </p>
        {chartRows.length > 0 ? (
          <div className="report-chart report-ladder-chart">
            <UtilisationFigure
              rows={chartRows}
              width={REPORT_CHART_WIDTH}
              height={utilisationHeight(
                chartRows.length,
                chartRows.some((r) => r.accelerator !== undefined) ? 4 : 3,
              )}
              animate={false}
              tableMode="details"
              {...(chartScope ? { scope: chartScope } : {})}
            />
          </div>
        ) : null}
        {ladder.length === 0 ? <p>No device of the catalog is fit or tight for these requirements.</p> : null}
        {ladder.length > 0 ? (
          <TableScroll label={full ? 'Device grades' : 'Fit and tight devices'}>
            <table className="report-table report-table--numbers report-table--ladder">
              <caption>{full ? 'Device grades' : 'Fit and tight devices'}</caption>
              <thead>
                <tr>
                  <th scope="col">Device</th>
                  <th scope="col">Grade</th>
                  <th scope="col">Binding constraint</th>
                  <th scope="col">CPU</th>
                  <th scope="col">RAM</th>
                  <th scope="col">Storage</th>
                  {model.accelerator ? <th scope="col">Accelerator</th> : null}
                  <th scope="col">Price</th>
                  <th scope="col">In budget</th>
                </tr>
              </thead>
              <tbody>
                {ladder.map((d) => (
                  <tr key={d.deviceId} className={d.recommended ? 'report-row--recommended' : undefined}>
                    <th scope="row">
                      {d.name}
                      {d.recommended ? <strong> (recommended)</strong> : null}
                      <span className="report-muted report-block">{d.deviceClass}</span>
                    </th>
                    <td>
                      <GradeText row={d} />
                    </td>
                    <td>{d.binding}</td>
                    <td>{d.cpu}</td>
                    <td>{d.ram}</td>
                    <td>{d.storage}</td>
                    {model.accelerator ? <td>{d.accelerator}</td> : null}
                    <td>{d.price}</td>
                    <td>{d.withinBudget}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : null}
        {/* Under the table whose Price column carries the "(estimate)" marks, with the prices' date. */}
        {ladder.length > 0 ? (
          <p className="report-table-note">
            {PRICE_RULE} Prices as of {model.pricesAsOf} (±30 %).
          </p>
        ) : null}
      </section>

      {model.storageWear ? (
        <section className="report-section" aria-labelledby="report-wear">
          <h2 id="report-wear">Storage wear</h2>
          {full ? (
            <StorageWearTables
              wear={model.storageWear}
              idPrefix="report-wear"
              tableClassName="report-table"
            />
          ) : (
            <p className="wear-summary">
              {model.storageWear.summary} Every device&apos;s storage life is in the full report.
            </p>
          )}
        </section>
      ) : null}

      <LifecycleSection model={model} chartWidth={REPORT_CHART_WIDTH} chart={full} />
      <NetworkSection model={model} compact={!full} />

      {full ? (
        <section className="report-section report-appendix" aria-labelledby="report-assumptions">
          <h2 id="report-assumptions">Assumptions and sources</h2>
          <p>
            Every constant the model used, with its value (and range), the confidence in it, when the source
            was read and the source. A number in brackets is a source in the numbered list under the register.
          </p>
          <table className="report-table report-table--assumptions">
            <caption>Assumptions register ({model.assumptions.length} entries)</caption>
            <thead>
              <tr>
                <th scope="col">Assumption</th>
                <th scope="col">Value</th>
                <th scope="col">Confidence</th>
                <th scope="col">Date</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {model.assumptions.map((a) => (
                <Fragment key={a.id}>
                  <tr className={a.note ? 'report-row--has-note' : undefined}>
                    <th scope="row">
                      {a.label}
                      <span className="report-muted report-block">{a.id}</span>
                    </th>
                    <td>
                      {a.valueWithUnit}
                      {a.range ? <span className="report-muted report-block">range {a.range}</span> : null}
                    </td>
                    <td>{a.confidence}</td>
                    <td>{a.date}</td>
                    <td className="report-text-cell">
                      {sourceNumbers.has(a.source) ? (
                        <a
                          className="report-source-ref"
                          href={`#report-source-${sourceNumbers.get(a.source)}`}
                          aria-label={`Source ${sourceNumbers.get(a.source)}`}
                        >
                          [{sourceNumbers.get(a.source)}]
                        </a>
                      ) : (
                        <SourceText source={a.source} />
                      )}
                    </td>
                  </tr>
                  {a.note ? (
                    <tr className="report-note-row">
                      <td colSpan={5} className="report-muted">
                        {a.note}
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </table>
          {sourceNumbers.size > 0 ? (
            <>
              <h3 id="report-source-list">Sources of the assumptions</h3>
              <ol className="report-source-list" aria-labelledby="report-source-list">
                {[...sourceNumbers.keys()].map((source, i) => (
                  <li key={source} id={`report-source-${i + 1}`}>
                    <SourceText source={source} />
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </section>
      ) : (
        <p className="report-section report-pointer">
          Full breakdowns and the {model.assumptions.length} sourced assumptions are in the full report (same
          link).
        </p>
      )}

      <footer className="report-footer">
        <p>
          Made with Edge Sizer, model {model.modelVersion}, on {model.generatedAt}.{' '}
          {hasLink ? (
            <>
              Open the live scenario: <span className="report-url">{model.shareUrl}</span>
            </>
          ) : (
            NO_LINK
          )}
        </p>
      </footer>
    </article>
  );
}
