/**
 * Move the keyboard focus to an element that is not on the page yet (the report's h1: the report is
 * lazy-loaded, so it appears only after its chunk arrives). Focuses it once it is shown, unless the user has
 * put the focus somewhere meanwhile; gives up after `timeoutMs`. Returns a function that stops waiting.
 */
export function focusWhenShown(selector: string, timeoutMs = 10_000): () => void {
  const focusIfShown = (): boolean => {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element) return false;
    const active = document.activeElement;
    const focusIsLost = !active || active === document.body || !active.isConnected;
    if (focusIsLost) {
      // A heading is not focusable by itself; -1 keeps it out of the Tab order.
      if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
      element.focus();
    }
    return true;
  };
  const observer = new MutationObserver(() => {
    if (focusIfShown()) stop();
  });
  const timer = setTimeout(() => stop(), timeoutMs);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}
