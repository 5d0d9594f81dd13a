/**
 * What the xlsx and the ods writer share about a spec's cells: the sheet's extent, the cell names, the Excel date
 * serial, the number format a cell is written with, the text escaping and the length limit of a text cell.
 * Why: both formats must hold the same cells, written as SheetJS wrote them (the import and the tests read them back).
 */
import type { OutCell, OutSheet } from '../../shared/exchange/sheetTypes';

/** Excel's own limit for the text of one cell. */
const MAX_CELL_CHARS = 32_767;
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const DATE_FORMAT = 'dd/mm/yyyy';

export class ExportTooLongError extends Error {
  readonly code = 'invalid-request' as const;
}

export function columnName(column: number): string {
  let name = '';
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

/** The last row and column written (0-based): the cells and the unlocked empty cells, at least A1. */
export function sheetExtent(sheet: OutSheet): { lastRow: number; lastColumn: number } {
  let lastColumn = 0;
  sheet.rows.forEach((row) => row.forEach((cell, c) => cell && c > lastColumn && (lastColumn = c)));
  for (const u of sheet.unlocked ?? []) lastColumn = Math.max(lastColumn, u.column);
  return { lastRow: Math.max(0, sheet.rows.length - 1), lastColumn };
}

/** The unlocked cells of a sheet by row, then column → the format an empty one takes (`undefined`: General). */
export function unlockedByRow(sheet: OutSheet): Map<number, Map<number, string | undefined>> {
  const rows = new Map<number, Map<number, string | undefined>>();
  for (const { row, column, format } of sheet.unlocked ?? []) {
    const columns = rows.get(row) ?? new Map<number, string | undefined>();
    columns.set(column, format);
    rows.set(row, columns);
  }
  return rows;
}

export function dateSerial(iso: string): number {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - EXCEL_EPOCH_UTC) / DAY_MS;
}

/** The number format of a written cell: a date is a number shown `dd/mm/yyyy`, a text has none. */
export function cellFormat(cell: OutCell): string | null {
  if (cell?.kind === 'number') return cell.format;
  return cell?.kind === 'date' ? DATE_FORMAT : null;
}

export function isGeneral(format: string | null | undefined): boolean {
  return !format || format.toLowerCase() === 'general';
}

/** A text cell's text, refused past Excel's limit with the message the user sees. */
export function checkedText(text: string, sheetName: string, row: number, column: number): string {
  if (text.length > MAX_CELL_CHARS) {
    throw new ExportTooLongError(
      `Il testo del foglio «${sheetName}», cella ${columnName(column)}${row + 1}, supera i ${MAX_CELL_CHARS} caratteri ammessi da Excel: accorciarlo prima di esportare.`,
    );
  }
  return text;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const SPECIAL = /[&<>"'\u0000-\u0008\u000b-\u001f\ufffe\uffff]/;

/** XML text as SheetJS escapes it: the five entities, and control characters as Excel's `_xHHHH_`. */
export function escapeXml(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text
    .replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
    .replace(/[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0')}_`);
}
