/**
 * Unlocks the fill-in cells of a protected xlsx sheet (SheetJS CE writes `<sheetProtection>` but no cell styles):
 * each style used by such a cell gets a copy with `<protection locked="0"/>` in styles.xml, and the cell points to it.
 * Why: on a protected sheet Excel and LibreOffice let the colleague type only where the office asked.
 */
import XLSX from 'xlsx';
import type { WorkbookSpec } from '../../shared/exchange/sheetTypes';
import { readZipXml, type XmlEdits } from './zipXml';

const CELL_XFS = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/;
const XF = /<xf\b[^>]*?\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g;

/** An unlocked copy of a `<xf>` element of cellXfs. */
function unlockedXf(xf: string): string {
  const open = /^<xf\b([^>]*?)\/?>/.exec(xf)?.[1] ?? '';
  const attributes = open.replace(/\sapplyProtection="\d"/, '');
  const children = xf.endsWith('/>') ? '' : xf.replace(/^<xf\b[^>]*>/, '').replace(/<\/xf>$/, '').replace(/<protection\b[^>]*\/>/, '');
  return `<xf${attributes} applyProtection="1">${children}<protection locked="0"/></xf>`;
}

/** The edits that unlock the fill-in cells; `bytes` is the workbook as SheetJS wrote it (its styles are read). */
export function unlockXlsxEdits(bytes: Buffer, spec: WorkbookSpec): XmlEdits {
  if (!spec.sheets.some((s) => (s.unlocked ?? []).length > 0)) return new Map();
  const styles = readZipXml(bytes, '/xl/styles.xml');
  const match = CELL_XFS.exec(styles);
  if (!match) throw new Error('xlsx: stili delle celle non trovati');
  const xfs = match[2]?.match(XF) ?? [];
  const copies = new Map<number, number>();
  const unlockedStyle = (style: number) => {
    if (!copies.has(style)) copies.set(style, xfs.length + copies.size);
    return copies.get(style) ?? 0;
  };
  const edits = new Map<string, (xml: string) => string>();
  spec.sheets.forEach((sheet, i) => {
    const wanted = new Set((sheet.unlocked ?? []).map((u) => XLSX.utils.encode_cell({ r: u.row, c: u.column })));
    if (wanted.size === 0) return;
    edits.set(`/xl/worksheets/sheet${i + 1}.xml`, (xml) =>
      xml.replace(/<c r="([A-Z]+\d+)"([^>]*?)(\/?)>/g, (cell, ref: string, attributes: string, close: string) => {
        if (!wanted.has(ref)) return cell;
        const style = Number(/\ss="(\d+)"/.exec(attributes)?.[1] ?? '0');
        return `<c r="${ref}" s="${unlockedStyle(style)}"${attributes.replace(/\ss="\d+"/, '')}${close}>`;
      }),
    );
  });
  edits.set('/xl/styles.xml', (xml) => {
    const added = [...copies.keys()].map((style) => unlockedXf(xfs[style] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'));
    return xml.replace(CELL_XFS, `<cellXfs count="${xfs.length + added.length}">${xfs.join('')}${added.join('')}</cellXfs>`);
  });
  return edits;
}
