/**
 * A long text in the model's light markup (the premessa) with plain formatting buttons (bold, italics, bullet list;
 * Ctrl+B / Ctrl+I) and, beside it, a live preview rendered exactly as the print renders it. Commits on blur, like
 * every text field, so one edit is one save and one undo step.
 * Why: the office saw `**` raw in the textarea and could not tell what would print.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { RichText } from '../print/RichText';
import { toggleBullets, wrapSelection, type MarkupEdit } from './markupEdits';

export interface MarkupFieldProps {
  label: string;
  value: string;
  onCommit(value: string): void;
  rows?: number;
}

export function MarkupField({ label, value, onCommit, rows = 14 }: MarkupFieldProps) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement | null>(null);
  const [text, setText] = useState(value);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(value);
  }, [value, focused]);

  const commit = () => {
    if (text !== value) onCommit(text);
  };
  const apply = (edit: (text: string, start: number, end: number) => MarkupEdit) => {
    const area = ref.current;
    if (!area) return;
    const next = edit(area.value, area.selectionStart, area.selectionEnd);
    setText(next.text);
    // after React wrote the new text: the edited part stays selected, typing goes on in the field
    requestAnimationFrame(() => {
      area.focus();
      area.setSelectionRange(next.selectionStart, next.selectionEnd);
    });
  };
  const bold = () => apply((t, s, e) => wrapSelection(t, s, e, '**'));
  const italic = () => apply((t, s, e) => wrapSelection(t, s, e, '*'));
  const bullets = () => apply(toggleBullets);
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    const key = event.key.toLowerCase();
    if (key === 'b' || key === 'i') {
      event.preventDefault();
      if (key === 'b') bold();
      else italic();
    }
  };
  // Buttons keep the focus in the text (mouse) so the selection they act on is still there.
  const keepFocus = (event: MouseEvent) => event.preventDefault();

  return (
    <div className="field markup-field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="markup-tools" role="group" aria-label={`Formattazione – ${label}`}>
        <button type="button" className="button secondary small markup-bold" aria-label={`Grassetto – ${label}`} title="Grassetto: **testo** (Ctrl+B)" onMouseDown={keepFocus} onClick={bold}>
          Grassetto
        </button>
        <button type="button" className="button secondary small markup-italic" aria-label={`Corsivo – ${label}`} title="Corsivo: *testo* (Ctrl+I)" onMouseDown={keepFocus} onClick={italic}>
          Corsivo
        </button>
        <button type="button" className="button secondary small markup-list" aria-label={`Elenco puntato – ${label}`} title="Elenco puntato: righe che iniziano con «- »" onMouseDown={keepFocus} onClick={bullets}>
          Elenco
        </button>
        <span className="hint">Riga vuota = nuovo paragrafo. L’anteprima mostra il testo come sarà stampato.</span>
      </div>
      <div className="markup-panes">
        <textarea
          ref={ref}
          id={id}
          rows={rows}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            commit();
          }}
          onKeyDown={onKeyDown}
        />
        {/* focusable: a keyboard user scrolls a long preview too (WCAG 2.1.1) */}
        <div className="markup-preview" role="region" aria-label={`Anteprima di stampa – ${label}`} tabIndex={0}>
          <RichText text={text} />
        </div>
      </div>
    </div>
  );
}
