/**
 * The card editor's keyboard entry and exit: on opening, the focus goes to the first field (or, for a card just
 * created, to its first empty field); Esc closes the card unless a field used it to undo its own typing.
 * Why: opening a card from the keyboard must land where typing starts, and leaving must not need the mouse.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

export type EditorFocus = 'first' | 'first-empty' | 'none';

const FIELDS = 'input:not(:disabled), select:not(:disabled), textarea:not(:disabled)';

export function useCardEditorKeys(ref: RefObject<HTMLElement | null>, initialFocus: EditorFocus, onClose: () => void) {
  const close = useRef(onClose);
  useLayoutEffect(() => {
    close.current = onClose;
  });

  // Once per opening (the editor is mounted once per card).
  const firstFocus = useRef(initialFocus);
  useLayoutEffect(() => {
    if (firstFocus.current === 'none') return;
    const fields = [...(ref.current?.querySelectorAll<HTMLInputElement>(`.card-fields :is(${FIELDS})`) ?? [])];
    const empty = firstFocus.current === 'first-empty' ? fields.find((f) => f.value.trim() === '') : undefined;
    (empty ?? fields[0])?.focus();
  }, [ref]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      // a dialog (paste, confirmations) closes itself with Esc
      if (document.querySelector('dialog[open]') || (event.target instanceof Element && event.target.closest('dialog'))) return;
      event.preventDefault();
      close.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
