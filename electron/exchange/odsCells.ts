/**
 * The cells of an ODS content.xml read on the scan that checks it, step for step as SheetJS 0.20.3's
 * `parse_content_xml` reads them (with `dense`, `sheetRows`, no formulas, no stubs): the same row and column
 * counters (`number-rows-repeated` applied at the row's end tag, a self-closing row moving nothing, covered cells
 * moving the column), the same paragraph text (each `<text:p>`'s XML through `parse_text_p`, paragraphs joined by
 * a line break, `string-value` winning, annotations saved and restored around), the same value types and the same
 * number formats (data styles through odsStyles.ts, cell styles of content.xml only). Copies of a repeated cell
 * are one shared object, and so are all the text cells of one text without a format (SheetJS copies each; nothing
 * downstream writes to a cell): a cell is made at its end tag. SheetJS's UOF names (`表:数据`,
 * `行号`, …) never get here: xmlScan.ts reads ASCII names only. What is not copied sets `unusual` and SheetJS
 * reads the workbook instead.
 * Why: SheetJS parsed content.xml a second time after the checks, on a second copy of its text, and copied every
 * repeated cell: that was most of an ods import's time and memory (issue 21).
 */
import { bufferOf, pieceText, sliceText } from './odsBytes';
import { OdsNotCopied, parseOdsStyles, type FormatMap } from './odsStyles';
import type { OdsCellTaker, PlainOdsCell } from './odsLane';
import { OdsSheetCells, type OdsCell } from './odsSheetCells';
import { RB_ERR, datenum, isErrorCell, isErrorText, parseIsoDuration, parseTextP } from './odsValues';
import { parseDate } from './sheetJsDates';
import { KEY, detached, type OdsTag, type OdsVisitor, type TagFacts } from './odsTag';
import { sheetJsUnescape } from './sheetJsSyntax';

/** Elements whose start and end tags both clear the paragraph text read so far (SheetJS's "ignore state"). */
const CLEARING = new Set(['meta', 'settings', 'config-item-set', 'config-item-map-indexed', 'config-item-map-entry', 'config-item-map-named', 'shapes', 'frame', 'text-box', 'image', 'data-pilot-tables', 'list-style', 'form', 'dde-links', 'event-listeners', 'chart']);
const DATA_STYLES = new Set(['text-style', 'boolean-style', 'number-style', 'currency-style', 'percentage-style', 'date-style', 'time-style']);

type Kind = 'open' | 'close' | 'empty';

export class OdsCells extends OdsSheetCells implements OdsVisitor, OdsCellTaker {
  private xml = '';
  /** content.xml's bytes when `xml` is their one-byte image (odsBytes.ts). */
  private bytes: Buffer | null = null;
  /** The attribute text of the last cell or covered cell opened (SheetJS's `ctag`), and what is read of it. */
  private ctag = '';
  private ctagStringValue: string | undefined;
  private ctagColumns = 1;
  /** The cell being read (SheetJS's `q`), made at its end tag. */
  private qt = '';
  private qv: unknown = null;
  private qz: string | undefined;
  /** The facts of the cell's tag: a number or boolean cell is made once for each tag text. */
  private qFacts: TagFacts = {};
  private textp = '';
  private textpidx = 0;
  private oldtextp = '';
  private oldtextpidx = 0;
  private nfidx = 0;
  private emptyTag = false;

  /** `formats`: the data styles of styles.xml, to which content.xml's own are added. */
  constructor(
    private readonly formats: FormatMap,
    sheetRows: number,
  ) {
    super(sheetRows);
  }

  source(xml: string, bytes?: Uint8Array): void {
    this.xml = xml;
    this.bytes = bufferOf(bytes);
  }

  open(element: string, tag: OdsTag, selfClosing: boolean, start: number, end: number): void {
    this.emptyTag = selfClosing;
    if (this.unusual === null) this.tag(selfClosing ? 'empty' : 'open', element, tag, start, end);
  }

  close(element: string, start: number, end: number): void {
    if (this.emptyTag) this.emptyTag = false; // the self-closing tag just read: one tag to SheetJS
    else if (this.unusual === null) this.tag('close', element, null, start, end);
  }

  /** `tag` is null for an end tag. */
  private tag(kind: Kind, element: string, tag: OdsTag | null, start: number, end: number): void {
    try {
      // The elements of every cell first: the cases are compared in order.
      switch (element) {
        case 'table-cell':
          if (kind === 'empty') return this.emptyCell(tag!);
          if (kind === 'open') return this.openCell(tag!);
          return this.closeCell();
        case 'p':
          if (kind === 'close') {
            if (this.textpidx === 0) return this.note('a paragraph around a frame, form or chart');
            if (!this.ctagStringValue) {
              const text = parseTextP(sliceText(this.xml, this.bytes, this.textpidx, start));
              this.textp = (this.textp.length > 0 ? this.textp + '\n' : '') + text;
            }
          } else if (kind === 'empty') this.textp += '\n';
          else this.textpidx = end;
          return;
        case 'table':
          return this.table(kind, tag);
        case 'table-row':
          if (kind === 'close') {
            this.R += this.rowpeat;
            this.rowpeat = 1;
            return;
          }
          if (this.R === -1) this.R = 0;
          this.rowpeat = +(tag!.get(KEY.numberRowsRepeated) as string) || 1;
          this.C = -1;
          return;
        case 'covered-table-cell':
          if (tag) {
            ++this.C;
            this.setCtag(tag);
            this.C += (this.ctagColumns || 1) - 1;
          }
          this.textp = '';
          return;
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
        case 'style': {
          if (!tag) return;
          const data = tag.get(KEY.dataStyleName);
          if (tag.get(KEY.family) == 'table-cell' && this.formats[data as string]) {
            this.styles[tag.get(KEY.name) as string] = detached(this.formats[data as string]!);
            this.version++;
          }
          return;
        }
        case 'null-date':
          if (tag?.get(KEY.dateValue) == '1904-01-01') {
            this.date1904 = true;
            this.version++;
          }
          return;
        case 'named-range':
          if (tag && tag.get(KEY.cellRangeAddress) === undefined) this.note('a named range without its cells');
          return;
        case 'master-styles':
          return this.note('master styles in content.xml');
      }
      if (CLEARING.has(element)) {
        this.textp = '';
        this.textpidx = 0;
      } else if (DATA_STYLES.has(element)) {
        if (kind === 'close') parseOdsStyles(sliceText(this.xml, this.bytes, this.nfidx, end), this.formats);
        else if (kind === 'open') this.nfidx = start;
      }
    } catch (error) {
      // Where SheetJS's own steps fail (a `text:c` past the longest string), SheetJS decides: it refuses the file.
      this.note(error instanceof OdsNotCopied ? error.message : `a step SheetJS fails on (${(error as Error).name})`);
    }
  }

  private table(kind: Kind, tag: OdsTag | null): void {
    if (kind === 'close') {
      if (this.sheet) this.sheets.push(this.sheet);
      this.sheet = null;
    } else if (kind === 'open') {
      const name = tag!.get(KEY.name);
      this.sheet = { name: name === undefined ? name : detached(name), data: [] };
      this.R = this.C = -1;
    }
  }

  /** The format of a cell's style, if its style has one. */
  private format(tag: OdsTag): string | undefined {
    return this.formatOf(tag.get(KEY.styleName));
  }

  /** The cell tag later steps look at. */
  private setCtag(tag: OdsTag): void {
    this.ctag = tag.text;
    this.ctagStringValue = tag.get(KEY.stringValue);
    const columns = tag.get(KEY.numberColumnsRepeated);
    this.ctagColumns = columns ? parseInt(columns, 10) : 1;
  }

  private emptyCell(tag: OdsTag): void {
    ++this.C;
    this.setCtag(tag);
    if (tag.get(KEY.valueType) == 'string') this.put(this.R, this.C, this.textCell(sheetJsUnescape(tag.get(KEY.stringValue) || ''), this.format(tag)));
    this.C += (this.ctagColumns || 1) - 1;
  }

  private openCell(tag: OdsTag): void {
    ++this.C;
    this.textp = this.oldtextp = '';
    this.textpidx = this.oldtextpidx = 0;
    this.setCtag(tag);
    this.qFacts = tag.facts();
    const type = tag.get(KEY.valueType);
    this.qt = type as string;
    this.qv = null;
    this.qz = this.format(tag);
    switch (type) {
      case 'boolean': {
        const value = tag.get(KEY.booleanValue);
        this.qt = 'b';
        this.qv = value === 'true' || value === '1' || +(value as string) >= 1;
        return;
      }
      case 'float':
      case 'percentage':
      case 'currency':
        this.qt = 'n';
        this.qv = parseFloat(tag.get(KEY.value) as string);
        return;
      case 'date': {
        const value = tag.get(KEY.dateValue);
        if (value === undefined) return this.note('a date cell without its date');
        this.qt = 'n';
        this.qv = datenum(parseDate(value, this.date1904), this.date1904);
        this.qz ||= 'm/d/yy';
        return;
      }
      case 'time': {
        const value = tag.get(KEY.timeValue);
        if (value === undefined) return this.note('a time cell without its time');
        this.qt = 'n';
        this.qv = parseIsoDuration(value) / 86400;
        this.qz ||= 'HH:MM:SS';
        return;
      }
    }
    if (type === 'string' || type === 'text' || !type) {
      this.qt = 's';
      const value = this.ctagStringValue;
      if (value != null) this.textp = sheetJsUnescape(value);
    } else this.note(`the value type ${type}`);
  }

  private closeCell(): void {
    const { ctag, textp, qz } = this;
    const columns = this.ctagColumns;
    const error = isErrorCell(textp, ctag);
    const text = !error && this.qt === 's';
    // A text cell without a paragraph is a stub, which SheetJS does not keep.
    if (!(text && this.textpidx === 0) && !(this.sheetRows <= this.R)) {
      let cell: OdsCell;
      if (error) cell = { t: 'e', v: RB_ERR[textp], z: qz, w: detached(textp) };
      else if (text) cell = this.textCell(textp || '', qz);
      else cell = this.valueCell();
      this.putRepeated(cell, columns);
    }
    this.C += columns - 1;
    this.qt = '';
    this.qv = null;
    this.qz = undefined;
    this.textp = '';
  }

  /** The number or boolean cell read: the one made of the same tag text, unless the styles changed since. */
  private valueCell(): OdsCell {
    const facts = this.qFacts;
    if (facts.cell && facts.styles === this.version) return facts.cell as OdsCell;
    const cell: OdsCell = { t: this.qt, v: this.qv, z: this.qz };
    facts.cell = cell;
    facts.styles = this.version;
    return cell;
  }

  /** Any plain cell: its events change nothing else here (when something unusual was met, they change nothing). */
  canTakeCell(): boolean {
    return true;
  }

  /**
   * A plain cell (odsLane.ts) as its events read it: `emptyCell` for `<…/>`, else `openCell`, its paragraph and
   * `closeCell` (an error cell, else a text cell, else a date or number cell). The fields of an open cell (`ctag…`,
   * `textp…`) are left as they are: outside a cell, each is set again before it is next read.
   */
  takeCell(cell: PlainOdsCell): void {
    if (this.unusual !== null) return;
    ++this.C;
    const z = this.formatOf(cell.style);
    const text = cell.text;
    if (text === undefined) {
      if (cell.type === 'string') this.put(this.R, this.C, this.textCell('', z));
    } else {
      const textp = parseTextP(pieceText(text, this.bytes, cell.textStart));
      if (!(this.sheetRows <= this.R)) {
        // A date cell gets its format when it opens, an error cell too.
        const qz = cell.type === 'date' ? z || 'm/d/yy' : z;
        let made: OdsCell;
        if (isErrorText(textp) && cell.calcext == 'error') made = { t: 'e', v: RB_ERR[textp], z: qz, w: detached(textp) };
        else if (cell.type === undefined || cell.type === 'string') made = this.textCell(textp, z);
        else if (cell.type === 'date') made = { t: 'n', v: datenum(parseDate(cell.date!, this.date1904), this.date1904), z: qz };
        else made = { t: 'n', v: parseFloat(cell.value as string), z };
        this.putRepeated(made, cell.columns);
      }
    }
    this.C += cell.columns - 1;
  }
}
