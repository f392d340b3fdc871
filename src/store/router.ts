/**
 * The binding between the URL fragment's view/step and the store (see route.ts for the format).
 *
 * - Moving to another step or view pushes a history entry, so the browser's Back button walks the steps.
 * - Back/Forward and a hand-edited fragment (popstate / hashchange) update the store.
 * - The `?s=` share payload belongs to write-url.ts (which rewrites it with replaceState as answers change,
 *   and after Back/Forward); this module never builds one, it only carries the payload already in the URL,
 *   and history.state (where write-url marks the entries it wrote), over to the new entry.
 * - Its navigation handler is the route part of navigation.ts's one listener (it runs before the link part).
 */
import { goTo, useAppStore } from './app-store.ts';
import { onNavigate } from './navigation.ts';
import { formatHash, parseHash, type View } from './route.ts';

/** undefined until the user leaves the wizard in this page; then the step they left (null = the first). */
let lastWizardStep: string | null | undefined;

/**
 * The wizard step the user was on before leaving the wizard (for "Back to the wizard"): a step id, null for
 * the first step, or undefined when this page has not left the wizard (a report link opened directly).
 */
export function lastWizardStepId(): string | null | undefined {
  return lastWizardStep;
}

/** Navigate to a view/step: push a history entry (keeping the current share payload) and update the store. */
export function navigate(view: View, stepId: string | null = null): void {
  const { view: currentView, stepId: currentStep } = useAppStore.getState();
  if (view === currentView && stepId === currentStep) return;
  if (currentView === 'wizard') lastWizardStep = currentStep;
  const payload = parseHash(window.location.hash).payload;
  const hash = formatHash({ view, step: view === 'wizard' ? stepId : null, payload });
  if (hash !== window.location.hash) window.history.pushState(window.history.state, '', hash);
  goTo(view, view === 'wizard' ? stepId : null);
}

/** Read the current fragment into the store's view and step (no history entry). */
export function syncRouteFromLocation(): void {
  const route = parseHash(window.location.hash);
  const { view, stepId } = useAppStore.getState();
  if (route.view === view && route.step === stepId) return;
  if (view === 'wizard' && route.view !== 'wizard') lastWizardStep = stepId; // Back/Forward out of the wizard
  goTo(route.view, route.step);
}

/**
 * Start listening to Back/Forward and fragment edits. Reads the current fragment first.
 * Returns a function that stops listening (for tests and React effects).
 */
export function startRouter(): () => void {
  syncRouteFromLocation();
  return onNavigate('route', syncRouteFromLocation);
}

/** The href of a wizard step or view, for links (navigation itself goes through `navigate`). */
export function hrefFor(view: View, stepId: string | null = null): string {
  return formatHash({ view, step: stepId, payload: null });
}
