/**
 * A modal dialog on the native <dialog> element: focus trapping, Esc to close and an accessible title for free;
 * the focus starts on the first field (or the close button) and goes back to the opener on close.
 */
import { useId, useRef, type ReactNode } from 'react';
import { useModalDialog } from '../hooks/useModalDialog';

export interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
  /** Selector of the control that takes the focus first (default: the first field of the body). */
  initialFocus?: string;
}

export function Dialog({ title, onClose, children, footer, wide, initialFocus }: DialogProps) {
  const ref = useRef<HTMLDialogElement | null>(null);
  const titleId = useId();
  useModalDialog(ref, '.dialog-body', initialFocus);
  return (
    <dialog
      ref={ref}
      className={`dialog ${wide ? 'dialog-wide' : ''}`}
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label="Chiudi la finestra" title="Chiudi la finestra (Esc)" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="dialog-body">{children}</div>
      {footer && <footer className="dialog-footer">{footer}</footer>}
    </dialog>
  );
}
