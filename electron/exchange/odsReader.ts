/**
 * Reads an ods's cells on the XML scan that checks its parts (partsCheck.ts hands each part's events here too): the
 * data styles of styles.xml (odsStyles.ts), then content.xml (odsCells.ts), into worksheets shaped and named as
 * SheetJS makes them. When a part is written in a way whose SheetJS reading is not copied, or content.xml is not
 * canonical XML (SheetJS would be given it rewritten), or styles.xml is missing, or two sheets end up with one
 * name, `result` gives the reason instead and readWorkbook lets SheetJS read the workbook, as before.
 * Why: the xlsx import already read its cells this way (xlsxReader.ts); the ods import parsed content.xml a second
 * time in SheetJS, the most of its time and memory (issue 21).
 */
import type XLSX from 'xlsx';
import type { ParseLimits } from './limits';
import { OdsCells } from './odsCells';
import { OdsNotCopied, parseOdsStyles, type FormatMap } from './odsStyles';
import type { OdsVisitor } from './odsTag';
import { forgetOdsTag } from './sheetJsSyntax';
import type { SheetsRead } from './xlsxReader';
import type { XmlVisitor } from './xmlScan';

export class OdsReading {
  private reason: string | null = null;
  private stylesXml: string | null = null;
  private cells: OdsCells | null = null;

  constructor(private readonly limits: ParseLimits) {}

  private note(reason: string | null): void {
    this.reason ??= reason;
  }

  /** Keeps styles.xml's text: its data styles are read once it is found sound. */
  stylesVisitor(): XmlVisitor {
    return { source: (xml) => (this.stylesXml = xml) };
  }

  /**
   * styles.xml was scanned: `data` as SheetJS will be given it. A styles.xml SheetJS is given rewritten (SheetJS's
   * own ods writer puts two spaces after the root's name) is read rewritten too: it is small.
   */
  stylesRead(data: Buffer, canonical: boolean): void {
    if (!canonical) this.stylesXml = data.toString('utf8');
  }

  /** content.xml was scanned: `canonical` whether SheetJS is given it as written (else it is left to SheetJS). */
  contentRead(canonical: boolean): void {
    if (!canonical) this.note('content.xml: not canonical XML');
  }

  /** The visitor of content.xml, with the data styles of styles.xml read. */
  contentVisitor(): OdsVisitor {
    // SheetJS fails on an ods without styles.xml ("Cannot find file"): it is left to SheetJS, which refuses it.
    if (this.stylesXml === null) this.note('no styles.xml');
    const formats: FormatMap = {};
    try {
      if (this.stylesXml !== null && this.reason === null) parseOdsStyles(this.stylesXml, formats);
    } catch (error) {
      this.note(`styles.xml: ${error instanceof OdsNotCopied ? error.message : `a step SheetJS fails on (${(error as Error).name})`}`);
    }
    this.stylesXml = null;
    const cells = new OdsCells(formats, this.limits.maxRows + 1);
    this.cells = cells;
    // With a reason known, nothing is read (SheetJS will). None is found while content.xml is scanned: the cells
    // then visit it themselves, with no call in between (this runs for every element).
    return this.reason === null ? cells : {};
  }

  /** The sheets, or why SheetJS must read this workbook. */
  result(): SheetsRead | { fallback: string } {
    const cells = this.cells;
    this.cells = null;
    cells?.source(''); // the text of content.xml is no longer needed
    forgetOdsTag();
    // Nor its last match: RegExp's legacy `input` keeps the subject of the last successful match alive, the scan's.
    /$/.exec('');
    this.note(cells?.unusual ?? null);
    const names = cells?.sheets.map((s) => s.name) ?? [];
    if (names.some((name) => name === undefined)) this.note('a sheet without a name');
    if (new Set(names).size !== names.length) this.note('two sheets with one name');
    if (this.reason !== null || !cells) return { fallback: this.reason ?? 'content.xml not read' };
    return {
      date1904: cells.date1904,
      sheets: cells.sheets.map((s) => ({ name: s.name!, sheet: { '!data': s.data } as unknown as XLSX.WorkSheet })),
    };
  }
}
