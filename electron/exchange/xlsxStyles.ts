/**
 * The number format of each cell style of an xlsx, as SheetJS 0.20.3 gives it (`cellNF`): styles.xml's cellXfs give
 * each style a numFmtId, numFmts give custom ids their format code, and SheetJS's built-in table (`SSF_init_table`)
 * the ids without one; ids past 392 are moved down as `parse_numFmts` and `parse_cellXfs` move them. Read from the
 * events of the XML scan that checks styles.xml.
 * Why: the format tells a percentage from a count and a date from a number; it must be the one SheetJS would give.
 */
import { exactAttribute } from './xlsxAttributes';
import type { XmlVisitor } from './xmlScan';
import { sheetJsUnescape } from './sheetJsSyntax';

/** `SSF_init_table`. */
const BUILT_IN: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?',
  13: '# ??/??', 14: 'm/d/yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM',
  20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy h:mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
  48: '##0.0E+0', 49: '@', 56: '"上午/下午 "hh"時"mm"分"ss"秒 "',
}; // prettier-ignore
/** SheetJS's `bad_formats` (an object literal, looked up as SheetJS does). */
const BAD_FORMATS: Record<string, string> = { 'd.m': 'd\\.m' };
const LAST_ID = 0x188;
const LOWEST_MOVED = 0x3c;

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Maps a cell's `s` to its format; `unusual` says why SheetJS's reading of styles.xml was not copied. */
export class NumberFormats {
  unusual: string | null = null;
  private readonly numFmts: { id: string | undefined; code: string | undefined }[] = [];
  private readonly xfIds: (string | undefined)[] = [];
  private hasNumFmts = false;
  private hasCellXfs = false;
  private table: Record<string, unknown> = { ...BUILT_IN };
  private cellXfs: { numFmtId?: unknown }[] | null = null;
  private readonly known = new Map<string | undefined, unknown>();

  /** The scan's visitor for styles.xml; `finish` must be called after it. */
  visitor(): XmlVisitor {
    let inside: 'numFmts' | 'cellXfs' | null = null;
    /** Elements open in the region (self-closing ones too: the scan closes them right away). */
    let depth = 0;
    const seen = new Set<string>();
    return {
      open: (name, attributes, selfClosing) => {
        if (/[.\-]/.test(name) || attributes.includes('>')) this.unusual = 'styles.xml: a name or attribute SheetJS reads otherwise';
        const tag = local(name);
        if (inside === null) {
          if (tag !== 'numFmts' && tag !== 'cellXfs') return;
          if (seen.has(tag)) this.unusual = `styles.xml: two ${tag}`;
          seen.add(tag);
          if (tag === 'numFmts') this.hasNumFmts = !selfClosing;
          else this.hasCellXfs = !selfClosing;
          if (!selfClosing) {
            inside = tag;
            depth = 0;
          }
          return;
        }
        depth++;
        if (tag === 'numFmts' || tag === 'cellXfs') this.unusual = `styles.xml: ${tag} inside ${inside}`;
        if (inside === 'numFmts' && tag === 'numFmt') {
          // `<numFmt />` is read by SheetJS as a numFmt without formatCode, `<numFmt/>` as nothing: not told apart here.
          if (attributes === '') this.unusual = 'styles.xml: numFmt without attributes';
          this.numFmts.push({ id: exactAttribute(attributes, 'numFmtId'), code: exactAttribute(attributes, 'formatCode') });
        } else if (inside === 'cellXfs' && tag === 'xf') this.xfIds.push(exactAttribute(attributes, 'numFmtId'));
      },
      close: () => {
        if (inside === null) return;
        if (depth === 0) inside = null;
        else depth--;
      },
    };
  }

  /** Builds the table as `parse_numFmts` and `parse_cellXfs` leave it. */
  finish(): void {
    const numberFmt: unknown[] = [];
    if (this.hasNumFmts) {
      for (const key of Object.keys(this.table)) numberFmt[Number(key)] = this.table[key];
      for (const { id, code } of this.numFmts) {
        if (code === undefined) this.unusual = 'styles.xml: numFmt without formatCode'; // SheetJS throws
        const format = sheetJsUnescape(code ?? '');
        let j = parseInt(id as string, 10);
        numberFmt[j] = format;
        if (j > 0) {
          if (j > LAST_ID) {
            for (j = LAST_ID; j > LOWEST_MOVED; --j) if (numberFmt[j] == null) break;
            numberFmt[j] = format;
          }
          this.table[j] = BAD_FORMATS[format] || format;
        }
      }
    }
    if (!this.hasCellXfs) return;
    this.cellXfs = this.xfIds.map((written) => {
      const xf: { numFmtId?: unknown } = {};
      if (written === undefined) return xf;
      xf.numFmtId = written ? parseInt(written, 10) : written;
      if (this.hasNumFmts && (xf.numFmtId as number) > LAST_ID) {
        for (let i = LAST_ID; i > LOWEST_MOVED; --i) {
          if (numberFmt[xf.numFmtId as number] == numberFmt[i]) {
            xf.numFmtId = i;
            break;
          }
        }
      }
      return xf;
    });
  }

  /** `table_fmt[numFmtId of cellXfs[s]]`, 0 without a style (undefined or a non-string: the format is General). */
  formatOf(style: string | undefined): unknown {
    if (this.known.has(style)) return this.known.get(style);
    let id: unknown = 0;
    if (this.cellXfs && style !== undefined) {
      const xf = (this.cellXfs as unknown as Record<string, { numFmtId?: unknown } | null | undefined>)[style];
      if (xf != null && xf.numFmtId != null) id = xf.numFmtId;
    }
    const format = this.table[id as string];
    if (this.known.size < 10_000) this.known.set(style, format);
    return format;
  }
}
