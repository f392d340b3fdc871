import { useState, type FormEvent, type RefObject } from 'react';
import { LIMITS } from '../../domain/answers.ts';
import { visibleText } from '../../domain/visible-text.ts';
import { useAppStore } from '../../store/app-store.ts';
import {
  deleteScenario,
  renameScenario,
  saveScenario,
  useScenarioStore,
  type SavedScenario,
} from '../../store/scenarios.ts';
import { loadAnswers } from '../../store/open-link.ts';
import { ModalDialog } from './modal-dialog.tsx';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'unknown date' : dateFormat.format(date);
}

/**
 * Saved scenarios (in this browser): save the current answers under a name, and open, rename or delete a
 * saved one. Opening a scenario never loses the current answers: unsaved ones are saved first.
 */
export function ScenariosDialog(props: {
  onClose: (message?: string) => void;
  /** The button that opened the dialog: focus returns to it on close. */
  returnFocusTo?: RefObject<HTMLElement | null>;
}) {
  const answers = useAppStore((s) => s.answers);
  const scenarios = useScenarioStore((s) => s.scenarios);
  const [name, setName] = useState(answers.scenarioName);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);

  const saveCurrent = (event: FormEvent) => {
    event.preventDefault();
    const result = saveScenario(name, answers);
    if (result.ok) {
      setError('');
      setMessage(`Saved “${visibleText(result.scenario.name)}”.`);
    } else setError(result.error);
  };

  const open = (scenario: SavedScenario) => {
    const kept = loadAnswers(scenario.answers, `(before opening “${visibleText(scenario.name)}”)`);
    props.onClose(
      `Opened “${visibleText(scenario.name)}”.${kept ? ` Your previous answers were saved as “${kept}”.` : ''}`,
    );
  };

  const commitRename = (event: FormEvent, id: string) => {
    event.preventDefault();
    const result = renameScenario(id, newName);
    if (result.ok) {
      setMessage(`Renamed to “${visibleText(result.scenario.name)}”.`);
      setRenaming(null);
      setError('');
    } else setError(result.error);
  };

  return (
    <ModalDialog
      labelledBy="scenarios-title"
      onCancel={() => props.onClose()}
      className="share-dialog--wide"
      returnFocusTo={props.returnFocusTo}
    >
      <div className="share-dialog__header">
        <h2 id="scenarios-title">Saved scenarios</h2>
        <button type="button" className="button button--small" onClick={() => props.onClose()}>
          Close
        </button>
      </div>
      <p className="share-dialog__hint">
        Kept in this browser only. Use Copy share link or Export JSON to pass one on.
      </p>
      <form className="share-dialog__save" onSubmit={saveCurrent}>
        <label htmlFor="scenario-save-name">Save the current answers as</label>
        <div className="share-dialog__row">
          <input
            id="scenario-save-name"
            type="text"
            value={name}
            maxLength={LIMITS.nameLength}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="button button--primary">
            Save
          </button>
        </div>
      </form>
      <p role="status" aria-live="polite" className="share-dialog__message">
        {message}
      </p>
      {error ? (
        <p role="alert" className="share-dialog__error">
          {error}
        </p>
      ) : null}
      {scenarios.length === 0 ? (
        <p>No saved scenarios yet.</p>
      ) : (
        <ul className="scenario-list" aria-label="Saved scenarios">
          {scenarios.map((scenario) => (
            <li key={scenario.id} className="scenario-list__item">
              {renaming === scenario.id ? (
                <form className="share-dialog__row" onSubmit={(event) => commitRename(event, scenario.id)}>
                  <label className="visually-hidden" htmlFor={`rename-${scenario.id}`}>
                    New name for {visibleText(scenario.name)}
                  </label>
                  <input
                    id={`rename-${scenario.id}`}
                    type="text"
                    value={newName}
                    maxLength={LIMITS.nameLength}
                    autoFocus
                    onChange={(event) => setNewName(event.target.value)}
                  />
                  <button type="submit" className="button button--small button--primary">
                    Save name
                  </button>
                  <button type="button" className="button button--small" onClick={() => setRenaming(null)}>
                    Cancel
                  </button>
                </form>
              ) : (
                <>
                  <div className="scenario-list__text">
                    <span className="scenario-list__name">{visibleText(scenario.name)}</span>
                    <span className="scenario-list__meta">
                      saved {formatDate(scenario.savedAt)} ·{' '}
                      {scenario.answers.workload.mode === 'list'
                        ? scenario.answers.workload.modules.length
                        : scenario.answers.workload.moduleCount}{' '}
                      modules
                    </span>
                  </div>
                  {confirmDelete === scenario.id ? (
                    <div className="scenario-list__actions">
                      <span>Delete it?</span>
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => {
                          deleteScenario(scenario.id);
                          setConfirmDelete(null);
                          setMessage(`Deleted “${visibleText(scenario.name)}”.`);
                        }}
                      >
                        Yes, delete <span className="visually-hidden">{visibleText(scenario.name)}</span>
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => setConfirmDelete(null)}
                      >
                        Keep it
                      </button>
                    </div>
                  ) : (
                    <div className="scenario-list__actions">
                      <button
                        type="button"
                        className="button button--small button--primary"
                        onClick={() => open(scenario)}
                      >
                        Open <span className="visually-hidden">{visibleText(scenario.name)}</span>
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => {
                          setRenaming(scenario.id);
                          setNewName(scenario.name);
                        }}
                      >
                        Rename <span className="visually-hidden">{visibleText(scenario.name)}</span>
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => setConfirmDelete(scenario.id)}
                      >
                        Delete <span className="visually-hidden">{visibleText(scenario.name)}</span>
                      </button>
                    </div>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </ModalDialog>
  );
}
