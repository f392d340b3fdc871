/**
 * Live results: requirements with their ranges and "Why this number?", the device ladder, compatibility
 * findings and charts. A pure function of its props (no store): the app passes `estimate(answers)`.
 */
import { lazy, Suspense, useId, useMemo } from 'react';
import type { Answers } from '../../domain/answers.ts';
import { DEVICES } from '../../domain/catalog/devices.ts';
import { PRICES_AS_OF } from '../../domain/catalog/prices.ts';
import { SUPPORT_DATA_CHECKED } from '../../domain/compat/os-support.ts';
import type { Device, Estimate } from '../../domain/types.ts';
import { BreakdownFigure } from '../../components/charts/breakdown-figure.tsx';
import { ruledOutBy, utilisationRows } from '../../components/charts/chart-data.ts';
import { formatNumber, formatQuantity } from '../../domain/vocabulary/format.ts';
import { deviceRows, GRADING_RULE, PRICE_RULE } from '../../domain/report/device-rows.ts';
import { buildCpuConfidence, buildStorageWearReport } from '../../domain/report/storage-wear-report.ts';
import { StorageWearTables } from '../../components/storage-wear-tables.tsx';
import { Disclosure } from '../../components/ui/disclosure.tsx';
import { UtilisationFigure } from '../../components/charts/utilisation-figure.tsx';
import { hostingHeadline } from '../../domain/report/hosting-rows.ts';
import { buildFleetReport } from '../../domain/report/fleet-report.ts';
import { DeviceLadder, type LadderEntry } from './device-ladder.tsx';
import { HostingSection } from './hosting-section.tsx';
import { FindingsList } from './findings-list.tsx';
import { liveSummaryText } from './live-summary.ts';
import { RequirementCard } from './requirement-card.tsx';
import { useDebounced } from './use-debounced.ts';
import '../../components/charts/charts.css';
import './results.css';

export interface ResultsPanelProps {
  answers: Answers;
  estimate: Estimate;
  /** Called with a finding's field path (e.g. "platform.architecture") when the user asks to change it. */
  onEditField?: (path: string) => void;
  /** Device catalog to look suggestions up in; defaults to the app's catalog. */
  catalog?: readonly Device[];
  /** Delay before the live region speaks a change, in ms. */
  announceDelayMs?: number;
  /** The manifests view: its href, and what a plain click does (navigate in place). */
  manifests?: { href: string; open: () => void };
}

const REQUIREMENT_ORDER = ['cpu', 'ram', 'storage', 'buffer', 'uplink'] as const;

/** The fleet plan's section: its own chunk, fetched only once the user plans a fleet (budget.planFleet). */
const FleetSection = lazy(() => import('./fleet-section.tsx').then((m) => ({ default: m.FleetSection })));

export function ResultsPanel({
  answers,
  estimate,
  onEditField,
  catalog = DEVICES,
  announceDelayMs = 1000,
  manifests,
}: ResultsPanelProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const summary = useDebounced(liveSummaryText(estimate, catalog), announceDelayMs);
  const recommended = catalog.find((d) => d.id === estimate.recommendedDeviceId);
  const errors = estimate.findings.filter((f) => f.severity === 'error').length;
  const rows = utilisationRows(estimate.suggestions, catalog, estimate.recommendedDeviceId);
  const ladder = useMemo(() => deviceRows(estimate, answers, catalog), [estimate, answers, catalog]);
  const entries = useMemo<LadderEntry[]>(
    () =>
      ladder.map((row) => {
        const suggestion = estimate.suggestions.find((s) => s.deviceId === row.deviceId);
        return {
          row,
          priceUsd: catalog.find((d) => d.id === row.deviceId)?.priceUsd ?? Number.POSITIVE_INFINITY,
          // Over budget is its own state beside the grade (row.overBudgetText), not a ruling-out by capacity.
          ruledOut: suggestion && ruledOutBy(suggestion) !== 'Over budget' ? ruledOutBy(suggestion) : null,
        };
      }),
    [ladder, estimate, catalog],
  );
  const { verdict } = estimate;
  const cpuConfidence = buildCpuConfidence(estimate);
  const wear = buildStorageWearReport(estimate, catalog);
  // In a VM the headline is the VM size or the Azure VM size (hosting-section.tsx); the board ladder is secondary.
  const hosted = hostingHeadline(estimate);
  const noneFits = hosted === null ? !recommended : estimate.azureVms?.recommendedId === null;
  const fleet = useMemo(() => buildFleetReport(answers, estimate, catalog), [answers, estimate, catalog]);

  return (
    <section className="results" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>Your estimate</h2>
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {summary}
      </div>

      <div className={`results-headline${noneFits ? ' none-fits' : ''}`}>
        {hosted !== null ? (
          <p>
            <span className="headline-label">
              {estimate.vmSize ? `Virtual machine on ${estimate.vmSize.hypervisor}` : 'Azure virtual machine'}
            </span>{' '}
            <strong className="headline-device">{hosted}</strong>
          </p>
        ) : recommended ? (
          <>
            <p>
              <span className="headline-label">Recommended device</span>{' '}
              <strong className="headline-device">{recommended.name}</strong>
              <span className="headline-binding"> {verdict.sentence}</span>
            </p>
            {verdict.stepUp || verdict.stepDown ? (
              <ul className="headline-neighbours" aria-label="Neighbours of the recommended device">
                {verdict.stepUp ? <li>{verdict.stepUp.sentence}</li> : null}
                {verdict.stepDown ? <li>{verdict.stepDown.sentence}</li> : null}
              </ul>
            ) : null}
            {manifests ? (
              <p className="headline-manifest">
                <a
                  href={manifests.href}
                  onClick={(event) => {
                    if (
                      event.button !== 0 ||
                      event.metaKey ||
                      event.ctrlKey ||
                      event.shiftKey ||
                      event.altKey
                    )
                      return;
                    event.preventDefault();
                    manifests.open();
                  }}
                >
                  Export a tuned manifest for this device
                </a>
              </p>
            ) : null}
          </>
        ) : (
          <>
            <p>
              <strong>{verdict.sentence}</strong> See the ladder for what limits each device.
            </p>
            {verdict.closest.length > 0 ? (
              <>
                <p className="headline-closest">The closest devices and what each lacks:</p>
                <ul className="headline-closest-list">
                  {verdict.closest.map((c) => (
                    <li key={c.deviceId}>{c.sentence}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        )}
        {errors > 0 ? (
          <p className="headline-errors">
            <span aria-hidden="true">✕ </span>
            {errors} compatibility {errors === 1 ? 'error' : 'errors'}: see Compatibility below.
          </p>
        ) : null}
        <p className="headline-dates">
          Support data checked on {SUPPORT_DATA_CHECKED};{' '}
          {estimate.azureVms
            ? 'Azure VM prices: see Azure VM sizes.'
            : `prices as of ${PRICES_AS_OF} (±30 %).`}
        </p>
      </div>

      <section className="results-section" aria-labelledby={`${uid}-req`}>
        <h3 id={`${uid}-req`}>Requirements</h3>
        <p className="section-note">Typical value, with the low–high range. Headroom is included.</p>
        <div className="req-grid">
          {REQUIREMENT_ORDER.map((id) => (
            <RequirementCard
              key={id}
              requirement={estimate.requirements[id]}
              assumptions={estimate.assumptions}
              headingId={`${uid}-req-${id}`}
              {...(id === 'cpu' ? { confidence: cpuConfidence } : {})}
            />
          ))}
        </div>
        {estimate.acceleratorTops.typical > 0 ? (
          <p className="req-extra">
            Accelerator: {formatNumber(estimate.acceleratorTops.typical)} TOPS (INT8) typical, range{' '}
            {formatNumber(estimate.acceleratorTops.low)}–{formatNumber(estimate.acceleratorTops.high)} TOPS.
          </p>
        ) : null}
        {estimate.eflowVm ? (
          <p className="req-extra">
            EFLOW Linux VM (if a serviced EFLOW returns): {formatQuantity(estimate.eflowVm.memoryMiB, 'MiB')}{' '}
            memory, {estimate.eflowVm.cpuCount} {estimate.eflowVm.cpuCount === 1 ? 'vCPU' : 'vCPUs'},{' '}
            {formatQuantity(estimate.eflowVm.diskGB, 'GB')} disk: <code>{estimate.eflowVm.command}</code>.
            Windows keeps {formatQuantity(estimate.eflowVm.hostFreeRamMiB, 'MiB')} RAM and{' '}
            {formatQuantity(estimate.eflowVm.hostFreeDiskGB, 'GB')} disk free besides it.
          </p>
        ) : null}
      </section>

      <HostingSection estimate={estimate} idPrefix={uid} />

      <section className="results-section" aria-labelledby={`${uid}-findings`}>
        <h3 id={`${uid}-findings`}>Compatibility</h3>
        <FindingsList findings={estimate.findings} {...(onEditField ? { onEditField } : {})} />
      </section>

      {estimate.azureVms ? null : (
        <section className="results-section" aria-labelledby={`${uid}-ladder`}>
          <h3 id={`${uid}-ladder`}>{estimate.vmSize ? 'Hosts for the VM' : 'Device ladder'}</h3>
          {estimate.vmSize ? (
            <p className="section-note">
              Secondary: the host must have room for this VM plus the hypervisor (see Virtual machine size).
              The grades below compare each device with the VM&apos;s needs, not with the hypervisor&apos;s
              overhead on top.
            </p>
          ) : null}
          <p className="section-note">
            Fit: {GRADING_RULE.fit}. Tight: {GRADING_RULE.tight}. Insufficient: {GRADING_RULE.insufficient}.{' '}
            {PRICE_RULE}
          </p>
          <DeviceLadder entries={entries} />
        </section>
      )}

      {wear ? (
        <section className="results-section" aria-labelledby={`${uid}-wear`}>
          <h3 id={`${uid}-wear`}>Storage wear</h3>
          <p className="wear-summary">{wear.summary}</p>
          <Disclosure
            className="why"
            summary={<>Storage life of every device, and what is written each day</>}
          >
            {() => <StorageWearTables wear={wear} idPrefix={`${uid}-wear`} showSummary={false} />}
          </Disclosure>
        </section>
      ) : null}

      {fleet ? (
        <Suspense fallback={<p className="loading">Loading the fleet plan…</p>}>
          <FleetSection fleet={fleet} headingId={`${uid}-fleet`} />
        </Suspense>
      ) : null}

      <section className="results-section" aria-labelledby={`${uid}-charts`}>
        <h3 id={`${uid}-charts`}>Charts</h3>
        <div className="chart-grid">
          <BreakdownFigure requirement={estimate.requirements.ram} deferUntilVisible />
          <BreakdownFigure requirement={estimate.requirements.storage} deferUntilVisible />
        </div>
        <UtilisationFigure rows={rows} deferUntilVisible />
      </section>
    </section>
  );
}
