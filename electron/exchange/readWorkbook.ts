/**
 * Reads a checked xlsx/ods into plain `WorkbookData` cells, enforcing the sheet, row, column and cell-length limits.
 * Formulas are never evaluated: only their cached values are read. Nothing is read before the archive
 * (archiveCheck.ts) and its XML parts with their expansion (partsCheck.ts) were found sound. The cells are read on
 * that same XML scan (xlsxReader.ts, odsReader.ts); SheetJS, loaded only then, reads the files the own readers
 * leave to it (sheetJsReader.ts). Both give worksheets of the same shape, which sheetCells.ts turns into typed
 * cells.
 * Why: the pure mapping in shared/exchange receives typed cells and never sees SheetJS objects.
 */
import type { SheetData, WorkbookData } from '../../shared/exchange/sheetTypes';
import { checkArchive } from './archiveCheck';
import { checkParts, type WorkbookParts } from './partsCheck';
import { ImportRefusedError, formatCount } from './importRefused';
import type { ParseLimits } from './limits';
import type { UnreadableNumber } from './numberScan';
import { readSheet, type Totals } from './sheetCells';
import type { SheetsRead } from './xlsxReader';

export { readSheet, type Totals } from './sheetCells';

/** A workbook read, with who read it: the own xlsx or ods reader, or SheetJS (and then why). */
export interface WorkbookRead {
  workbook: WorkbookData;
  reader: 'xlsx' | 'ods' | 'sheetjs';
  fallback: string | null;
}

/** Checks the container, then reads; every failure is an `ImportRefusedError` with an Italian message. */
export async function readWorkbook(bytes: Buffer, limits: ParseLimits): Promise<WorkbookData> {
  return (await readWorkbookWith(bytes, limits)).workbook;
}

/** `readWorkbook`, telling which reader read the cells; `sheetJs` makes SheetJS read it anyway (the tests' reference). */
export async function readWorkbookWith(bytes: Buffer, limits: ParseLimits, sheetJs = false): Promise<WorkbookRead> {
  const archive = checkArchive(bytes, limits);
  const parts = checkParts(archive.kind, archive.parts, limits);
  archive.parts.clear();
  const { kind, unreadable } = parts;
  const own = sheetJs ? null : parts.read;
  let read: SheetsRead;
  if (own && !('fallback' in own)) {
    read = own;
    releaseParts(parts); // the checked parts are for SheetJS only: their memory goes before the cells are typed
  } else {
    const { readWithSheetJs } = await import('./sheetJsReader');
    read = readWithSheetJs(parts, limits.maxRows + 1);
  }
  if (read.sheets.length > limits.maxSheets) {
    throw new ImportRefusedError(`Il file ha ${formatCount(read.sheets.length)} fogli: il limite è ${formatCount(limits.maxSheets)}.`);
  }
  const totals: Totals = { cells: 0, chars: 0 };
  const sheets = read.sheets.map(({ name, sheet }) => readSheet(name, sheet, read.date1904, limits, totals));
  const reader = read === own ? kind : 'sheetjs';
  const fallback = own && 'fallback' in own ? own.fallback : null;
  return { workbook: { sheets: markUnreadable(sheets, unreadable) }, reader, fallback };
}

/** Drops the parts' bytes (an ods's content.xml is tens of MB at ×100) once the own reader has read the cells. */
function releaseParts(parts: WorkbookParts): void {
  if (parts.kind === 'ods') {
    parts.content = Buffer.alloc(0);
    parts.styles = null;
  } else {
    parts.sheets = [];
    parts.sharedStrings = null;
    parts.styles = null;
  }
}

/** Puts an `unreadable` cell where the scan found a number that cannot be read (the reader read it as something else). */
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
