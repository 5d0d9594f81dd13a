/**
 * Closed dates as the card list's header carries them — when, by whom, the ente's performance kept — without the
 * scores kept for each objective, which are read only for the cards asked for (a card opened, every card).
 * Why: a closed date of a plan of 1.800 cards keeps about 2,5 MB of scores; reading, checking and sending them at
 * every open cost more than the whole list. SQLite's JSON functions pick the parts out of the stored snapshot.
 */
import type Database from 'better-sqlite3';
import { formatDate } from '../shared/dates';
import type { Card, Closure, SnapshotCard } from '../shared/model';
import type { ClosedCards } from '../shared/planListing';
import { snapshotCardSchema } from '../shared/schemas';
import { PlanFileError } from './planFileError';
import { statement } from './statements';

/** A closed date's stored snapshot that cannot be read: the refusal of every reading of it (here, db/monitoringHistory.ts). */
export function unreadableClosure(date: string): PlanFileError {
  return new PlanFileError('corrupt', `Il file contiene un dato non leggibile (valori chiusi al ${formatDate(date)}): ripristinare una copia di sicurezza.`);
}

type HeadRow = [date: string, closedAt: string, closedBy: string, valid: number, performance: unknown];

/** The plan's closed dates with `snapshot.cards` left empty (`readSnapshotCards` gives a card's entries). */
export function readClosureHeads(db: Database.Database, planId: number): Closure[] {
  const rows = statement(
    db,
    `SELECT date, closed_at, closed_by, json_valid(snapshot_json),
       CASE WHEN json_valid(snapshot_json) THEN json_extract(snapshot_json, '$.performance') END
     FROM monitoring_dates WHERE plan_id = ? AND closed_at IS NOT NULL ORDER BY date`,
  )
    .raw(true)
    .all(planId) as HeadRow[];
  return rows.map(([date, closedAt, closedBy, valid, performance]) => {
    if (valid !== 1 || !(performance === null || (typeof performance === 'number' && Number.isFinite(performance) && performance >= 0))) throw unreadableClosure(date);
    return { date, closedAt, closedBy, snapshot: { date, performance, cards: [] } };
  });
}

/**
 * Each closed date's entries for `cards` — by id, or by code (how shared/scoreSnapshot.ts `snapshotCard` finds a
 * card's entry) — in the snapshot's order; every closed date is listed, with no entry when none matches.
 */
export function readSnapshotCards(db: Database.Database, planId: number, cards: readonly Pick<Card, 'id' | 'code'>[]): ClosedCards[] {
  const dates = statement(db, 'SELECT date, json_valid(snapshot_json) FROM monitoring_dates WHERE plan_id = ? AND closed_at IS NOT NULL ORDER BY date')
    .raw(true)
    .all(planId) as [string, number][];
  for (const [date, valid] of dates) if (valid !== 1) throw unreadableClosure(date);
  const closed = dates.map(([date]) => date);
  if (closed.length === 0 || cards.length === 0) return closed.map((date) => ({ date, cards: [] }));
  const rows = statement(
    db,
    `SELECT d.date, j.value FROM monitoring_dates d, json_each(d.snapshot_json, '$.cards') j
     WHERE d.plan_id = ? AND d.closed_at IS NOT NULL
       AND (json_extract(j.value, '$.cardId') IN (SELECT value FROM json_each(?)) OR json_extract(j.value, '$.code') IN (SELECT value FROM json_each(?)))
     ORDER BY d.date, j.key`,
  )
    .raw(true)
    .all(planId, JSON.stringify(cards.map((c) => c.id)), JSON.stringify(cards.map((c) => c.code))) as [string, string][];
  const byDate = new Map(closed.map((date) => [date, [] as SnapshotCard[]]));
  for (const [date, json] of rows) {
    const parsed = snapshotCardSchema.safeParse(JSON.parse(json));
    if (!parsed.success) throw unreadableClosure(date);
    byDate.get(date)?.push(parsed.data);
  }
  return [...byDate].map(([date, entries]) => ({ date, cards: entries }));
}
