/**
 * The cells of one xlsx worksheet exactly as SheetJS 0.20.3 makes them (`parse_ws_xml_data`, dense, `cellNF`,
 * no formulas, no stubs), read from the events of the XML scan that checks the part: the first `<v>` of a cell is its
 * value (formulas' cached values only), shared strings by index, `str` and `inlineStr` texts, booleans, `t="d"`
 * dates as serials, errors by code, each with its style's number format; rows past `sheetRows` skipped; a later cell
 * at the same place replaces an earlier one. The worksheet must be written the usual way (rows in sheetData, cells
 * with their `r` in rows, values, formulas and inline strings in cells, no `>` inside an attribute): anything else
 * is `unusual`, and the caller lets SheetJS read the workbook; so is anything SheetJS would fail on (it then drops
 * the whole sheet), such as a shared-string index past the table or a hyperlink range before column A.
 * Why: this is the second half of reading a workbook without SheetJS; what it makes goes through the same
 * sheetCells.ts as SheetJS's output.
 */
import type { SheetCell } from '../../shared/exchange/sheetTypes';
import { sheetCellOf } from './sheetCells';
import { decodeItemText, StringItem, XML_SPACE } from './stringItem';
import { serialOfDateText } from './sheetJsDates';
import { decimalInt, decimalNumber } from './plainNumbers';
import { safeDecodeRange, sheetJsAttribute, sheetJsCellAttribute, sheetJsUnescape } from './sheetJsSyntax';
import { cellAttributes } from './xlsxAttributes';
import type { NumberFormats } from './xlsxStyles';
import type { CellTaker } from './worksheetLane';
import type { XmlVisitor } from './xmlScan';
import { prefixEnd } from './xmlTags';

const ASCII = /^[\x00-\x7f]*$/;
/** SheetJS's `RBErr`, an object literal looked up as SheetJS looks it up. */
const ERROR_CODES: Record<string, number> = { '#NULL!': 0x00, '#DIV/0!': 0x07, '#VALUE!': 0x0f, '#REF!': 0x17, '#NAME?': 0x1d, '#NUM!': 0x24, '#N/A': 0x2a, '#GETTING_DATA': 0x2b, '#WTF?': 0xff };

const LEGACY_DRAWING = 'legacyDrawing r:id="';
const EVERY_OBJECT: object = {};

/** SheetJS reads a worksheet as bytes, one character each: what its `parseFloat`, `parseInt` and dates see. */
const asBytes = (text: string) => (ASCII.test(text) ? text : Buffer.from(text, 'utf8').toString('latin1'));
/** Nothing to unescape and nothing beyond ASCII: almost every value (one loop instead of four tests). */
function isPlainValue(written: string): boolean {
  for (let i = 0; i < written.length; i++) {
    const code = written.charCodeAt(i);
    if (code >= 0x80 || code === 0x26 /* & */ || code === 0x5f /* _ */) return false;
  }
  return true;
}
/** The value text as SheetJS holds it after its first unescaping (of the bytes). */
const valueOf = (written: string) => (isPlainValue(written) ? written : sheetJsUnescape(asBytes(written)));
/** A `str` cell: SheetJS unescapes the bytes, decodes them as UTF-8, and unescapes again. */
const formulaText = (written: string) => decodeItemText(Buffer.from(valueOf(written), 'latin1').toString('utf8'));

export interface WorksheetContext {
  strings: readonly (string | undefined)[];
  formats: NumberFormats;
  date1904: boolean;
  /** SheetJS's `sheetRows`: rows whose `r` is past it are skipped. */
  sheetRows: number;
}

export class WorksheetCells implements CellTaker {
  unusual: string | null = null;
  readonly data: (SheetCell | null)[][] = [];
  private sheetData: 'before' | 'inside' | 'after' = 'before';
  /** Local names of the elements open inside sheetData. */
  private readonly path: string[] = [];
  private tagr = 0;
  private skipRow = false;
  // The open cell, in fields (no object per cell): whether there is one, its place, `s` and `t` attributes, the first
  // `<v>`'s text once it has opened, its inline string.
  private cell = false;
  private row = 0;
  private column = 0;
  private style: string | undefined;
  private type: string | undefined;
  private value: string | undefined;
  private inline: StringItem | null = null;
  private inValue = false;
  /** Inside the cell's `<is>` (its events go to the cell's StringItem). */
  private inInline = false;
  private hyperlinks: string[] = [];
  /** The number format of the last style asked (cells of a column share one): `formatOf` is asked on a change only. */
  private formatStyle: string | undefined | null = null;
  private format: unknown;

  constructor(private readonly context: WorksheetContext) {}

  private odd(reason: string): void {
    this.unusual ??= reason;
  }

  visitor(): XmlVisitor {
    return {
      open: (name, attributes, selfClosing, start) => this.open(name, attributes, selfClosing, start),
      close: () => this.close(),
      text: (text) => this.text(text),
    };
  }

  /** A plain cell (worksheetLane.ts) straight inside a row: its events would open it, read its value and end it. */
  canTakeCell(): boolean {
    return this.sheetData === 'inside' && this.path.length === 1 && this.path[0] === 'row';
  }

  takeCell(row: number, column: number, style: string | undefined, type: string | undefined, value: string | undefined): void {
    this.cell = true;
    this.row = row;
    this.column = column;
    this.style = style;
    this.type = type;
    this.value = value;
    this.inline = null;
    this.endCell();
  }

  private open(name: string, attributes: string, selfClosing: boolean, start: number): void {
    if (attributes !== '' && attributes.includes('>')) this.odd('an attribute holds ">"');
    const colon = prefixEnd(name);
    const tag = colon < 0 ? name : name.slice(colon + 1);
    if (this.sheetData !== 'inside') {
      if (tag === 'sheetData') {
        if (this.sheetData === 'after') this.odd('two sheetData');
        this.sheetData = selfClosing ? 'after' : 'inside';
      } else if (tag === 'hyperlink') this.hyperlinks.push(attributes);
      return;
    }
    const parent = this.path.length === 0 ? 'sheetData' : this.path[this.path.length - 1]!;
    this.path.push(tag);
    if (this.inInline) return this.inline!.open(name, selfClosing);
    switch (parent) {
      case 'sheetData':
        if (tag !== 'row') return this.odd(`<${name}> in sheetData`);
        if (!selfClosing) this.startRow(attributes); // a self-closing row is skipped by SheetJS, its `r` too
        return;
      case 'row':
        if (tag !== 'c') return this.odd(`<${name}> in a row`);
        return this.startCell(attributes, start);
      case 'c':
        return this.cellChild(tag, selfClosing);
      default:
        return this.odd(`<${name}> in <${parent}>`);
    }
  }

  private startRow(attributes: string): void {
    const r = sheetJsCellAttribute(attributes, 'r');
    this.tagr = r !== undefined ? decimalInt(r) : this.tagr + 1;
    this.skipRow = this.context.sheetRows < this.tagr;
  }

  private startCell(attributes: string, start: number): void {
    const found = cellAttributes(attributes, start);
    if (!found || found.r === undefined || !this.place(found.r)) return this.odd('a cell without a plain reference');
    if (this.row < 0 || this.column < 0) return this.odd('a cell before A1');
    this.cell = true;
    this.style = found.s;
    this.type = found.t;
    this.value = undefined;
    this.inline = null;
  }

  /**
   * Sets `row` and `column` from a plain reference (capitals then digits), as `decode_cell` reads it; false for any
   * other reference. One loop, no pattern: this runs for every cell.
   */
  private place(ref: string): boolean {
    let column = 0;
    let i = 0;
    for (let code = ref.charCodeAt(0); code >= 0x41 && code <= 0x5a; code = ref.charCodeAt(++i)) column = 26 * column + (code - 64);
    const letters = i;
    let row = 0;
    for (let code = ref.charCodeAt(i); code >= 0x30 && code <= 0x39; code = ref.charCodeAt(++i)) row = 10 * row + (code - 48);
    if (letters === 0 || i === letters || i !== ref.length) return false;
    this.row = row - 1;
    this.column = column - 1;
    return true;
  }

  private cellChild(tag: string, selfClosing: boolean): void {
    if (!this.cell) return;
    if (tag === 'v') {
      if (this.value !== undefined) return; // SheetJS reads the first <v> only
      if (selfClosing) return this.odd('a self-closing <v>');
      this.value = '';
      this.inValue = true;
    } else if (tag === 'is') {
      if (this.inline || selfClosing) return this.odd('an empty or second <is>');
      this.inline = new StringItem();
      this.inInline = true;
    } else if (tag !== 'f') this.odd(`<${tag}> in a cell`);
  }

  private close(): void {
    if (this.sheetData !== 'inside') return;
    const tag = this.path.pop();
    if (tag === undefined) {
      this.sheetData = 'after';
      return;
    }
    const depth = this.path.length;
    if (this.inInline) {
      if (depth > 2) return this.inline!.close();
      this.inInline = false;
    }
    if (tag === 'v') this.inValue = false;
    else if (tag === 'c' && depth === 1) this.endCell();
  }

  private text(text: string): void {
    if (this.sheetData !== 'inside') return;
    const depth = this.path.length;
    if (this.inValue) this.value += text;
    else if (this.inInline) this.inline!.text(text);
    else if (!(depth === 3 && this.path[2] === 'f') && !XML_SPACE.test(text)) this.odd('text outside values');
  }

  /** What SheetJS stores for the cell, if anything (see parse_ws_xml_data). */
  private endCell(): void {
    const open = this.cell;
    this.cell = false;
    this.inValue = false;
    this.inInline = false;
    if (!open || this.skipRow) return;
    const inline = this.inline;
    if (inline?.unusual) return this.odd('an inline string written unusually');
    const written = this.value === '' ? undefined : this.value;
    if (this.type === undefined && written === undefined) return;
    let t = this.type || 'n';
    let v: unknown = written === undefined ? undefined : valueOf(written);
    switch (t) {
      case 'n':
        if (written === undefined) return;
        v = decimalNumber(v as string);
        break;
      case 's': {
        if (written === undefined) return;
        const index = decimalInt(v as string);
        if (!(index >= 0 && index < this.context.strings.length)) return this.odd('a shared string past the table');
        v = this.context.strings[index];
        break;
      }
      case 'str':
        t = 's';
        v = written === undefined ? '' : formulaText(written);
        break;
      case 'inlineStr':
        t = 's';
        v = inline ? inline.result(false) : '';
        break;
      case 'b':
        v = v === '1' || v === 'true';
        break;
      case 'd':
        if (written === undefined) return this.odd('a date cell without value'); // SheetJS throws
        v = serialOfDateText(v as string, this.context.date1904);
        t = 'n';
        break;
      case 'e':
        v = ERROR_CODES[v as string];
        break;
    }
    // Typed at once, as sheetCells.ts types SheetJS's `{ t, v, z }` (only numbers use the format); a cell that holds
    // nothing still replaces an earlier one at its place.
    if (t === 'n' && this.style !== this.formatStyle) {
      this.formatStyle = this.style;
      this.format = this.context.formats.formatOf(this.style);
    }
    const z = t === 'n' ? this.format : undefined;
    (this.data[this.row] ??= [])[this.column] = sheetCellOf(t, v, z, undefined, this.context.date1904);
  }

  /**
   * Checks what SheetJS reads after the cells and could fail on, dropping the sheet: a hyperlink range it cannot
   * name, a legacy drawing whose id is a property of every object (`rels['!id'][id]`).
   */
  finish(part: Buffer): void {
    for (const attributes of this.hyperlinks) {
      const ref = sheetJsAttribute(attributes, 'ref');
      if (!ref || safeDecodeRange(ref).s.c < 0) this.odd('a hyperlink SheetJS fails on');
    }
    for (let at = part.indexOf(LEGACY_DRAWING); at >= 0; at = part.indexOf(LEGACY_DRAWING, at + 1)) {
      const start = at + LEGACY_DRAWING.length;
      const id = part.toString('latin1', start, Math.max(start, part.indexOf('"', start)));
      if (/[\r\n]/.test(id) || id in EVERY_OBJECT) this.odd('a legacy drawing SheetJS fails on');
    }
  }
}
