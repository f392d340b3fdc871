import { useDeferredValue, useMemo } from 'react';
import { estimateOf, useAnswers } from '../../store/selectors.ts';
import type { Answers } from '../../domain/answers.ts';
import { ManifestExport } from './manifest-export.tsx';
import { ManifestImport } from './manifest-import.tsx';
import './manifest.css';

/**
 * Deployment manifests in and out: import an IoT Edge manifest to fill the wizard, and export a manifest
 * tuned from the sizing. Reads the answers and the estimate from the store; writes answers only when the
 * user presses "Use these modules".
 *
 * Like the live results, it renders from a deferred copy of the answers: building and checking the tuned
 * manifest of 200 modules took about 30 ms, and it ran inside every keystroke of the wizard (issue 20 item 10).
 */
export function ManifestPanel() {
  const answers = useDeferredValue(useAnswers());
  // The urgent render (the keystroke) sees the previous answers: it re-uses the previous element and skips
  // the panel; the deferred render that follows draws the new answers.
  return useMemo(() => <ManifestPanelContent answers={answers} />, [answers]);
}

function ManifestPanelContent({ answers }: { answers: Answers }) {
  const estimate = estimateOf(answers);
  return (
    <section aria-labelledby="manifest-panel-heading" className="manifest-panel" id="manifests">
      <h2 id="manifest-panel-heading">Deployment manifests</h2>
      <div className="manifest-panel__columns">
        <ManifestImport answers={answers} />
        <ManifestExport answers={answers} estimate={estimate} />
      </div>
    </section>
  );
}
