import type { Answers } from '../domain/answers.ts';
import { ResultsPanel } from '../features/results/results-panel.tsx';
import { editField } from '../features/wizard/edit-field.ts';
import { hrefFor, navigate } from '../store/router.ts';
import { estimateOf } from '../store/selectors.ts';

const MANIFESTS = { href: hrefFor('manifests'), open: () => navigate('manifests') };

/** The results panel for a set of answers (the lazily loaded part of LiveResults). */
export function LiveResultsPanel({ answers }: { answers: Answers }) {
  return (
    <ResultsPanel
      answers={answers}
      estimate={estimateOf(answers)}
      onEditField={editField}
      manifests={MANIFESTS}
    />
  );
}
