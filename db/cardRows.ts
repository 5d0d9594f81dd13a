/**
 * Reads cards of a plan (all, or one) with their indicators, targets and measurements: one query per table,
 * assembled in memory. Why a module of its own: loading is the hot path (a plan opens with every card).
 */
import type Database from 'better-sqlite3';
import type { Card, Indicator, Operator } from '../shared/model';
import { groupBy } from './groupBy';
import { statement } from './statements';
import { decodeFootnotes, decodeValue } from './storedJson';

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

interface IndicatorRow {
  id: number;
  card_id: number;
  name: string;
  algoritmo: string;
  tipologia: string;
  udm: string;
  operator: Operator;
  weight: number;
  note: string;
  fonte: string;
  kpi_code: string;
  cap: number | null;
  uncapped: number;
  override_performance: number | null;
  override_justification: string | null;
  origin_indicator_id: number | null;
}

interface ValueRow {
  indicator_id: number;
  key: number | string;
  value_json: string;
}

/**
 * `oneCard` restricts every query to one card (`AND c.id = ?`); otherwise the whole plan. Every query follows the
 * card order of the `cards_by_position` and `indicators_by_card` indexes, so SQLite never sorts in a temp table.
 */
function queries(oneCard: boolean) {
  const where = `c.plan_id = ?${oneCard ? ' AND c.id = ?' : ''}`;
  return {
    cards: `SELECT c.* FROM cards c WHERE ${where} ORDER BY c.position, c.id`,
    indicators: `SELECT i.* FROM indicators i JOIN cards c ON c.id = i.card_id WHERE ${where}
                 ORDER BY c.position, c.id, i.position, i.id`,
    targets: `SELECT t.indicator_id, t.year AS key, t.value_json FROM targets t
              JOIN indicators i ON i.id = t.indicator_id JOIN cards c ON c.id = i.card_id WHERE ${where}
              ORDER BY c.position, c.id, i.position, i.id, t.year`,
    measurements: `SELECT m.indicator_id, m.date AS key, m.value_json FROM measurements m
                   JOIN indicators i ON i.id = m.indicator_id JOIN cards c ON c.id = i.card_id WHERE ${where}
                   ORDER BY c.position, c.id, i.position, i.id, m.date`,
  };
}

function toIndicator(
  row: IndicatorRow,
  cardCode: string,
  targets: ValueRow[],
  measurements: ValueRow[],
): Indicator {
  const where = (what: string) => `scheda ${cardCode}, indicatore «${row.name}», ${what}`;
  const indicator: Indicator = {
    id: row.id,
    name: row.name,
    algoritmo: row.algoritmo,
    tipologia: row.tipologia,
    udm: row.udm,
    operator: row.operator,
    targets: targets.map((t) => ({
      year: Number(t.key),
      value: decodeValue(t.value_json, where(`target ${t.key}`)),
    })),
    measurements: measurements.map((m) => ({
      date: String(m.key),
      value: decodeValue(m.value_json, where(`valore al ${m.key}`)),
    })),
    weight: row.weight,
    note: row.note,
    fonte: row.fonte,
    kpiCode: row.kpi_code,
  };
  if (row.uncapped === 1) indicator.cap = 'none';
  else if (row.cap !== null) indicator.cap = row.cap;
  if (row.override_performance !== null && row.override_justification !== null) {
    indicator.override = { performance: row.override_performance, justification: row.override_justification };
  }
  if (row.origin_indicator_id !== null) indicator.originId = row.origin_indicator_id;
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

/** The cards of `planId` in plan order, or only card `cardId` (an empty list when it is not in that plan). */
export function readCards(db: Database.Database, planId: number, cardId?: number): Card[] {
  const sql = queries(cardId !== undefined);
  const params = cardId !== undefined ? [planId, cardId] : [planId];
  const cards = statement(db, sql.cards).all(...params) as CardRow[];
  const indicators = groupBy(statement(db, sql.indicators).all(...params) as IndicatorRow[], (r) => r.card_id);
  const targets = groupBy(statement(db, sql.targets).all(...params) as ValueRow[], (r) => r.indicator_id);
  const measurements = groupBy(statement(db, sql.measurements).all(...params) as ValueRow[], (r) => r.indicator_id);
  return cards.map((card) =>
    toCard(
      card,
      (indicators.get(card.id) ?? []).map((i) =>
        toIndicator(i, card.code, targets.get(i.id) ?? [], measurements.get(i.id) ?? []),
      ),
    ),
  );
}
