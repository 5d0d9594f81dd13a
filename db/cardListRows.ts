/**
 * The card list's rows of a plan (shared/planListing.ts), read with the columns the list and the scoring need and
 * nothing else: no descriptions, footnotes, algorithms, notes or sources, and of the targets only those of the years
 * of the measurements (a date is scored against its year's target), all in one walk of the plan's indicators. Why: opening a plan of 1.800 cards and 12.300 indicators must cost about what
 * opening the file costs; the whole cards are read when one is opened (db/cardRows.ts).
 */
import type Database from 'better-sqlite3';
import type { Operator, PlanSettings } from '../shared/model';
import { cardListRow, type CardListRow, type ListedCard } from '../shared/planListing';
import { unreadableRows } from './planFileError';
import { statement } from './statements';
import { valueDecoder } from './storedJson';

type CardRow = [
  id: number,
  position: number,
  code: string,
  title: string,
  missione: string,
  programma: string,
  ambitoLine: string,
  obiettivoStrategico: string,
  area: string,
  office: string,
  resourcesEuros: number | null,
  weight: number,
  version: number,
];
/**
 * One row per indicator and measurement (one with NULLs for an indicator without any), with the target of the
 * measurement's year: what scoring a date reads (each date is scored against the target of its own year).
 */
type ValueRow = [
  id: number,
  cardId: number,
  name: string,
  udm: string,
  operator: Operator,
  weight: number,
  cap: number | null,
  uncapped: number,
  overridePerformance: number | null,
  date: string | null,
  valueJson: string | null,
  targetJson: string | null,
];
type ListedIndicator = ListedCard['indicators'][number];

const CARDS = `SELECT c.id, c.position, c.code, c.title, c.missione, c.programma, c.ambito_line, c.obiettivo_strategico, c.area,
  c.office, c.resources_euros, c.weight, c.version FROM cards c WHERE c.plan_id = ? ORDER BY c.position, c.id`;
/** In the cards' order (the `cards_by_position` and `indicators_by_card` indexes): no sorting in a temp table. */
const VALUES = `SELECT i.id, i.card_id, i.name, i.udm, i.operator, i.weight, i.cap, i.uncapped, i.override_performance,
  m.date, m.value_json, t.value_json
  FROM cards c JOIN indicators i ON i.card_id = c.id
  LEFT JOIN measurements m ON m.indicator_id = i.id
  LEFT JOIN targets t ON t.indicator_id = i.id AND t.year = CAST(substr(m.date, 1, 4) AS INTEGER)
  WHERE c.plan_id = ? ORDER BY c.position, c.id, i.position, i.id, m.date`;

/**
 * The list's rows of plan `planId` (whose settings are `settings`), in plan order. An override's justification is
 * not read: scoring uses it only for the reason it writes, which a row does not carry.
 */
export function readCardListRows(db: Database.Database, planId: number, settings: PlanSettings): CardListRow[] {
  const cards = statement(db, CARDS).raw(true).all(planId) as CardRow[];
  // Iterated, not collected: each value row is garbage as soon as it is read (a third of the time was collecting them).
  const values = statement(db, VALUES).raw(true).iterate(planId) as IterableIterator<ValueRow>;
  try {
    return walk(cards, values, settings);
  } finally {
    values.return?.(); // a value that cannot be read stops the walk: the statement is released all the same
  }
}

/** One pass over the cards and the value rows, which share the plan's order. */
function walk(cards: readonly CardRow[], values: IterableIterator<ValueRow>, settings: PlanSettings): CardListRow[] {
  const decode = valueDecoder();
  let pending = values.next();
  const rows = cards.map((c) => {
    const [id, position, code, title, missione, programma, ambitoLine, obiettivoStrategico, area, office, euros, weight, version] = c;
    const indicators: ListedIndicator[] = [];
    while (!pending.done && pending.value[1] === id) {
      const [indicatorId, , name, udm, operator, indicatorWeight, cap, uncapped, overridePerformance] = pending.value;
      const indicator: ListedIndicator = { name, udm, operator, weight: indicatorWeight, targets: [], measurements: [] };
      for (; !pending.done && pending.value[0] === indicatorId; pending = values.next()) {
        const [, , , , , , , , , date, valueJson, targetJson] = pending.value;
        if (date === null || valueJson === null) continue;
        const year = Number(date.slice(0, 4));
        indicator.measurements.push({ date, value: decode(valueJson, code, name, 'valore al', date) });
        if (targetJson !== null && !indicator.targets.some((t) => t.year === year)) {
          indicator.targets.push({ year, value: decode(targetJson, code, name, 'target', year) });
        }
      }
      if (uncapped === 1) indicator.cap = 'none';
      else if (cap !== null) indicator.cap = cap;
      if (overridePerformance !== null) indicator.override = { performance: overridePerformance, justification: '' };
      indicators.push(indicator);
    }
    const resources = euros === null ? ({ kind: 'internal' } as const) : ({ kind: 'amount', euros } as const);
    const listed: ListedCard = { id, position, code, title, ambitoLine, missione, programma, obiettivoStrategico, area, office, weight, resources, version, indicators };
    return cardListRow(listed, settings);
  });
  if (!pending.done) throw unreadableRows('righe di indicatori o valori');
  return rows;
}
