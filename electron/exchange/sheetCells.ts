/**
 * From a worksheet as SheetJS makes it (dense `!data` of `{ t, v, z }` cells) to the typed cells of `SheetData`,
 * with the sheet, row, column and text limits checked on what was actually made. Both readers end here: SheetJS's
 * (ods, and any xlsx the own reader leaves to it) and xlsxReader.ts, which builds the same cells without SheetJS
 * and types each with `sheetCellOf` as it reads it (a `TypedSheet`: no `{ t, v, z }` object per cell).
 * Why one place: the two readers must not differ in trimming, dates, formats or refusals; and SheetJS is not
 * loaded for it (sheetJsDates.ts copies the two date functions needed).
 */
import type XLSX from 'xlsx';
import type { SheetCell, SheetData } from '../../shared/exchange/sheetTypes';
import { ImportRefusedError, formatCount } from './importRefused';
import type { ParseLimits } from './limits';
import { dateOfSerial, isDateFormat } from './sheetJsDates';
import { encodeColumn } from './sheetJsSyntax';

const refuse = (message: string): never => {
  throw new ImportRefusedError(message);
};

/** A sheet whose cells were typed as they were read (xlsxCells.ts), dense like SheetJS's `!data`. */
export interface TypedSheet {
  '!typed': (SheetCell | null)[][];
}

/** What the sheets read so far hold: the limits are checked again on what the reader produced. */
export interface Totals {
  cells: number;
  chars: number;
}

/** The indexes of `list` holding something, in order, without walking the holes of a sparse list. */
function filledIndexes(list: readonly unknown[]): number[] {
  const indexes: number[] = [];
  for (const key of Object.keys(list)) {
    const index = Number(key);
    if (Number.isInteger(index) && index >= 0) indexes.push(index);
  }
  return indexes;
}

/** Where a refused cell is, in a message (built on refusal only: this walk meets every cell). */
const where = (r: number, c: number) => `riga ${formatCount(r + 1)}, colonna ${encodeColumn(c)}`;

/**
 * The cells of one sheet, with the limits checked on what the reader actually made (the expansion budget counted it
 * beforehand; this is the bound on what reaches the main process whatever the budget missed). A sheet or row longer
 * than the limits is walked by its filled indexes only, never hole by hole.
 */
export function readSheet(name: string, sheet: XLSX.WorkSheet | TypedSheet | undefined, date1904: boolean, limits: ParseLimits, totals: Totals): SheetData {
  if (sheet && '!typed' in sheet) return checkedSheet(name, sheet['!typed'], (cell: SheetCell | null | undefined) => cell ?? null, limits, totals);
  const dense = (sheet?.['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  return checkedSheet(name, dense, (cell) => toSheetCell(cell, date1904), limits, totals);
}

/** The walk of `readSheet`, whichever reader made `dense` (`typed` gives each place's cell). */
function checkedSheet<Cell>(name: string, dense: readonly (Cell | undefined)[][], typed: (cell: Cell | undefined) => SheetCell | null, limits: ParseLimits, totals: Totals): SheetData {
  const rows: (SheetCell | null)[][] = [];
  const rowIndexes = dense.length > limits.maxRows ? filledIndexes(dense) : null;
  const rowCount = rowIndexes ? rowIndexes.length : dense.length;
  for (let i = 0; i < rowCount; i++) {
    const r = rowIndexes ? rowIndexes[i]! : i;
    const source = dense[r];
    const row: (SheetCell | null)[] = [];
    let lastColumn = -1;
    const columnIndexes = source && source.length > limits.maxColumns ? filledIndexes(source) : null;
    const columnCount = columnIndexes ? columnIndexes.length : (source?.length ?? 0);
    for (let j = 0; j < columnCount; j++) {
      const c = columnIndexes ? columnIndexes[j]! : j;
      const cell = typed(source![c]);
      if (cell === null) continue;
      if (c >= limits.maxColumns) {
        refuse(`Il foglio «${name}» ha dati oltre la colonna ${formatCount(limits.maxColumns)}: limite superato.`);
      }
      if (r >= limits.maxRows) refuse(`Il foglio «${name}» ha dati oltre la riga ${formatCount(limits.maxRows)}: limite superato.`);
      if (cell.kind === 'text') {
        if (cell.text.length > limits.maxCellChars) {
          refuse(`Il foglio «${name}», ${where(r, c)} contiene un testo di ${formatCount(cell.text.length)} caratteri: il limite è ${formatCount(limits.maxCellChars)}.`);
        }
        totals.chars += cell.text.length;
      }
      if (++totals.cells > limits.maxCells) {
        refuse(`Il file ha più di ${formatCount(limits.maxCells)} celle con dati: limite superato nel foglio «${name}», ${where(r, c)}.`);
      }
      if (totals.chars > limits.maxTextChars) {
        refuse(`Il file contiene più di ${formatCount(limits.maxTextChars)} caratteri di testo: limite superato nel foglio «${name}», ${where(r, c)}.`);
      }
      while (row.length < c) row.push(null);
      row.push(cell);
      lastColumn = c;
    }
    if (lastColumn < 0) continue; // an empty row adds nothing (and is never reached hole by hole)
    while (rows.length < r) rows.push([]);
    rows.push(row);
  }
  return { name, rows };
}

function toSheetCell(cell: XLSX.CellObject | undefined, date1904: boolean): SheetCell | null {
  return cell ? sheetCellOf(cell.t, cell.v, cell.z, cell.w, date1904) : null;
}

/** The typed cell of a SheetJS cell `{ t, v, z, w }`, given by its fields; null when it holds nothing. */
export function sheetCellOf(t: string, v: unknown, z: unknown, w: unknown, date1904: boolean): SheetCell | null {
  if (v === undefined || v === null) return null;
  switch (t) {
    case 's': {
      const text = String(v);
      return isBlank(text) ? null : { kind: 'text', text };
    }
    case 'n':
      return numberCell(Number(v), typeof z === 'string' ? z : 'General', date1904);
    case 'b':
      return { kind: 'bool', value: Boolean(v) };
    case 'd':
      return v instanceof Date && !Number.isNaN(v.getTime()) ? { kind: 'date', iso: isoOfDate(v) } : null;
    case 'e':
      return { kind: 'error', text: typeof w === 'string' ? w : '#ERRORE' };
    default:
      return null;
  }
}

/** `text.trim() === ''`, told at once for a text starting with a visible ASCII character (nearly every one). */
function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return text.trim() === '';
}

/**
 * The date cell of each serial met so far, by calendar (1900, 1904), or null when the serial is no date; shared by
 * every cell of that date (cells are never changed once made). A plan repeats a few dates in thousands of cells.
 */
const datesBySerial = [new Map<number, SheetCell | null>(), new Map<number, SheetCell | null>()] as const;

function dateCell(value: number, date1904: boolean): SheetCell | null {
  const known = datesBySerial[date1904 ? 1 : 0];
  let cell = known.get(value);
  if (cell === undefined) {
    const parts = dateOfSerial(value, date1904);
    cell = parts && parts.y > 0 ? { kind: 'date', iso: isoOf(parts.y, parts.m, parts.d) } : null;
    if (known.size < 10_000) known.set(value, cell);
  }
  return cell;
}

function numberCell(value: number, format: string, date1904: boolean): SheetCell | null {
  if (!Number.isFinite(value)) return null;
  if (isDateFormat(format)) {
    const date = dateCell(value, date1904);
    if (date) return date;
  }
  return { kind: 'number', value, format };
}

/** SheetJS builds `Date` cells at local midnight: the local calendar fields are the date the user typed. */
function isoOfDate(date: Date): string {
  return isoOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

function isoOf(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
