/**
 * The cells of one indicator row that fill its own fields (texts, operator, weight, cap, manual performance and its
 * justification), and the small helpers every cell of a row uses: where it is, how a problem is placed there.
 * Why apart from indicatorRows.ts: that module walks the rows and the value and target columns; this one reads a
 * field cell, and each stays a size one can read through.
 */
import type { Problem } from '../api';
import type { Operator } from '../model';
import { parseOperator } from '../values';
import type { IndicatorColumn } from './columns';
import { cellText } from './headerText';
import type { FileIndicator } from './indicatorRows';
import { cellAt, problemAt, type CellPlace, type LocatedColumn } from './sheetLayout';
import type { SheetCell } from './sheetTypes';
import { readFractionCell, readWeight } from './valueCells';

/** An operator a row writes (in its own column or merged with a target), with where. */
export interface RowOperator {
  operator: Operator;
  column: LocatedColumn<IndicatorColumn>;
}

/** The shared empty map of a row with no open number, unreadable cell or blank (most rows): never written to. */
export const NONE: ReadonlyMap<string, never> = new Map<string, never>();

/** `map` with `key` set: a new map in place of the shared empty one. */
export function withEntry<V>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> {
  const writable = map === NONE ? new Map<string, V>() : (map as Map<string, V>);
  writable.set(key, value);
  return writable;
}

/** The cell of a row's column (a text trimmed), `''` without the column. */
export function fieldText(row: readonly (SheetCell | null)[], column: LocatedColumn<IndicatorColumn> | undefined): string {
  return writtenText(column ? cellAt(row, column) : null);
}

/** What a cell says as text (written out only for the fields that read it: not for a name, a position or a weight). */
function writtenText(cell: SheetCell | null): string {
  return cell?.kind === 'text' ? cell.text.trim() : cellText(cell);
}

/** A problem at a row's cell in `column`. */
export function report(problems: Problem[], rowPlace: CellPlace, column: LocatedColumn<IndicatorColumn>, message: string): void {
  problems.push(problemAt(placeAt(rowPlace, column), message));
}

/** The place of a row's cell in `column`. */
export function placeAt(rowPlace: CellPlace, column: LocatedColumn<IndicatorColumn>): CellPlace {
  return { sheet: rowPlace.sheet, row: rowPlace.row, column };
}

export function readField(
  field: string,
  cell: SheetCell | null,
  item: FileIndicator,
  operators: RowOperator[],
  column: LocatedColumn<IndicatorColumn>,
  rowPlace: CellPlace,
  problems: Problem[],
): void {
  switch (field) {
    case 'algoritmo':
    case 'tipologia':
    case 'udm':
    case 'note':
    case 'fonte':
    case 'kpiCode':
      item.fields[field] = writtenText(cell);
      return;
    case 'operator': {
      const text = writtenText(cell);
      if (text === '') return;
      const parsed = operatorOf(text);
      if (parsed.ok) operators.push({ operator: parsed.value, column });
      else report(problems, rowPlace, column, parsed.error);
      return;
    }
    case 'weight': {
      if (!cell) return report(problems, rowPlace, column, 'peso mancante: scrivere una percentuale (es. 20,0%).');
      const parsed = readWeight(cell);
      if (parsed.ok) item.fields.weight = parsed.value;
      else report(problems, rowPlace, column, parsed.error);
      return;
    }
    case 'cap': {
      if (!cell) item.cap = { value: undefined };
      else if (/^(nessuno|nessun limite|senza limite)$/i.test(writtenText(cell))) item.cap = { value: 'none' };
      else {
        const parsed = readFractionCell(cell, placeAt(rowPlace, column));
        if (!parsed.ok) return report(problems, rowPlace, column, `${parsed.error} oppure "nessuno"; vuoto = limite del piano.`);
        item.cap = { value: parsed.value.value };
        if (parsed.value.ambiguity) item.readings = withEntry(item.readings, 'cap', parsed.value.ambiguity);
      }
      return;
    }
    case 'override': {
      if (!cell) item.override = { value: undefined };
      else {
        const parsed = readFractionCell(cell, placeAt(rowPlace, column));
        const justification = item.override?.value?.justification ?? '';
        if (!parsed.ok) return report(problems, rowPlace, column, parsed.error);
        item.override = { value: { performance: parsed.value.value, justification } };
        if (parsed.value.ambiguity) item.readings = withEntry(item.readings, 'override', parsed.value.ambiguity);
      }
      return;
    }
    case 'justification': {
      const text = writtenText(cell);
      if (item.override?.value) item.override.value.justification = text;
      else if (text !== '') item.override = { value: { performance: Number.NaN, justification: text } };
      return;
    }
  }
}

/** Operators already read, by text: a column of them holds the same two or three texts on every row. */
const operatorTexts = new Map<string, ReturnType<typeof parseOperator>>();

function operatorOf(text: string): ReturnType<typeof parseOperator> {
  let parsed = operatorTexts.get(text);
  if (parsed === undefined) {
    parsed = parseOperator(text);
    if (operatorTexts.size >= 1000) operatorTexts.clear();
    operatorTexts.set(text, parsed);
  }
  return parsed;
}

/** A manual performance needs its justification, and a justification needs a performance. */
export function checkOverride(item: FileIndicator, columns: LocatedColumn<IndicatorColumn>[], rowPlace: CellPlace, problems: Problem[]): void {
  const override = item.override?.value;
  if (!override) return;
  const find = (field: string) => columns.find((c) => c.meaning.kind === 'field' && c.meaning.field === field);
  if (Number.isNaN(override.performance)) {
    const column = find('override') ?? find('justification');
    if (column) problems.push(problemAt(placeAt(rowPlace, column), 'c’è una motivazione ma manca la performance manuale.'));
    item.override = undefined;
  } else if (override.justification === '') {
    const column = find('justification') ?? find('override');
    if (column) problems.push(problemAt(placeAt(rowPlace, column), 'la performance manuale richiede una motivazione.'));
    item.override = undefined;
  }
}
