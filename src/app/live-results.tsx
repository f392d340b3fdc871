import { editField } from '../features/wizard/edit-field.ts';
import { ResultsPanel } from '../features/results/results-panel.tsx';
import { useAnswers, useEstimate } from '../store/selectors.ts';

/**
 * The live results beside the wizard: the estimate for the current answers, recomputed as they change.
 * A finding's "change this answer" opens the wizard step that owns the field.
 */
export function LiveResults() {
  const answers = useAnswers();
  const estimate = useEstimate();
  return <ResultsPanel answers={answers} estimate={estimate} onEditField={editField} />;
}
