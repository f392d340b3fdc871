import { moduleNeeds, recognizeModule } from '../../domain/modules/known-modules.ts';
import { useId, useMemo, useState, type ChangeEvent, type DragEvent } from 'react';
import type { Answers, Language } from '../../domain/answers.ts';
import type { WizardStepId } from '../../domain/fields/field.ts';
import {
  MAX_MANIFEST_CHARS,
  parseManifest,
  type ImportedManifest,
  type ManifestImportResult,
} from '../../domain/manifest/import.ts';
import { manifestToAnswers } from '../../domain/manifest/to-answers.ts';
import { setAnswers } from '../../store/app-store.ts';
import { navigate } from '../../store/router.ts';
import { setImportedBase } from './imported-base.ts';

/** The wizard step that lists the modules (WIZARD_STEP_IDS in src/domain/fields/field.ts). */
const MODULES_STEP: WizardStepId = 'workload';

const LANGUAGE_LABEL: Record<Language, string> = {
  c: 'C / C++',
  dotnet: '.NET (C#)',
  java: 'Java',
  node: 'Node.js',
  python: 'Python',
  'rust-go': 'Rust / Go',
  unknown: 'Unknown: please choose',
};

const KIND_LABEL: Record<ImportedManifest['kind'], string> = {
  deployment: 'Deployment manifest (deployment.json)',
  template: 'Deployment template (placeholders left for the build tool)',
  layered: 'Layered deployment (system modules come from the base deployment)',
};

const mib = (value: number | null) => (value === null ? 'none' : `${value.toLocaleString('en-US')} MiB`);

/** Paste, drop or choose a manifest; see what was found; fill the wizard with it. */
export function ManifestImport({ answers }: { answers: Answers }) {
  const id = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<ManifestImportResult | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);

  const read = (source: string) => {
    setApplied(null);
    setResult(parseManifest(source));
  };

  const readFile = async (file: File | undefined) => {
    if (file === undefined) return;
    setApplied(null);
    if (file.size > MAX_MANIFEST_CHARS) {
      setResult({
        ok: false,
        error: `"${file.name}" is ${(file.size / 1e6).toFixed(1)} MB; a deployment manifest is a few KB. Is this the right file?`,
      });
      return;
    }
    try {
      const content = await file.text();
      setText(content);
      setFileName(file.name);
      read(content);
    } catch {
      setResult({ ok: false, error: `"${file.name}" could not be read as text.` });
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void readFile(event.dataTransfer.files[0]);
  };

  const mapped = useMemo(
    () => (result?.ok ? manifestToAnswers(result.manifest, answers) : null),
    [result, answers],
  );

  const use = () => {
    if (mapped === null || !result?.ok) return;
    setAnswers(mapped.answers);
    const n = result.manifest.modules.length;
    setImportedBase({
      document: result.document,
      label: `${fileName ?? 'the pasted manifest'} (${n} module${n === 1 ? '' : 's'})`,
    });
    setApplied(
      n > 0
        ? `The wizard now lists ${n} module${n === 1 ? '' : 's'} from the manifest; review the items to confirm.`
        : 'Settings from the manifest were applied; it had no custom modules.',
    );
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="manifest-block">
      <h3 id={`${id}-heading`}>Import a deployment manifest</h3>
      <p className="manifest-hint">
        A <code>deployment.json</code>, a <code>deployment.template.json</code> (placeholders such as{' '}
        <code>{'${MODULES.name}'}</code> are fine) or a layered deployment. It is read in this page only.
      </p>
      <div
        className={`manifest-drop${dragging ? ' manifest-drop--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="manifest-drop"
      >
        <p className="manifest-drop__title">Drop a manifest file here, choose one, or paste its JSON.</p>
        <label className="manifest-file">
          <span>Choose a manifest file</span>
          <input
            type="file"
            accept=".json,.jsonc,application/json"
            onChange={(event: ChangeEvent<HTMLInputElement>) => {
              void readFile(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </label>
        <label className="field__label" htmlFor={`${id}-text`}>
          Manifest JSON
        </label>
        <textarea
          id={`${id}-text`}
          className="manifest-text"
          rows={8}
          spellCheck={false}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setFileName(null);
          }}
          placeholder='{ "modulesContent": { "$edgeAgent": { … }, "$edgeHub": { … } } }'
        />
        <button type="button" className="button" onClick={() => read(text)} disabled={text.trim() === ''}>
          Read manifest
        </button>
      </div>

      {result !== null && !result.ok ? (
        <div role="alert" className="manifest-error">
          <p>
            <strong>This manifest could not be read.</strong> {result.error}
          </p>
          <p>Your answers were not changed.</p>
        </div>
      ) : null}

      {result?.ok && mapped !== null ? (
        <ImportFindings
          manifest={result.manifest}
          warnings={result.warnings}
          questions={mapped.questions}
          onUse={use}
        />
      ) : null}

      <p role="status" className="manifest-status">
        {applied}
      </p>
      {applied !== null ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            navigate('wizard', MODULES_STEP);
            window.scrollTo({ top: 0 });
          }}
        >
          Review the modules in the wizard
        </button>
      ) : null}
    </section>
  );
}

function ImportFindings({
  manifest,
  warnings,
  questions,
  onUse,
}: {
  manifest: ImportedManifest;
  warnings: string[];
  questions: string[];
  onUse: () => void;
}) {
  const id = useId();
  const hub = manifest.edgeHub;
  return (
    <div className="manifest-found" aria-labelledby={`${id}-found`} role="region">
      <h4 id={`${id}-found`}>Found in the manifest</h4>
      <dl className="manifest-facts">
        <dt>Kind</dt>
        <dd>{KIND_LABEL[manifest.kind]}</dd>
        <dt>Runtime images</dt>
        <dd>
          {manifest.edgeAgent === null && hub === null
            ? 'Not in this file'
            : `edgeAgent ${manifest.edgeAgent?.image || '—'}; edgeHub ${hub?.image || '—'}`}
        </dd>
        <dt>edgeHub OptimizeForPerformance</dt>
        <dd>
          {manifest.optimizeForPerformance === null
            ? 'not set (default true)'
            : String(manifest.optimizeForPerformance)}
        </dd>
        <dt>Store-and-forward time to live</dt>
        <dd>
          {manifest.timeToLiveSecs === null
            ? 'not set (default 7,200 s = 2 h)'
            : `${manifest.timeToLiveSecs.toLocaleString('en-US')} s (${(manifest.timeToLiveSecs / 3600).toLocaleString('en-US', { maximumFractionDigits: 2 })} h)`}
        </dd>
        <dt>Routes to $upstream</dt>
        <dd>{manifest.upstreamRoutes.length === 0 ? 'none' : manifest.upstreamRoutes.join(', ')}</dd>
        <dt>Placeholders</dt>
        <dd>{manifest.placeholders.length === 0 ? 'none' : manifest.placeholders.length}</dd>
      </dl>

      <div className="manifest-scroll" role="region" aria-labelledby={`${id}-modules`} tabIndex={0}>
        <table className="manifest-table">
          <caption id={`${id}-modules`}>
            {manifest.modules.length} custom module{manifest.modules.length === 1 ? '' : 's'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Module</th>
              <th scope="col">Image</th>
              <th scope="col">Language</th>
              <th scope="col">Restart policy</th>
              <th scope="col">Status</th>
              <th scope="col">Memory limit</th>
              <th scope="col">GPU</th>
              <th scope="col">To $upstream</th>
            </tr>
          </thead>
          <tbody>
            {manifest.modules.map((m) => {
              const known = recognizeModule(m.image, m.name, m.imagePlaceholder);
              const needs = moduleNeeds(m.image, known);
              return (
                <tr key={m.name}>
                  <th scope="row">{m.name}</th>
                  <td className="manifest-table__image">
                    {m.image || '—'}
                    {known === null ? null : (
                      <>
                        <br />
                        Catalog entry: {known.entry.name}
                        {known.fromName ? ' (by its name: confirm it)' : ''}
                      </>
                    )}
                  </td>
                  <td>
                    {LANGUAGE_LABEL[m.language]}
                    {m.languageBasis === 'name' ? ' (from its name)' : ''}
                    {m.application !== null ? ` (${m.application}: check its memory)` : ''}
                  </td>
                  <td>{m.restartPolicy ?? '—'}</td>
                  <td>{m.status ?? '—'}</td>
                  <td>{mib(m.memoryLimitMiB)}</td>
                  <td>
                    {m.gpuHints.length > 0
                      ? `yes (${m.gpuHints.join(', ')})`
                      : needs.gpu
                        ? `yes (needed by ${known?.fromName === false && known.entry.gpu.value !== null ? known.entry.name : 'its Jetson l4t image'})`
                        : 'no'}
                  </td>
                  <td>{m.sendsUpstream ? 'yes' : 'no'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {warnings.length > 0 ? (
        <>
          <h5>Warnings</h5>
          <ul className="manifest-warnings">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      ) : null}
      {questions.length > 0 ? (
        <>
          <h5>To confirm after import</h5>
          <ul>
            {questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </>
      ) : null}
      <button type="button" className="button button--primary" onClick={onUse}>
        Use these modules
      </button>
    </div>
  );
}
