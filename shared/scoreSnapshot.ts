/**
 * The scores of a plan at a monitoring date, taken when the date is closed and kept in the file as they were, and
 * how to find a card's part of it later ("valori chiusi al 30/06/2024: 38%").
 * Why: after closing, a target, a weight or the policy may still change, and amendments correct values; the
 * snapshot is what the plan said on the day it was closed.
 */
import type { Card, IsoDate, PlanDocument, ScoreSnapshot, SnapshotCard } from './model';
import { valueAt } from './monitoringDates';
import { scorePlan } from './scoring';

export function takeSnapshot(doc: PlanDocument, date: IsoDate): ScoreSnapshot {
  const score = scorePlan(doc, date);
  return {
    date,
    performance: score.performance,
    cards: doc.cards.map((card, c) => {
      const cardScore = score.cards[c]?.score;
      return {
        cardId: card.id,
        code: card.code,
        title: card.title,
        performance: cardScore?.performance ?? null,
        indicators: card.indicators.map((indicator, i) => ({
          indicatorId: indicator.id,
          name: indicator.name,
          value: valueAt(indicator, date) ?? null,
          performance: cardScore?.indicators[i]?.performance ?? null,
          reason: cardScore?.indicators[i]?.reason ?? '',
        })),
      };
    }),
  };
}

/** The card's entry in a snapshot: by id, else by code (a card saved only after closing has none). */
export function snapshotCard(snapshot: ScoreSnapshot, card: Pick<Card, 'id' | 'code'>): SnapshotCard | undefined {
  return snapshot.cards.find((c) => c.cardId !== 0 && c.cardId === card.id) ?? snapshot.cards.find((c) => c.code === card.code);
}

/** A snapshot whose card and indicator ids are translated (a plan copied into another file gets new ids). */
export function withNewIds(snapshot: ScoreSnapshot, cardIds: ReadonlyMap<number, number>, indicatorIds: ReadonlyMap<number, number>): ScoreSnapshot {
  return {
    ...snapshot,
    cards: snapshot.cards.map((card) => ({
      ...card,
      cardId: cardIds.get(card.cardId) ?? 0,
      indicators: card.indicators.map((indicator) => ({ ...indicator, indicatorId: indicatorIds.get(indicator.indicatorId) ?? 0 })),
    })),
  };
}
