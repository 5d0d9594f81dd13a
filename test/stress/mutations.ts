/**
 * The importer fuzzer's mutants of real exports, from a seeded generator so a failing run can be replayed:
 * byte flips, truncations, XML edits inside the zip (CRC recomputed, so they reach the XML checks), the crafted
 * expansion bombs with random sizes, zip-level damage, and CSV/HTML text saved as .xlsx.
 * Why here: `npm run stress` and its small CI run draw from the same kinds, in the same proportions.
 */
import XLSX from 'xlsx';
import { editZipXml } from '../../electron/exchange/zipXml';
import { hostileWorkbooks } from './hostileWorkbooks';

export interface Mutant {
  kind: string;
  format: 'xlsx' | 'ods';
  bytes: Buffer;
}

/** Mulberry32: small, fast, and the same sequence on every machine for a given seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

type Zip = { FullPaths: string[]; FileIndex: { name: string; content: Uint8Array }[] };
const CFB = (XLSX as unknown as { CFB: { read(data: Buffer, options: { type: 'buffer' }): Zip } }).CFB;

function xmlParts(bytes: Buffer): string[] {
  const zip = CFB.read(bytes, { type: 'buffer' });
  return zip.FullPaths.filter((p) => /\.(xml|rels)$/i.test(p)).map((p) => p.replace(/^[^/]*\//, ''));
}

function flipBytes(random: Random, bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  for (let n = between(random, 1, 8); n > 0; n--) {
    const at = Math.floor(random() * out.length);
    out[at] = out[at]! ^ (1 << between(random, 0, 7));
  }
  return out;
}

/** One random edit of an XML text: cut, duplicate, inject markup, or change numbers and attributes. */
function editXml(random: Random, xml: string): string {
  const at = Math.floor(random() * xml.length);
  const length = between(random, 1, 200);
  switch (between(random, 0, 6)) {
    case 0:
      return xml.slice(0, at) + xml.slice(at + length);
    case 1:
      return xml.slice(0, at) + xml.slice(at, at + length).repeat(between(random, 2, 50)) + xml.slice(at);
    case 2:
      return xml.slice(0, at) + pick(random, ['<x>', '</row>', '<c r="A1"><v>1</v></c>', '&bogus;', '<!--', ']]>', '\u0001', '<![CDATA[']) + xml.slice(at);
    case 3:
      return xml.replace(/\d+/g, (digits) => (random() < 0.05 ? String(between(random, 0, 10 ** between(random, 1, 9))) : digits));
    case 4:
      return xml.replace(/(table:number-(?:columns|rows)-repeated|r|t|office:value-type)="[^"]*"/g, (attr, name: string) =>
        random() < 0.1 ? `${name}="${pick(random, ['999999999', 's', 'n', 'inlineStr', 'XFD1048576', 'string', 'float', '-1', ''])}"` : attr,
      );
    case 5:
      return xml.slice(0, at);
    default:
      return xml.replace(/<(\/?)([\w:]+)/, (_m, slash: string) => `<${slash}${pick(random, ['nulla', 'sheetData', 'table:table', 'row'])}`);
  }
}

function xmlEdit(random: Random, bytes: Buffer): Buffer {
  const part = pick(random, xmlParts(bytes));
  return editZipXml(bytes, new Map([[part, (xml: string) => editXml(random, xml)]]));
}

/** Damage to the zip structure itself: a central directory entry, a local header, the end record. */
function zipDamage(random: Random, bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  const signatures = [0x04034b50, 0x02014b50, 0x06054b50];
  const signature = pick(random, signatures);
  const positions: number[] = [];
  for (let i = 0; i + 4 <= out.length; i++) if (out.readUInt32LE(i) === signature) positions.push(i);
  const at = pick(random, positions.length > 0 ? positions : [0]);
  const field = at + between(random, 4, 40);
  if (field + 4 <= out.length) out.writeUInt32LE(Math.floor(random() * 0xffffffff), field);
  return out;
}

function textAsWorkbook(random: Random, xlsx: Buffer): Buffer {
  const workbook = XLSX.read(xlsx, { type: 'buffer' });
  const sheet = workbook.Sheets[pick(random, workbook.SheetNames)]!;
  return Buffer.from(random() < 0.5 ? XLSX.utils.sheet_to_csv(sheet, { FS: ';' }) : XLSX.utils.sheet_to_html(sheet), 'utf8');
}

/** Bombs of random size: repeats, shared-string references and dimensions that expand far beyond the file. */
function randomBomb(random: Random, exports: { xlsx: Buffer; ods: Buffer }): Mutant {
  const repeat = String(10 ** between(random, 4, 9));
  const kind = between(random, 0, 3);
  if (kind === 0) {
    return {
      kind: 'bomba: ripetizione ods',
      format: 'ods',
      bytes: editZipXml(exports.ods, new Map([['content.xml', (xml: string) => xml.replace(/<table:table-(cell|row)(?=[^>]*>)/g, (tag, what: string) => (random() < 0.05 ? `${tag} table:number-${what === 'row' ? 'rows' : 'columns'}-repeated="${repeat}"` : tag))]])),
    };
  }
  if (kind === 1) {
    const refs = between(random, 1000, 150_000);
    const text = 'x'.repeat(between(random, 100, 32_767));
    const cells = Array.from({ length: refs }, (_, i) => `<c r="${XLSX.utils.encode_cell({ r: Math.floor(i / 50), c: i % 50 })}" t="s"><v>0</v></c>`);
    const rows: string[] = [];
    for (let r = 0; r * 50 < refs; r++) rows.push(`<row r="${r + 1}">${cells.slice(r * 50, r * 50 + 50).join('')}</row>`);
    return {
      kind: 'bomba: testo condiviso',
      format: 'xlsx',
      bytes: editZipXml(
        exports.xlsx,
        new Map([
          ['xl/sharedStrings.xml', () => `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${text}</t></si></sst>`],
          ['xl/worksheets/sheet3.xml', (xml: string) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows.join('')}</sheetData>`)],
        ]),
      ),
    };
  }
  const ref = `${XLSX.utils.encode_col(between(random, 0, 16383))}${between(random, 1, 1_048_576)}`;
  return {
    kind: kind === 2 ? 'bomba: dimensione' : 'bomba: collegamento',
    format: 'xlsx',
    bytes: editZipXml(exports.xlsx, new Map([['xl/worksheets/sheet3.xml', (xml: string) =>
      kind === 2
        ? xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${ref}"/>`).replace('</sheetData>', `<row r="${ref.replace(/^[A-Z]+/, '')}"><c r="${ref}"><v>1</v></c></row></sheetData>`)
        : xml.replace('</sheetData>', `</sheetData><hyperlinks><hyperlink ref="A1:${ref}" location="Piano!A1"/></hyperlinks>`)]])),
  };
}

/** `count` mutants of the two exports, drawn with `seed`; the fixed bombs come first. */
export function* mutants(exports: { xlsx: Buffer; ods: Buffer }, count: number, seed: number): Generator<Mutant> {
  const random = seededRandom(seed);
  let produced = 0;
  for (const bomb of hostileWorkbooks(exports)) {
    if (produced++ >= count) return;
    yield { kind: `bomba: ${bomb.name}`, format: bomb.format, bytes: bomb.bytes };
  }
  while (produced++ < count) {
    const format = random() < 0.5 ? 'xlsx' : 'ods';
    const base = exports[format];
    const roll = random();
    try {
      if (roll < 0.3) yield { kind: 'byte cambiati', format, bytes: flipBytes(random, base) };
      else if (roll < 0.4) yield { kind: 'troncato', format, bytes: base.subarray(0, Math.floor(random() * base.length)) };
      else if (roll < 0.75) yield { kind: 'XML modificato', format, bytes: xmlEdit(random, base) };
      else if (roll < 0.82) yield { kind: 'zip danneggiato', format, bytes: zipDamage(random, base) };
      else if (roll < 0.9) yield { kind: 'CSV/HTML rinominato', format: 'xlsx', bytes: textAsWorkbook(random, exports.xlsx) };
      else yield randomBomb(random, exports);
    } catch {
      // a mutation the zip writer itself cannot express: draw another one
      produced--;
    }
  }
}
