/**
 * The workbook read by SheetJS, from exactly the checked parts (sheetJsInput.ts): every ods, and any xlsx whose
 * parts xlsxReader.ts leaves to it. Loaded by readWorkbook only when needed, so that reading the usual xlsx does not
 * load SheetJS at all.
 * Why: SheetJS stays the reference reader, and the one for what the own xlsx reader does not copy.
 */
import type { WorkbookParts } from './partsCheck';
import { ImportRefusedError } from './importRefused';
import { parseCheckedParts } from './sheetJsInput';
import type { SheetsRead } from './xlsxReader';

/** The sheets SheetJS makes of `parts`, in order; its own (English) failures become the user's Italian refusal. */
export function readWithSheetJs(parts: WorkbookParts, sheetRows: number): SheetsRead {
  try {
    const workbook = parseCheckedParts(parts, {
      dense: true,
      cellFormula: false,
      cellHTML: false,
      cellText: false,
      cellNF: true,
      cellStyles: false,
      cellDates: false,
      bookVBA: false,
      sheetStubs: false,
      sheetRows,
    });
    return {
      date1904: Boolean(workbook.Workbook?.WBProps?.date1904),
      sheets: workbook.SheetNames.map((name) => ({ name, sheet: workbook.Sheets[name] })),
    };
  } catch {
    throw new ImportRefusedError('Il file è danneggiato o non è una cartella di lavoro valida: aprirlo in Excel o LibreOffice, salvarlo di nuovo e riprovare.');
  }
}
