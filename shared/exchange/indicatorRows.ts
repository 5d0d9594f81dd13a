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
import { problemAt, sheetProblem, type CellPlace, type LocatedColumn, type TableLayout } from './sheetLayout';
import type { SheetCell, SheetData } from './sheetTypes';
import type { PendingReading } from './cellConfirmations';
import { proposedReading } from './numberTexts';
import type { Ambiguity } from './unformattedNumbers';
import { formattedNumber, readTarget, readValueCell, type CellReading } from './valueCells';
import { checkOverride, fieldText, NONE, placeAt, readField, report, withEntry, type RowOperator } from './indicatorRowFields';

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
  /**
   * Empty value and target cells, by key, with their column (the row's `place` and the column place the cell): clearing
   * a value the plan holds with one is a decision, and only then is its place made.
   */
  blanks: ReadonlyMap<string, LocatedColumn<IndicatorColumn>>;
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
  // What each column fills (a date or a year, and its key), worked out once per block rather than on every cell. Pushed,
  // not mapped: in a later workbook of a round the array made by `map` came with another map, and the optimised
  // function was thrown away and compiled again (2-5 compiles for a round's 12 workbooks, now 1-2).
  const fills: ReturnType<typeof columnFill>[] = [];
  for (const column of columns) fills.push(columnFill(column, ctx));
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
      const number = meaning.kind === 'measurement' || meaning.kind === 'target' ? formattedNumber(cell, udm) : null;
      if (number) {
        if (meaning.kind === 'measurement') item.measurements.set(fill.date!, number);
        else item.targets.set(fill.year!, number);
        continue;
      }
      const proposal = cell?.kind === 'unreadable' ? proposedReading(cell, udm) : null;
      if (cell?.kind === 'unreadable' && proposal && fill.key !== null) {
        item.confirmations = withEntry(item.confirmations, fill.key, { place: placeAt(rowPlace, column), cell, proposal });
        continue;
      }
      if (!cell && fill.key !== null) item.blanks = withEntry(item.blanks, fill.key, column);
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
