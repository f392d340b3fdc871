import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A native modal <dialog> (focus trapped and restored by the browser, Escape handled), opened on mount.
 * `onCancel` runs on Escape instead of closing it silently. Falls back to the `open` attribute where
 * showModal is missing (jsdom in unit tests).
 */
export function ModalDialog(props: {
  labelledBy: string;
  describedBy?: string;
  onCancel: () => void;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const { onCancel } = props;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
    };
  }, []);
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
