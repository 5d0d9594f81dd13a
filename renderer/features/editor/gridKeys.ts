/**
 * Spreadsheet keys of the typed grid cells and the focus moves they cause, shared by the card and monitoring grids.
 * Why: entering a season of values is typing a column top to bottom — Enter and ↓/↑ move down/up the same column
 * (Shift+Enter up), Esc restores the cell, F2 edits inside it; Tab/Shift+Tab stay the browser's (across).
 * A grid is any element with `data-grid`; its rows carry `data-grid-row`; a column's inputs share a `name`.
 */
import { useEffect, type RefObject } from 'react';

export type CellKeyAction = 'down' | 'up' | 'restore' | 'edit' | null;

export interface KeyModifiers {
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** What a key pressed in a grid cell does (null = the browser's own behaviour). Alt+↑/↓ belong to the row moves. */
export function cellKeyAction(key: string, mods: KeyModifiers): CellKeyAction {
  if (mods.altKey || mods.ctrlKey || mods.metaKey) return null;
  switch (key) {
    case 'Enter':
      return mods.shiftKey ? 'up' : 'down';
    case 'ArrowDown':
      return mods.shiftKey ? null : 'down';
    case 'ArrowUp':
      return mods.shiftKey ? null : 'up';
    case 'Escape':
      return 'restore';
    case 'F2':
      return 'edit';
    default:
      return null;
  }
}

function gridRows(from: Element): { rows: Element[]; at: number } | null {
  const grid = from.closest('[data-grid]');
  const row = from.closest('[data-grid-row]');
  if (!grid || !row) return null;
  const rows = Array.from(grid.querySelectorAll('[data-grid-row]'));
  return { rows, at: rows.indexOf(row) };
}

/** Focuses the cell of column `name` `delta` rows away; false when there is no such row (the focus stays). */
export function focusInColumn(from: HTMLElement, name: string, delta: number): boolean {
  const found = gridRows(from);
  const target = found?.rows[found.at + delta]?.querySelector<HTMLElement>(`[name="${name}"]`);
  if (!target) return false;
  target.focus();
  return true;
}

/** Focuses the first cell of column `name` in `grid`, the first empty one if any (Alt+V: "go to the values"). */
export function focusColumnStart(grid: Element, name: string): boolean {
  const cells = Array.from(grid.querySelectorAll<HTMLInputElement>(`[data-grid-row] input[name="${name}"]`));
  const target = cells.find((cell) => cell.value === '') ?? cells[0];
  if (!target) return false;
  target.focus();
  return true;
}

/** Alt+V anywhere on the screen: the focus goes to the values column of the grid (`grid`, column `name`). */
export function useValuesShortcut(grid: RefObject<Element | null>, name: string) {
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.code !== 'KeyV') return;
      if (grid.current && focusColumnStart(grid.current, name)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [grid, name]);
}
