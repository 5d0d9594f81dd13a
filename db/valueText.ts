/**
 * A table of stored values (targets or measurements) read as ONE text that SQLite joins, walked in place by
 * cardRows.ts. Why: a ×100 plan holds ~50.000 values; a JavaScript array per row made by better-sqlite3, or the
 * strings of the whole text split at once and kept alive through the walk, cost more than the rest of the read.
 */
import type Database from 'better-sqlite3';
import { unreadableRows } from './planFileError';
import { statement } from './statements';

/** The separator SQLite joins fields with (`char(31)`): a control character the editor refuses in every text and JSON never holds unescaped. */
export const SEP = '\u001f';

/**
 * Each row's indicator id, year or date and stored value, in plan order, separated by `sep`; `at`: where the walk
 * is. `scratch`: an array the walk reuses to gather an indicator's values.
 */
export interface ValueText {
  text: string;
  sep: string;
  at: number;
  scratch: unknown[];
}

function occurrences(text: string, sep: string): number {
  let n = 0;
  for (let at = text.indexOf(sep); at >= 0; at = text.indexOf(sep, at + 1)) n++;
  return n;
}

function unusedCharacter(texts: readonly string[]): string {
  for (let code = 1; code < 0xd800; code++) {
    const candidate = String.fromCharCode(code);
    if (!texts.some((t) => t.includes(candidate))) return candidate;
  }
  throw unreadableRows('target o valori degli indicatori');
}

/**
 * `sql.packed` answers the number of rows and their fields joined by SEP; `sql.rows` the same rows one by one, read
 * only when a stored date or value holds SEP itself (a hand-edited file): joined then by a character none holds.
 */
export function valueText(db: Database.Database, sql: { rows: string; packed: string }, params: unknown[]): ValueText {
  const [count, text] = statement(db, sql.packed).raw(true).get(...params) as [number, string | null];
  if (text === null || occurrences(text, SEP) === 3 * count - 1) return { text: text ?? '', sep: SEP, at: 0, scratch: [] };
  const fields = (statement(db, sql.rows).raw(true).all(...params) as unknown[][]).flat().map(String);
  const sep = unusedCharacter(fields);
  return { text: fields.join(sep), sep, at: 0, scratch: [] };
}

/** The field the walk is at; the walk moves past it. */
export function nextField(values: ValueText): string {
  const end = values.text.indexOf(values.sep, values.at);
  const field = values.text.slice(values.at, end < 0 ? values.text.length : end);
  values.at = end < 0 ? values.text.length + 1 : end + 1;
  return field;
}

/**
 * Whether the walk is at a row of `indicatorId` (the rows are in plan order, so an indicator's rows are adjacent). The
 * id's digits are read in place: this runs for every value of the plan.
 */
export function atIndicator(values: ValueText, indicatorId: number): boolean {
  const { text, at, sep } = values;
  let i = at;
  let n = 0;
  for (let digit = text.charCodeAt(i) - 48; digit >= 0 && digit <= 9; digit = text.charCodeAt(++i) - 48) n = n * 10 + digit;
  if (i > at && text.startsWith(sep, i)) return n === indicatorId;
  // Not digits alone (a hand-edited id): as a number, the way the rows compare it.
  return at < text.length && Number(text.slice(at, text.indexOf(sep, at))) === indicatorId;
}
