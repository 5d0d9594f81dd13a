/**
 * Writes a `WorkbookSpec` with SheetJS: real numeric and date cells with their formats, column widths,
 * auto-filters, sheet protection; the frozen header rows, drop-down lists and unlocked cells are added afterwards
 * (SheetJS CE drops them). Why: one writer for both formats; text is always a string cell, so `=…`, `+…`, `-…`,
 * `@…` never become formulas.
 */
import XLSX from 'xlsx';
import type { OutCell, OutSheet, WorkbookSpec } from '../../shared/exchange/sheetTypes';
import type { WorkbookFormat } from '../../shared/api';
import { odsDataStyles, odsNumberFormatEdits } from './odsPostProcess';
import { odsProtectionEdits } from './odsProtection';
import { viewsAndValidationsEdits } from './xlsxPostProcess';
import { unlockXlsxEdits } from './xlsxProtection';
import { composeEdits, editZipXml } from './zipXml';

/** Excel's own limit for the text of one cell. */
const MAX_CELL_CHARS = 32_767;
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export class ExportTooLongError extends Error {
  readonly code = 'invalid-request' as const;
}

export function writeWorkbook(spec: WorkbookSpec, format: WorkbookFormat): Buffer {
  const workbook = XLSX.utils.book_new();
  for (const sheet of spec.sheets) XLSX.utils.book_append_sheet(workbook, toWorksheet(sheet, format), sheet.name);
  // Written uncompressed, post-processed, then compressed once (a large plan's content.xml is tens of MB).
  const bytes = XLSX.write(workbook, { type: 'buffer', bookType: format, bookSST: true, compression: false }) as Buffer;
  const edits =
    format === 'xlsx'
      ? composeEdits(viewsAndValidationsEdits(spec), unlockXlsxEdits(bytes, spec))
      : composeEdits(odsNumberFormatEdits(spec), odsProtectionEdits(spec, odsDataStyles(spec)));
  return editZipXml(bytes, edits);
}

/**
 * ODS has no carriage return: a paragraph per line. SheetJS writes CR as the literal `_x000d_`, which LibreOffice
 * shows as text; a CRLF or lone CR becomes the line break ODS can hold (the import compares texts line by line).
 */
function cellText(text: string, format: WorkbookFormat): string {
  return format === 'ods' ? text.replace(/\r\n?/g, '\n') : text;
}

function toWorksheet(sheet: OutSheet, format: WorkbookFormat): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  let lastColumn = 0;
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const converted = toCell(cell, sheet.name, r, c, format);
      if (!converted) return;
      ws[XLSX.utils.encode_cell({ r, c })] = converted;
      lastColumn = Math.max(lastColumn, c);
    }),
  );
  // An empty cell left editable is still written, with the number format what the colleague types should take.
  for (const { row: r, column: c, format: z } of sheet.unlocked ?? []) {
    const address = XLSX.utils.encode_cell({ r, c });
    if (!ws[address]) ws[address] = { t: 'z', z: z ?? 'General' } as XLSX.CellObject;
    lastColumn = Math.max(lastColumn, c);
  }
  const lastRow = Math.max(0, sheet.rows.length - 1);
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: lastRow, c: lastColumn } });
  ws['!cols'] = sheet.widths.map((wch) => ({ wch }));
  if (sheet.autoFilter) ws['!autofilter'] = { ref: ws['!ref'] };
  // No password: the protection guides the colleague to the cells to fill, it is not a security measure.
  if (sheet.protect) ws['!protect'] = { autoFilter: false, sort: false, formatColumns: false };
  return ws;
}

function toCell(cell: OutCell, sheetName: string, r: number, c: number, format: WorkbookFormat): XLSX.CellObject | null {
  if (!cell) return null;
  switch (cell.kind) {
    case 'text':
      if (cell.text.length > MAX_CELL_CHARS) {
        throw new ExportTooLongError(
          `Il testo del foglio «${sheetName}», cella ${XLSX.utils.encode_cell({ r, c })}, supera i ${MAX_CELL_CHARS} caratteri ammessi da Excel: accorciarlo prima di esportare.`,
        );
      }
      return { t: 's', v: cellText(cell.text, format) };
    case 'number':
      return { t: 'n', v: cell.value, z: cell.format };
    case 'date': {
      const [y = 0, m = 1, d = 1] = cell.iso.split('-').map(Number);
      return { t: 'n', v: (Date.UTC(y, m - 1, d) - EXCEL_EPOCH_UTC) / DAY_MS, z: 'dd/mm/yyyy' };
    }
  }
}
