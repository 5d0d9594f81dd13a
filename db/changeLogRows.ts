/**
 * The exact rows of a change-log entry, stored as differences (migration 12). Each card, settings or catalogues
 * row of an entry is one `change_log_rows` row, and it is the file that holds the whole values:
 * - the newest row of a card keeps no copy of its `after`: it IS the card as the file holds it now (`c`, with a
 *   digest that must match, or the row cannot be rebuilt: never rebuilt other than it was);
 * - when a later entry changes the card, the row's `after` becomes the difference from that entry's `before` (`n`,
 *   nothing at all when every write went through the log), and every MAX_RUN rows one stays whole (`w`), so a row
 *   is rebuilt by walking at most MAX_RUN entries forward;
 * - each `before` is the difference from its own `after` (`p`).
 * Status, closings of monitoring dates and whole plans stay in `change_log.rows_json`, with the order of the parts. Why: each entry stored the
 * whole card twice (2.000 saves on a ×100 plan: 7,6 → 30,4 MB); an edit of one value now stores a few dozen bytes.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ChangeRows, RowChange } from '../shared/changeLog';
import { readCards } from './cardRows';
import { readCatalogues } from './catalogueStore';
import { applyDelta, jsonDelta, type Delta, type Json } from './jsonDelta';
import { PlanFileError } from './planFileError';
import { readSettings } from './planRows';
import { sameJsonText } from './sameJsonText';
import { statement } from './statements';

/** At most this many rows in a row are rebuilt from the next one: the next is kept whole. */
export const MAX_RUN = 16;

type Part = 'card' | 'settings' | 'catalogues';
/** `w` whole; `c` the value the file holds now (its digest); `n` a delta from the next row's before; `x` lost. */
type StoredAfter = { w: Json } | { c: string } | { n: Delta | null } | { x: 1 };
/** `w` whole; `p` a delta from the row's own after. */
type StoredBefore = { w: Json } | { p: Delta | null };

interface StoredRow {
  change_id: number;
  position: number;
  part: Part;
  row_id: number;
  run: number;
  before_json: string;
  after_json: string;
}

/** Every part of an entry but the rows stored apart (status, closings, a whole plan, any part added later), whole. */
type EntryShell = { v: 2; keys: string[] } & Omit<ChangeRows, 'settings' | 'catalogues' | 'cards'>;

const unreadable = (id: number) =>
  new PlanFileError('corrupt', `La voce n. ${id} del registro delle modifiche non è leggibile: ripristinare una copia di sicurezza.`);
const lost = (id: number) =>
  new PlanFileError(
    'corrupt',
    `La voce n. ${id} del registro delle modifiche non si può ricostruire: ciò che ha scritto è stato cambiato fuori da PIRA Desk. ` +
      'Il suo dettaglio resta nello storico; per tornare a quello stato usare una copia di sicurezza.',
  );

function parse<T>(text: string, id: number): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw unreadable(id);
  }
}

const normal = (value: unknown): Json => (value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Json));
const text = (value: unknown) => JSON.stringify(value ?? null);
/** The digest of a value's JSON text (what a newest row checks the file's row against). */
const digestOf = (json: string) => createHash('sha1').update(json).digest('base64');
const digest = (value: Json) => digestOf(text(value));

/** The card, settings or catalogues the file holds now (null: gone). */
function current(db: Database.Database, part: Part, rowId: number): Json {
  if (part === 'card') {
    const plan = statement(db, 'SELECT plan_id FROM cards WHERE id = ?').get(rowId) as { plan_id: number } | undefined;
    return plan ? normal(readCards(db, plan.plan_id, rowId)[0] ?? null) : null;
  }
  if (statement(db, 'SELECT 1 FROM plans WHERE id = ?').get(rowId) === undefined) return null;
  return normal(part === 'settings' ? readSettings(db, rowId) : readCatalogues(db, rowId));
}

const ROW = 'SELECT change_id, position, part, row_id, run, before_json, after_json FROM change_log_rows';

/** Rebuilds stored rows, remembering every side it rebuilt (a run is walked once per read). */
class Rebuilder {
  private readonly sides = new Map<string, Json>();
  constructor(private readonly db: Database.Database) {}

  private next(row: StoredRow): StoredRow | undefined {
    return statement(this.db, `${ROW} WHERE part = ? AND row_id = ? AND change_id > ? ORDER BY change_id, position LIMIT 1`).get(row.part, row.row_id, row.change_id) as
      | StoredRow
      | undefined;
  }

  private remember(key: string, build: () => Json): Json {
    if (!this.sides.has(key)) this.sides.set(key, build());
    return this.sides.get(key)!;
  }

  after(row: StoredRow): Json {
    return this.remember(`${row.change_id}:${row.position}:a`, () => {
      const stored = parse<StoredAfter>(row.after_json, row.change_id);
      if ('w' in stored) return stored.w;
      if ('x' in stored) throw lost(row.change_id);
      if ('c' in stored) {
        const now = current(this.db, row.part, row.row_id);
        if (digest(now) !== stored.c) throw lost(row.change_id);
        return now;
      }
      const next = this.next(row);
      if (!next) throw unreadable(row.change_id);
      return applyDelta(this.before(next), stored.n);
    });
  }

  before(row: StoredRow): Json {
    return this.remember(`${row.change_id}:${row.position}:b`, () => {
      const stored = parse<StoredBefore>(row.before_json, row.change_id);
      return 'w' in stored ? stored.w : applyDelta(this.after(row), stored.p);
    });
  }
}

/** What `change_log.rows_json` holds for `rows`: the order of the parts and, whole, every part not stored apart. */
export function rowsShell(rows: ChangeRows): string {
  const { settings: _settings, catalogues: _catalogues, cards: _cards, ...whole } = rows;
  const shell: EntryShell = { v: 2, keys: Object.keys(rows), ...whole };
  return JSON.stringify(shell);
}

/** The newest row of a card, settings or catalogues before entry `changeId`. */
function newest(db: Database.Database, part: Part, rowId: number, changeId: number): StoredRow | undefined {
  return statement(db, `${ROW} WHERE part = ? AND row_id = ? AND change_id < ? ORDER BY change_id DESC, position DESC LIMIT 1`).get(part, rowId, changeId) as
    | StoredRow
    | undefined;
}

const setAfter = (db: Database.Database, row: StoredRow, after: StoredAfter, run: number) =>
  statement(db, 'UPDATE change_log_rows SET after_json = ?, run = ? WHERE change_id = ? AND position = ?').run(JSON.stringify(after), run, row.change_id, row.position);

/**
 * The newest row of the value that entry `changeId` changes stops being "what the file holds now": its `after`
 * becomes the delta from `before` (the value as the new entry found it), whole every MAX_RUN rows. Returns the run
 * the new row continues (0: it starts one). `recall`: the true `after` of rows, when the caller knows it (migration).
 * The text of `before` is made only when a newest row is there to compare it with.
 */
function demote(
  db: Database.Database,
  part: Part,
  rowId: number,
  changeId: number,
  before: Json,
  recall?: Map<string, Json>,
  whole = false,
): number {
  const previous = newest(db, part, rowId, changeId);
  if (!previous) return 0;
  const stored = parse<StoredAfter>(previous.after_json, previous.change_id);
  if (!('c' in stored)) return 0;
  const known = recall?.get(`${part}:${rowId}`);
  if (digestOf(text(before)) !== stored.c) {
    // Written outside the log since: that row's after survives only if the caller knows it.
    setAfter(db, previous, known === undefined ? { x: 1 } : { w: known }, 0);
    return 0;
  }
  if (whole || previous.run >= MAX_RUN) {
    setAfter(db, previous, { w: before }, 0);
    return 0;
  }
  setAfter(db, previous, { n: null }, previous.run);
  return previous.run + 1;
}

const rowIdOf = (part: Part, change: RowChange<unknown>, planId: number | null): number => {
  if (part !== 'card') return planId ?? 0;
  return ((change.after ?? change.before) as { id?: number } | null)?.id ?? 0;
};

/**
 * Stores the card, settings and catalogues rows of entry `changeId` (of plan `planId`) as differences. `recall`
 * (migration 12) remembers each value's latest `after`, to keep it whole where the file no longer holds it.
 */
export function writeRows(db: Database.Database, changeId: number, planId: number | null, rows: ChangeRows, recall?: Map<string, Json>): void {
  const insert = statement(db, 'INSERT INTO change_log_rows (change_id, position, part, row_id, run, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const parts: [Part, RowChange<unknown>][] = [
    ...(rows.settings ? [['settings', rows.settings] as [Part, RowChange<unknown>]] : []),
    ...(rows.catalogues ? [['catalogues', rows.catalogues] as [Part, RowChange<unknown>]] : []),
    ...rows.cards.map((change): [Part, RowChange<unknown>] => ['card', change]),
  ];
  parts.forEach(([part, change], position) => {
    // Texts are made only for the digests: the check below compares the delta's result with `before` as JSON texts
    // without writing them (sameJsonText.ts), at once where both share their unchanged rows (writtenCard.ts).
    const before = (change.before ?? null) as Json;
    const after = (change.after ?? null) as Json;
    const rowId = rowIdOf(part, change, planId);
    const run = before === null ? 0 : demote(db, part, rowId, changeId, before, recall, false);
    let storedBefore: StoredBefore = after === null ? { w: before } : { p: jsonDelta(after, before) };
    if (after !== null && !sameJsonText(applyDelta(after, (storedBefore as { p: Delta | null }).p), before)) storedBefore = { w: before };
    const storedAfter: StoredAfter = after === null ? { w: null } : { c: digestOf(text(after)) };
    insert.run(changeId, position, part, rowId, after === null ? 0 : run, JSON.stringify(storedBefore), JSON.stringify(storedAfter));
    recall?.set(`${part}:${rowId}`, after);
  });
  // A removed plan takes its cards, settings and catalogues along: their newest rows keep what they held, whole.
  const removed = rows.plan?.before;
  if (removed) {
    for (const card of removed.cards) demote(db, 'card', card.id, changeId + 1, normal(card), recall, true);
    demote(db, 'settings', removed.id, changeId + 1, normal(removed.settings), recall, true);
    demote(db, 'catalogues', removed.id, changeId + 1, normal(removed.catalogues), recall, true);
  }
}

/** The rows of entry `changeId` as they were written, rebuilt from the stored differences and the file. */
export function readRows(db: Database.Database, changeId: number, rowsJson: string): ChangeRows {
  const shell = parse<EntryShell>(rowsJson, changeId);
  if (shell.v !== 2) throw unreadable(changeId);
  const rebuild = new Rebuilder(db);
  const stored = statement(db, `${ROW} WHERE change_id = ? ORDER BY position`).all(changeId) as StoredRow[];
  const side = (row: StoredRow) => ({ before: rebuild.before(row), after: rebuild.after(row) });
  const byPart = (part: Part) => stored.filter((row) => row.part === part).map(side);
  const { v: _v, keys: _keys, ...whole } = shell;
  const parts: Record<string, unknown> = { ...whole, settings: byPart('settings')[0], catalogues: byPart('catalogues')[0], cards: byPart('card') };
  return Object.fromEntries(shell.keys.map((key) => [key, parts[key]])) as unknown as ChangeRows;
}

/** Migration 12, at the end: a newest row whose value the file no longer holds as logged keeps the logged value whole. */
export function settleNewestRows(db: Database.Database, recall: Map<string, Json>): void {
  const newestRows = db.prepare(`${ROW} WHERE after_json LIKE '{"c":%'`).all() as StoredRow[];
  for (const row of newestRows) {
    const stored = parse<StoredAfter>(row.after_json, row.change_id);
    if ('c' in stored && digest(current(db, row.part, row.row_id)) === stored.c) continue;
    const known = recall.get(`${row.part}:${row.row_id}`);
    setAfter(db, row, known === undefined ? { x: 1 } : { w: known }, 0);
  }
}

/**
 * Before a schema migration changes how the file's rows read, the newest rows stop relying on them: each keeps its
 * value whole (one whose value was changed outside the log cannot be rebuilt, and says so).
 */
export function materializeNewestRows(db: Database.Database): void {
  const newestRows = db.prepare(`${ROW} WHERE after_json LIKE '{"c":%'`).all() as StoredRow[];
  for (const row of newestRows) {
    const stored = parse<StoredAfter>(row.after_json, row.change_id);
    const now = current(db, row.part, row.row_id);
    setAfter(db, row, 'c' in stored && digest(now) === stored.c ? { w: now } : { x: 1 }, 0);
  }
}
