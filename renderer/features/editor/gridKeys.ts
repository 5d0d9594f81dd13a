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

/** The typed cells of columns `names`, column after column (in the order given), each top to bottom. */
function cellsOf(grid: Element, names: readonly string[]): HTMLInputElement[] {
  return names.flatMap((name) => Array.from(grid.querySelectorAll<HTMLInputElement>(`[data-grid-row] input[name="${name}"]`)).filter((cell) => !cell.readOnly));
}

/**
 * Alt+V ("go to the values"): the first empty cell of the columns `names` — the open dates in the order the season
 * visits them (shared/monitoringSeason.ts `fillOrder`) — else the first cell of the first one. Closed (read-only)
 * cells are never a target.
 */
export function focusFirstEmpty(grid: Element, names: readonly string[]): boolean {
  const cells = cellsOf(grid, names);
  const target = cells.find((cell) => cell.value === '') ?? cells[0];
  if (!target) return false;
  target.focus();
  return true;
}

/** Alt+N: the next empty cell after `from` in the same visiting order (the first one when `from` is not among them). */
export function focusNextEmpty(grid: Element, names: readonly string[], from: Element | null): boolean {
  const cells = cellsOf(grid, names);
  const at = from instanceof HTMLInputElement ? cells.indexOf(from) : -1;
  const target = cells.slice(at + 1).find((cell) => cell.value === '') ?? (at < 0 ? undefined : cells.slice(0, at).find((cell) => cell.value === ''));
  if (!target) return false;
  target.focus();
  return true;
}

/** Alt+V and Alt+N anywhere on the screen: the focus goes to the (next) empty value of the open dates `names` of `grid`. */
export function useValuesShortcut(grid: RefObject<Element | null>, names: readonly string[]) {
  const key = names.join('|');
  useEffect(() => {
    const order = key === '' ? [] : key.split('|');
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.code !== 'KeyV' && event.code !== 'KeyN') return;
      if (!grid.current || document.querySelector('dialog[open]')) return;
      const moved = event.code === 'KeyV' ? focusFirstEmpty(grid.current, order) : focusNextEmpty(grid.current, order, document.activeElement);
      if (moved) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [grid, key]);
}
