/**
 * The closings and amendments of a plan as parts of its document: read with the plan, closing a date with the
 * snapshot of its scores, and carried into a copy of the file with the new card and indicator ids.
 * Why apart from monitoringHistory.ts: these work on whole documents (scoring, id translation), not on rows.
 */
import type Database from 'better-sqlite3';
import type { Closure, IsoDate, PlanDocument } from '../shared/model';
import { takeSnapshot, withNewIds } from '../shared/scoreSnapshot';
import { readAmendments, readClosures, writeAmendment, writeClosure } from './monitoringHistory';
import { statement } from './statements';

/** The plan's closings and amendments, as document fields present only when there are some. */
export function readMonitoringHistory(db: Database.Database, planId: number): Pick<PlanDocument, 'closures' | 'amendments'> {
  const closures = readClosures(db, planId);
  const amendments = readAmendments(db, planId);
  return { ...(closures.length > 0 ? { closures } : {}), ...(amendments.length > 0 ? { amendments } : {}) };
}

/** Closes `date` of the plan `doc` (as stored now), keeping the scores it gives at that date. */
export function closeDate(db: Database.Database, doc: PlanDocument, date: IsoDate, closedBy: string, closedAt: string): Closure {
  const closure: Closure = { date, closedAt, closedBy, snapshot: takeSnapshot(doc, date) };
  writeClosure(db, doc.id, closure);
  return closure;
}

export interface CopiedPlan {
  doc: PlanDocument;
  planId: number;
  /** The new id of each card of `doc`, in the order of `doc.cards`. */
  cardIds: readonly number[];
}

/** Writes the closings and amendments of documents stored as new plans, their ids translated to the new rows. */
export function copyMonitoringHistory(db: Database.Database, written: readonly CopiedPlan[]): void {
  const storedIndicators = statement(db, 'SELECT id FROM indicators WHERE card_id = ? ORDER BY position, id');
  for (const { doc, planId, cardIds } of written) {
    if (!doc.closures?.length && !doc.amendments?.length) continue;
    const cards = new Map<number, number>();
    const indicators = new Map<number, number>();
    doc.cards.forEach((card, c) => {
      const cardId = cardIds[c];
      if (cardId === undefined) return;
      if (card.id !== 0) cards.set(card.id, cardId);
      const ids = (storedIndicators.all(cardId) as { id: number }[]).map((row) => row.id);
      card.indicators.forEach((indicator, i) => {
        const id = ids[i];
        if (indicator.id !== 0 && id !== undefined) indicators.set(indicator.id, id);
      });
    });
    for (const closure of doc.closures ?? []) writeClosure(db, planId, { ...closure, snapshot: withNewIds(closure.snapshot, cards, indicators) });
    for (const { id: _old, ...amendment } of doc.amendments ?? []) {
      writeAmendment(db, planId, {
        ...amendment,
        cardId: amendment.cardId === null ? null : (cards.get(amendment.cardId) ?? null),
        indicatorId: amendment.indicatorId === null ? null : (indicators.get(amendment.indicatorId) ?? null),
      });
    }
  }
}
