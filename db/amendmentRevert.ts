/**
 * «Annulla questa modifica» of an amendment (or of anything else that changed only values of closed dates, like the
 * undoing of an amendment): a closed value changes only by amendment, so the revert IS an amendment back to the
 * value before, with its own reason, recorded in the amendments table and in the change log.
 * Why: the generic revert rewrites the card, which the closed-values rule refuses; the officer was offered an
 * «Annulla questa modifica…» that was then always refused.
 */
import type Database from 'better-sqlite3';
import type { ChangeRows } from '../shared/changeLog';
import { formatDate } from '../shared/dates';
import type { Card, IsoDate, Value } from '../shared/model';
import { identicalValues } from '../shared/frozenValues';
import { valueAt } from '../shared/monitoringDates';
import { readCards } from './cardRows';
import { same } from './changeJournal';
import { amendClosedValue, closedDatesOf } from './monitoringHistory';
import { PlanFileError } from './planFileError';

export interface ClosedValueRevert {
  cardId: number;
  indicatorId: number;
  date: IsoDate;
  /** The value to go back to (null = none). */
  value: Value | null;
}

const measured = (card: Card, indicatorId: number, date: IsoDate): Value | null => {
  const indicator = card.indicators.find((i) => i.id === indicatorId);
  return indicator ? (valueAt(indicator, date) ?? null) : null;
};

/** `card` with the values of `dates` taken from `from` (by indicator id). */
function withValuesOf(card: Card, from: Card, dates: readonly IsoDate[]): Card {
  return {
    ...card,
    indicators: card.indicators.map((indicator) => {
      const source = from.indicators.find((i) => i.id === indicator.id);
      const others = indicator.measurements.filter((m) => !dates.includes(m.date));
      const kept = (source?.measurements ?? []).filter((m) => dates.includes(m.date));
      return { ...indicator, measurements: [...others, ...kept].sort((a, b) => a.date.localeCompare(b.date)) };
    }),
  };
}

/**
 * The closed values reverting `rows` would write back, when that is ALL the rows changed (cards only, same
 * indicators); null otherwise (the generic revert applies, and refuses a closed value as any card save does).
 */
export function closedValueReverts(db: Database.Database, planId: number, rows: ChangeRows): ClosedValueRevert[] | null {
  const dates = [...closedDatesOf(db, planId)].sort();
  if (dates.length === 0 || rows.cards.length === 0 || rows.settings || rows.catalogues || rows.status || rows.plan || rows.closures?.length) return null;
  const reverts: ClosedValueRevert[] = [];
  for (const { before, after } of rows.cards) {
    if (!before || !after || !same(withValuesOf(after, before, dates), before)) return null;
    for (const indicator of after.indicators) {
      for (const date of dates) {
        const value = measured(before, indicator.id, date);
        if (!identicalValues(value, measured(after, indicator.id, date))) reverts.push({ cardId: after.id, indicatorId: indicator.id, date, value });
      }
    }
  }
  return reverts.length > 0 ? reverts : null;
}

/** Writes `reverts` as amendments (call in the revert's transaction and journal record); refused without a reason or when the card changed since. */
export function revertByAmendments(db: Database.Database, planId: number, rows: ChangeRows, reverts: readonly ClosedValueRevert[], reason: string | undefined, author: string): void {
  if (!reason?.trim()) {
    const dates = [...new Set(reverts.map((r) => formatDate(r.date)))].join(', ');
    throw new PlanFileError('conflict', `Annullare questa modifica cambia valori del monitoraggio chiuso al ${dates}: è una rettifica, indicarne il motivo.`);
  }
  for (const { after } of rows.cards) {
    const current = after ? (readCards(db, planId, after.id)[0] ?? null) : null;
    if (!after || !current || !same(current, after)) {
      throw new PlanFileError('conflict', `Non si può annullare: la scheda ${after?.code ?? ''} è stata modificata dopo. Nulla è stato modificato.`);
    }
  }
  const at = new Date().toISOString();
  for (const r of reverts) amendClosedValue(db, planId, { cardId: r.cardId, indicatorId: r.indicatorId, date: r.date, value: r.value, reason: reason.trim() }, author, at);
}
