/**
 * Writes a `WorkbookSpec` as xlsx or ods: real numeric and date cells with their formats, column widths, frozen
 * header rows, auto-filters, drop-down lists, sheet protection and the unlocked fill-in cells, in one pass per format
 * (xlsxWriter.ts, odsWriter.ts). Why: text is always a string cell, so `=…`, `+…`, `-…`, `@…` never become formulas.
 */
import type { WorkbookSpec } from '../../shared/exchange/sheetTypes';
import type { WorkbookFormat } from '../../shared/api';
import { writeOds } from './odsWriter';
import { writeXlsx } from './xlsxWriter';

export function writeWorkbook(spec: WorkbookSpec, format: WorkbookFormat): Buffer {
  return format === 'xlsx' ? writeXlsx(spec) : writeOds(spec);
}
