/**
 * The text SheetJS 0.20.3 reads from one string item, a shared string's `<si>` or an inline string's `<is>`
 * (`parse_si`): when the first child is a `<t>`, that text alone; otherwise, when there are rich-text runs, the text
 * of every `<t>` outside phonetic runs (`<rPh>`) joined; otherwise none. Entities and `_xHHHH_` are decoded after
 * joining, CR LF becomes LF. Items are followed event by event during the XML scan; one written in a way whose
 * reading by SheetJS's regular expressions this does not copy is marked `unusual` (the caller then lets SheetJS
 * read the workbook).
 * Why: reading the texts on the scan that checks them spares SheetJS's second parse of the same XML.
 */
import { sheetJsUnescape } from './sheetJsSyntax';

/** Text that is only XML white space (between elements, where SheetJS trims or ignores it). */
export const XML_SPACE = /^[ \t\r\n]*$/;
/** Names SheetJS searches for anywhere in a cell or a string table: never inside run properties. */
const SEARCHED = new Set(['t', 'r', 'rPh', 'v', 'is', 'c', 'row', 'sheetData', 'si', 'sstItem', 'sst', 'hyperlink']);

/** The element's local name, or null when its prefix starts with `t` (SheetJS would read `<tx:r>` as a `<t…>`). */
function localName(name: string): string | null {
  const colon = name.indexOf(':');
  if (colon < 0) return name;
  return name.charCodeAt(0) === 0x74 /* t */ ? null : name.slice(colon + 1);
}

/** SheetJS's text of an item as written (undefined: SheetJS gives the cell no value). */
export const decodeItemText = (raw: string): string => sheetJsUnescape(raw).replace(/\r\n/g, '\n');

export class StringItem {
  unusual = false;
  /** Open elements below the item, by local name. */
  private readonly path: string[] = [];
  private first: 'none' | 't' | 'other' = 'none';
  private firstText = '';
  private rich = false;
  private runs: string[] = [];
  private inText = false;
  private phonetic = 0;
  private anyText = false;
  /** The scan closes a self-closing element right after opening it: that close is not one of `path`. */
  private selfClosed = false;

  open(name: string, selfClosing: boolean): void {
    const local = localName(name);
    const parent = this.path.length === 0 ? '' : this.path[this.path.length - 1]!;
    if (local === null || !this.allowed(parent, local, selfClosing)) {
      this.unusual = true;
      return;
    }
    if (this.path.length === 0 && this.first === 'none') {
      if (local === 't' && selfClosing) this.unusual = true; // SheetJS would read on to the next `</t>`
      this.first = local === 't' ? 't' : 'other';
    }
    if (local === 'r') this.rich = true;
    if (selfClosing) {
      this.selfClosed = true;
      return;
    }
    this.path.push(local);
    if (local === 'rPh') this.phonetic++;
    else if (local === 't') {
      this.inText = true;
      if (this.phonetic === 0) this.runs.push('');
    }
  }

  private allowed(parent: string, local: string, selfClosing: boolean): boolean {
    switch (parent) {
      case '':
        return local === 't' || local === 'r' || (local === 'rPh' && !selfClosing) || (local === 'phoneticPr' && selfClosing);
      case 'r':
        return local === 't' || local === 'rPr';
      case 'rPr':
        return selfClosing && !SEARCHED.has(local);
      case 'rPh':
        return local === 't';
      default:
        return false; // nothing inside a <t>
    }
  }

  close(): void {
    if (this.selfClosed) {
      this.selfClosed = false;
      return;
    }
    const local = this.path.pop();
    if (local === 'rPh') this.phonetic--;
    else if (local === 't') this.inText = false;
  }

  text(text: string): void {
    this.anyText = true;
    if (!this.inText) {
      if (!XML_SPACE.test(text)) this.unusual = true;
      return;
    }
    if (this.phonetic > 0) return;
    this.runs[this.runs.length - 1] += text;
    if (this.first === 't' && this.runs.length === 1) this.firstText += text;
  }

  /** The item's text; `trimmed`: a shared string (SheetJS trims its XML first), not an inline one. */
  result(trimmed: boolean): string | undefined {
    if (this.first === 'none') return !this.anyText || trimmed ? '' : undefined;
    if (this.first === 't') return decodeItemText(this.firstText);
    return this.rich ? decodeItemText(this.runs.join('')) : undefined;
  }
}
