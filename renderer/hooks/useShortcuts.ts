/**
 * Window-wide shortcuts: Ctrl+Z undo, Ctrl+Y / Ctrl+Shift+Z redo, Ctrl+F the card list's search box (from anywhere),
 * F1 the help of the screen in use (the browser's own help page is kept from opening).
 * Why: undo must cover every edit of the session, so a field being typed in is committed (blurred) first and
 * then the whole-session history is used instead of the input's own undo.
 */
import { useEffect } from 'react';

export interface ShortcutHandlers {
  undo(): void;
  redo(): void;
  find(): void;
  help(): void;
}

/** Commits the focused field (its blur handler saves) before a history step runs. */
export function commitFocusedField() {
  const active = document.activeElement;
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) active.blur();
}

export function useShortcuts(handlers: ShortcutHandlers) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'F1' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey) {
        event.preventDefault();
        // over another dialog the help would hide it: F1 is for the screen
        if (!document.querySelector('dialog[open]')) handlers.help();
        return;
      }
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        commitFocusedField();
        handlers.undo();
      } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
        event.preventDefault();
        commitFocusedField();
        handlers.redo();
      } else if (key === 'f') {
        event.preventDefault();
        // behind a modal dialog the list is out of reach: the dialog stays where the user is
        if (!document.querySelector('dialog[open]')) handlers.find();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [handlers]);
}
