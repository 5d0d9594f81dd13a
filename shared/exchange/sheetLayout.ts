/**
 * Finds the header row of a table sheet (it need not be row 1: foreign files put titles above it) and maps each
 * column to its meaning; also the located `Problem` helper used by every importer.
 * Why: columns are found by their header text, so reordered, renamed or extra columns import the same way.
 */
import type { Problem } from '../api';
import { cellText } from './headerText';
import type { SheetCell, SheetData } from './sheetTypes';

const HEADER_SCAN_ROWS = 20;

export interface LocatedColumn<C> {
  index: number;
  header: string;
  meaning: C;
  /** Which part of a "code – title" cell the column reads (a mapped «Codice e titolo della scheda»). */
  part?: 'code' | 'title';
}

export interface TableLayout<C> {
  sheet: string;
  /** 0-based index of the header row in `SheetData.rows`. */
  headerIndex: number;
  /** 0-based first data row, when it is not the row under the header (a mapped layout with an explanation row). */
  firstDataIndex?: number;
  columns: LocatedColumn<C>[];
  /** Non-empty headers nobody recognised (reported as warnings, their cells ignored). */
  unknown: { index: number; header: string }[];
}

/** The row (among the first ones) with the most recognised headers that satisfies `isTable`; `null` if none. */
export function locateTable<C>(
  sheet: SheetData,
  classify: (header: string) => C | null,
  isTable: (meanings: C[]) => boolean,
): TableLayout<C> | null {
  let best: TableLayout<C> | null = null;
  const scan = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < scan; r++) {
    const row = sheet.rows[r] ?? [];
    const columns: LocatedColumn<C>[] = [];
    const unknown: { index: number; header: string }[] = [];
    row.forEach((cell, index) => {
      const header = cellText(cell);
      if (header === '') return;
      const meaning = classify(header);
      if (meaning === null) unknown.push({ index, header });
      else columns.push({ index, header, meaning });
    });
    if (!isTable(columns.map((c) => c.meaning))) continue;
    if (!best || columns.length > best.columns.length) best = { sheet: sheet.name, headerIndex: r, columns, unknown };
  }
  return best;
}

/** The first dash with spaces around it (`01_01_OS01 – Titolo`), else the first dash. */
const SPACED_DASH = /\s[-–—]\s/;
const ANY_DASH = /[-–—]/;

/** `01_01_OS01 – Promozione` → code `01_01_OS01`, title `Promozione` (no dash: all of it is the code). */
export function splitCodeAndTitle(text: string): { code: string; title: string } {
  const match = SPACED_DASH.exec(text) ?? ANY_DASH.exec(text);
  if (!match) return { code: text.trim(), title: '' };
  return { code: text.slice(0, match.index).trim(), title: text.slice(match.index + match[0].length).trim() };
}

/** The cell a located column reads in `row`: the whole cell, or its code or title part. */
export function cellAt<C>(row: readonly (SheetCell | null)[] | undefined, column: LocatedColumn<C>): SheetCell | null {
  const cell = row?.[column.index] ?? null;
  if (!column.part || !cell) return cell;
  const part = splitCodeAndTitle(cellText(cell))[column.part];
  return part === '' ? null : { kind: 'text', text: part };
}

/** `0` → `A`, `27` → `AB`. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Where a cell is, for messages: sheet name, 1-based row and the column's header and letter. */
export interface CellPlace {
  sheet: string;
  row: number;
  column?: { index: number; header: string };
}

/** A problem whose message already names the sheet, row and column, so the CLI and the UI can print it alone. */
export function problemAt(place: CellPlace, message: string, severity: Problem['severity'] = 'error'): Problem {
  const letter = place.column ? columnLetter(place.column.index) : '';
  const column = place.column ? (place.column.header === '' ? letter : `«${place.column.header}» (${letter})`) : undefined;
  const where = `Foglio «${place.sheet}», riga ${place.row}${column ? `, colonna ${column}` : ''}`;
  return {
    severity,
    message: `${where}: ${message}`,
    sheet: place.sheet,
    row: place.row,
    ...(column ? { column } : {}),
  };
}

/** A problem about a whole sheet (missing columns, sheet ignored). */
export function sheetProblem(sheet: string, message: string, severity: Problem['severity'] = 'error'): Problem {
  return { severity, message: `Foglio «${sheet}»: ${message}`, sheet };
}

/** True when every cell of the row is empty (blank rows between blocks are skipped silently). */
export function isBlankRow(row: (SheetCell | null)[] | undefined): boolean {
  return !row || row.every((cell) => cellText(cell) === '');
}
