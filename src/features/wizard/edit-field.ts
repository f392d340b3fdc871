/**
 * "Change this answer" from elsewhere (a compatibility finding names a field such as "platform.architecture"):
 * go to the step that owns the field and put the keyboard focus on it.
 */
import { fieldAt, SECTIONS, type SectionKey } from '../../domain/fields/index.ts';
import { useAppStore } from '../../store/app-store.ts';
import { navigate } from '../../store/router.ts';
import { fieldId } from './field-id.ts';
import { STEPS } from './step-registry.ts';

let pendingFocus: string | null = null;

/** The id of the step that edits an answer path (the field's description says), or null when no step does. */
export function stepForField(path: string): string | null {
  const asked = fieldAt(path)?.askedIn ?? fieldAt(path.replace(/^(workload\.modules)\.\d+$/, '$1'))?.askedIn;
  if (asked) return asked;
  const [section] = path.split('.');
  if (section === undefined || !(section in SECTIONS)) return null;
  return STEPS.find((step) => step.section === (section as SectionKey))?.id ?? null;
}

/** Focus the control of a form path on the current step: the input, or the checked radio of a group. */
export function focusFieldNow(formPath: string): boolean {
  const id = fieldId(formPath);
  const element =
    document.getElementById(id) ??
    document.querySelector<HTMLElement>(`input[id^="${id}-"]:checked`) ??
    document.querySelector<HTMLElement>(`input[id^="${id}-"]`);
  if (!(element instanceof HTMLElement)) {
    // A whole section, or a field not shown with the current answers: start at the step's heading.
    document.getElementById('wizard-step-heading')?.focus();
    return false;
  }
  element.focus();
  element.scrollIntoView?.({ block: 'center' });
  return true;
}

/** Called by the wizard after a step change: focus a field asked for by editField, if any. */
export function takePendingFocus(): boolean {
  const path = pendingFocus;
  pendingFocus = null;
  return path !== null && focusFieldNow(path);
}

/** Open the step that owns an answer path and focus its field. */
export function editField(path: string): void {
  const stepId = stepForField(path);
  if (!stepId) return;
  const formPath = path === 'scenarioName' ? path : path.split('.').slice(1).join('.');
  const { view, stepId: current } = useAppStore.getState();
  const currentId = current ?? STEPS[0]?.id ?? null;
  if (view === 'wizard' && currentId === stepId) {
    focusFieldNow(formPath);
    return;
  }
  pendingFocus = formPath;
  navigate('wizard', stepId);
}
