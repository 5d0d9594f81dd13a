/**
 * Keyboard focus over the windowed card rows: the list is one Tab stop (the active row's code link), ↑/↓, Home/End
 * and PgUp/PgDn move it, and a row outside the rendered window is scrolled into it before it takes the focus.
 * Why: with thousands of rows, Tab through every card is useless; and a row far down is not in the DOM yet.
 */
import { useCallback, useEffect, useState, type KeyboardEvent, type RefObject } from 'react';

export interface RowFocus {
  /** The row whose link is the list's Tab stop. */
  active: string | null;
  /** Makes `code` the active row, scrolls it into view and focuses it once rendered. */
  focusRow(code: string): void;
  /** Makes `code` the active row (it already has the focus). */
  activate(code: string): void;
  onRowKeyDown(event: KeyboardEvent, code: string): void;
}

const PAGE_ROWS = 10;

export function useRowFocus(
  shown: readonly string[],
  containerRef: RefObject<HTMLElement | null>,
  rowHeight: number,
  activeCode: string | null,
  setActiveCode: (code: string) => void,
  onLeaveTop: () => void,
): RowFocus {
  const [pending, setPending] = useState<string | null>(null);
  const active = activeCode !== null && shown.includes(activeCode) ? activeCode : (shown[0] ?? null);

  const focusRow = useCallback(
    (code: string) => {
      const index = shown.indexOf(code);
      if (index < 0) return;
      setActiveCode(code);
      const box = containerRef.current;
      if (box) {
        const header = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
        const top = index * rowHeight;
        if (top < box.scrollTop) box.scrollTop = top;
        else if (header + top + rowHeight > box.scrollTop + box.clientHeight) box.scrollTop = header + top + rowHeight - box.clientHeight;
      }
      setPending(code);
    },
    [shown, containerRef, rowHeight, setActiveCode],
  );

  // Runs after every render until the requested row is in the DOM (a scroll re-renders the window first).
  useEffect(() => {
    if (pending === null) return;
    const link = containerRef.current?.querySelector<HTMLElement>(`a[data-code="${CSS.escape(pending)}"]`);
    if (!link) return;
    link.focus({ preventScroll: true });
    setPending(null);
  });

  const onRowKeyDown = (event: KeyboardEvent, code: string) => {
    const index = shown.indexOf(code);
    const target = (() => {
      switch (event.key) {
        case 'ArrowDown':
          return index + 1;
        case 'ArrowUp':
          return index - 1;
        case 'PageDown':
          return index + PAGE_ROWS;
        case 'PageUp':
          return index - PAGE_ROWS;
        case 'Home':
          return 0;
        case 'End':
          return shown.length - 1;
        default:
          return null;
      }
    })();
    if (target === null || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    if (target < 0 && event.key === 'ArrowUp') return onLeaveTop();
    const next = shown[Math.max(0, Math.min(shown.length - 1, target))];
    if (next !== undefined) focusRow(next);
  };

  return { active, focusRow, activate: setActiveCode, onRowKeyDown };
}
