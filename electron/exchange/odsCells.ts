/**
 * The cells of an ODS content.xml read on the scan that checks it, step for step as SheetJS 0.20.3's
 * `parse_content_xml` reads them (with `dense`, `sheetRows`, no formulas, no stubs): the same row and column
 * counters (`number-rows-repeated` applied at the row's end tag, a self-closing row moving nothing, covered cells
 * moving the column), the same paragraph text (each `<text:p>`'s XML through `parse_text_p`, paragraphs joined by
 * a line break, `string-value` winning, annotations saved and restored around), the same value types and the same
 * number formats (data styles through odsStyles.ts, cell styles of content.xml only). Copies of a repeated cell
 * are one shared object (SheetJS copies each; nothing downstream writes to a cell). SheetJS's UOF names (`表:数据`,
 * `行号`, …) never get here: xmlScan.ts reads ASCII names only. What is not copied sets `unusual` and SheetJS
 * reads the workbook instead.
 * Why: SheetJS parsed content.xml a second time after the checks, on a second copy of its text, and copied every
 * repeated cell: that was most of an ods import's time and memory (issue 21).
 */
import { OdsNotCopied, parseOdsStyles, type FormatMap } from './odsStyles';
import { RB_ERR, datenum, parseIsoDuration, parseTextP } from './odsValues';
import { parseDate } from './sheetJsDates';
import { odsElement, odsAttribute, sheetJsUnescape } from './sheetJsSyntax';

/** A cell as SheetJS makes it (what sheetCells.ts reads of it). */
interface OdsCell {
  t: string;
  v: unknown;
  z?: string;
  w?: string;
}

/** A sheet read: its name as SheetJS gives it (the attribute as written) and its dense rows. */
export interface OdsSheet {
  name: string | undefined;
  data: OdsCell[][];
}

/** Elements whose start and end tags both clear the paragraph text read so far (SheetJS's "ignore state"). */
const CLEARING = new Set(['meta', 'settings', 'config-item-set', 'config-item-map-indexed', 'config-item-map-entry', 'config-item-map-named', 'shapes', 'frame', 'text-box', 'image', 'data-pilot-tables', 'list-style', 'form', 'dde-links', 'event-listeners', 'chart']);
const DATA_STYLES = new Set(['text-style', 'boolean-style', 'number-style', 'currency-style', 'percentage-style', 'date-style', 'time-style']);

type Kind = 'open' | 'close' | 'empty';

/**
 * A copy of `text` that does not point into content.xml's text, for what a cell keeps. V8 makes a substring of 13
 * characters or more a view of the string it was cut from: one text kept would keep all of content.xml's text alive
 * (46 MB at ×100) while the cells are typed and sent. Flattening a concatenation copies the characters.
 */
const detached = (text: string) => (text.length < 13 ? text : (' ' + text).slice(1));

/** `parsexmltagraw(tag)['calcext:value-type']`: the full name (prefix kept, cut at `_`), in any case, the last one. */
function calcextValueType(attributes: string): string | undefined {
  if (!/calcext:value-type/i.test(attributes)) return undefined;
  let value: string | undefined;
  for (const pair of attributes.matchAll(/\s([^\s=]+)="([^"]*)"/g)) {
    const underscore = pair[1]!.indexOf('_');
    const name = underscore > 0 ? pair[1]!.slice(0, underscore) : pair[1]!;
    if (name.toLowerCase() === 'calcext:value-type') value = pair[2];
  }
  return value;
}

export class OdsCells {
  /** Why SheetJS must read this workbook instead, once something not copied is met. */
  unusual: string | null = null;
  readonly sheets: OdsSheet[] = [];
  date1904 = false;
  private xml = '';
  /** Cell styles of content.xml with the format of their data style (a plain object, as SheetJS's `styles`). */
  private readonly styles: Record<string, string> = {};
  private sheet: OdsSheet | null = null;
  private R = -1;
  private C = -1;
  private rowpeat = 1;
  /** The attribute text of the last cell or covered cell opened (SheetJS's `ctag`), and what is read of it. */
  private ctag = '';
  private ctagStringValue: string | undefined;
  private ctagColumns = 1;
  private q: OdsCell = { t: '', v: null };
  private textp = '';
  private textpidx = 0;
  private oldtextp = '';
  private oldtextpidx = 0;
  private nfidx = 0;
  private emptyTag = false;

  /** `formats`: the data styles of styles.xml, to which content.xml's own are added. */
  constructor(
    private readonly formats: FormatMap,
    private readonly sheetRows: number,
  ) {}

  private note(reason: string): void {
    this.unusual ??= reason;
  }

  source(xml: string): void {
    this.xml = xml;
  }

  open(name: string, attributes: string, selfClosing: boolean, start: number, end: number): void {
    this.emptyTag = selfClosing;
    if (this.unusual === null) this.tag(selfClosing ? 'empty' : 'open', name, attributes, start, end);
  }

  close(name: string, start: number, end: number): void {
    if (this.emptyTag) this.emptyTag = false; // the self-closing tag just read: one tag to SheetJS
    else if (this.unusual === null) this.tag('close', name, '', start, end);
  }

  private tag(kind: Kind, name: string, attributes: string, start: number, end: number): void {
    const element = odsElement(name);
    try {
      switch (element) {
        case 'table':
          return this.table(kind, attributes);
        case 'table-row':
          if (kind === 'close') {
            this.R += this.rowpeat;
            this.rowpeat = 1;
            return;
          }
          if (this.R === -1) this.R = 0;
          this.rowpeat = +(odsAttribute(attributes, 'number-rows-repeated') as string) || 1;
          this.C = -1;
          return;
        case 'covered-table-cell':
          if (kind !== 'close') {
            ++this.C;
            this.setCtag(attributes);
            this.C += (parseInt(odsAttribute(attributes, 'number-columns-repeated') || '1', 10) || 1) - 1;
          }
          this.textp = '';
          return;
        case 'table-cell':
          if (kind === 'empty') return this.emptyCell(attributes);
          if (kind === 'open') return this.openCell(attributes);
          return this.closeCell();
        case 'annotation':
          if (kind === 'close') {
            this.textp = this.oldtextp;
            this.textpidx = this.oldtextpidx;
          } else if (kind === 'open') {
            this.oldtextp = this.textp;
            this.oldtextpidx = this.textpidx;
            this.textp = '';
            this.textpidx = 0;
          }
          return;
        case 'p':
          if (kind === 'close') {
            if (this.textpidx === 0) return this.note('a paragraph around a frame, form or chart');
            if (!this.ctagStringValue) {
              const text = parseTextP(this.xml.slice(this.textpidx, start));
              this.textp = (this.textp.length > 0 ? this.textp + '\n' : '') + text;
            }
          } else if (kind === 'empty') this.textp += '\n';
          else this.textpidx = end;
          return;
        case 'style': {
          const data = odsAttribute(attributes, 'data-style-name');
          if (odsAttribute(attributes, 'family') == 'table-cell' && this.formats[data as string]) {
            this.styles[odsAttribute(attributes, 'name') as string] = detached(this.formats[data as string]!);
          }
          return;
        }
        case 'null-date':
          if (odsAttribute(attributes, 'date-value') == '1904-01-01') this.date1904 = true;
          return;
        case 'named-range':
          if (kind !== 'close' && odsAttribute(attributes, 'cell-range-address') === undefined) this.note('a named range without its cells');
          return;
        case 'master-styles':
          return this.note('master styles in content.xml');
      }
      if (CLEARING.has(element)) {
        this.textp = '';
        this.textpidx = 0;
      } else if (DATA_STYLES.has(element)) {
        if (kind === 'close') parseOdsStyles(this.xml.slice(this.nfidx, end), this.formats);
        else if (kind === 'open') this.nfidx = start;
      }
    } catch (error) {
      // Where SheetJS's own steps fail (a `text:c` past the longest string), SheetJS decides: it refuses the file.
      this.note(error instanceof OdsNotCopied ? error.message : `a step SheetJS fails on (${(error as Error).name})`);
    }
  }

  private table(kind: Kind, attributes: string): void {
    if (kind === 'close') {
      if (this.sheet) this.sheets.push(this.sheet);
      this.sheet = null;
    } else if (kind === 'open') {
      const name = odsAttribute(attributes, 'name');
      this.sheet = { name: name === undefined ? name : detached(name), data: [] };
      this.R = this.C = -1;
    }
  }

  /** The format of a cell's style, if its style has one. */
  private format(attributes: string): string | undefined {
    const style = odsAttribute(attributes, 'style-name');
    return style && this.styles[style] ? this.styles[style] : undefined;
  }

  /** The cell tag later steps look at. */
  private setCtag(attributes: string): void {
    this.ctag = attributes;
    this.ctagStringValue = odsAttribute(attributes, 'string-value');
    this.ctagColumns = parseInt(odsAttribute(attributes, 'number-columns-repeated') || '1', 10);
  }

  private emptyCell(attributes: string): void {
    ++this.C;
    this.setCtag(attributes);
    if (odsAttribute(attributes, 'value-type') == 'string') {
      const cell: OdsCell = { t: 's', v: detached(sheetJsUnescape(odsAttribute(attributes, 'string-value') || '')) };
      const z = this.format(attributes);
      if (z) cell.z = z;
      this.put(this.R, this.C, cell);
    }
    this.C += (parseInt(odsAttribute(attributes, 'number-columns-repeated') || '1', 10) || 1) - 1;
  }

  private openCell(attributes: string): void {
    ++this.C;
    this.textp = this.oldtextp = '';
    this.textpidx = this.oldtextpidx = 0;
    this.setCtag(attributes);
    const type = odsAttribute(attributes, 'value-type');
    const q: OdsCell = { t: type as string, v: null };
    const z = this.format(attributes);
    if (z) q.z = z;
    this.q = q;
    switch (type) {
      case 'boolean': {
        const value = odsAttribute(attributes, 'boolean-value');
        q.t = 'b';
        q.v = value === 'true' || value === '1' || +(value as string) >= 1;
        return;
      }
      case 'float':
      case 'percentage':
      case 'currency':
        q.t = 'n';
        q.v = parseFloat(odsAttribute(attributes, 'value') as string);
        return;
      case 'date': {
        const value = odsAttribute(attributes, 'date-value');
        if (value === undefined) return this.note('a date cell without its date');
        q.t = 'n';
        q.v = datenum(parseDate(value, this.date1904), this.date1904);
        if (!q.z) q.z = 'm/d/yy';
        return;
      }
      case 'time': {
        const value = odsAttribute(attributes, 'time-value');
        if (value === undefined) return this.note('a time cell without its time');
        q.t = 'n';
        q.v = parseIsoDuration(value) / 86400;
        if (!q.z) q.z = 'HH:MM:SS';
        return;
      }
    }
    if (type === 'string' || type === 'text' || !type) {
      q.t = 's';
      const value = odsAttribute(attributes, 'string-value');
      if (value != null) this.textp = sheetJsUnescape(value);
    } else this.note(`the value type ${type}`);
  }

  private closeCell(): void {
    const { q, ctag, textp } = this;
    let stub = false;
    if (calcextValueType(ctag) == 'error' && RB_ERR[textp] != null) {
      q.t = 'e';
      q.w = detached(textp);
      q.v = RB_ERR[textp];
    }
    if (q.t === 's') {
      q.v = detached(textp || '');
      stub = this.textpidx === 0;
    }
    const columns = this.ctagColumns;
    if (!stub && !(this.sheetRows <= this.R)) {
      for (let rpt = 0; rpt < this.rowpeat; ++rpt) {
        for (let c = 0; c < columns; c++) this.put(this.R + rpt, this.C + c, q);
      }
    }
    this.C += columns - 1;
    this.q = { t: '', v: null };
    this.textp = '';
  }

  private put(r: number, c: number, cell: OdsCell): void {
    const data = this.sheet?.data;
    if (!data) return this.note('a cell outside a sheet');
    (data[r] ??= [])[c] = cell;
  }
}
