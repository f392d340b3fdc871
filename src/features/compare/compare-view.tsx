import { downloadText } from '../../lib/download-text.ts';
import { LinkProblem } from '../../components/ui/link-problem.tsx';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { LIMITS, type Answers } from '../../domain/answers.ts';
import {
  MAX_COMPARED,
  MIN_COMPARED,
  RULE_TEXT,
  compareScenarios,
  type CompareRow,
  type Comparison,
} from '../../domain/compare/compare.ts';
import {
  comparisonCsv,
  comparisonFileName,
  comparisonMarkdown,
} from '../../domain/compare/compare-export.ts';
import { MODEL_VERSION } from '../../domain/model-version.ts';
import { formatDateTime } from '../../domain/vocabulary/format.ts';
import { useAppStore } from '../../store/app-store.ts';
import type { SavedScenario } from '../../store/scenarios.ts';
import {
  comparedOf,
  compareUrl,
  configureCompare,
  currentEntry,
  dismissLinkMessage,
  loadComparison,
  saveLinkScenarios,
  savedEntry,
  syncCompareUrl,
  setEntries,
  toggleEntry,
  useCompareStore,
  type CompareDeps,
  type CompareEntry,
} from './compare-store.ts';
import './compare.css';

const GROUP_LABELS: Record<CompareRow['group'], string> = {
  requirements: 'Requirements (with headroom)',
  device: 'The device to buy',
  findings: 'Findings',
  fleet: 'Fleet and cost',
};

/**
 * #/compare: 2–4 scenarios side by side (the current one, saved ones, or those a compare link brought), with the
 * differences highlighted and the best value of each row marked in words. Shared as one link, printed on A4 or
 * Letter, and downloaded as CSV or Markdown.
 */
export function CompareView({ deps }: { deps: CompareDeps }) {
  configureCompare(deps);
  const current = useAppStore((s) => s.answers);
  const saved = deps.useScenarios();
  const entries = useCompareStore((s) => s.entries);
  const linkMessage = useCompareStore((s) => s.linkMessage);
  const notices = useCompareStore((s) => s.notices);
  const savedRef = useRef(saved);
  useEffect(() => {
    savedRef.current = saved;
  }, [saved]);

  useEffect(() => {
    const open = () => {
      if (useAppStore.getState().view !== 'compare') return;
      loadComparison(useAppStore.getState().answers, savedRef.current);
      syncCompareUrl(useAppStore.getState().answers);
    };
    open();
    // A compare link pasted into the address bar while the view is open.
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, [deps]);

  // The current scenario is compared live: the link follows its edits.
  useEffect(() => {
    if (entries?.some((e) => e.source.kind === 'current')) syncCompareUrl(current);
  }, [current, entries]);

  const compared = useMemo(() => comparedOf(entries ?? [], current), [entries, current]);
  if (entries === null) return <p role="status">Opening the comparison…</p>;
  return (
    <div className="compare-view">
      <h2>Compare scenarios</h2>
      <p className="compare-view__intro no-print">
        Weigh two to four designs side by side: a gateway per line or one industrial PC per hall, with or
        without a GPU. Each is estimated with the same model and catalog. Rows that differ are highlighted and
        say so; the best value of a row is marked “best”, by the rule the row states.
      </p>
      {linkMessage ? (
        <LinkProblem
          error={linkMessage.error}
          problems={linkMessage.problems}
          onDismiss={dismissLinkMessage}
        />
      ) : null}
      {notices.map((n, i) => (
        <p key={i} className="compare-hint">
          {n}
        </p>
      ))}
      <ComparePicker entries={entries} current={current} saved={saved} deps={deps} />
      {compared.length >= MIN_COMPARED ? (
        <CompareResult compared={compared} entries={entries} deps={deps} />
      ) : (
        <p className="compare-hint" role="status">
          Choose at least {MIN_COMPARED} scenarios to compare. No saved scenario yet? Use “Copy this scenario
          as a variant”, then change the current scenario in the wizard.
        </p>
      )}
    </div>
  );
}

function ComparePicker(props: {
  entries: readonly CompareEntry[];
  current: Answers;
  saved: readonly SavedScenario[];
  deps: CompareDeps;
}) {
  const { entries, current, saved, deps } = props;
  const id = useId();
  const [said, setSaid] = useState('');
  const chosen = new Set(entries.map((e) => e.key));
  const full = entries.length >= MAX_COMPARED;
  const options: CompareEntry[] = [
    currentEntry(current),
    ...saved.map(savedEntry),
    ...entries.filter((e) => e.source.kind === 'link'),
  ];
  const labelOf = (e: CompareEntry) =>
    e.source.kind === 'current'
      ? `The current scenario: ${e.scenario.name}`
      : e.source.kind === 'link'
        ? `From the link: ${e.scenario.name}`
        : `Saved: ${e.scenario.name}`;
  const copyAsVariant = () => {
    // The answers as they are now are saved under the scenario's name (the original, kept as it is), and the
    // current scenario becomes the variant: renamed, compared live, and changed in the wizard.
    const base = current.scenarioName.trim() || 'Current scenario';
    const result = deps.saveScenario(base, current);
    if (!result.ok) {
      setSaid(result.error);
      return;
    }
    const taken = new Set([...saved.map((s) => s.name), result.scenario.name]);
    let n = 1;
    while (taken.has(`${base} (variant ${n})`)) n += 1;
    const variant = `${base} (variant ${n})`.slice(0, LIMITS.nameLength);
    deps.renameCurrent(variant);
    const rest = entries.filter((e) => e.source.kind !== 'current');
    setEntries(
      [savedEntry(result.scenario), currentEntry({ ...current, scenarioName: variant }), ...rest].slice(
        0,
        MAX_COMPARED,
      ),
      { ...current, scenarioName: variant },
    );
    setSaid(
      `Saved the answers as “${result.scenario.name}”. The current scenario is now “${variant}”: change it in the wizard, and this comparison follows.`,
    );
  };
  const hasLink = entries.some((e) => e.source.kind === 'link');
  return (
    <section className="compare-picker no-print" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Scenarios</h3>
      <fieldset>
        <legend>
          Compare {MIN_COMPARED} to {MAX_COMPARED} scenarios ({entries.length} chosen)
        </legend>
        <ul className="compare-picker__list">
          {options.map((e) => {
            const on = chosen.has(e.key);
            return (
              <li key={e.key}>
                <label>
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={!on && full}
                    aria-describedby={!on && full ? `${id}-full` : undefined}
                    onChange={(event) => toggleEntry(e, event.target.checked, current)}
                  />
                  {labelOf(e)}
                </label>
              </li>
            );
          })}
        </ul>
        {full ? (
          <p id={`${id}-full`} className="compare-hint">
            {MAX_COMPARED} scenarios are chosen, the most a comparison holds: clear one to choose another.
          </p>
        ) : null}
      </fieldset>
      <div className="compare-actions">
        <button type="button" className="button" onClick={copyAsVariant}>
          Copy this scenario as a variant
        </button>
        {entries.some((e) => e.source.kind === 'current') ? (
          <button type="button" className="button" onClick={deps.goToWizard}>
            Change the current scenario in the wizard
          </button>
        ) : null}
        {hasLink ? (
          <button
            type="button"
            className="button"
            onClick={() => setSaid(saveLinkScenarios(deps.saveScenario, current))}
          >
            Save the link’s scenarios in this browser
          </button>
        ) : null}
      </div>
      <p role="status" className="compare-hint">
        {said}
      </p>
    </section>
  );
}

function CompareResult(props: {
  compared: ReturnType<typeof comparedOf>;
  entries: readonly CompareEntry[];
  deps: CompareDeps;
}) {
  const { compared, entries, deps } = props;
  const comparison = useMemo(() => compareScenarios(compared), [compared]);
  return (
    <>
      <p className="compare-print-only">
        {`Printed ${formatDateTime(new Date())}. Open this comparison: ${compareUrl(compared) ?? ''}`}
      </p>
      <CompareTable comparison={comparison} />
      <CompareShare comparison={comparison} compared={compared} />
      <ul className="compare-open no-print">
        {entries.map((e, i) =>
          e.source.kind === 'current' ? null : (
            <li key={e.key}>
              <button
                type="button"
                className="button button--small"
                onClick={() => deps.openInWizard(compared[i]!.answers)}
              >
                {`Open “${compared[i]!.name}” in the wizard`}
              </button>
            </li>
          ),
        )}
      </ul>
      <p className="compare-hint no-print">
        Opening a scenario in the wizard replaces the current answers; unsaved ones are saved first under
        their name, so nothing is lost.
      </p>
    </>
  );
}

function CompareTable({ comparison }: { comparison: Comparison }) {
  const id = useId();
  const groups = (Object.keys(GROUP_LABELS) as CompareRow['group'][])
    .map((group) => ({ group, rows: comparison.rows.filter((r) => r.group === group) }))
    .filter((g) => g.rows.length > 0);
  return (
    <section aria-labelledby={`${id}-h`} className="compare-result">
      <h3 id={`${id}-h`}>Side by side</h3>
      <p role="status" className="compare-summary">
        {`${comparison.names.length} scenarios compared: ${comparison.differing} of ${comparison.rows.length} rows differ.`}
      </p>
      <div className="compare-table-wrap">
        <table className="compare-table">
          <caption>
            Each scenario’s requirements, the device Edge Sizer recommends for it and what that costs.
            “Differs” marks a row whose values are not all the same; “best” marks its best value by the row’s
            rule.
          </caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              {comparison.names.map((name, i) => (
                <th scope="col" key={i}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          {groups.map(({ group, rows }) => (
            <tbody key={group}>
              <tr className="compare-table__group">
                <th scope="colgroup" colSpan={comparison.names.length + 1}>
                  {GROUP_LABELS[group]}
                </th>
              </tr>
              {rows.map((row) => (
                <tr key={row.id} className={row.differs ? 'compare-row compare-row--differs' : 'compare-row'}>
                  <th scope="row">
                    <span className="compare-row__label">{row.label}</span>
                    {row.unit ? <span className="compare-row__unit">{`, ${row.unit}`}</span> : null}
                    <span className="compare-row__meta">
                      {row.differs ? 'differs' : 'same'}
                      {row.rule !== 'none' && row.differs ? ` · ${RULE_TEXT[row.rule]}` : ''}
                    </span>
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={i} className={cell.best ? 'compare-cell compare-cell--best' : 'compare-cell'}>
                      {cell.text}
                      {cell.best ? <strong className="compare-best"> best</strong> : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <p className="compare-hint">
        {`Sizing model ${MODEL_VERSION}. Prices are list prices or Edge Sizer estimates where marked “(estimate)”: ask for a quote before you buy.`}
      </p>
    </section>
  );
}

function CompareShare({
  comparison,
  compared,
}: {
  comparison: Comparison;
  compared: ReturnType<typeof comparedOf>;
}) {
  const id = useId();
  const [said, setSaid] = useState('');
  const url = compareUrl(compared) ?? '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setSaid('Compare link copied.');
    } catch {
      setSaid('The browser did not allow copying: select the link in the field and copy it.');
    }
  };
  return (
    <section aria-labelledby={`${id}-h`} className="compare-share no-print">
      <h3 id={`${id}-h`}>Share, print, download</h3>
      <div className="compare-share__row">
        <label htmlFor={`${id}-link`}>Compare link ({url.length.toLocaleString('en-US')} characters)</label>
        <input id={`${id}-link`} readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
      </div>
      <div className="compare-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy compare link
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          Print the comparison
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadText(comparisonFileName(comparison, 'csv'), comparisonCsv(comparison), 'text/csv')
          }
        >
          Download CSV
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadText(
              comparisonFileName(comparison, 'md'),
              comparisonMarkdown(comparison, {
                link: url,
                generatedAt: formatDateTime(new Date()),
                modelVersion: MODEL_VERSION,
              }),
              'text/markdown',
            )
          }
        >
          Download Markdown
        </button>
      </div>
      <p role="status" className="compare-hint">
        {said}
      </p>
    </section>
  );
}
