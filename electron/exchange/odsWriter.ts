/**
 * Writes a `WorkbookSpec` as ods in one pass: content.xml's styles (column widths, the data style of each number
 * format, the unprotected copies for the fill-in cells) come from a first look at the formats, then every table,
 * protected where the spec says so, goes straight into the zip compressor. Why: SheetJS CE wrote no protection and
 * wrong percent and euro formats, patched afterwards in a content.xml of tens of MB (issue 21).
 */
import type { OutCell, OutSheet, WorkbookSpec } from '../../shared/exchange/sheetTypes';
import { odsNumberStyle } from './odsNumberStyles';
import { cellFormat, checkedText, dateSerial, escapeXml, isGeneral, sheetExtent, unlockedByRow } from './writtenCells';
import { ZipWriter } from './zipWriter';

const HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MIME = 'application/vnd.oasis.opendocument.spreadsheet';
const NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  number: 'urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0',
};
const NAMESPACES = Object.entries(NS).map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`).join('');
/** SheetJS's data styles start at N69; the cell style of `N69` is `ce69`, its unprotected copy `ce69u`. */
const FIRST_STYLE = 69;
const UNPROTECTED = '<style:table-cell-properties style:cell-protect="none"/>';
/** SheetJS's column width in pixels for a width in characters (maximum digit width 6 px). */
const widthPx = (chars: number) => Math.floor((Math.round(((chars * 6 + 5) / 6) * 256) / 256 + 21 / 256) * 6);

/** What `paragraphs` must rewrite: `&`, `<`, `>`, control characters, runs of spaces or spaces at an edge (quotes,
 * frequent in Italian, need no escaping in text, though SheetJS escaped them). */
const NEEDS_SPELLING = /[&<>\u0000-\u001f\ufffe\uffff]| {2}|^ | $/;

/** Text as ODS paragraphs: runs of spaces, edge spaces, tabs and line breaks spelled out as ODS wants them. */
function paragraphs(text: string): string {
  if (!NEEDS_SPELLING.test(text)) return `<text:p>${text}</text:p>`;
  const body = escapeXml(text)
    .replace(/ {2,}/g, (run) => `<text:s text:c="${run.length}"/>`)
    .replace(/\t/g, '<text:tab/>')
    .replace(/\n/g, '</text:p><text:p>')
    .replace(/^ /, '<text:s/>')
    .replace(/ $/, '<text:s/>');
  return `<text:p>${body}</text:p>`;
}

/** The data style (number and XML) of every non-General format, in order of first use. */
function dataStyles(spec: WorkbookSpec): Map<string, { n: number; xml: string | null }> {
  const styles = new Map<string, { n: number; xml: string | null }>();
  const use = (format: string | null | undefined) => {
    if (isGeneral(format) || styles.has(format!)) return;
    const n = FIRST_STYLE + styles.size;
    styles.set(format!, { n, xml: odsNumberStyle(`N${n}`, format!) });
  };
  for (const sheet of spec.sheets) {
    for (const row of sheet.rows) for (const cell of row) use(cellFormat(cell));
    for (const u of sheet.unlocked ?? []) use(u.format);
  }
  return styles;
}

class ContentStyles {
  readonly columns = new Map<number, string>();
  private readonly data: Map<string, { n: number; xml: string | null }>;
  /** Data style number (0: none) of each unprotected cell style the fill-in cells use. */
  private readonly unprotected = new Set<number>();
  private readonly attributes = new Map<string, string>();

  constructor(spec: WorkbookSpec) {
    this.data = dataStyles(spec);
    for (const sheet of spec.sheets) {
      for (const w of sheet.widths) if (!this.columns.has(w)) this.columns.set(w, `co${this.columns.size}`);
      if (!sheet.protect) continue;
      for (const u of sheet.unlocked ?? []) {
        this.unprotected.add(this.dataStyle(cellFormat(sheet.rows[u.row]?.[u.column] ?? null) ?? u.format));
      }
    }
  }

  /** The ` table:style-name="…"` attribute of a cell with `format`, unprotected or not ('' for the default style). */
  cellStyle(format: string | null | undefined, unprotected: boolean): string {
    const key = `${format ?? ''}${unprotected ? '\u0000u' : ''}`;
    let attribute = this.attributes.get(key);
    if (attribute === undefined) {
      const n = this.dataStyle(format);
      const name = unprotected ? (n === 0 ? 'ceu' : `ce${n}u`) : n === 0 ? '' : `ce${n}`;
      attribute = name === '' ? '' : ` table:style-name="${name}"`;
      this.attributes.set(key, attribute);
    }
    return attribute;
  }

  private dataStyle(format: string | null | undefined): number {
    const style = isGeneral(format) ? undefined : this.data.get(format!);
    return style?.xml ? style.n : 0;
  }

  xml(): string {
    const out = [...this.columns].map(
      ([w, name]) => `<style:style style:name="${name}" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="${widthPx(w)}px"/></style:style>`,
    );
    out.push('<style:style style:name="ta1" style:family="table" style:master-page-name="mp1"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>');
    for (const { n, xml } of this.data.values()) {
      if (xml) out.push(xml, `<style:style style:name="ce${n}" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N${n}"/>`);
    }
    for (const n of this.unprotected) {
      const data = n === 0 ? '' : ` style:data-style-name="N${n}"`;
      out.push(`<style:style style:name="${n === 0 ? 'ceu' : `ce${n}u`}" style:family="table-cell" style:parent-style-name="Default"${data}>${UNPROTECTED}</style:style>`);
    }
    return `<office:automatic-styles>${out.join('\n')}</office:automatic-styles>`;
  }
}

function cellXml(cell: OutCell, styled: string, sheet: OutSheet, r: number, c: number): string {
  if (!cell) return `<table:table-cell${styled}/>`;
  if (cell.kind === 'text') {
    const text = checkedText(cell.text, sheet.name, r, c);
    return `<table:table-cell office:value-type="string"${styled}>${paragraphs(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text)}</table:table-cell>`;
  }
  const value = cell.kind === 'number' ? cell.value : dateSerial(cell.iso);
  const written = String(value);
  return `<table:table-cell office:value-type="float" office:value="${written}"${styled}><text:p>${value ? written : 0}</text:p></table:table-cell>`;
}

function writeTable(zip: ZipWriter, sheet: OutSheet, styles: ContentStyles): void {
  const { lastColumn } = sheetExtent(sheet);
  const unlocked = sheet.protect ? unlockedByRow(sheet) : new Map<number, Map<number, string | undefined>>();
  zip.write(`<table:table table:name="${escapeXml(sheet.name)}" table:style-name="ta1"${sheet.protect ? ' table:protected="true"' : ''}>`);
  for (let c = 0; c <= lastColumn; c++) {
    const w = sheet.widths[c];
    zip.write(w === undefined ? '<table:table-column/>' : `<table:table-column table:style-name="${styles.columns.get(w)}"/>`);
  }
  const rows = sheet.rows.length > 0 ? sheet.rows : [[]];
  rows.forEach((row, r) => {
    const open = unlocked.get(r);
    const end = Math.max(row.length - 1, ...(open ? open.keys() : []));
    let cells = '';
    let empty = 0;
    for (let c = 0; c <= end; c++) {
      const cell = row[c] ?? null;
      const isOpen = open?.has(c) ?? false;
      if (!cell && !isOpen) {
        empty++;
        continue;
      }
      if (empty > 0) cells += empty > 1 ? `<table:table-cell table:number-columns-repeated="${empty}"/>` : '<table:table-cell/>';
      empty = 0;
      // A fill-in cell holding a text (n.d.) takes the typing format too, for the number that will replace it.
      const format = cellFormat(cell) ?? (isOpen ? open?.get(c) : null);
      cells += cellXml(cell, styles.cellStyle(format, isOpen), sheet, r, c);
    }
    zip.write(`<table:table-row>${cells === '' ? '<table:table-cell/>' : cells}</table:table-row>`);
  });
  zip.write('</table:table>');
}

const STYLES_XML = `${HEADER}<office:document-styles${NAMESPACES} office:version="1.2"><office:master-styles><style:master-page style:name="mp1" style:page-layout-name="mp1"><style:header/><style:header-left style:display="false"/><style:footer/><style:footer-left style:display="false"/></style:master-page></office:master-styles></office:document-styles>`;
const META_XML = `${HEADER}<office:document-meta xmlns:office="${NS.office}" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2"><office:meta><meta:generator>PIRA Desk</meta:generator></office:meta></office:document-meta>`;
const MANIFEST_XML = `${HEADER}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="${MIME}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>`;

export function writeOds(spec: WorkbookSpec): Buffer {
  const zip = new ZipWriter();
  zip.stored('mimetype', MIME);
  zip.add('META-INF/manifest.xml', MANIFEST_XML);
  const styles = new ContentStyles(spec);
  zip.begin('content.xml');
  zip.write(`${HEADER}<office:document-content${NAMESPACES} office:version="1.2">`);
  zip.write(styles.xml());
  zip.write('<office:body><office:spreadsheet>');
  for (const sheet of spec.sheets) writeTable(zip, sheet, styles);
  zip.write('</office:spreadsheet></office:body></office:document-content>');
  zip.end();
  zip.add('styles.xml', STYLES_XML);
  zip.add('meta.xml', META_XML);
  return zip.finish();
}
