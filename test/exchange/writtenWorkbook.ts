// What an exported workbook means, read back independently of the writer: the cells as SheetJS reads them (type,
// value, number format) and as the app's own import reads them, digested per sheet, and in full the features
// (frozen rows, drop-down lists, auto-filters, protection, unlocked cells, column widths, ODS data styles).
// Why: the one-pass writer (issue 21) is compared with the files the SheetJS writer made (writerOracle.test.ts).
import { createHash } from 'node:crypto';
import XLSX from 'xlsx';
import { DEFAULT_LIMITS } from '../../electron/exchange/limits';
import { readWorkbook } from '../../electron/exchange/readWorkbook';

type Zip = { FullPaths: string[]; FileIndex: { content: Uint8Array }[] };
const CFB = (XLSX as unknown as { CFB: { read(data: Buffer, options: { type: 'buffer' }): Zip } }).CFB;

export interface SheetMeaning {
  name: string;
  cells: number;
  /** sha256 of the cells as SheetJS reads them and as the import reads them. */
  sheetJs: string;
  imported: string;
  features: Record<string, unknown>;
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)];
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function parts(bytes: Buffer): Map<string, string> {
  const zip = CFB.read(bytes, { type: 'buffer' });
  return new Map(zip.FullPaths.map((p, i) => [p.replace(/^[^/]*\//, ''), Buffer.from(zip.FileIndex[i]!.content ?? []).toString('utf8')]));
}

/** Cell address → 'locked' or 'unlocked', for the cells with a style of their own. */
function xlsxFeatures(files: Map<string, string>, index: number): Record<string, unknown> {
  const xml = files.get(`xl/worksheets/sheet${index + 1}.xml`) ?? '';
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(files.get('xl/styles.xml') ?? '')?.[1]?.match(/<xf\b[^>]*?\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g) ?? [];
  const unlockedStyles = new Set(xfs.flatMap((xf, i) => (xf.includes('<protection locked="0"/>') ? [String(i)] : [])));
  return {
    pane: /<pane [^>]*\/>/.exec(xml)?.[0] ?? null,
    protection: /<sheetProtection [^>]*\/>/.exec(xml)?.[0] ?? null,
    autoFilter: /<autoFilter [^>]*\/>/.exec(xml)?.[0] ?? null,
    validations: all(xml, /<dataValidation [^>]*>[\s\S]*?<\/dataValidation>/g).map((m) => m[0]),
    widths: all(xml, /<col [^>]*\/>/g).map((m) => attribute(m[0], 'width')),
    unlocked: all(xml, /<c r="([A-Z]+\d+)"[^>]*?\ss="(\d+)"/g).filter((m) => unlockedStyles.has(m[2]!)).map((m) => m[1]),
  };
}

function odsFeatures(content: string, name: string): Record<string, unknown> {
  const table = all(content, /<table:table [^>]*>[\s\S]*?<\/table:table>/g).map((m) => m[0]).find((t) => attribute(t, 'table:name') === name) ?? '';
  const styles = new Map(all(content, /<style:style [^>]*?(?:\/>|>[\s\S]*?<\/style:style>)/g).map((m) => [attribute(m[0], 'style:name'), m[0]]));
  const dataStyles = new Map(all(content, /<number:([a-z-]+)-style [^>]*>[\s\S]*?<\/number:\1-style>/g).map((m) => [attribute(m[0], 'style:name'), m[0].replace(/ style:name="[^"]*"/, '')]));
  const columns = all(table, /<table:table-column\b([^>]*?)\/?>/g).flatMap((m) => {
    const width = /style:column-width="([^"]+)"/.exec(styles.get(attribute(m[1]!, 'table:style-name')) ?? '')?.[1] ?? null;
    return Array<string | null>(Number(attribute(m[1]!, 'table:number-columns-repeated') ?? 1)).fill(width);
  });
  const unlocked: string[] = [];
  const formats = new Set<string>();
  all(table, /<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g).forEach((row, r) => {
    let c = 0;
    for (const cell of all(row[1]!, /<table:table-cell\b([^>]*?)(?:\/>|>[\s\S]*?<\/table:table-cell>)/g)) {
      const style = styles.get(attribute(cell[1]!, 'table:style-name')) ?? '';
      const data = attribute(style, 'style:data-style-name');
      if (data) formats.add(dataStyles.get(data) ?? `missing ${data}`);
      if (style.includes('style:cell-protect="none"')) unlocked.push(XLSX.utils.encode_cell({ r, c }));
      c += Number(attribute(cell[1]!, 'table:number-columns-repeated') ?? 1);
    }
  });
  return { protected: /table:protected="true"/.test(/<table:table [^>]*>/.exec(table)?.[0] ?? ''), columns, unlocked, formats: [...formats].sort() };
}

/** The meaning of a workbook written as xlsx or ods, sheet by sheet. */
export async function workbookMeaning(bytes: Buffer, format: 'xlsx' | 'ods'): Promise<SheetMeaning[]> {
  const book = XLSX.read(bytes, { type: 'buffer', dense: true });
  const imported = await readWorkbook(bytes, DEFAULT_LIMITS);
  const files = parts(bytes);
  return book.SheetNames.map((name, i) => {
    const rows = (book.Sheets[name]!['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
    const cells = rows.flatMap((row, r) => (row ?? []).flatMap((cell, c) => (cell && cell.t !== 'z' ? [[r, c, cell.t, cell.v, cell.z ?? null]] : [])));
    return {
      name,
      cells: cells.length,
      sheetJs: digest(cells),
      imported: digest(imported.sheets.find((s) => s.name === name)?.rows ?? null),
      features: format === 'xlsx' ? xlsxFeatures(files, i) : odsFeatures(files.get('content.xml') ?? '', name),
    };
  });
}
