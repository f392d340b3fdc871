import { useDeferredValue } from 'react';
import type { Answers } from '../domain/answers.ts';
import { editField } from '../features/wizard/edit-field.ts';
import { ResultsPanel } from '../features/results/results-panel.tsx';
import { estimateOf, useAnswers } from '../store/selectors.ts';

/**
 * The live results beside the wizard: the estimate for the current answers, recomputed as they change.
 * A finding's "change this answer" opens the wizard step that owns the field.
 *
 * The results render from a deferred copy of the answers: on the first visit the wizard paints first and the
 * results follow at a lower priority (Lighthouse's blocking time was mostly this first render), and while the
 * user types, keystrokes stay responsive and the results catch up.
 */
export function LiveResults() {
  const answers = useDeferredValue<Answers | null>(useAnswers(), null);
  if (answers === null) return <p className="loading">Working out the estimate…</p>;
  return <ResultsPanel answers={answers} estimate={estimateOf(answers)} onEditField={editField} />;
}
