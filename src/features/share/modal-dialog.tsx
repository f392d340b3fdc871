import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

/** Where focus goes when a dialog closes: the trigger, else the element focused before, else <main>. */
function focusAfterClose(trigger: HTMLElement | null | undefined, before: Element | null): void {
  const candidates = [
    trigger,
    before instanceof HTMLElement ? before : null,
    document.getElementById('main'),
  ];
  const target = candidates.find(
    (el): el is HTMLElement => el instanceof HTMLElement && el.isConnected && el !== document.body,
  );
  target?.focus();
}

/**
 * A native modal <dialog> (focus trapped by the browser, Escape handled), opened on mount. `onCancel` runs
 * on Escape instead of closing it silently. The dialog is closed by unmounting it, which the browser does
 * not treat as a close: on unmount focus is returned explicitly to `returnFocusTo` (the button that opened
 * it), else to the element focused when it opened, else to <main> (a dialog opened by the page itself,
 * such as the link question on load), never left on <body>. Falls back to the `open` attribute where
 * showModal is missing (jsdom in unit tests).
 */
export function ModalDialog(props: {
  labelledBy: string;
  describedBy?: string;
  onCancel: () => void;
  children: ReactNode;
  className?: string;
  returnFocusTo?: RefObject<HTMLElement | null>;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const { onCancel, returnFocusTo } = props;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    const before = document.activeElement;
    const trigger = returnFocusTo?.current; // rendered before the dialog, and outlives it
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      focusAfterClose(trigger, before);
    };
  }, [returnFocusTo]);
  return (
    <dialog
      ref={ref}
      className={`share-dialog ${props.className ?? ''}`}
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {props.children}
    </dialog>
  );
}
