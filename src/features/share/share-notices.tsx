import { useState } from 'react';
import { dismissNotice, useNoticeStore, type Notice } from '../../store/notices.ts';
import { usePendingLink } from '../../store/link-state.ts';
import { acceptPendingLink, keepMineOverPendingLink } from '../../store/open-link.ts';
import { ModalDialog } from './modal-dialog.tsx';
import './share.css';

const KIND_LABEL: Record<Notice['kind'], string> = { error: 'Problem', warning: 'Warning', info: 'Note' };

/**
 * Banners for share-link and storage notices (a damaged link, another model version, unreadable local
 * storage), each dismissible, plus the question asked when a link would replace unsaved work. All text is
 * rendered as text: nothing here builds HTML from a link's or a file's strings.
 */
export function ShareNotices() {
  const notices = useNoticeStore((s) => s.notices);
  const pending = usePendingLink((s) => s.pending);
  const [outcome, setOutcome] = useState('');
  return (
    <>
      {notices.length > 0 ? (
        <div className="share-notices no-print">
          {notices.map((notice) => (
            <div
              key={notice.id}
              className={`share-notice share-notice--${notice.kind}`}
              role={notice.kind === 'error' ? 'alert' : 'status'}
            >
              <div className="share-notice__body">
                <p className="share-notice__title">
                  <strong>{KIND_LABEL[notice.kind]}: </strong>
                  {notice.title}
                </p>
                {notice.details.length > 0 ? (
                  <ul className="share-notice__details">
                    {notice.details.map((detail, i) => (
                      <li key={i}>{detail}</li>
                    ))}
                  </ul>
                ) : null}
              </div>
              <button type="button" className="button button--small" onClick={() => dismissNotice(notice.id)}>
                Dismiss <span className="visually-hidden">this {KIND_LABEL[notice.kind].toLowerCase()}</span>
              </button>
            </div>
          ))}
        </div>
      ) : null}
      {pending ? (
        <LinkConflictDialog
          linkName={pending.answers.scenarioName}
          mineName={pending.mine.scenarioName}
          onDone={setOutcome}
        />
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {outcome}
      </p>
    </>
  );
}

function LinkConflictDialog(props: {
  linkName: string;
  mineName: string;
  onDone: (message: string) => void;
}) {
  const keepMine = (saveLink: boolean) => {
    const saved = keepMineOverPendingLink(saveLink ? props.linkName || 'Shared link' : null);
    props.onDone(
      saved
        ? `Kept your answers. The link was saved as the scenario "${saved}".`
        : 'Kept your answers. The link was discarded.',
    );
  };
  return (
    <ModalDialog
      labelledBy="link-conflict-title"
      describedBy="link-conflict-text"
      onCancel={() => keepMine(true)}
    >
      <h2 id="link-conflict-title">Open this shared link?</h2>
      <div id="link-conflict-text">
        <p>
          The link holds the scenario <strong>“{props.linkName || 'Untitled'}”</strong>. This browser has your
          own answers (<strong>“{props.mineName || 'Untitled'}”</strong>), which are not saved as a scenario.
        </p>
        <p>Opening the link keeps your answers as a saved scenario, so nothing is lost.</p>
      </div>
      <div className="share-dialog__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            const saved = acceptPendingLink();
            props.onDone(
              saved ? `Opened the link. Your answers were saved as "${saved}".` : 'Opened the link.',
            );
          }}
        >
          Open the link
        </button>
        <button type="button" className="button" onClick={() => keepMine(true)}>
          Keep mine, save the link as a scenario
        </button>
        <button type="button" className="button" onClick={() => keepMine(false)}>
          Keep mine, discard the link
        </button>
      </div>
    </ModalDialog>
  );
}
