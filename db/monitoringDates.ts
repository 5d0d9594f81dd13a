/**
 * The monitoring dates of a plan in the file (table monitoring_dates, migration 8) and the invariant that guards
 * them: every date holding values is one of the plan's dates, and a closed date stays in the list.
 * Why checked here: the list is saved with the settings and the values with the cards; only at the end of a write
 * does the file have to be consistent (an import may add a date and its values, its undo removes both).
 */
import type Database from 'better-sqlite3';
import { formatDate } from '../shared/dates';
import type { IsoDate, PlanSettings } from '../shared/model';
import { monitoringDatesOf, unlistedValuesMessage } from '../shared/monitoringDates';
import { PlanFileError } from './planFileError';
import { statement } from './statements';

export function readMonitoringDates(db: Database.Database, planId: number): IsoDate[] {
  return (statement(db, 'SELECT date FROM monitoring_dates WHERE plan_id = ? ORDER BY date').all(planId) as { date: string }[]).map((r) => r.date);
}

/** Replaces the plan's list with the one of `settings` (the defaults when absent); a closed date cannot leave it. */
export function writeMonitoringDates(db: Database.Database, planId: number, settings: PlanSettings): void {
  const dates = new Set(monitoringDatesOf(settings));
  const stored = statement(db, 'SELECT date, closed_at FROM monitoring_dates WHERE plan_id = ?').all(planId) as { date: string; closed_at: string | null }[];
  const closedLeaving = stored.filter((row) => row.closed_at !== null && !dates.has(row.date));
  if (closedLeaving.length > 0) {
    throw new PlanFileError(
      'conflict',
      `Il monitoraggio al ${closedLeaving.map((r) => formatDate(r.date)).join(', ')} è chiuso: la data non si può togliere dall'elenco.`,
    );
  }
  const remove = statement(db, 'DELETE FROM monitoring_dates WHERE plan_id = ? AND date = ?');
  for (const row of stored) if (!dates.has(row.date)) remove.run(planId, row.date);
  const add = statement(db, 'INSERT OR IGNORE INTO monitoring_dates (plan_id, date) VALUES (?, ?)');
  for (const date of dates) add.run(planId, date);
}

/**
 * Refuses a plan whose values sit at a date that is not among its monitoring dates (call at the end of a write).
 * `cardIds`: only these cards can have changed (a write that left the list of dates alone), so only their values are
 * looked at; null looks at the whole plan.
 */
export function assertValuesListed(db: Database.Database, planId: number, cardIds: readonly number[] | null = null): void {
  const unlisted = statement(
    db,
    `SELECT m.date AS date, count(*) AS count FROM measurements m
       JOIN indicators i ON i.id = m.indicator_id JOIN cards c ON c.id = i.card_id
       LEFT JOIN monitoring_dates d ON d.plan_id = c.plan_id AND d.date = m.date
     WHERE c.plan_id = ? AND d.date IS NULL AND (? IS NULL OR c.id IN (SELECT value FROM json_each(?)))
     GROUP BY m.date ORDER BY m.date`,
  ).all(planId, cardIds && 1, cardIds && JSON.stringify(cardIds)) as { date: string; count: number }[];
  if (unlisted.length > 0) throw new PlanFileError('conflict', unlistedValuesMessage(unlisted));
}
