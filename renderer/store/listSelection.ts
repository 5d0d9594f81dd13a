/**
 * The card list's selection as pure functions over codes: one box, a Shift-click range, all filtered rows, and the
 * selected cards in plan order. Why: export and print of "selected cards" must mean exactly the ticked rows, not
 * whatever the filters show, and these rules are easier to trust when tested without a browser.
 */
import type { Card } from '../../shared/model';

export type SelectionState = 'none' | 'some' | 'all';

/** Ticks or unticks `codes` (order kept: earlier selections first). */
function setMany(selected: readonly string[], codes: readonly string[], on: boolean): string[] {
  if (!on) {
    const drop = new Set(codes);
    return selected.filter((code) => !drop.has(code));
  }
  const have = new Set(selected);
  return [...selected, ...codes.filter((code) => !have.has(code))];
}

export function toggleCode(selected: readonly string[], code: string): string[] {
  return setMany(selected, [code], !selected.includes(code));
}

/**
 * Shift-click: every shown row from the anchor (the last box clicked) to `target` takes the state `target` gets,
 * as in a file manager. Without a visible anchor only `target` changes.
 */
export function selectRange(selected: readonly string[], shown: readonly string[], anchor: string | null, target: string): string[] {
  const on = !selected.includes(target);
  const from = anchor === null ? -1 : shown.indexOf(anchor);
  const to = shown.indexOf(target);
  if (from < 0 || to < 0) return setMany(selected, [target], on);
  return setMany(selected, shown.slice(Math.min(from, to), Math.max(from, to) + 1), on);
}

/** The header box: ticks every shown (filtered) row, or unticks them when they are all ticked already. */
export function toggleAllShown(selected: readonly string[], shown: readonly string[]): string[] {
  return setMany(selected, shown, selectionState(selected, shown) !== 'all');
}

export function selectionState(selected: readonly string[], shown: readonly string[]): SelectionState {
  if (selected.length === 0) return 'none'; // the list of a plan just opened: no set of its codes to walk
  const have = new Set(selected);
  const ticked = shown.filter((code) => have.has(code)).length;
  if (ticked === 0) return 'none';
  return ticked === shown.length ? 'all' : 'some';
}

/** The selected codes that still name a card of the plan, in plan order (as export and print list them). */
export function selectedInPlanOrder(selected: readonly string[], cards: readonly Pick<Card, 'code' | 'position'>[]): string[] {
  const have = new Set(selected);
  return [...cards].sort((a, b) => a.position - b.position).filter((c) => have.has(c.code)).map((c) => c.code);
}
