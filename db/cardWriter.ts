/**
 * Writes one card with all its indicators, targets and measurements (call inside a transaction).
 * Why: a saved card replaces the stored one completely; indicator ids survive an edit so the UI keeps its place.
 */
import type Database from 'better-sqlite3';
import type { Card, Indicator } from '../shared/model';
import { assertNoFrozenEdits } from './frozenGuard';
import { PlanFileError, assertCurrentVersion } from './planFileError';
import { statement } from './statements';
import { encodeFootnotes, encodeValue } from './storedJson';

function assertNoDuplicate(keys: readonly (string | number)[], message: (key: string | number) => string): void {
  const seen = new Set<string | number>();
  for (const key of keys) {
    if (seen.has(key)) throw new PlanFileError('conflict', message(key));
    seen.add(key);
  }
}

/** Storage invariants of a card: unique target years and measurement dates, indicator ids listed once. */
function assertCardStorable(card: Card): void {
  const ids = card.indicators.map((i) => i.id).filter((id) => id !== 0);
  assertNoDuplicate(ids, (id) => `Scheda ${card.code}: l'indicatore n. ${id} compare due volte; ricaricare il piano.`);
  for (const ind of card.indicators) {
    const where = `Scheda ${card.code}, indicatore «${ind.name}»`;
    assertNoDuplicate(
      ind.targets.map((t) => t.year),
      (year) => `${where}: il target dell'anno ${year} compare due volte.`,
    );
    assertNoDuplicate(
      ind.measurements.map((m) => m.date),
      (date) => `${where}: il valore rilevato alla data ${date} compare due volte.`,
    );
  }
}

function assertCodeFree(db: Database.Database, planId: number, card: Card): void {
  const holder = statement(db, 'SELECT id FROM cards WHERE plan_id = ? AND code = ?').get(planId, card.code) as
    | { id: number }
    | undefined;
  if (holder && holder.id !== card.id) {
    throw new PlanFileError(
      'conflict',
      `Esiste già una scheda con codice «${card.code}» in questo piano: scegliere un altro codice.`,
    );
  }
}

function cardParams(planId: number, card: Card) {
  return {
    plan_id: planId,
    position: card.position,
    code: card.code,
    title: card.title,
    missione: card.missione,
    programma: card.programma,
    ambito_line: card.ambitoLine,
    obiettivo_strategico: card.obiettivoStrategico,
    description: card.description,
    resources_euros: card.resources.kind === 'amount' ? card.resources.euros : null,
    area: card.area,
    office: card.office,
    footnotes_json: encodeFootnotes(card.footnotes),
    weight: card.weight,
  };
}

/** The columns of a card but those its indexes hold (plan, position, code). */
const CARD_FIELDS = 'title, missione, programma, ambito_line, obiettivo_strategico, description, resources_euros, area, office, footnotes_json, weight';
const CARD_COLUMNS = `plan_id, position, code, ${CARD_FIELDS}`;
/** The columns of an indicator but those its index holds (card, position). */
const INDICATOR_FIELDS = 'name, algoritmo, tipologia, udm, operator, weight, note, fonte, kpi_code, cap, uncapped, override_performance, override_justification';
const INDICATOR_COLUMNS = `card_id, position, ${INDICATOR_FIELDS}`;
const placeholders = (columns: string) => columns.split(', ').map((c) => `@${c}`).join(', ');
/** The origin link is written on insert only (updates never touch it); an origin deleted meanwhile is left empty. */
const CARD_ORIGIN = '(SELECT id FROM cards WHERE id = @origin_card_id)';
const INDICATOR_ORIGIN = '(SELECT id FROM indicators WHERE id = @origin_indicator_id)';
const assignments = (columns: string) => columns.split(', ').map((c) => `${c} = @${c}`).join(', ');
// The statements' texts, made once: each card written looks its statements up by text (statements.ts).
const INSERT_INDICATOR = `INSERT INTO indicators (id, ${INDICATOR_COLUMNS}, origin_indicator_id) VALUES (@id, ${placeholders(INDICATOR_COLUMNS)}, ${INDICATOR_ORIGIN})`;
const UPDATE_INDICATOR = `UPDATE indicators SET ${assignments(INDICATOR_COLUMNS)} WHERE id = @id`;
// A row updated where it is (same card, same position; for a card also the same plan and code) leaves the indexed
// columns out: SQLite rewrites an index entry whenever its columns are assigned, even to the value they hold, and
// leaves a row whose content is the same as it was. The file reads the same either way.
const UPDATE_INDICATOR_IN_PLACE = `UPDATE indicators SET ${assignments(INDICATOR_FIELDS)} WHERE id = @id`;
const INSERT_CARD = `INSERT INTO cards (id, ${CARD_COLUMNS}, origin_card_id) VALUES (@id, ${placeholders(CARD_COLUMNS)}, ${CARD_ORIGIN})`;
const UPDATE_CARD = `UPDATE cards SET ${assignments(CARD_COLUMNS)}, version = version + 1 WHERE id = @id AND plan_id = @plan_id`;
const UPDATE_CARD_IN_PLACE = `UPDATE cards SET ${assignments(CARD_FIELDS)}, version = version + 1 WHERE id = @id AND plan_id = @plan_id`;

function indicatorParams(cardId: number, position: number, ind: Indicator) {
  return {
    card_id: cardId,
    position,
    name: ind.name,
    algoritmo: ind.algoritmo,
    tipologia: ind.tipologia,
    udm: ind.udm,
    operator: ind.operator,
    weight: ind.weight,
    note: ind.note,
    fonte: ind.fonte,
    kpi_code: ind.kpiCode,
    cap: typeof ind.cap === 'number' ? ind.cap : null,
    uncapped: ind.cap === 'none' ? 1 : 0,
    override_performance: ind.override ? ind.override.performance : null,
    override_justification: ind.override ? ind.override.justification : null,
  };
}

/** `id` when no row of `table` has it (a row brought back by a revert keeps its id), else null (a new id). */
function freeId(db: Database.Database, table: 'cards' | 'indicators', id: number): number | null {
  return statement(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) === undefined ? id : null;
}

/** A target's year or a measurement's date, and the value's stored text. */
type ValueRow = [key: number | string, valueJson: string];
const byKey = (a: ValueRow, b: ValueRow) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const sameRows = (a: readonly ValueRow[], b: readonly ValueRow[]) => a.length === b.length && a.every((row, i) => row[0] === b[i]![0] && row[1] === b[i]![1]);

/**
 * Writes the targets or the measurements of indicator `id` (`updating`: it is not new). Rows the file already holds,
 * all of them the same, are left alone: deleting and inserting them again dirtied their pages for nothing (an import
 * changing one value of an indicator rewrote its three targets).
 */
function writeValues(db: Database.Database, table: 'targets' | 'measurements', key: 'year' | 'date', id: number, rows: ValueRow[], updating: boolean): void {
  if (updating) {
    const held = statement(db, `SELECT ${key}, value_json FROM ${table} WHERE indicator_id = ? ORDER BY ${key}`).raw(true).all(id) as ValueRow[];
    if (sameRows(held, [...rows].sort(byKey))) return;
    statement(db, `DELETE FROM ${table} WHERE indicator_id = ?`).run(id);
  }
  const insert = statement(db, `INSERT INTO ${table} (indicator_id, ${key}, value_json) VALUES (?, ?, ?)`);
  for (const [rowKey, valueJson] of rows) insert.run(id, rowKey, valueJson);
}

/**
 * `stored`: the card as the file holds it, when the caller has it (an import): an indicator that is the very object
 * at the same position there was not changed, and its rows are left as they are.
 */
function writeIndicators(db: Database.Database, card: Card, cardId: number, restoreIds: boolean, stored?: Card): void {
  // The card's indicators in the file, by id with their position.
  const storedIds = new Map(
    (statement(db, 'SELECT id, position FROM indicators WHERE card_id = ?').all(cardId) as { id: number; position: number }[]).map((r) => [r.id, r.position]),
  );
  const kept = new Set(card.indicators.map((i) => i.id).filter((id) => id !== 0 && (!restoreIds || storedIds.has(id))));
  for (const id of kept) {
    if (!storedIds.has(id)) {
      throw new PlanFileError(
        'conflict',
        `Scheda ${card.code}: l'indicatore n. ${id} non appartiene a questa scheda (forse è stato modificato altrove); ricaricare il piano.`,
      );
    }
  }
  const remove = statement(db, 'DELETE FROM indicators WHERE id = ?');
  for (const id of storedIds.keys()) if (!kept.has(id)) remove.run(id);
  const insert = statement(db, INSERT_INDICATOR);
  card.indicators.forEach((ind, position) => {
    if (stored?.indicators[position] === ind && kept.has(ind.id)) return;
    const params = indicatorParams(cardId, position, ind);
    let id = ind.id;
    const updating = id !== 0 && kept.has(id);
    if (!updating) {
      const wanted = id !== 0 && restoreIds ? freeId(db, 'indicators', id) : null;
      id = Number(insert.run({ ...params, id: wanted, origin_indicator_id: ind.originId ?? null }).lastInsertRowid);
    } else {
      statement(db, storedIds.get(id) === position ? UPDATE_INDICATOR_IN_PLACE : UPDATE_INDICATOR).run({ ...params, id });
    }
    writeValues(db, 'targets', 'year', id, ind.targets.map((t) => [t.year, encodeValue(t.value)]), updating);
    writeValues(db, 'measurements', 'date', id, ind.measurements.map((m) => [m.date, encodeValue(m.value)]), updating);
  });
}

/** Card `cardId` of `planId` as the file holds it, refusing a card that is not there or a stale `sent` version. */
function assertCardCurrent(db: Database.Database, planId: number, cardId: number, sent: number | undefined, action?: string): { code: string; position: number } {
  const stored = statement(db, 'SELECT code, version, position FROM cards WHERE id = ? AND plan_id = ?').get(cardId, planId) as
    | { code: string; version: number; position: number }
    | undefined;
  if (!stored) throw cardNotFound(cardId);
  assertCurrentVersion(sent, stored.version, { what: `la scheda ${stored.code}`, modified: 'modificata' }, action);
  return stored;
}

/**
 * Inserts (id 0) or replaces card `card.id` of `planId` (refused when `card.version` is stale); returns its id.
 * `restoreIds` (a revert): a card or indicator the file no longer has is inserted again with its id when it is free.
 * `stored`: the card `card.id` as the file holds it now (see writeIndicators).
 */
export function writeCard(db: Database.Database, planId: number, card: Card, options: { restoreIds?: boolean; stored?: Card } = {}): number {
  assertCardStorable(card);
  const restoreIds = options.restoreIds === true;
  const restoring = restoreIds && card.id !== 0 && freeId(db, 'cards', card.id) !== null;
  const current = card.id !== 0 && !restoring ? assertCardCurrent(db, planId, card.id, card.version) : null;
  assertCodeFree(db, planId, card);
  assertNoFrozenEdits(db, planId, card.id, card);
  let cardId = card.id;
  if (cardId === 0 || restoring) {
    const insert = statement(db, INSERT_CARD);
    cardId = Number(insert.run({ ...cardParams(planId, card), id: restoring ? card.id : null, origin_card_id: card.originId ?? null }).lastInsertRowid);
  } else {
    const inPlace = current !== null && current.code === card.code && current.position === card.position;
    statement(db, inPlace ? UPDATE_CARD_IN_PLACE : UPDATE_CARD).run({ ...cardParams(planId, card), id: cardId });
  }
  writeIndicators(db, card, cardId, restoreIds, options.stored?.id === cardId ? options.stored : undefined);
  return cardId;
}

export function cardNotFound(cardId: number): PlanFileError {
  return new PlanFileError(
    'not-found',
    `La scheda n. ${cardId} non esiste in questo piano (forse è stata eliminata): ricaricare il piano.`,
  );
}

/** Deletes a card; `version`, when given, must be the stored one (a stale window cannot delete newer work). */
export function deleteCardRow(db: Database.Database, planId: number, cardId: number, version?: number): void {
  assertCardCurrent(db, planId, cardId, version, 'La scheda non è stata eliminata');
  assertNoFrozenEdits(db, planId, cardId, null);
  statement(db, 'DELETE FROM cards WHERE id = ? AND plan_id = ?').run(cardId, planId);
}
