/**
 * Closed monitoring dates (their scores kept as a snapshot) and the amendments of closed values, in the file
 * (migration 8). Why here: closing, reopening and amending are the only writes allowed to touch a closed date, each
 * in one place with its checks; card saves are refused by frozenGuard.ts instead.
 */
import type Database from 'better-sqlite3';
import { formatDate } from '../shared/dates';
import { identicalValues } from '../shared/frozenValues';
import type { Amendment, Closure, IsoDate, ScoreSnapshot, Value } from '../shared/model';
import { scoreSnapshotSchema } from '../shared/schemas';
import { formatValue } from '../shared/values';
import { unreadableClosure } from './closureSnapshots';
import { PlanFileError } from './planFileError';
import { statement } from './statements';
import { decodeValue, encodeValue } from './storedJson';

interface ClosureRow {
  date: string;
  closed_at: string;
  closed_by: string;
  snapshot_json: string;
}

interface AmendmentRow {
  id: number;
  date: string;
  card_id: number | null;
  indicator_id: number | null;
  card_code: string;
  indicator_name: string;
  before_json: string | null;
  after_json: string | null;
  reason: string;
  author: string;
  amended_at: string;
}

function decodeSnapshot(text: string, date: string): ScoreSnapshot {
  const parsed = scoreSnapshotSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw unreadableClosure(date);
  return parsed.data;
}

export function readClosures(db: Database.Database, planId: number): Closure[] {
  const rows = statement(db, 'SELECT date, closed_at, closed_by, snapshot_json FROM monitoring_dates WHERE plan_id = ? AND closed_at IS NOT NULL ORDER BY date').all(planId) as ClosureRow[];
  return rows.map((row) => ({ date: row.date, closedAt: row.closed_at, closedBy: row.closed_by, snapshot: decodeSnapshot(row.snapshot_json, row.date) }));
}

/** The closing of `date`, or null when it is open (or not a date of the plan). */
export function readClosure(db: Database.Database, planId: number, date: IsoDate): Closure | null {
  const row = statement(db, 'SELECT date, closed_at, closed_by, snapshot_json FROM monitoring_dates WHERE plan_id = ? AND date = ? AND closed_at IS NOT NULL').get(planId, date) as
    | ClosureRow
    | undefined;
  return row ? { date: row.date, closedAt: row.closed_at, closedBy: row.closed_by, snapshot: decodeSnapshot(row.snapshot_json, row.date) } : null;
}

/** Reopens a closed date: its values become editable again (the closing stays in the change log, snapshot included). */
export function removeClosure(db: Database.Database, planId: number, date: IsoDate): void {
  const result = statement(db, 'UPDATE monitoring_dates SET closed_at = NULL, closed_by = NULL, snapshot_json = NULL WHERE plan_id = ? AND date = ? AND closed_at IS NOT NULL').run(
    planId,
    date,
  );
  if (result.changes === 0) throw new PlanFileError('conflict', `Il monitoraggio al ${formatDate(date)} non è chiuso: non c'è nulla da riaprire.`);
}

export function closedDatesOf(db: Database.Database, planId: number): Set<IsoDate> {
  const rows = statement(db, 'SELECT date FROM monitoring_dates WHERE plan_id = ? AND closed_at IS NOT NULL').all(planId) as { date: string }[];
  return new Set(rows.map((r) => r.date));
}

/** Closes an open date of the plan, keeping `closure.snapshot`; refused for a date that is not listed or already closed. */
export function writeClosure(db: Database.Database, planId: number, closure: Closure): void {
  const row = statement(db, 'SELECT closed_at FROM monitoring_dates WHERE plan_id = ? AND date = ?').get(planId, closure.date) as { closed_at: string | null } | undefined;
  const shown = formatDate(closure.date);
  if (!row) throw new PlanFileError('not-found', `Il ${shown} non è una data di monitoraggio del piano: aggiungerla in Impostazioni prima di chiuderla.`);
  if (row.closed_at !== null) throw new PlanFileError('conflict', `Il monitoraggio al ${shown} è già chiuso.`);
  statement(db, 'UPDATE monitoring_dates SET closed_at = ?, closed_by = ?, snapshot_json = ? WHERE plan_id = ? AND date = ?').run(
    closure.closedAt,
    closure.closedBy,
    JSON.stringify(closure.snapshot),
    planId,
    closure.date,
  );
}

const decodeOptional = (text: string | null, where: string): Value | null => (text === null ? null : decodeValue(text, where));

export function readAmendments(db: Database.Database, planId: number): Amendment[] {
  const rows = statement(db, 'SELECT * FROM amendments WHERE plan_id = ? ORDER BY amended_at, id').all(planId) as AmendmentRow[];
  return rows.map((row) => {
    const where = `rettifica della scheda ${row.card_code}`;
    return {
      id: row.id,
      date: row.date,
      cardId: row.card_id,
      indicatorId: row.indicator_id,
      cardCode: row.card_code,
      indicatorName: row.indicator_name,
      before: decodeOptional(row.before_json, where),
      after: decodeOptional(row.after_json, where),
      reason: row.reason,
      author: row.author,
      amendedAt: row.amended_at,
    };
  });
}

/** Stores an amendment as given (its card and indicator must be of the plan, or null); returns its id. */
export function writeAmendment(db: Database.Database, planId: number, amendment: Omit<Amendment, 'id'>): number {
  const result = statement(
    db,
    `INSERT INTO amendments (plan_id, date, card_id, indicator_id, card_code, indicator_name, before_json, after_json, reason, author, amended_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    planId,
    amendment.date,
    amendment.cardId,
    amendment.indicatorId,
    amendment.cardCode,
    amendment.indicatorName,
    amendment.before === null ? null : encodeValue(amendment.before),
    amendment.after === null ? null : encodeValue(amendment.after),
    amendment.reason,
    amendment.author,
    amendment.amendedAt,
  );
  return Number(result.lastInsertRowid);
}

export interface AmendRequest {
  cardId: number;
  indicatorId: number;
  date: IsoDate;
  /** null = the value is removed. */
  value: Value | null;
  reason: string;
}

/** Corrects one value of a closed date and records the amendment (call in a transaction); returns it. */
export function amendClosedValue(db: Database.Database, planId: number, request: AmendRequest, author: string, amendedAt: string): Amendment {
  const { cardId, indicatorId, date, value } = request;
  const shown = formatDate(date);
  if (!closedDatesOf(db, planId).has(date)) {
    throw new PlanFileError('conflict', `Il monitoraggio al ${shown} non è chiuso: il valore si modifica direttamente nella scheda, senza rettifica.`);
  }
  const reason = request.reason.trim();
  if (reason === '') throw new PlanFileError('conflict', 'Una rettifica richiede il motivo: indicarlo.');
  const target = statement(
    db,
    'SELECT c.code AS code, i.name AS name FROM indicators i JOIN cards c ON c.id = i.card_id WHERE i.id = ? AND c.id = ? AND c.plan_id = ?',
  ).get(indicatorId, cardId, planId) as { code: string; name: string } | undefined;
  if (!target) throw new PlanFileError('not-found', "L'indicatore da rettificare non esiste più in questa scheda: ricaricare il piano.");
  const stored = statement(db, 'SELECT value_json FROM measurements WHERE indicator_id = ? AND date = ?').get(indicatorId, date) as { value_json: string } | undefined;
  const storedValue = stored ? decodeValue(stored.value_json, `scheda ${target.code}, valore al ${shown}`) : null;
  const before = storedValue && !(storedValue.kind === 'missing' && storedValue.mark === '') ? storedValue : null;
  const after = value && !(value.kind === 'missing' && value.mark === '') ? value : null;
  if (identicalValues(before, after)) {
    throw new PlanFileError('conflict', `Il valore al ${shown} è già ${after === null ? 'vuoto' : formatValue(after)}: non c'è nulla da rettificare.`);
  }
  statement(db, 'DELETE FROM measurements WHERE indicator_id = ? AND date = ?').run(indicatorId, date);
  if (after !== null) statement(db, 'INSERT INTO measurements (indicator_id, date, value_json) VALUES (?, ?, ?)').run(indicatorId, date, encodeValue(after));
  // The card changed: a window holding the older version must not write over the amendment (row versions).
  statement(db, 'UPDATE cards SET version = version + 1 WHERE id = ? AND plan_id = ?').run(cardId, planId);
  const amendment: Omit<Amendment, 'id'> = { date, cardId, indicatorId, cardCode: target.code, indicatorName: target.name, before, after, reason, author, amendedAt };
  return { id: writeAmendment(db, planId, amendment), ...amendment };
}
