/**
 * The undo/redo stack of one user on one plan, rebuilt from the change log: what Ctrl+Z and Ctrl+Y would write
 * after the file was closed and opened again. Why pure: the rule (which entries count, what an undo and a redo move)
 * is table-tested on its own; the db only feeds it the user's entries in order.
 */
import type { ChangeKind } from './changeLog';

export interface StackSource {
  id: number;
  kind: ChangeKind;
  revertsId: number | null;
}

/** Entries an editor writes: each is one undo step (a revert from the history too: Ctrl+Z undoes it). */
const STEP_KINDS: ReadonlySet<ChangeKind> = new Set(['edit', 'paste', 'merge', 'revert']);

/** The kinds the stack reads (the caller may pass only these). */
export const STACK_KINDS: readonly ChangeKind[] = [...STEP_KINDS, 'undo', 'redo'];

/** How many steps are kept each way. */
export const STACK_LIMIT = 100;

/**
 * `past`: ids whose rows are the file's latest state, newest last (Ctrl+Z reverts the last). `future`: ids of the
 * undo entries, newest last (Ctrl+Y reverts the last). A new step clears the future, as in the session.
 */
export function undoStack(entries: readonly StackSource[]): { past: number[]; future: number[] } {
  let past: number[] = [];
  let future: number[] = [];
  for (const entry of entries) {
    if (STEP_KINDS.has(entry.kind)) {
      past.push(entry.id);
      future = [];
    } else if (entry.kind === 'undo' && entry.revertsId !== null && past.includes(entry.revertsId)) {
      past = past.filter((id) => id !== entry.revertsId);
      future.push(entry.id);
    } else if (entry.kind === 'redo' && entry.revertsId !== null && future.includes(entry.revertsId)) {
      future = future.filter((id) => id !== entry.revertsId);
      past.push(entry.id);
    }
  }
  return { past: past.slice(-STACK_LIMIT), future: future.slice(-STACK_LIMIT) };
}
