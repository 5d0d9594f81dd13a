/**
 * Reads cards of a plan (all, or one) with their indicators, targets and measurements: one query per table,
 * assembled in memory. Why a module of its own: loading is the hot path (a plan opens with every card), so the
 * many-row tables are read as raw arrays (an object per row cost more than the query) and each stored value
 * text is decoded once.
 */
import type Database from 'better-sqlite3';
import type { Card, Indicator, Operator } from '../shared/model';
import { statement } from './statements';
import { decodeFootnotes, valueDecoder, type ValueDecoder } from './storedJson';

interface CardRow {
  id: number;
  position: number;
  code: string;
  title: string;
  missione: string;
  programma: string;
  ambito_line: string;
  obiettivo_strategico: string;
  description: string;
  resources_euros: number | null;
  area: string;
  office: string;
  footnotes_json: string;
  weight: number;
  origin_card_id: number | null;
  version: number;
}

/** An indicator row as read raw: the columns of INDICATOR_COLUMNS, in that order. */
type IndicatorRow = [
  id: number,
  cardId: number,
  name: string,
  algoritmo: string,
  tipologia: string,
  udm: string,
  operator: Operator,
  weight: number,
  note: string,
  fonte: string,
  kpiCode: string,
  cap: number | null,
  uncapped: number,
  overridePerformance: number | null,
  overrideJustification: string | null,
  originIndicatorId: number | null,
];
const INDICATOR_COLUMNS =
  'i.id, i.card_id, i.name, i.algoritmo, i.tipologia, i.udm, i.operator, i.weight, i.note, i.fonte, i.kpi_code, i.cap, ' +
  'i.uncapped, i.override_performance, i.override_justification, i.origin_indicator_id';

/** A target or measurement row as read raw: indicator id, year or date, stored value. */
type ValueRow = [indicatorId: number, key: number | string, valueJson: string];

/**
 * `some` restricts every query to one card (`AND c.id = ?`) or to the cards of a JSON array of ids; otherwise the
 * whole plan. Every query follows the card order of the `cards_by_position` and `indicators_by_card` indexes, so
 * SQLite never sorts in a temp table.
 */
function queries(some: 'all' | 'one' | 'listed') {
  const only = { all: '', one: ' AND c.id = ?', listed: ' AND c.id IN (SELECT value FROM json_each(?))' }[some];
  const where = `c.plan_id = ?${only}`;
  return {
    cards: `SELECT c.* FROM cards c WHERE ${where} ORDER BY c.position, c.id`,
    indicators: `SELECT ${INDICATOR_COLUMNS} FROM indicators i JOIN cards c ON c.id = i.card_id WHERE ${where}
                 ORDER BY c.position, c.id, i.position, i.id`,
    targets: `SELECT t.indicator_id, t.year AS key, t.value_json FROM targets t
              JOIN indicators i ON i.id = t.indicator_id JOIN cards c ON c.id = i.card_id WHERE ${where}
              ORDER BY c.position, c.id, i.position, i.id, t.year`,
    measurements: `SELECT m.indicator_id, m.date AS key, m.value_json FROM measurements m
                   JOIN indicators i ON i.id = m.indicator_id JOIN cards c ON c.id = i.card_id WHERE ${where}
                   ORDER BY c.position, c.id, i.position, i.id, m.date`,
  };
}

/** A table's raw rows in plan order and how far the walk has read them. */
interface Cursor {
  rows: ValueRow[];
  at: number;
}

/** Where the run of rows of `indicatorId` ends (the rows are in plan order, so an indicator's rows are adjacent). */
function runEnd(cursor: Cursor, indicatorId: number): number {
  let end = cursor.at;
  while (end < cursor.rows.length && cursor.rows[end]![0] === indicatorId) end++;
  return end;
}

/** No closure per indicator or value: this runs for every indicator of the plan at every open. */
function toIndicator(row: IndicatorRow, cardCode: string, targetRows: Cursor, measurementRows: Cursor, decode: ValueDecoder): Indicator {
  const [id, , name, algoritmo, tipologia, udm, operator, weight, note, fonte, kpiCode, cap, uncapped, overridePerformance, overrideJustification, originId] = row;
  const targets: Indicator['targets'] = [];
  for (const end = runEnd(targetRows, id); targetRows.at < end; targetRows.at++) {
    const [, year, json] = targetRows.rows[targetRows.at]!;
    targets.push({ year: Number(year), value: decode(json, cardCode, name, 'target', year) });
  }
  const measurements: Indicator['measurements'] = [];
  for (const end = runEnd(measurementRows, id); measurementRows.at < end; measurementRows.at++) {
    const [, date, json] = measurementRows.rows[measurementRows.at]!;
    measurements.push({ date: String(date), value: decode(json, cardCode, name, 'valore al', date) });
  }
  const indicator: Indicator = { id, name, algoritmo, tipologia, udm, operator, targets, measurements, weight, note, fonte, kpiCode };
  if (uncapped === 1) indicator.cap = 'none';
  else if (cap !== null) indicator.cap = cap;
  if (overridePerformance !== null && overrideJustification !== null) {
    indicator.override = { performance: overridePerformance, justification: overrideJustification };
  }
  if (originId !== null) indicator.originId = originId;
  return indicator;
}

function toCard(row: CardRow, indicators: Indicator[]): Card {
  const card: Card = {
    id: row.id,
    code: row.code,
    title: row.title,
    missione: row.missione,
    programma: row.programma,
    ambitoLine: row.ambito_line,
    obiettivoStrategico: row.obiettivo_strategico,
    description: row.description,
    resources: row.resources_euros === null ? { kind: 'internal' } : { kind: 'amount', euros: row.resources_euros },
    area: row.area,
    office: row.office,
    footnotes: decodeFootnotes(row.footnotes_json, `scheda ${row.code}, note`),
    weight: row.weight,
    position: row.position,
    indicators,
    version: row.version,
  };
  if (row.origin_card_id !== null) card.originId = row.origin_card_id;
  return card;
}

/**
 * The cards of `planId` in plan order, or only card `cardId`, or only the cards of the list `cardId` (leaving out
 * ids not in that plan). The four queries share one total order, so each card's indicators, and each indicator's
 * targets and measurements, are the next run of rows: one walk assembles them, with no per-table map.
 */
export function readCards(db: Database.Database, planId: number, cardId?: number | readonly number[]): Card[] {
  const some = cardId === undefined ? 'all' : typeof cardId === 'number' ? 'one' : 'listed';
  const sql = queries(some);
  const params = cardId === undefined ? [planId] : [planId, typeof cardId === 'number' ? cardId : JSON.stringify(cardId)];
  const cards = statement(db, sql.cards).all(...params) as CardRow[];
  const raw = <T>(query: string) => statement(db, query).raw(true).all(...params) as T[];
  const indicatorRows = raw<IndicatorRow>(sql.indicators);
  const targets: Cursor = { rows: raw<ValueRow>(sql.targets), at: 0 };
  const measurements: Cursor = { rows: raw<ValueRow>(sql.measurements), at: 0 };
  const decode = valueDecoder();
  let next = 0;
  const result = cards.map((card) => {
    const indicators: Indicator[] = [];
    while (next < indicatorRows.length && indicatorRows[next]![1] === card.id) {
      indicators.push(toIndicator(indicatorRows[next++]!, card.code, targets, measurements, decode));
    }
    return toCard(card, indicators);
  });
  if (next !== indicatorRows.length || targets.at !== targets.rows.length || measurements.at !== measurements.rows.length) {
    throw new Error('readCards: righe fuori ordine nel file del piano');
  }
  return result;
}
