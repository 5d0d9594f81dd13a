/**
 * Origin links of plans stored together from documents (a copy of a whole file, "Salva una copia"): the ids the
 * documents carry are replaced by the new ones, and a link to anything outside the documents is dropped.
 * Why: a link is a row id of the file, meaningless in another file unless it is translated with the rows.
 */
import type Database from 'better-sqlite3';
import type { PlanDocument } from '../shared/model';
import { statement } from './statements';

export interface WrittenPlan {
  doc: PlanDocument;
  /** The new id of each card of `doc`, in the order of `doc.cards`. */
  cardIds: readonly number[];
}

export function relinkOrigins(db: Database.Database, written: readonly WrittenPlan[]): void {
  const newCardId = new Map<number, number>();
  const newIndicatorId = new Map<number, number>();
  const storedIndicators = statement(db, 'SELECT id FROM indicators WHERE card_id = ? ORDER BY position, id');
  const links: { card: number; origin: number | undefined; indicators: { id: number; origin: number | undefined }[] }[] = [];
  for (const { doc, cardIds } of written) {
    doc.cards.forEach((card, c) => {
      const cardId = cardIds[c]!;
      if (card.id !== 0) newCardId.set(card.id, cardId);
      const indicatorIds = (storedIndicators.all(cardId) as { id: number }[]).map((row) => row.id);
      card.indicators.forEach((indicator, i) => {
        if (indicator.id !== 0 && indicatorIds[i] !== undefined) newIndicatorId.set(indicator.id, indicatorIds[i]);
      });
      links.push({
        card: cardId,
        origin: card.originId,
        indicators: card.indicators.map((indicator, i) => ({ id: indicatorIds[i]!, origin: indicator.originId })),
      });
    });
  }
  const linkCard = statement(db, 'UPDATE cards SET origin_card_id = ? WHERE id = ?');
  const linkIndicator = statement(db, 'UPDATE indicators SET origin_indicator_id = ? WHERE id = ?');
  for (const link of links) {
    const origin = link.origin === undefined ? undefined : newCardId.get(link.origin);
    if (origin !== undefined) linkCard.run(origin, link.card);
    for (const indicator of link.indicators) {
      const indicatorOrigin = indicator.origin === undefined ? undefined : newIndicatorId.get(indicator.origin);
      if (indicatorOrigin !== undefined) linkIndicator.run(indicatorOrigin, indicator.id);
    }
  }
}
