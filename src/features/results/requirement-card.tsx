import type { Assumption, Requirement } from '../../domain/types.ts';
import { formatRange, formatNumber } from '../../domain/vocabulary/format.ts';
import { COMPONENT_LABELS, CONFIDENCE_LABELS } from '../../domain/vocabulary/labels.ts';
import { BreakdownTable } from '../../components/breakdown-table.tsx';
import { Disclosure } from '../../components/ui/disclosure.tsx';
import { SourceLink } from './source-link.tsx';

function assumptionValue(a: Assumption): string {
  const unit = a.unit ? ` ${a.unit}` : '';
  const range =
    a.low !== undefined || a.high !== undefined
      ? ` (range ${formatNumber(a.low ?? a.value)}–${formatNumber(a.high ?? a.value)})`
      : '';
  return `${formatNumber(a.value)}${unit}${range}`;
}

/** The assumptions a requirement's breakdown was computed from, in first-use order. */
export function assumptionsFor(requirement: Requirement, assumptions: readonly Assumption[]): Assumption[] {
  const byId = new Map(assumptions.map((a) => [a.id, a]));
  const seen = new Set<string>();
  const out: Assumption[] = [];
  for (const item of requirement.breakdown) {
    for (const id of item.assumptionIds) {
      const a = byId.get(id);
      if (a && !seen.has(id)) {
        seen.add(id);
        out.push(a);
      }
    }
  }
  return out;
}

export interface RequirementCardProps {
  requirement: Requirement;
  assumptions: readonly Assumption[];
  headingId: string;
}

/** One requirement: typical figure, its range, and "Why this number?" with the breakdown and its sources. */
export function RequirementCard({ requirement, assumptions, headingId }: RequirementCardProps) {
  const f = formatRange(requirement.total, requirement.unit);
  const used = assumptionsFor(requirement, assumptions);
  return (
    <article className="req-card" aria-labelledby={headingId}>
      <h4 id={headingId} className="req-title">
        {requirement.label}
      </h4>
      <p className="req-figure">
        <span className="req-typical">{f.typical}</span> <span className="req-unit">{f.scale.unit}</span>{' '}
        <span className="req-typical-label">typical</span>
      </p>
      <p className="req-range">
        Range {f.low}–{f.high} {f.scale.unit} <span className="visually-hidden">(low to high)</span>
      </p>
      <Disclosure
        className="why"
        summary={
          <>
            Why this number?<span className="visually-hidden"> ({requirement.label})</span>
          </>
        }
      >
        {() => (
          <>
            <p className="why-explanation">{requirement.explanation}</p>
            <div
              className="table-scroll"
              tabIndex={0}
              role="group"
              aria-labelledby={`${headingId}-breakdown`}
            >
              <BreakdownTable
                captionId={`${headingId}-breakdown`}
                caption={
                  <>
                    {requirement.label} breakdown, in {f.scale.unitLong} ({f.scale.unit}); the total is the
                    sum of the shares
                  </>
                }
                rowHeader="Share"
                rows={requirement.breakdown.map((item) => ({
                  key: item.id,
                  header: (
                    <>
                      {item.label}
                      {COMPONENT_LABELS[item.component] !== item.label ? (
                        <span className="row-component"> {COMPONENT_LABELS[item.component]}</span>
                      ) : null}
                    </>
                  ),
                  ...formatRange(item.value, requirement.unit, f.scale),
                  detail: item.explanation,
                }))}
                total={f}
              />
            </div>
            {used.length > 0 ? (
              <>
                <h5 id={`${headingId}-assumptions`} className="why-subhead">
                  Assumptions behind {requirement.label}
                </h5>
                <ul className="assumption-list" aria-labelledby={`${headingId}-assumptions`}>
                  {used.map((a) => (
                    <li key={a.id}>
                      <p className="assumption-head">
                        <strong>{a.label}</strong>:{' '}
                        <span className="assumption-value">{assumptionValue(a)}</span>
                      </p>
                      {a.note ? <p className="assumption-note">{a.note}</p> : null}
                      <p className="assumption-meta">
                        <span>
                          Source: <SourceLink source={a.source} />
                        </span>{' '}
                        <span>Confidence: {CONFIDENCE_LABELS[a.confidence]}</span> <span>Read: {a.date}</span>
                      </p>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>No sourced constants are behind this figure: it follows from your answers alone.</p>
            )}
          </>
        )}
      </Disclosure>
    </article>
  );
}
