import { useEffect, useRef, useState, type ChangeEvent, type RefObject } from 'react';
import type { Answers, AnswerIssue } from '../../domain/answers.ts';
import { visibleText } from '../../domain/visible-text.ts';
import { useAppStore } from '../../store/app-store.ts';
import { loadCodec } from '../../store/codec.ts';
import { loadAnswers } from '../../store/open-link.ts';
import { buildShareUrl, flushUrlSync, payloadFor } from '../../store/write-url.ts';
import { ChunkStatus } from '../../components/ui/chunk-status.tsx';
import { preloadable, usePreloadable } from '../../lib/preloadable.ts';
import './share.css';

/**
 * The saved-scenarios dialog is fetched when first wanted (the pointer or focus on its button starts it), not
 * with the first view: most visits never open it. The service worker precaches it for offline use.
 */
export const SCENARIOS_DIALOG = preloadable(() => import('./scenarios-dialog.tsx'));

/** The answers-file reader and writer, fetched when Export or Import JSON is about to be used. */
const ANSWERS_FILE = preloadable(() => import('../../domain/share/answers-file.ts'));

function LazyScenariosDialog(props: {
  returnFocusTo: RefObject<HTMLButtonElement | null>;
  onClose: (message?: string) => void;
}) {
  const { module, failed, retry } = usePreloadable(SCENARIOS_DIALOG);
  if (module) return <module.ScenariosDialog {...props} />;
  return <ChunkStatus what="the saved scenarios" failed={failed} retry={retry} />;
}

interface ImportProblem {
  error: string;
  issues: AnswerIssue[];
}

/**
 * The header's share tools: Copy share link, Export JSON, Import JSON and the saved-scenarios manager.
 * Results are announced in a polite live region; an import problem is an alert naming the wrong field, and
 * a failed import changes nothing.
 */
export function ShareToolbar() {
  const [status, setStatus] = useState('');
  const [manualUrl, setManualUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const [scenariosOpen, setScenariosOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const scenariosButton = useRef<HTMLButtonElement>(null);
  /** The answers a load message ("Imported …", "Opened …") describes; once they change, it is stale. */
  const statusAnswers = useRef<Answers | null>(null);

  useEffect(
    () =>
      useAppStore.subscribe((state) => {
        if (statusAnswers.current !== null && state.answers !== statusAnswers.current) {
          statusAnswers.current = null;
          setStatus('');
        }
      }),
    [],
  );

  /** A message not about the answers (copied, exported): it stays until the next message. */
  const setOtherStatus = (message: string) => {
    statusAnswers.current = null;
    setStatus(message);
  };

  /** Announce a load; the message is cleared when the answers change again (a preset, a link, an edit). */
  const setLoadStatus = (message: string) => {
    statusAnswers.current = useAppStore.getState().answers;
    setStatus(message);
  };

  const copyLink = async () => {
    setProblem(null);
    // The link codec is loaded after the first paint (src/store/codec.ts); a click before it arrives waits.
    let codec: Awaited<ReturnType<typeof loadCodec>>;
    try {
      codec = await loadCodec();
    } catch {
      setOtherStatus('Copy share link could not be loaded: the network may be down. Try again.');
      return;
    }
    flushUrlSync();
    // A link the app would refuse to open is never offered: say why, and point to Export JSON.
    const payload = payloadFor(useAppStore.getState());
    if (!codec.shareLinkFits(payload)) {
      setManualUrl(null);
      setOtherStatus(codec.tooLargeForLinkMessage(payload.length));
      return;
    }
    const url = buildShareUrl();
    try {
      await navigator.clipboard.writeText(url);
      setManualUrl(null);
      setOtherStatus(`Share link copied (${url.length.toLocaleString('en-US')} characters).`);
    } catch {
      setManualUrl(url);
      setOtherStatus('The browser did not allow copying: select the link below and copy it.');
    }
  };

  const exportJson = async () => {
    let answersFile: Awaited<ReturnType<typeof ANSWERS_FILE.load>>;
    try {
      answersFile = await ANSWERS_FILE.load();
    } catch {
      setOtherStatus('Export JSON could not be loaded: the network may be down. Try again.');
      return;
    }
    const { answersToFileText, answersFileName } = answersFile;
    const answers = useAppStore.getState().answers;
    const blob = new Blob([answersToFileText(answers)], { type: 'application/json' });
    const href = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = href;
    link.download = answersFileName(answers);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(href), 1_000);
    setOtherStatus(`Exported ${link.download}.`);
  };

  const importJson = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again fires change again
    if (!file) return;
    setOtherStatus('');
    let answersFile: Awaited<ReturnType<typeof ANSWERS_FILE.load>>;
    try {
      answersFile = await ANSWERS_FILE.load();
    } catch {
      setProblem({
        error: 'Import JSON could not be loaded: the network may be down. Nothing was changed; try again.',
        issues: [],
      });
      return;
    }
    const { MAX_ANSWERS_FILE_BYTES, parseAnswersFile } = answersFile;
    if (file.size > MAX_ANSWERS_FILE_BYTES) {
      setProblem({
        error: `${file.name} is too large to be an answers file. Nothing was changed.`,
        issues: [],
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setProblem({ error: `${file.name} could not be read. Nothing was changed.`, issues: [] });
      return;
    }
    const result = parseAnswersFile(text, file.name);
    if (!result.ok) {
      setProblem({ error: result.error, issues: result.issues });
      return;
    }
    setProblem(null);
    const kept = loadAnswers(result.answers, `(before importing ${file.name})`);
    setLoadStatus(
      [
        `Imported “${visibleText(result.answers.scenarioName || file.name)}” from ${visibleText(file.name)}.`,
        ...result.warnings,
        kept ? `Your previous answers were saved as the scenario “${kept}”.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  };

  return (
    <div className="share-toolbar no-print">
      <div className="share-toolbar__buttons" role="group" aria-label="Share and save">
        <button
          type="button"
          className="button button--small share-toolbar__button"
          onClick={() => void copyLink()}
        >
          Copy share link
        </button>
        <button
          type="button"
          className="button button--small share-toolbar__button"
          onClick={() => void exportJson()}
          onPointerEnter={() => ANSWERS_FILE.prefetch()}
          onFocus={() => ANSWERS_FILE.prefetch()}
        >
          Export JSON
        </button>
        <button
          type="button"
          className="button button--small share-toolbar__button"
          onClick={() => {
            ANSWERS_FILE.prefetch(); // read while the user picks a file
            fileInput.current?.click();
          }}
        >
          Import JSON
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Answers file to import"
          onChange={(event) => void importJson(event)}
        />
        <button
          type="button"
          className="button button--small share-toolbar__button"
          aria-haspopup="dialog"
          ref={scenariosButton}
          onClick={() => setScenariosOpen(true)}
          onPointerEnter={() => SCENARIOS_DIALOG.prefetch()}
          onFocus={() => SCENARIOS_DIALOG.prefetch()}
        >
          Scenarios
        </button>
      </div>
      <p className="share-toolbar__status" role="status" aria-live="polite">
        {status}
      </p>
      {manualUrl ? (
        <label className="share-toolbar__manual">
          Share link
          <input type="text" readOnly value={manualUrl} onFocus={(event) => event.currentTarget.select()} />
        </label>
      ) : null}
      {problem ? (
        <div className="share-notice share-notice--error share-toolbar__problem" role="alert">
          <div className="share-notice__body">
            <p className="share-notice__title">
              <strong>Import failed: </strong>
              {problem.error}
            </p>
            {problem.issues.length > 1 ? (
              <ul className="share-notice__details">
                {problem.issues.slice(0, 8).map((issue, i) => (
                  <li key={i}>
                    {issue.path}: {issue.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
          <button type="button" className="button button--small" onClick={() => setProblem(null)}>
            Dismiss <span className="visually-hidden">the import problem</span>
          </button>
        </div>
      ) : null}
      {scenariosOpen ? (
        <LazyScenariosDialog
          returnFocusTo={scenariosButton}
          onClose={(message) => {
            setScenariosOpen(false);
            if (message) setLoadStatus(message);
          }}
        />
      ) : null}
    </div>
  );
}
