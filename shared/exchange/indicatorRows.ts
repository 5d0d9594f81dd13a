/**
 * Reads indicator rows of any layout (canonical or foreign) under a located header: operators in their own
 * column or merged with the targets, values as real cells or Italian text, every problem located by cell.
 * Why: only the columns present are imported, so editing one cell changes exactly that field.
 */
import type { Problem } from '../api';
import type { Indicator, IsoDate, Operator, Override, Value } from '../model';
import { parseOperator } from '../values';
import type { IndicatorColumn } from './columns';
import { OPERATOR_ONLY, cellInHeaderHole, headedColumns, headerHoles, shiftedMessage, shiftedTarget, splitNameCell } from './documentCells';
import { cellText, normalizeHeader } from './headerText';
import type { IndicatorBlock } from './indicatorBlocks';
import { cellAt, problemAt, sheetProblem, type CellPlace, type LocatedColumn, type TableLayout } from './sheetLayout';
import type { SheetCell, SheetData } from './sheetTypes';
import type { PendingReading } from './cellConfirmations';
import { proposedReading } from './numberTexts';
import type { Ambiguity } from './unformattedNumbers';
import { readFractionCell, readTarget, readValueCell, readWeight, type CellReading } from './valueCells';

export type IndicatorFields = Partial<Pick<Indicator, 'name' | 'algoritmo' | 'tipologia' | 'udm' | 'operator' | 'weight' | 'note' | 'fonte' | 'kpiCode'>>;

export interface FileIndicator {
  cardCode: string;
  position: number | null;
  name: string;
  fields: IndicatorFields;
  /** Present when the file has the column: `value` undefined = the plan's policy. */
  cap?: { value: number | 'none' | undefined };
  override?: { value: Override | undefined };
  targets: Map<number, Value>;
  /** `null` = empty cell. */
  measurements: Map<IsoDate, Value | null>;
  /** Numbers read without a format, by the key of what they fill: `value:2024-06-30`, `target:2024`, `cap`, `override`. */
  readings: ReadonlyMap<string, Ambiguity>;
  /** Value and target cells whose number cannot be read but can stand for one, to confirm (cellConfirmations.ts). */
  confirmations: ReadonlyMap<string, PendingReading>;
  /** Empty value and target cells, by key: clearing a value the plan holds with one is a decision. */
  blanks: ReadonlyMap<string, CellPlace>;
  place: CellPlace;
  /** The operator a NEW indicator takes when its table writes none at all (the performance portal's). */
  defaultOperator?: Operator;
}

export interface IndicatorReadContext {
  planYear: number;
  /** First year of the horizon: the portal's "Target secondo anno" is this year + 1. */
  horizonStart: number;
  monitoringDate: IsoDate;
  /** The UdM of the matching stored indicator, when the file has no UdM column. */
  storedUdm(cardCode: string, position: number | null, name: string): string | undefined;
  /** The code of the card with this title (the plan's, or the file's), for rows that name their card by its title. */
  cardCodeOfTitle?(title: string): string | undefined;
}

/** The year of a target column: written in the header, else the plan's year or a year of the horizon. */
export function targetYear(column: IndicatorColumn & { kind: 'target' }, ctx: Pick<IndicatorReadContext, 'planYear' | 'horizonStart'>): number {
  if (column.year !== null) return column.year;
  return column.offset === undefined ? ctx.planYear : ctx.horizonStart + column.offset;
}

/** The date of a value column: written in the header, else the monitoring date or 31/12 of the year before. */
export function measurementDate(column: IndicatorColumn & { kind: 'measurement' }, ctx: Pick<IndicatorReadContext, 'planYear' | 'monitoringDate'>): IsoDate {
  if (column.date !== null) return column.date;
  return column.previousYear ? `${ctx.planYear - 1}-12-31` : ctx.monitoringDate;
}

function columnKey(column: LocatedColumn<IndicatorColumn>, ctx: IndicatorReadContext): string {
  const meaning = column.meaning;
  if (meaning.kind === 'field') return meaning.field;
  if (meaning.kind === 'target') return `target:${targetYear(meaning, ctx)}`;
  if (meaning.kind === 'measurement') return `value:${measurementDate(meaning, ctx)}`;
  return `blank:${column.index}`;
}

/** Keeps the first column of each meaning; later duplicates are reported and ignored. */
export function uniqueColumns(layout: TableLayout<IndicatorColumn>, ctx: IndicatorReadContext): { columns: LocatedColumn<IndicatorColumn>[]; problems: Problem[] } {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  const columns = layout.columns.filter((column) => {
    const key = columnKey(column, ctx);
    if (!seen.has(key)) return seen.add(key);
    problems.push(sheetProblem(layout.sheet, `la colonna «${column.header}» ripete un dato già presente in un'altra colonna ed è ignorata.`, 'warning'));
    return false;
  });
  return { columns, problems };
}

export function readIndicatorRows(sheet: SheetData, block: IndicatorBlock, ctx: IndicatorReadContext): { indicators: FileIndicator[]; problems: Problem[] } {
  const { layout } = block;
  const { columns, problems } = uniqueColumns(layout, ctx);
  const indicators: FileIndicator[] = [];
  const headed = headedColumns(layout);
  const holes = headerHoles(headed);
  const targetColumns = columns.filter((c) => c.meaning.kind === 'target');
  // What each column fills (a date or a year, and its key), worked out once per block rather than on every cell.
  const fills = columns.map((column) => columnFill(column, ctx));
  // The first column of each field, looked up once per block rather than searched on every row.
  const byField = new Map<string, LocatedColumn<IndicatorColumn>>();
  for (const c of columns) if (c.meaning.kind === 'field' && !byField.has(c.meaning.field)) byField.set(c.meaning.field, c);
  const codeColumn = byField.get('cardCode');
  const titleColumn = byField.get('cardTitle');
  const nameColumn = byField.get('name');
  const positionColumn = byField.get('position');
  const udmColumn = byField.get('udm');
  const hasAlgoritmo = byField.get('algoritmo') !== undefined;
  const byTitle = !codeColumn && titleColumn !== undefined;
  // A table with neither a "Codice" (or "Obiettivo") column nor a "Codice:" row is reported once by findIndicatorBlocks.
  if (!codeColumn && !byTitle && !block.cardCode) return { indicators, problems };
  // Every row of a large import passes here: no closure or map is made per row that the row does not need.
  for (const r of block.rows) {
    const row = sheet.rows[r] ?? [];
    const rowPlace: CellPlace = { sheet: sheet.name, row: r + 1 };
    const title = byTitle ? fieldText(row, titleColumn) : '';
    const written = byTitle ? (ctx.cardCodeOfTitle?.(title) ?? '') : fieldText(row, codeColumn);
    if (byTitle && written === '' && title !== '' && !block.cardCode) {
      problems.push(problemAt(placeAt(rowPlace, titleColumn!), `nessuna scheda del piano ha il titolo «${title.slice(0, 80)}»: indicare la colonna del codice della scheda.`));
      continue;
    }
    const cardCode = rowCardCode(written, block);
    if (cardCode === null) {
      const message = `il codice ${written} non corrisponde a «Codice: ${block.cardCode?.code}» della riga ${block.cardCode?.row}.`;
      problems.push(problemAt(codeColumn ? placeAt(rowPlace, codeColumn) : rowPlace, message));
      continue;
    }
    const { name, algoritmo } = splitNameCell(fieldText(row, nameColumn), hasAlgoritmo);
    if (cardCode === '' || name === '') {
      const column = cardCode === '' ? codeColumn : nameColumn;
      const what = cardCode === '' ? 'il codice della scheda' : "il nome dell'indicatore";
      problems.push(problemAt(column ? placeAt(rowPlace, column) : rowPlace, `manca ${what}: la riga non può essere abbinata.`));
      continue;
    }
    const positionText = fieldText(row, positionColumn);
    const position = /^\d{1,4}$/.test(positionText) && Number(positionText) > 0 ? Number(positionText) : null;
    if (positionText !== '' && position === null && positionColumn) {
      problems.push(problemAt(placeAt(rowPlace, positionColumn), `${JSON.stringify(positionText)} non è una posizione valida (1, 2, 3…).`));
    }
    const udm = udmColumn ? fieldText(row, udmColumn) : (ctx.storedUdm(cardCode, position, name) ?? '');
    const item: FileIndicator = {
      cardCode,
      position,
      name,
      fields: algoritmo === undefined ? {} : { algoritmo },
      targets: new Map(),
      measurements: new Map(),
      readings: NONE,
      confirmations: NONE,
      blanks: NONE,
      place: rowPlace,
    };
    const operators: RowOperator[] = [];
    let splitValues: Set<number> | null = null;
    const shifted = shiftedTarget(row, targetColumns, headed);
    if (shifted) {
      const next = [...layout.columns, ...layout.unknown].find((c) => c.index === shifted.index + 1);
      problems.push(problemAt(placeAt(rowPlace, shifted), shiftedMessage(cellText(row[shifted.index]), shifted.header, next?.header ?? '')));
      continue;
    }
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c]!;
      const fill = fills[c]!;
      const cell = row[column.index] ?? null;
      const meaning = column.meaning;
      if (meaning.kind === 'blank') continue;
      const proposal = cell?.kind === 'unreadable' ? proposedReading(cell, udm) : null;
      if (cell?.kind === 'unreadable' && proposal && fill.key !== null) {
        item.confirmations = withEntry(item.confirmations, fill.key, { place: placeAt(rowPlace, column), cell, proposal });
        continue;
      }
      if (!cell && fill.key !== null) item.blanks = withEntry(item.blanks, fill.key, placeAt(rowPlace, column));
      if (meaning.kind === 'measurement') {
        const date = fill.date!;
        const value = cell ? readValueCell(cell, udm, placeAt(rowPlace, column)) : null;
        if (value && !value.ok) report(problems, rowPlace, column, value.error);
        else {
          item.measurements.set(date, value ? value.value.value : null);
          if (value?.value.ambiguity) item.readings = withEntry(item.readings, fill.key!, value.value.ambiguity);
        }
      } else if (meaning.kind === 'target') {
        const year = fill.year!;
        const operatorOnly = cell?.kind === 'text' && OPERATOR_ONLY.test(cell.text);
        if (operatorOnly) (splitValues ??= new Set()).add(column.index + 1);
        const place = placeAt(rowPlace, column);
        const valuePlace = operatorOnly ? { ...place, column: { index: column.index + 1, header: '' } } : place;
        const target = operatorOnly ? splitTarget(cell, row[column.index + 1] ?? null, udm, valuePlace) : readTarget(cell, udm, place);
        if (!target.ok) report(problems, rowPlace, column, target.error);
        else {
          item.targets.set(year, target.value.value);
          if (target.value.ambiguity) item.readings = withEntry(item.readings, fill.key!, target.value.ambiguity);
          if (target.value.operator) operators.push({ operator: target.value.operator, column });
        }
      } else readField(meaning.field, cell, item, operators, column, rowPlace, problems);
    }
    const hole = cellInHeaderHole(row, holes, splitValues);
    if (hole !== null) {
      problems.push(problemAt({ ...rowPlace, column: { index: hole, header: '(vuota)' } }, `«${cellText(row[hole])}» è in una colonna senza intestazione: la riga è sfalsata rispetto all'intestazione (controllare le celle unite) oppure manca il titolo della colonna.`));
    }
    checkOverride(item, columns, rowPlace, problems);
    const distinct: Operator[] = [];
    for (const { operator } of operators) if (!distinct.includes(operator)) distinct.push(operator);
    if (distinct.length > 1) {
      const column = operators[1]?.column ?? columns[0];
      if (column) report(problems, rowPlace, column, `operatori diversi nella stessa riga (${distinct.join(' e ')}): un indicatore ha un solo operatore.`);
    } else if (distinct[0]) item.fields.operator = distinct[0];
    indicators.push(item);
  }
  return { indicators, problems };
}

/** An operator a row writes (in its own column or merged with a target), with where. */
interface RowOperator {
  operator: Operator;
  column: LocatedColumn<IndicatorColumn>;
}

/** The shared empty map of a row with no open number, unreadable cell or blank (most rows): never written to. */
const NONE: ReadonlyMap<string, never> = new Map<string, never>();

/** `map` with `key` set: a new map in place of the shared empty one. */
function withEntry<V>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> {
  const writable = map === NONE ? new Map<string, V>() : (map as Map<string, V>);
  writable.set(key, value);
  return writable;
}

/** The cell of a row's column (a text trimmed), `''` without the column. */
function fieldText(row: readonly (SheetCell | null)[], column: LocatedColumn<IndicatorColumn> | undefined): string {
  return writtenText(column ? cellAt(row, column) : null);
}

/** What a cell says as text (written out only for the fields that read it: not for a name, a position or a weight). */
function writtenText(cell: SheetCell | null): string {
  return cell?.kind === 'text' ? cell.text.trim() : cellText(cell);
}

/** A problem at a row's cell in `column`. */
function report(problems: Problem[], rowPlace: CellPlace, column: LocatedColumn<IndicatorColumn>, message: string): void {
  problems.push(problemAt(placeAt(rowPlace, column), message));
}

/** The place of a row's cell in `column`. */
function placeAt(rowPlace: CellPlace, column: LocatedColumn<IndicatorColumn>): CellPlace {
  return { sheet: rowPlace.sheet, row: rowPlace.row, column };
}

/** The date or year a value or target column fills, and the key of that cell (`value:2024-06-30`, `target:2024`). */
function columnFill(column: LocatedColumn<IndicatorColumn>, ctx: IndicatorReadContext): { key: string | null; date?: IsoDate; year?: number } {
  const meaning = column.meaning;
  if (meaning.kind === 'measurement') {
    const date = measurementDate(meaning, ctx);
    return { key: `value:${date}`, date };
  }
  if (meaning.kind === 'target') {
    const year = targetYear(meaning, ctx);
    return { key: `target:${year}`, year };
  }
  return { key: null };
}

/** The row's card: its "Codice" cell, else the block's "Codice:" row; `null` when the two disagree (the caller reports it). */
function rowCardCode(written: string, block: IndicatorBlock): string | null {
  const above = block.cardCode;
  if (!above) return written;
  if (written === '' || normalizeHeader(written) === normalizeHeader(above.code)) return above.code;
  return null;
}

/** The seed's layout: operator alone in the "Target" column, value (text, number or date) in the unlabelled column after it. */
function splitTarget(operatorCell: SheetCell, valueCell: SheetCell | null, udm: string, place: CellPlace): ReturnType<typeof readTarget> {
  if (valueCell?.kind === 'text') return readTarget({ kind: 'text', text: `${cellText(operatorCell)} ${valueCell.text}` }, udm, place);
  const operator = parseOperator(cellText(operatorCell));
  const value = readValueCell(valueCell, udm, place);
  if (!operator.ok) return operator;
  return value.ok ? { ok: true, value: { ...(value.value as CellReading), operator: operator.value } } : value;
}

function readField(
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
function checkOverride(item: FileIndicator, columns: LocatedColumn<IndicatorColumn>[], rowPlace: CellPlace, problems: Problem[]): void {
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
