/**
 * Between the undo stack's snapshots and the change log's rows: an entry rebuilt from a logged change (after a reload
 * of the file), and the rows of an entry about to be saved (to ask for a reason before changing an approved plan).
 * Why apart: the two shapes say the same thing; only here do they meet.
 */
import type { ChangeRows, StackItem } from '../../shared/changeLog';
import { changeDetails } from '../../shared/changeDetails';
import type { PlanDocument } from '../../shared/model';
import { refusalFor, statusOf } from '../../shared/planStatus';
import { inverse, leavesOf, type HistoryEntry } from './history';

/** The entry that writes a logged change's rows (`past`), or that redoes it from its undo entry (`future`). */
export function entryFromItem(item: StackItem, planId: number, side: 'past' | 'future'): HistoryEntry | null {
  const base = { planId, label: item.label, key: `log:${item.changeId}`, ...(item.reason ? { note: { reason: item.reason } } : {}) };
  const { rows } = item;
  const leaves: HistoryEntry[] = [
    ...(rows.settings?.before && rows.settings.after ? [{ ...base, kind: 'settings' as const, before: rows.settings.before, after: rows.settings.after }] : []),
    ...(rows.catalogues?.before && rows.catalogues.after ? [{ ...base, kind: 'catalogues' as const, before: rows.catalogues.before, after: rows.catalogues.after }] : []),
    ...rows.cards.map((row) => ({ ...base, kind: 'card' as const, before: row.before, after: row.after })),
  ];
  const [only] = leaves;
  if (!only || rows.plan || rows.status) return null;
  const entry: HistoryEntry = leaves.length === 1 ? only : { ...base, kind: 'batch', entries: leaves };
  return side === 'past' ? entry : inverse(entry);
}

export function rowsOfEntry(entry: HistoryEntry): ChangeRows {
  const rows: ChangeRows = { cards: [] };
  for (const leaf of leavesOf(entry)) {
    if (leaf.kind === 'card') rows.cards.push({ before: leaf.before, after: leaf.after });
    else if (leaf.kind === 'settings') rows.settings = { before: leaf.before, after: leaf.after };
    else rows.catalogues = { before: leaf.before, after: leaf.after };
  }
  return rows;
}

/** Why the plan's status refuses `entry` as it is (null: it can be saved), by the rule the file applies too. */
export function statusRefusal(doc: Pick<PlanDocument, 'settings' | 'status'>, entry: HistoryEntry): string | null {
  return refusalFor(statusOf(doc), doc.settings.year, changeDetails(rowsOfEntry(entry)), entry.note?.reason);
}
