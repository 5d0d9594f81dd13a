/**
 * Opens a native <dialog> as a modal for as long as the component is mounted, moves the focus into it (its first
 * field, or the first control) and gives the focus back, on close, to the control that opened it.
 * Why: keyboard users must land inside the dialog and, after Esc or "Chiudi", find themselves where they were —
 * the browser alone loses the focus to <body> because React removes the element before the dialog is closed.
 */
import { useLayoutEffect, type RefObject } from 'react';

const FIRST_FIELD = 'input:not(:disabled), select:not(:disabled), textarea:not(:disabled)';

/** `initialFocus`: a selector of the control to start on instead of the first field (e.g. the only empty one). */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, fieldsSelector?: string, initialFocus?: string) {
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const chosen = initialFocus ? dialog.querySelector<HTMLElement>(initialFocus) : null;
    const field = chosen ?? (fieldsSelector ? dialog.querySelector<HTMLElement>(`${fieldsSelector} :is(${FIRST_FIELD})`) : null);
    field?.focus();
    // Layout cleanup runs while the dialog is still in the document, so close() and the focus return are reliable.
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [ref, fieldsSelector, initialFocus]);
}
