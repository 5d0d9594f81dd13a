/**
 * The undo/redo stack as pure functions over plain data.
 * Why: every edit (card, settings, catalogues) is a before/after snapshot pair, shown at once on undo and redo
 * while the file reverts the logged change behind it; kept free of React and of the API to be tested directly.
 * The stack outlives a reload: it is rebuilt from the file's change log (historyRows.ts).
 */
import type { EditKind } from '../../shared/changeLog';
import type { Card, Catalogues, PlanSettings } from '../../shared/model';

/**
 * `key`: the entry's identity across undo and redo (the change log entry that last wrote it is found by it).
 * `note`: what the save tells the log beyond the label (a paste, a merge, the reason of a variation).
 */
interface EntryBase {
  planId: number;
  label: string;
  key?: string;
  note?: { kind?: EditKind; reason?: string };
}

export type CardEntry = EntryBase & { kind: 'card'; before: Card | null; after: Card | null };

export type HistoryEntry =
  | CardEntry
  | (EntryBase & { kind: 'settings'; before: PlanSettings; after: PlanSettings })
  | (EntryBase & { kind: 'catalogues'; before: Catalogues; after: Catalogues })
  /**
   * Several edits undone and redone as one step: a catalogue merge that rewrites the cards using it, a block
   * pasted over several cards of the monitoring grid.
   */
  | (EntryBase & { kind: 'batch'; entries: HistoryEntry[] });

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const EMPTY_HISTORY: History = { past: [], future: [] };

/** Upper bound of remembered edits: a long session must not grow without limit. */
export const HISTORY_LIMIT = 500;

export function pushEntry(history: History, entry: HistoryEntry): History {
  const past = [...history.past, entry];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] };
}

/** The entry to undo and the stack after undoing it (null when there is nothing to undo). */
export function takeUndo(history: History): { entry: HistoryEntry; history: History } | null {
  const entry = history.past.at(-1);
  if (!entry) return null;
  return { entry, history: { past: history.past.slice(0, -1), future: [...history.future, entry] } };
}

export function takeRedo(history: History): { entry: HistoryEntry; history: History } | null {
  const entry = history.future.at(-1);
  if (!entry) return null;
  return { entry, history: { past: [...history.past, entry], future: history.future.slice(0, -1) } };
}

/** The snapshot pair reversed: what undoing `entry` must write. */
export function inverse(entry: HistoryEntry): HistoryEntry {
  switch (entry.kind) {
    case 'card':
      return { ...entry, before: entry.after, after: entry.before };
    case 'settings':
      return { ...entry, before: entry.after, after: entry.before };
    case 'catalogues':
      return { ...entry, before: entry.after, after: entry.before };
    case 'batch':
      return { ...entry, entries: entry.entries.map(inverse).reverse() };
  }
}

/**
 * A recreated card gets a new database id: every remembered snapshot of the old card must follow it,
 * otherwise a later undo/redo would write to a card that no longer exists.
 */
export function remapCardId(history: History, oldId: number, newId: number): History {
  const fix = (card: Card | null): Card | null => (card && card.id === oldId ? { ...card, id: newId } : card);
  const fixEntry = (e: HistoryEntry): HistoryEntry => {
    if (e.kind === 'batch') return { ...e, entries: e.entries.map(fixEntry) };
    return e.kind === 'card' ? { ...e, before: fix(e.before), after: fix(e.after) } : e;
  };
  return { past: history.past.map(fixEntry), future: history.future.map(fixEntry) };
}

/** The stack without `entry` (an edit the file refused: undoing or redoing it would mean nothing). */
export function withoutEntry(history: History, entry: HistoryEntry): History {
  const same = (e: HistoryEntry) => e === entry || (entry.key !== undefined && e.key === entry.key);
  if (!history.past.some(same) && !history.future.some(same)) return history;
  return { past: history.past.filter((e) => !same(e)), future: history.future.filter((e) => !same(e)) };
}

/** The card, settings and catalogue snapshots of an entry, a batch flattened. */
export function leavesOf(entry: HistoryEntry): Exclude<HistoryEntry, { kind: 'batch' }>[] {
  return entry.kind === 'batch' ? entry.entries.flatMap(leavesOf) : [entry];
}
