import { useAnswers, useEstimate } from '../../store/selectors.ts';
import { ManifestExport } from './manifest-export.tsx';
import { ManifestImport } from './manifest-import.tsx';
import './manifest.css';

/**
 * Deployment manifests in and out: import an IoT Edge manifest to fill the wizard, and export a manifest
 * tuned from the sizing. Reads the answers and the estimate from the store; writes answers only when the
 * user presses "Use these modules".
 */
export function ManifestPanel() {
  const answers = useAnswers();
  const estimate = useEstimate();
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
