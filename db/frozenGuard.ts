/**
 * The db's refusal of a card save or deletion that would change, add or remove a value of a closed monitoring date.
 * Why in the write path of every card (cardWriter.ts): the API, the import and any later caller are refused the same
 * way, whatever the screen shows; the rule itself is the pure `frozenEdits` the screen also uses.
 */
import type Database from 'better-sqlite3';
import { frozenEdits, frozenEditsMessage } from '../shared/frozenValues';
import type { Card } from '../shared/model';
import { readCards } from './cardRows';
import { closedDatesOf } from './monitoringHistory';
import { PlanFileError } from './planFileError';

/** Throws when replacing card `cardId` (0 = new) of the plan by `next` (null = deleting it) touches a closed value. */
export function assertNoFrozenEdits(db: Database.Database, planId: number, cardId: number, next: Card | null): void {
  const closed = closedDatesOf(db, planId);
  if (closed.size === 0) return;
  const stored = cardId === 0 ? null : (readCards(db, planId, cardId)[0] ?? null);
  const edits = frozenEdits(stored, next, closed);
  if (edits.length > 0) throw new PlanFileError('conflict', frozenEditsMessage(edits));
}
