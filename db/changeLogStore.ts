/**
 * The change log's rows (migration 9): writing an entry with the cards it touched, listing entries with filters,
 * reading one with its exact rows (stored as differences since migration 12: changeLogRows.ts), and the entries the
 * undo stack and a refused revert need.
 * Why apart from the journal: this is only SQL and JSON; what goes into an entry is decided in changeJournal.ts.
 */
import type Database from 'better-sqlite3';
import { isChangeKind, type ChangeDetail, type ChangeEntry, type ChangeFilter, type ChangeInfo, type ChangeRows, type TouchedCard } from '../shared/changeLog';
import { STACK_KINDS, type StackSource } from '../shared/changeStack';
import { readRows, rowsShell, writeRows } from './changeLogRows';
import { PlanFileError } from './planFileError';
import { statement } from './statements';

/** An entry to write: a listed entry's fields before it has an id or a revert, with the rows it replaced. */
export type NewEntry = Omit<ChangeEntry, 'id' | 'revertedBy' | 'info'> & { info: ChangeInfo | null; rows: ChangeRows };

interface EntryRow {
  id: number;
  plan_id: number | null;
  plan_year: number;
  changed_at: string;
  user_name: string;
  computer: string;
  kind: string;
  label: string;
  reason: string | null;
  variation: number;
  reverts_id: number | null;
  info_json: string | null;
  details_json: string;
  reverted_by: number | null;
}

/** An entry with the rows it replaced (what a revert and the undo stack read). */
export type StoredEntry = ChangeEntry & { rows: ChangeRows };

const DEFAULT_LIMIT = 200;
const MAX_LIMIT = 2_000;

function unreadable(id: number): PlanFileError {
  return new PlanFileError('corrupt', `La voce n. ${id} del registro delle modifiche non è leggibile: ripristinare una copia di sicurezza.`);
}

function parsed<T>(text: string, id: number): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw unreadable(id);
  }
}

export function writeEntry(db: Database.Database, entry: NewEntry): number {
  const result = statement(
    db,
    `INSERT INTO change_log (plan_id, plan_year, changed_at, user_name, computer, kind, label, reason, variation, reverts_id, info_json, details_json, rows_json)
     VALUES (@planId, @planYear, @at, @user, @computer, @kind, @label, @reason, @variation, @revertsId, @info, @details, @rows)`,
  ).run({
    planId: entry.planId,
    planYear: entry.planYear,
    at: entry.at,
    user: entry.user,
    computer: entry.computer,
    kind: entry.kind,
    label: entry.label,
    reason: entry.reason,
    variation: entry.variation ? 1 : 0,
    revertsId: entry.revertsId,
    info: entry.info === null ? null : JSON.stringify(entry.info),
    details: JSON.stringify(entry.details),
    rows: rowsShell(entry.rows),
  });
  const id = Number(result.lastInsertRowid);
  writeRows(db, id, entry.planId, entry.rows);
  const touched = statement(db, 'INSERT INTO change_log_cards (change_id, card_id, code) VALUES (?, ?, ?)');
  for (const card of entry.cards) touched.run(id, card.id, card.code);
  return id;
}

const SELECT_ENTRY = `SELECT l.id, l.plan_id, l.plan_year, l.changed_at, l.user_name, l.computer, l.kind, l.label, l.reason, l.variation,
    l.reverts_id, l.info_json, l.details_json, (SELECT max(r.id) FROM change_log r WHERE r.reverts_id = l.id) AS reverted_by
  FROM change_log l`;

function toEntry(db: Database.Database, row: EntryRow): ChangeEntry {
  if (!isChangeKind(row.kind)) throw unreadable(row.id);
  const cards = statement(db, 'SELECT card_id AS id, code FROM change_log_cards WHERE change_id = ? ORDER BY rowid').all(row.id) as TouchedCard[];
  return {
    id: row.id,
    planId: row.plan_id,
    planYear: row.plan_year,
    at: row.changed_at,
    user: row.user_name,
    computer: row.computer,
    kind: row.kind,
    label: row.label,
    reason: row.reason,
    variation: row.variation === 1,
    revertsId: row.reverts_id,
    revertedBy: row.reverted_by,
    cards,
    details: parsed<ChangeDetail[]>(row.details_json, row.id),
    ...(row.info_json === null ? {} : { info: parsed<ChangeInfo>(row.info_json, row.id) }),
  };
}

/** Local midnight of an ISO date as an instant: the log keeps UTC instants, the user thinks in local days. */
function localMidnight(isoDate: string, dayOffset = 0): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + dayOffset).toISOString();
}

/** Entries matching `filter`, newest first, and whether older ones match too. */
export function listEntries(db: Database.Database, filter: ChangeFilter): { entries: ChangeEntry[]; more: boolean } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const add = (clause: string, values: Record<string, unknown>) => {
    where.push(clause);
    Object.assign(params, values);
  };
  if (filter.planId !== undefined) add('l.plan_id = @planId', { planId: filter.planId });
  if (filter.card) {
    add(
      'EXISTS (SELECT 1 FROM change_log_cards c WHERE c.change_id = l.id AND (c.card_id = @cardId OR c.code = @cardCode))',
      { cardId: filter.card.id ?? null, cardCode: filter.card.code ?? null },
    );
  }
  if (filter.since) add('l.changed_at >= @since', { since: localMidnight(filter.since) });
  if (filter.until) add('l.changed_at < @until', { until: localMidnight(filter.until, 1) });
  if (filter.user) add('l.user_name = @user', { user: filter.user });
  if (filter.kind) add('l.kind = @kind', { kind: filter.kind });
  if (filter.variationsOnly) add('l.variation = 1', {});
  if (filter.beforeId !== undefined) add('l.id < @beforeId', { beforeId: filter.beforeId });
  const limit = Math.min(filter.limit ?? DEFAULT_LIMIT, MAX_LIMIT);
  const rows = db
    .prepare(`${SELECT_ENTRY} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY l.id DESC LIMIT ${limit + 1}`)
    .all(params) as EntryRow[];
  return { entries: rows.slice(0, limit).map((row) => toEntry(db, row)), more: rows.length > limit };
}

/** The users who changed the plan (the history's filter offers them). */
export function entryUsers(db: Database.Database, planId: number): string[] {
  return (statement(db, 'SELECT DISTINCT user_name FROM change_log WHERE plan_id = ? ORDER BY user_name').all(planId) as { user_name: string }[]).map(
    (r) => r.user_name,
  );
}

export function readEntry(db: Database.Database, id: number): StoredEntry | null {
  const row = statement(db, `${SELECT_ENTRY} WHERE l.id = ?`).get(id) as EntryRow | undefined;
  if (!row) return null;
  const { rows_json } = statement(db, 'SELECT rows_json FROM change_log WHERE id = ?').get(id) as { rows_json: string };
  return { ...toEntry(db, row), rows: readRows(db, id, rows_json) };
}

/** The entries of one user and computer on a plan that the undo stack reads, oldest first. */
export function stackSources(db: Database.Database, planId: number, user: string, computer: string): StackSource[] {
  const kinds = STACK_KINDS.map((k) => `'${k}'`).join(', ');
  return statement(
    db,
    `SELECT id, kind, reverts_id AS revertsId FROM change_log WHERE plan_id = ? AND user_name = ? AND computer = ? AND kind IN (${kinds}) ORDER BY id`,
  ).all(planId, user, computer) as StackSource[];
}

/** The first entry after `afterId` that touched the card (by id or code), or the plan's settings/catalogues/status. */
export function laterEntryTouching(
  db: Database.Database,
  planId: number,
  afterId: number,
  target: { card: TouchedCard } | { part: 'settings' | 'catalogues' | 'status' },
): ChangeEntry | null {
  const row =
    'card' in target
      ? statement(
          db,
          `${SELECT_ENTRY} WHERE l.id > ? AND EXISTS (SELECT 1 FROM change_log_cards c WHERE c.change_id = l.id AND (c.card_id = ? OR c.code = ?)) ORDER BY l.id LIMIT 1`,
        ).get(afterId, target.card.id, target.card.code)
      : target.part === 'status'
        ? statement(db, `${SELECT_ENTRY} WHERE l.id > ? AND l.plan_id = ? AND json_extract(l.rows_json, '$.status') IS NOT NULL ORDER BY l.id LIMIT 1`).get(afterId, planId)
        : statement(
            db,
            `${SELECT_ENTRY} WHERE l.id > ? AND l.plan_id = ? AND EXISTS (SELECT 1 FROM change_log_rows r WHERE r.change_id = l.id AND r.part = ?) ORDER BY l.id LIMIT 1`,
          ).get(afterId, planId, target.part);
  return row ? toEntry(db, row as EntryRow) : null;
}
