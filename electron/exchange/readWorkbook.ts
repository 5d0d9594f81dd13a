/**
 * Reads a checked xlsx/ods file with SheetJS into plain `WorkbookData` cells, enforcing the sheet, row, column and
 * cell-length limits. Formulas are never evaluated: only their cached values are read. SheetJS runs only after
 * the archive (archiveCheck.ts) and its XML parts with their expansion (partsCheck.ts) were found sound, and reads
 * only those parts (sheetJsInput.ts).
 * Why: the pure mapping in shared/exchange receives typed cells and never sees SheetJS objects.
 */
import XLSX from 'xlsx';
import type { SheetCell, SheetData, WorkbookData } from '../../shared/exchange/sheetTypes';
import { checkArchive } from './archiveCheck';
import { checkParts } from './partsCheck';
import { parseCheckedParts } from './sheetJsInput';
import { ImportRefusedError, formatCount } from './importRefused';
import type { ParseLimits } from './limits';
import type { UnreadableNumber } from './numberScan';

const refuse = (message: string): never => {
  throw new ImportRefusedError(message);
};

/** Checks the container, then parses; every failure is an `ImportRefusedError` with an Italian message. */
export function readWorkbook(bytes: Buffer, limits: ParseLimits): WorkbookData {
  const archive = checkArchive(bytes, limits);
  const parts = checkParts(archive.kind, archive.parts, limits);
  archive.parts.clear();
  let workbook: XLSX.WorkBook;
  try {
    workbook = parseCheckedParts(parts, {
      dense: true,
      cellFormula: false,
      cellHTML: false,
      cellText: false,
      cellNF: true,
      cellStyles: false,
      cellDates: false,
      bookVBA: false,
      sheetStubs: false,
      sheetRows: limits.maxRows + 1,
    });
  } catch {
    // SheetJS's own messages are English and technical: the user is told what it means for the file.
    return refuse('Il file è danneggiato o non è una cartella di lavoro valida: aprirlo in Excel o LibreOffice, salvarlo di nuovo e riprovare.');
  }
  if (workbook.SheetNames.length > limits.maxSheets) {
    refuse(`Il file ha ${formatCount(workbook.SheetNames.length)} fogli: il limite è ${formatCount(limits.maxSheets)}.`);
  }
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const totals: Totals = { cells: 0, chars: 0 };
  const sheets = workbook.SheetNames.map((name) => readSheet(name, workbook.Sheets[name], date1904, limits, totals));
  return { sheets: markUnreadable(sheets, parts.unreadable) };
}

/** Puts an `unreadable` cell where the scan found a number that cannot be read (SheetJS read it as something else). */
function markUnreadable(sheets: SheetData[], found: readonly UnreadableNumber[]): SheetData[] {
  for (const entry of found) {
    const sheet = sheets.find((s) => s.name === entry.sheet);
    if (!sheet) continue;
    for (let r = entry.row; r < entry.row + entry.rows; r++) {
      while (sheet.rows.length <= r) sheet.rows.push([]);
      const row = sheet.rows[r]!;
      while (row.length < entry.column) row.push(null);
      for (let c = entry.column; c < entry.column + entry.columns; c++) row[c] = { kind: 'unreadable', written: entry.written, shown: entry.shown };
    }
  }
  return sheets;
}

/** What the sheets read so far hold: the limits are checked again on what SheetJS produced. */
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

/**
 * The cells of one sheet, with the limits checked on what SheetJS actually made (the expansion budget counted it
 * beforehand; this is the bound on what reaches the main process whatever the budget missed). A sheet or row longer
 * than the limits is walked by its filled indexes only, never hole by hole.
 */
export function readSheet(name: string, sheet: XLSX.WorkSheet | undefined, date1904: boolean, limits: ParseLimits, totals: Totals): SheetData {
  const dense = (sheet?.['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
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
      const cell = toSheetCell(source![c], date1904);
      if (cell === null) continue;
      if (c >= limits.maxColumns) {
        refuse(`Il foglio «${name}» ha dati oltre la colonna ${formatCount(limits.maxColumns)}: limite superato.`);
      }
      if (r >= limits.maxRows) refuse(`Il foglio «${name}» ha dati oltre la riga ${formatCount(limits.maxRows)}: limite superato.`);
      const where = () => `riga ${formatCount(r + 1)}, colonna ${XLSX.utils.encode_col(c)}`;
      if (cell.kind === 'text') {
        if (cell.text.length > limits.maxCellChars) {
          refuse(`Il foglio «${name}», ${where()} contiene un testo di ${formatCount(cell.text.length)} caratteri: il limite è ${formatCount(limits.maxCellChars)}.`);
        }
        totals.chars += cell.text.length;
      }
      if (++totals.cells > limits.maxCells) {
        refuse(`Il file ha più di ${formatCount(limits.maxCells)} celle con dati: limite superato nel foglio «${name}», ${where()}.`);
      }
      if (totals.chars > limits.maxTextChars) {
        refuse(`Il file contiene più di ${formatCount(limits.maxTextChars)} caratteri di testo: limite superato nel foglio «${name}», ${where()}.`);
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
  if (!cell || cell.v === undefined || cell.v === null) return null;
  switch (cell.t) {
    case 's': {
      const text = String(cell.v);
      return text.trim() === '' ? null : { kind: 'text', text };
    }
    case 'n':
      return numberCell(Number(cell.v), typeof cell.z === 'string' ? cell.z : 'General', date1904);
    case 'b':
      return { kind: 'bool', value: Boolean(cell.v) };
    case 'd':
      return cell.v instanceof Date && !Number.isNaN(cell.v.getTime()) ? { kind: 'date', iso: isoOfDate(cell.v) } : null;
    case 'e':
      return { kind: 'error', text: typeof cell.w === 'string' ? cell.w : '#ERRORE' };
    default:
      return null;
  }
}

function numberCell(value: number, format: string, date1904: boolean): SheetCell | null {
  if (!Number.isFinite(value)) return null;
  if (XLSX.SSF.is_date(format)) {
    const parts = XLSX.SSF.parse_date_code(value, { date1904 });
    if (parts && parts.y > 0) return { kind: 'date', iso: isoOf(parts.y, parts.m, parts.d) };
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
