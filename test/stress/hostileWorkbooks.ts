/**
 * Generators of small crafted workbooks that expand enormously inside a spreadsheet parser (issue 10, defect 1)
 * or that read one way to the checks and another to the parser (issue 19: repeat counts SheetJS reads with
 * parseInt, a smuggled central directory, a part named twice, sizes that lie), built from a real export. Why here:
 * the tests and the stress fuzzer share them, and each bomb is described next to the bytes that make it.
 */
import XLSX from 'xlsx';
import { editZipXml } from '../exchange/zipXml';
import { forgeSmuggledDirectory, forgeZip, zipEntries } from './zipForge';

export interface HostileWorkbook {
  name: string;
  format: 'xlsx' | 'ods';
  bytes: Buffer;
}

/** Puts `attribute` on the first table cell of the first table holding text: one cell, repeated `count` times. */
function odsRepeatedCell(ods: Buffer, attribute: string): Buffer {
  return editZipXml(
    ods,
    new Map([['content.xml', (xml: string) => xml.replace(/<table:table-cell(?=[^>]*office:value-type)/, `<table:table-cell ${attribute}`)]]),
  );
}

function odsBombs(ods: Buffer): HostileWorkbook[] {
  const bomb = (name: string, bytes: Buffer): HostileWorkbook => ({ name, format: 'ods', bytes });
  return [
    bomb('ods: one cell with number-columns-repeated="1000000000"', odsRepeatedCell(ods, 'table:number-columns-repeated="1000000000"')),
    bomb(
      'ods: one row with number-rows-repeated="1000000000"',
      editZipXml(ods, new Map([['content.xml', (xml: string) => xml.replace(/<table:table-row(?=[^>]*>\s*<table:table-cell[^>]*office:value-type)/, '<table:table-row table:number-rows-repeated="1000000000"')]])),
    ),
    bomb(
      'ods: rows and columns repeated 40.000 × 40.000',
      editZipXml(ods, new Map([['content.xml', (xml: string) =>
        xml.replace(/<table:table-row(?=[^>]*>\s*<table:table-cell[^>]*office:value-type)/, '<table:table-row table:number-rows-repeated="40000"')
          .replace(/<table:table-cell(?=[^>]*office:value-type)/, '<table:table-cell table:number-columns-repeated="40000"')]])),
    ),
    bomb(
      'ods: a text with <text:s text:c="1000000000"/> (a billion spaces)',
      editZipXml(ods, new Map([['content.xml', (xml: string) => xml.replace('<text:p>', '<text:p><text:s text:c="1000000000"/>')]])),
    ),
    // Issue 19: repeat counts the budget read with Number and SheetJS with parseInt (the first one crashed the process).
    ...ODS_REPEATS.map((repeat) => bomb(`ods: one cell with number-columns-repeated="${repeat.length > 20 ? `${repeat.slice(0, 12)}…` : repeat}"`, odsRepeatedCell(ods, `table:number-columns-repeated="${repeat}"`))),
    bomb(
      'ods: one row with number-rows-repeated="1000000000.5"',
      editZipXml(ods, new Map([['content.xml', (xml: string) => xml.replace(/<table:table-row(?=[^>]*>\s*<table:table-cell[^>]*office:value-type)/, '<table:table-row table:number-rows-repeated="1000000000.5"')]])),
    ),
    bomb('ods: the repeat under another prefix (x:number-columns-repeated="1000000000")', odsRepeatedCell(ods, 'xmlns:x="urn:x" x:number-columns-repeated="1000000000"')),
    bomb('ods: the repeat in capitals (table:Number-Columns-Repeated="1000000000")', odsRepeatedCell(ods, 'table:Number-Columns-Repeated="1000000000"')),
    // Found by npm run fuzz: SheetJS writes a format's digits out (47 million zeros here) into every styled cell.
    bomb(
      'ods: a number format with decimal-places="47194782"',
      editZipXml(ods, new Map([['content.xml', (xml: string) => xml.replace(/number:decimal-places="\d+"/g, 'number:decimal-places="47194782"')]])),
    ),
  ];
}

/** Fractions, exponents, signs, hex, and a number past the doubles. */
const ODS_REPEATS = ['1000000000.5', '1e9', '+1000000000.5', ' 1000000000.5 ', '0x3B9ACA00', '-1000000000', `1${'0'.repeat(400)}`];

/** Zip-structure tricks around an ODS bomb: only the checked entries may reach the parser. */
function zipTricks(xlsx: Buffer, ods: Buffer): HostileWorkbook[] {
  const bomb = odsRepeatedCell(ods, 'table:number-columns-repeated="100000000"');
  const entries = zipEntries(xlsx);
  const sheet3 = entries.find((e) => e.name === 'xl/worksheets/sheet3.xml')!;
  const tricks = (name: string, bytes: Buffer): HostileWorkbook => ({ name: `zip: ${name}`, format: 'xlsx', bytes });
  return [
    tricks('an end record in the comment pointing to a smuggled directory (an ods bomb)', forgeSmuggledDirectory(entries, zipEntries(bomb))),
    tricks('the ods bomb slipped in beside the xlsx parts', forgeZip([...entries, ...zipEntries(bomb).filter((e) => e.name !== 'mimetype')])),
    tricks('a sheet named twice, differing in case', forgeZip([{ ...sheet3, name: 'XL/WORKSHEETS/SHEET3.XML' }, ...entries])),
    tricks('a size of 4 GB behind a data descriptor', forgeZip(entries.map((e) => (e === sheet3 ? { ...e, flags: 8, lie: { localSize: 0xfffffff0 } } : e)))),
    tricks('bytes outside the declared entries', forgeZip(entries, { gap: Buffer.alloc(4096, 0x41) })),
  ];
}

/** Replaces the cells of sheet `n` (1-based) of an xlsx with `cells` (the XML of its `<sheetData>` children). */
function withSheetData(xlsx: Buffer, n: number, sheetData: string, extra: Map<string, (xml: string) => string> = new Map()): Buffer {
  const edits = new Map(extra);
  edits.set(`xl/worksheets/sheet${n}.xml`, (xml: string) =>
    xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${sheetData}</sheetData>`),
  );
  return editZipXml(xlsx, edits);
}

/** `rows` × `columns` cells, each `cell(r, c)` (its XML without the `r` attribute). */
function grid(rows: number, columns: number, cell: (ref: string) => string): string {
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++) {
    parts.push(`<row r="${r}">`);
    for (let c = 0; c < columns; c++) parts.push(cell(XLSX.utils.encode_cell({ r: r - 1, c })));
    parts.push('</row>');
  }
  return parts.join('');
}

function xlsxBombs(xlsx: Buffer): HostileWorkbook[] {
  const bomb = (name: string, bytes: Buffer): HostileWorkbook => ({ name, format: 'xlsx', bytes });
  const longText = 'x'.repeat(32_767);
  const oneSharedString = new Map([
    ['xl/sharedStrings.xml', () => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="150000" uniqueCount="1"><si><t>${longText}</t></si></sst>`],
  ]);
  return [
    bomb(
      'xlsx: one 32.767-character shared string referenced by 3.000 × 50 cells',
      withSheetData(xlsx, 3, grid(3000, 50, (ref) => `<c r="${ref}" t="s"><v>0</v></c>`), oneSharedString),
    ),
    bomb('xlsx: 1.200.000 tiny numeric cells', withSheetData(xlsx, 3, grid(12_000, 100, (ref) => `<c r="${ref}"><v>1</v></c>`))),
    bomb(
      'xlsx: a hyperlink over A1:XFD1048576',
      editZipXml(xlsx, new Map([['xl/worksheets/sheet3.xml', (xml: string) => xml.replace('</sheetData>', '</sheetData><hyperlinks><hyperlink ref="A1:XFD1048576" location="Piano!A1"/></hyperlinks>')]])),
    ),
    bomb(
      'xlsx: a dimension of A1:XFD1048576 and a cell in XFD1048576',
      editZipXml(xlsx, new Map([['xl/worksheets/sheet3.xml', (xml: string) =>
        xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
          .replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')]])),
    ),
    bomb(
      'xlsx: a cell reference far beyond the grid (B78035586), found by the fuzzer',
      editZipXml(xlsx, new Map([['xl/worksheets/sheet7.xml', (xml: string) => xml.replace(/<c r="B\d+"/, '<c r="B78035586"')]])),
    ),
    bomb(
      'xlsx: an entity expansion ("billion laughs") in the shared strings',
      editZipXml(xlsx, new Map([['xl/sharedStrings.xml', (xml: string) =>
        xml.replace('<sst', `<!DOCTYPE sst [${Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${i === 0 ? 'lol' : `&l${i};`.repeat(10)}">`).join('')}]><sst`)
          .replace(/<t>[^<]*<\/t>/, '<t>&l10;</t>')]])),
    ),
  ];
}

/** Every crafted bomb, built from a real export of each format. */
export function hostileWorkbooks(exports: { xlsx: Buffer; ods: Buffer }): HostileWorkbook[] {
  return [...odsBombs(exports.ods), ...xlsxBombs(exports.xlsx), ...zipTricks(exports.xlsx, exports.ods)];
}
