/**
 * Protects the sheets of an ODS written by SheetJS (which writes no protection): `table:protected="true"` on each
 * protected table and, for the fill-in cells, a copy of their cell style with `style:cell-protect="none"` (an empty
 * one gets the data style of its number format, so what the colleague types is read as the indicator's kind).
 * Why: LibreOffice and Excel keep only these cells editable, as in the xlsx.
 */
import type { WorkbookSpec } from '../../shared/exchange/sheetTypes';
import type { XmlEdits } from './zipXml';

const TABLE = /<table:table\b([^>]*)>([\s\S]*?)<\/table:table>/g;
const ROW = /<table:table-row\b[^>]*?(?:\/>|>([\s\S]*?)<\/table:table-row>)/g;
const CELL = /<table:(?:covered-)?table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g;
const REPEATED = (kind: 'rows' | 'columns') => new RegExp(`table:number-${kind}-repeated="(\\d+)"`);
const UNLOCKED_PROPERTIES = '<style:table-cell-properties style:cell-protect="none"/>';

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** `dataStyles`: the number-format code → data style name map of odsPostProcess.ts (`0%` → `N69`). */
export function odsProtectionEdits(spec: WorkbookSpec, dataStyles: ReadonlyMap<string, string>): XmlEdits {
  const protectedSheets = spec.sheets.filter((s) => s.protect);
  if (protectedSheets.length === 0) return new Map();
  const newStyles = new Map<string, string>();
  const unlockedStyleOf = (existing: string | undefined, format: string | undefined): string => {
    const base = existing ?? (format ? dataStyles.get(format) : undefined);
    const name = existing ? `${existing}u` : base ? `ceu${base}` : 'ceu';
    if (!newStyles.has(name)) newStyles.set(name, existing ?? (base ? `data:${base}` : ''));
    return name;
  };
  const protectTable = (attributes: string, body: string): string => {
    const name = /table:name="([^"]*)"/.exec(attributes)?.[1];
    const sheet = protectedSheets.find((s) => escapeAttribute(s.name) === name);
    if (!sheet) return `<table:table${attributes}>${body}</table:table>`;
    const unlocked = new Map((sheet.unlocked ?? []).map((u) => [`${u.row}:${u.column}`, u.format]));
    let r = 0;
    const rows = body.replace(ROW, (row: string, cells: string | undefined) => {
      const at = r;
      r += Number(REPEATED('rows').exec(row)?.[1] ?? '1');
      if (cells === undefined) return row;
      let c = 0;
      const edited = cells.replace(CELL, (cell: string, cellAttributes: string) => {
        const column = c;
        c += Number(REPEATED('columns').exec(cellAttributes)?.[1] ?? '1');
        if (!unlocked.has(`${at}:${column}`)) return cell;
        const style = /table:style-name="([^"]*)"/.exec(cellAttributes)?.[1];
        const renamed = `table:style-name="${unlockedStyleOf(style, unlocked.get(`${at}:${column}`))}"`;
        return style ? cell.replace(`table:style-name="${style}"`, renamed) : cell.replace(/^<table:((?:covered-)?table-cell)/, `<table:$1 ${renamed}`);
      });
      return row.replace(cells, () => edited);
    });
    return `<table:table${attributes} table:protected="true">${rows}</table:table>`;
  };
  const addStyles = (xml: string): string => {
    const definitions = [...newStyles].map(([name, source]) => {
      if (source === '' || source.startsWith('data:')) {
        const data = source === '' ? '' : ` style:data-style-name="${source.slice(5)}"`;
        return `<style:style style:name="${name}" style:family="table-cell" style:parent-style-name="Default"${data}>${UNLOCKED_PROPERTIES}</style:style>`;
      }
      const original = new RegExp(`<style:style style:name="${source}"[^>]*?(?:/>|>[\\s\\S]*?</style:style>)`).exec(xml)?.[0];
      if (!original) throw new Error(`ods: stile ${source} non trovato`);
      const open = (/^<style:style\b[^>]*?(?=\/?>)/.exec(original)?.[0] ?? '').replace(`style:name="${source}"`, `style:name="${name}"`);
      const children = original.endsWith('/>') ? '' : original.replace(/^<style:style\b[^>]*>/, '').replace(/<\/style:style>$/, '');
      return `${open}>${children.replace(/<style:table-cell-properties\b[^>]*\/>/, '')}${UNLOCKED_PROPERTIES}</style:style>`;
    });
    return xml.replace('</office:automatic-styles>', `${definitions.join('\n')}\n</office:automatic-styles>`);
  };
  return new Map([['/content.xml', (xml: string) => addStyles(xml.replace(TABLE, (_, attributes: string, body: string) => protectTable(attributes, body)))]]);
}
