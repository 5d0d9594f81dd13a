/**
 * Reads an xlsx's cells on the XML scan that checks its parts (partsCheck.ts hands each part's events here too):
 * styles (xlsxStyles.ts), shared strings (xlsxSharedStrings.ts), then each worksheet (xlsxCells.ts), into
 * worksheets of the cells SheetJS makes, already typed (sheetCells.ts), named as SheetJS names them. When any part
 * is written in a way whose SheetJS reading is not copied (see `unusual` in those modules), or is not canonical XML
 * (SheetJS would be given the rewritten part), or two sheets end up with one name, `result` gives the reason
 * instead and readWorkbook lets SheetJS read the workbook, as before.
 * Why: SheetJS parsed every part a second time after the checks, and loading it cost more than the reading.
 */
import type XLSX from 'xlsx';
import type { ParseLimits } from './limits';
import type { TypedSheet } from './sheetCells';
import { escapeXml, sheetJsUnescape } from './sheetJsSyntax';
import { WorksheetCells } from './xlsxCells';
import { SharedStrings } from './xlsxSharedStrings';
import { NumberFormats } from './xlsxStyles';
import type { XmlVisitor } from './xmlScan';

/** The workbook's sheets, in order, as SheetJS would have made them (the own xlsx reader's already typed). */
export interface SheetsRead {
  date1904: boolean;
  sheets: { name: string; sheet: XLSX.WorkSheet | TypedSheet | undefined }[];
}

export class XlsxReading {
  private reason: string | null = null;
  private readonly formats = new NumberFormats();
  private readonly strings = new SharedStrings();
  private readonly sheets: { name: string; cells: WorksheetCells | null }[] = [];
  private date1904 = false;

  constructor(private readonly limits: ParseLimits) {}

  private note(reason: string | null): void {
    this.reason ??= reason;
  }

  stylesVisitor(): XmlVisitor {
    return this.formats.visitor();
  }

  sharedStringsVisitor(): XmlVisitor {
    return this.strings.visitor();
  }

  /** A part was scanned: `canonical` whether SheetJS would be given it as written. */
  partRead(path: string, canonical: boolean): void {
    if (!canonical) this.note(`${path}: not canonical XML`);
  }

  /** Styles and shared strings are scanned: the tables the cells are read with are complete. */
  tablesRead(date1904: boolean): void {
    this.formats.finish();
    this.strings.finish();
    this.note(this.formats.unusual);
    this.note(this.strings.unusual);
    this.date1904 = date1904;
  }

  sheetVisitor(name: string): WorksheetCells {
    const cells = new WorksheetCells({ strings: this.strings.texts, formats: this.formats, date1904: this.date1904, sheetRows: this.limits.maxRows + 1 });
    this.sheets.push({ name, cells });
    return cells;
  }

  sheetRead(cells: WorksheetCells, part: Buffer): void {
    cells.finish(part);
    if (cells.unusual) this.note(`sheet ${this.sheets.length}: ${cells.unusual}`);
  }

  /** A chart, macro or dialog sheet: no cells. */
  emptySheet(name: string): void {
    this.sheets.push({ name, cells: null });
  }

  /** The sheets, or why SheetJS must read this workbook. */
  result(): SheetsRead | { fallback: string } {
    const names = this.sheets.map((s) => sheetJsUnescape(escapeXml(s.name)));
    if (new Set(names).size !== names.length) this.note('two sheets with one name');
    if (this.reason !== null) return { fallback: this.reason };
    return {
      date1904: this.date1904,
      sheets: this.sheets.map((s, i) => ({ name: names[i]!, sheet: { '!typed': s.cells?.data ?? [] } })),
    };
  }
}
