/**
 * Reads cards of a plan (all, or one, or a list) with their indicators, targets and measurements: one query per
 * table, assembled in memory. Why a module of its own: loading is the hot path (a plan opens with every card, an
 * import reads the whole plan it compares with), and what costs there is not SQLite but making a JavaScript value
 * of every column of every row. So a row's texts come joined in one text, split here; a table of values comes as
 * one text, walked in place (valueText.ts); and each stored value text is decoded once.
 */
import type Database from 'better-sqlite3';
import type { Card, Indicator, Operator } from '../shared/model';
import { unreadableRows } from './planFileError';
import { statement } from './statements';
import { decodeFootnotes, valueDecoder, type ValueDecoder } from './storedJson';
import { atIndicator, nextField, SEP, valueText, type ValueText } from './valueText';

/**
 * What the joined texts are split at (valueText.ts's SEP): a control character the editor's rules refuse in every text
 * (schemas.ts). A stored text holding it anyway (a hand-edited file) is read again column by column.
 */
const joined = (columns: readonly string[]) => `concat_ws(char(31), ${columns.join(', ')})`;

const CARD_TEXTS = ['code', 'title', 'missione', 'programma', 'ambito_line', 'obiettivo_strategico', 'description', 'area', 'office', 'footnotes_json'];
/** A card row as read raw: its numbers, then CARD_TEXTS joined. */
type CardRow = [id: number, position: number, resourcesEuros: number | null, weight: number, originId: number | null, version: number, texts: string];
type CardTexts = [code: string, title: string, missione: string, programma: string, ambitoLine: string, obiettivoStrategico: string, description: string, area: string, office: string, footnotes: string];

const INDICATOR_TEXTS = ['name', 'algoritmo', 'tipologia', 'udm', 'operator', 'note', 'fonte', 'kpi_code'];
/** An indicator row as read raw: its numbers and the justification (NULL without an override), then INDICATOR_TEXTS joined. */
type IndicatorRow = [
  id: number,
  cardId: number,
  weight: number,
  cap: number | null,
  uncapped: number,
  overridePerformance: number | null,
  overrideJustification: string | null,
  originId: number | null,
  texts: string,
];
type IndicatorTexts = [name: string, algoritmo: string, tipologia: string, udm: string, operator: Operator, note: string, fonte: string, kpiCode: string];

/**
 * `some` restricts every query to one card (`AND c.id = ?`) or to the cards of a JSON array of ids; otherwise the
 * whole plan. Every query follows the card order of the `cards_by_position` and `indicators_by_card` indexes, so
 * SQLite never sorts in a temp table. A table of values is read as its number of rows and one text (`packed`: each
 * row's indicator id, year or date and stored value, in plan order), or row by row (`rows`).
 */
function queries(some: 'all' | 'one' | 'listed') {
  const only = { all: '', one: ' AND c.id = ?', listed: ' AND c.id IN (SELECT value FROM json_each(?))' }[some];
  const where = `c.plan_id = ?${only}`;
  const values = (table: 'targets' | 'measurements', key: 'year' | 'date') => {
    const rows = (columns: string) =>
      `SELECT ${columns} FROM ${table} v JOIN indicators i ON i.id = v.indicator_id JOIN cards c ON c.id = i.card_id
       WHERE ${where} ORDER BY c.position, c.id, i.position, i.id, v.${key}`;
    const columns = ['v.indicator_id', `v.${key}`, 'v.value_json'];
    return { rows: rows(columns.join(', ')), packed: `SELECT count(*), group_concat(row, char(31)) FROM (${rows(`${joined(columns)} AS row`)})` };
  };
  return {
    cards: `SELECT c.id, c.position, c.resources_euros, c.weight, c.origin_card_id, c.version, ${joined(CARD_TEXTS.map((t) => `c.${t}`))}
            FROM cards c WHERE ${where} ORDER BY c.position, c.id`,
    indicators: `SELECT i.id, i.card_id, i.weight, i.cap, i.uncapped, i.override_performance, i.override_justification,
                   i.origin_indicator_id, ${joined(INDICATOR_TEXTS.map((t) => `i.${t}`))}
                 FROM indicators i JOIN cards c ON c.id = i.card_id WHERE ${where} ORDER BY c.position, c.id, i.position, i.id`,
    targets: values('targets', 'year'),
    measurements: values('measurements', 'date'),
  };
}

const CARD_TEXTS_OF = `SELECT ${CARD_TEXTS.join(', ')} FROM cards WHERE id = ?`;
const INDICATOR_TEXTS_OF = `SELECT ${INDICATOR_TEXTS.join(', ')} FROM indicators WHERE id = ?`;

/** The texts of row `id` joined in `texts`; read again one by one (`sql`) when a text holds the separator. */
function split<T extends string[]>(db: Database.Database, texts: string, count: number, sql: string, id: number): T {
  const parts = texts.split(SEP);
  return (parts.length === count ? parts : statement(db, sql).raw(true).get(id)) as T;
}

/**
 * No closure per indicator or value: this runs for every indicator of the plan at every open. The values are gathered
 * in a reused array and copied at their size: an array grown by push keeps room for 16 items, which was a fifth of
 * the memory a plan takes.
 */
function toIndicator(db: Database.Database, row: IndicatorRow, cardCode: string, targetRows: ValueText, measurementRows: ValueText, decode: ValueDecoder): Indicator {
  const [id, , weight, cap, uncapped, overridePerformance, overrideJustification, originId, texts] = row;
  const [name, algoritmo, tipologia, udm, operator, note, fonte, kpiCode] = split<IndicatorTexts>(db, texts, INDICATOR_TEXTS.length, INDICATOR_TEXTS_OF, id);
  targetRows.scratch.length = 0;
  while (atIndicator(targetRows, id)) {
    nextField(targetRows);
    const year = nextField(targetRows);
    targetRows.scratch.push({ year: Number(year), value: decode(nextField(targetRows), cardCode, name, 'target', year) });
  }
  measurementRows.scratch.length = 0;
  while (atIndicator(measurementRows, id)) {
    nextField(measurementRows);
    const date = nextField(measurementRows);
    measurementRows.scratch.push({ date, value: decode(nextField(measurementRows), cardCode, name, 'valore al', date) });
  }
  const targets = targetRows.scratch.slice() as Indicator['targets'];
  const measurements = measurementRows.scratch.slice() as Indicator['measurements'];
  const indicator: Indicator = { id, name, algoritmo, tipologia, udm, operator, targets, measurements, weight, note, fonte, kpiCode };
  if (uncapped === 1) indicator.cap = 'none';
  else if (cap !== null) indicator.cap = cap;
  if (overridePerformance !== null && overrideJustification !== null) {
    indicator.override = { performance: overridePerformance, justification: overrideJustification };
  }
  if (originId !== null) indicator.originId = originId;
  return indicator;
}

function toCard(row: CardRow, texts: CardTexts, indicators: Indicator[]): Card {
  const [id, position, resourcesEuros, weight, originId, version] = row;
  const [code, title, missione, programma, ambitoLine, obiettivoStrategico, description, area, office, footnotes] = texts;
  const card: Card = {
    id,
    code,
    title,
    missione,
    programma,
    ambitoLine,
    obiettivoStrategico,
    description,
    resources: resourcesEuros === null ? { kind: 'internal' } : { kind: 'amount', euros: resourcesEuros },
    area,
    office,
    footnotes: decodeFootnotes(footnotes, `scheda ${code}, note`),
    weight,
    position,
    indicators,
    version,
  };
  if (originId !== null) card.originId = originId;
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
  const cards = statement(db, sql.cards).raw(true).all(...params) as CardRow[];
  const indicatorRows = statement(db, sql.indicators).raw(true).all(...params) as IndicatorRow[];
  const targets = valueText(db, sql.targets, params);
  const measurements = valueText(db, sql.measurements, params);
  const decode = valueDecoder();
  let next = 0;
  const result = cards.map((card) => {
    const texts = split<CardTexts>(db, card[6], CARD_TEXTS.length, CARD_TEXTS_OF, card[0]);
    let end = next;
    while (end < indicatorRows.length && indicatorRows[end]![1] === card[0]) end++;
    const indicators: Indicator[] = new Array(end - next);
    for (let k = 0; next < end; k++) indicators[k] = toIndicator(db, indicatorRows[next++]!, texts[0], targets, measurements, decode);
    return toCard(card, texts, indicators);
  });
  if (next !== indicatorRows.length || targets.at < targets.text.length || measurements.at < measurements.text.length) {
    throw unreadableRows('righe di indicatori, target o valori');
  }
  return result;
}
