/**
 * A card an import wrote, as the file holds it now, made from what the import had in memory instead of read again:
 * the stored card it replaced (`before`, the plan the import compared with, the file's own by its stamp) and the
 * card it gave cardWriter.ts (`written`). cardWriter.ts leaves an indicator's rows alone when `written` holds the very
 * object of `before` at the same position: that object is what those rows read as. Every other field is what the
 * columns return for what was written: values through their own stored text (storedJson.ts), targets and values in
 * the order the file reads them, the version one up, the origin links as the rows kept them.
 * Why: reading back the 123 cards of a 1% import again was a sixth of logging it, and the log then compares, diffs and
 * details the two sides of each card answering at once on the shared objects (sameJsonText.ts, jsonDelta.ts).
 * Anything whose stored form is not certainly the same (a text that is not well-formed or holds a NUL, a number
 * that is not finite or is -0, a value the file would not read, a new indicator whose id only the file knows) is read
 * again; so is a card whose version or indicators (ids, in order) the file does not show as expected.
 */
import type Database from 'better-sqlite3';
import type { Card, Indicator, Measurement, Target } from '../shared/model';
import { readCards } from './cardRows';
import { statement } from './statements';
import { decodeFootnotes, decodeValue, encodeFootnotes, encodeValue } from './storedJson';

/** A lone surrogate (stored as U+FFFD) or a NUL. */
const ODD_TEXT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/;
const plainText = (x: unknown): x is string => typeof x === 'string' && !ODD_TEXT.test(x);
const plainNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && !Object.is(x, -0);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Thrown inside the build only: the card is read again instead. */
const UNSURE = Symbol('unsure');

function text(x: unknown): string {
  if (!plainText(x)) throw UNSURE;
  return x;
}

function number(x: unknown): number {
  if (!plainNumber(x)) throw UNSURE;
  return x;
}

/** The value as the file reads it back; one it would refuse is read again, to be refused as the file's. */
function stored<T extends Target | Measurement>(row: T): T['value'] {
  try {
    return decodeValue(encodeValue(row.value), '');
  } catch {
    throw UNSURE;
  }
}

function indicatorAsWritten(indicator: Indicator, was: Indicator): Indicator {
  const targets = indicator.targets.map((t) => ({ year: number(t.year), value: stored(t) })).sort((a, b) => a.year - b.year);
  const measurements = indicator.measurements.map((m) => {
    if (typeof m.date !== 'string' || !ISO_DATE.test(m.date)) throw UNSURE;
    return { date: m.date, value: stored(m) };
  });
  measurements.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const result: Indicator = {
    id: was.id,
    name: text(indicator.name),
    algoritmo: text(indicator.algoritmo),
    tipologia: text(indicator.tipologia),
    udm: text(indicator.udm),
    operator: text(indicator.operator) as Indicator['operator'],
    targets,
    measurements,
    weight: number(indicator.weight),
    note: text(indicator.note),
    fonte: text(indicator.fonte),
    kpiCode: text(indicator.kpiCode),
  };
  if (indicator.cap === 'none') result.cap = 'none';
  else if (typeof indicator.cap === 'number') result.cap = number(indicator.cap);
  if (indicator.override) result.override = { performance: number(indicator.override.performance), justification: text(indicator.override.justification) };
  // An indicator updated in place keeps the origin link its row had.
  if (was.originId !== undefined) result.originId = was.originId;
  return result;
}

/** The card `written` over `before` as the file now reads it; null when only reading it again can tell. */
function cardAsWritten(before: Card, written: Card): Card | null {
  const wasById = new Map(before.indicators.map((indicator) => [indicator.id, indicator]));
  try {
    const indicators = written.indicators.map((indicator, position) => {
      if (before.indicators[position] === indicator) return indicator;
      const was = wasById.get(indicator.id);
      if (indicator.id === 0 || !was) throw UNSURE;
      return indicatorAsWritten(indicator, was);
    });
    const resources: Card['resources'] = written.resources.kind === 'amount' ? { kind: 'amount', euros: number(written.resources.euros) } : { kind: 'internal' };
    const card: Card = {
      id: before.id,
      code: text(written.code),
      title: text(written.title),
      missione: text(written.missione),
      programma: text(written.programma),
      ambitoLine: text(written.ambitoLine),
      obiettivoStrategico: text(written.obiettivoStrategico),
      description: text(written.description),
      resources,
      area: text(written.area),
      office: text(written.office),
      footnotes: decodeFootnotes(encodeFootnotes(written.footnotes.map(text)), ''),
      weight: number(written.weight),
      position: number(written.position),
      indicators,
      version: number(before.version) + 1,
    };
    if (before.originId !== undefined) card.originId = before.originId;
    return card;
  } catch (error) {
    if (error === UNSURE) return null;
    throw error;
  }
}

/** Each card's version and its indicators' ids in the order the file reads them (readCards's order). */
function shapes(db: Database.Database, ids: readonly number[]): Map<number, string> {
  const rows = statement(
    db,
    `SELECT c.id, c.version || ':' || coalesce((SELECT group_concat(id) FROM (SELECT i.id FROM indicators i WHERE i.card_id = c.id ORDER BY i.position, i.id)), '')
       FROM cards c WHERE c.id IN (SELECT value FROM json_each(?))`,
  )
    .raw(true)
    .all(JSON.stringify(ids)) as [number, string][];
  return new Map(rows);
}

/**
 * Cards `ids` of `planId` as the file holds them after a write: made from `before` (the cards as they were) and
 * `writing` (what an import gave cardWriter.ts for them) where that is certain, read from the file otherwise (one card
 * by its id, which SQLite finds faster than through a list; several in one go).
 */
export function cardsAfterWrite(db: Database.Database, planId: number, ids: readonly number[], before: ReadonlyMap<number, Card | null>, writing: ReadonlyMap<number, Card>): Map<number, Card> {
  const made = new Map<number, Card>();
  for (const [cardId, card] of writing) {
    const was = before.get(cardId);
    const after = was ? cardAsWritten(was, card) : null;
    if (after) made.set(cardId, after);
  }
  if (made.size > 0) {
    const inFile = shapes(db, [...made.keys()]);
    for (const [cardId, card] of made) {
      if (inFile.get(cardId) !== `${card.version}:${card.indicators.map((i) => i.id).join(',')}`) made.delete(cardId);
    }
  }
  const rest = ids.filter((id) => !made.has(id));
  const read = rest.length === 1 ? readCards(db, planId, rest[0]!) : rest.length > 1 ? readCards(db, planId, rest) : [];
  for (const card of read) made.set(card.id, card);
  return made;
}
