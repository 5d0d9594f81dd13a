/**
 * The importer fuzzer's mutants of real exports, from a seeded generator so a failing run can be replayed. One
 * family after the other (so that a short run still meets each): the crafted bombs and tricks of
 * hostileWorkbooks.ts, byte flips, truncations, XML edits inside the zip with the CRC recomputed, broken zip
 * structures, entity expansion, dimensions and hyperlinks, ODS repeat counts, shared strings, control characters,
 * injection texts, huge cells, numbers at the edges of the doubles, and text files saved as .xlsx.
 * Why here: `npm run fuzz`, `npm run stress` and the small CI run draw from the same families.
 */
import XLSX from 'xlsx';
import { editZipXml } from '../exchange/zipXml';
import { hostileWorkbooks } from './hostileWorkbooks';
import { descriptor, forgeNestedEntry, forgeSmuggledDirectory, forgeZip, zipEntries, type ForgeEntry } from './zipForge';

export interface Mutant {
  family: string;
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
type Exports = { xlsx: Buffer; ods: Buffer };
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

const SHEET = 'xl/worksheets/sheet3.xml';

/** Replaces a random share (about `rate`) of the matches of `pattern` in `xml`. */
function sprinkle(random: Random, xml: string, pattern: RegExp, rate: number, replace: (match: string, ...groups: string[]) => string): string {
  let changed = false;
  const out = xml.replace(pattern, (match: string, ...groups: string[]) => {
    if (random() >= rate) return match;
    changed = true;
    return replace(match, ...groups);
  });
  return changed ? out : xml.replace(pattern, (match: string, ...groups: string[]) => replace(match, ...groups));
}

function xmlParts(bytes: Buffer): string[] {
  return zipEntries(bytes).map((e) => e.name).filter((name) => /\.(xml|rels)$/i.test(name));
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
      return xml.slice(0, at) + pick(random, ['<x>', '</row>', '<c r="A1"><v>1</v></c>', '&bogus;', '<!--', ']]>', '<![CDATA[', '<?pi ?>', '<c t="b"/>']) + xml.slice(at);
    case 3:
      return xml.replace(/\d+/g, (digits) => (random() < 0.05 ? String(between(random, 0, 10 ** between(random, 1, 9))) : digits));
    case 4:
      return xml.replace(/(table:number-(?:columns|rows)-repeated|r|t|office:value-type)="[^"]*"/g, (attr, name: string) =>
        random() < 0.1 ? `${name}="${pick(random, ['999999999', 's', 'n', 'inlineStr', 'XFD1048576', 'string', 'float', '-1', '', 'b5', '1.5'])}"` : attr,
      );
    case 5:
      return xml.slice(0, at);
    default:
      return xml.replace(/<(\/?)([\w:]+)/, (_m, slash: string) => `<${slash}${pick(random, ['nulla', 'sheetData', 'table:table', 'row'])}`);
  }
}

/** `edit` applied to one XML part of `bytes` (a random one, or `part`), the zip rewritten with true CRCs. */
function inPart(random: Random, bytes: Buffer, edit: (xml: string) => string, part?: string): Buffer {
  return editZipXml(bytes, new Map([[part ?? pick(random, xmlParts(bytes)), edit]]));
}

/** Damage to the zip structure itself: a field of a central directory entry, a local header, the end record. */
function zipDamage(random: Random, bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  const signature = pick(random, [0x04034b50, 0x02014b50, 0x06054b50]);
  const positions: number[] = [];
  for (let i = 0; i + 4 <= out.length; i++) if (out.readUInt32LE(i) === signature) positions.push(i);
  const at = pick(random, positions.length > 0 ? positions : [0]);
  const field = at + between(random, 4, 40);
  if (field + 4 <= out.length) out.writeUInt32LE(Math.floor(random() * 0xffffffff), field);
  return out;
}

/** Structures a zip reader may read otherwise than ours: smuggled directories, duplicates, lies, overlaps. */
function zipTrick(random: Random, exports: Exports, format: 'xlsx' | 'ods'): Buffer {
  const entries = zipEntries(exports[format]);
  const target = pick(random, entries.filter((e) => e.name.endsWith('.xml')));
  const other = zipEntries(exports[format === 'xlsx' ? 'ods' : 'xlsx']);
  const lie = (e: ForgeEntry): ForgeEntry => {
    const size = pick(random, [0, 1, e.data.length - 1, e.data.length + 1, 0x7fffffff, 0xfffffff0]);
    return pick(random, [
      { ...e, lie: { centralSize: size } },
      { ...e, lie: { localSize: size } },
      { ...e, flags: 8, lie: { localSize: size } },
      { ...e, flags: 8, trailer: descriptor(0, 0, size) },
      { ...e, lie: { centralCompressed: size } },
    ]);
  };
  switch (between(random, 0, 7)) {
    case 0:
      return forgeSmuggledDirectory(entries, other);
    case 1:
      return forgeZip([{ ...target, name: pick(random, [target.name.toUpperCase(), target.name.replace(/\//g, '\\'), `/${target.name}`]) }, ...entries]);
    case 2:
      return forgeZip(entries.map((e) => (e === target ? lie(e) : e)));
    case 3:
      return forgeZip(entries, { gap: Buffer.alloc(between(random, 1, 5000), between(random, 0, 255)) });
    case 4:
      return forgeZip(entries, { tail: Buffer.from('PK\u0005\u0006 coda') });
    case 5:
      return forgeNestedEntry('xl/media/contenitore.bin', target, entries.filter((e) => e !== target));
    case 6:
      return forgeZip([...entries, ...other.filter((e) => e.name !== 'mimetype')]);
    default:
      return forgeZip(entries, { comment: Buffer.from('commento con PK\u0005\u0006 dentro') });
  }
}

const ENTITIES = (xml: string) =>
  xml.replace(/^(<\?xml[^>]*\?>)?/, `$1<!DOCTYPE r [${Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${i === 0 ? 'lol' : `&l${i};`.repeat(10)}">`).join('')}]>`).replace(/<t>[^<]*<\/t>/, '<t>&l10;</t>');

/** Random repeat counts in the forms SheetJS and a careful reader may read differently. */
function repeatValue(random: Random): string {
  const big = 10 ** between(random, 3, 10);
  return pick(random, [String(big), `${big}.5`, `${big / 1000}e3`, `+${big}`, `-${big}`, ` ${big} `, `0x${big.toString(16)}`, '0', `1${'0'.repeat(between(random, 20, 400))}`, 'Infinity', String(between(random, 2, 50))]);
}

function odsRepeats(random: Random, ods: Buffer): Buffer {
  return inPart(random, ods, (xml) => {
    switch (between(random, 0, 3)) {
      case 0:
        return sprinkle(random, xml, /<table:table-cell(?=[^>]*office:value-type)/g, 0.02, (tag) => `${tag} table:number-columns-repeated="${repeatValue(random)}"`);
      case 1:
        return sprinkle(random, xml, /<table:table-row(?=[^>]*>\s*<table:table-cell[^>]*office:value-type)/g, 0.02, (tag) => `${tag} table:number-rows-repeated="${repeatValue(random)}"`);
      case 2:
        return sprinkle(random, xml, /<text:p>/g, 0.02, (tag) => `${tag}<text:s text:c="${repeatValue(random)}"/>`);
      default: {
        const name = pick(random, ['x:number-columns-repeated', 'table:Number-Columns-Repeated', 'number-columns-repeated_x', 'calcext:number-columns-repeated']);
        return sprinkle(random, xml, /<table:table-cell(?=[^>]*office:value-type)/g, 0.02, (tag) => `${tag} xmlns:x="urn:x" ${name}="${repeatValue(random)}"`);
      }
    }
  }, 'content.xml');
}

function dimensions(random: Random, xlsx: Buffer): Buffer {
  const ref = `${XLSX.utils.encode_col(between(random, 0, 16383))}${between(random, 1, 1_048_576)}`;
  return inPart(random, xlsx, (xml) =>
    pick(random, [
      () => xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${ref}"/>`).replace('</sheetData>', `<row r="${ref.replace(/^[A-Z]+/, '')}"><c r="${ref}"><v>1</v></c></row></sheetData>`),
      () => xml.replace('</sheetData>', `</sheetData><hyperlinks><hyperlink ref="${pick(random, ['A1:', '$A$1:', 'a1:', 'A:'])}${ref}" location="Piano!A1"/></hyperlinks>`),
      () => xml.replace('</sheetData>', `</sheetData><!-- <hyperlinks><hyperlink ref="A1:${ref}"/></hyperlinks> -->`),
      () => sprinkle(random, xml, /<c r="([A-Z]+)(\d+)"/g, 0.05, () => `<c r="${pick(random, [ref, ref.toLowerCase(), `${ref}B`, '$', 'A0', `A${between(random, 1, 9)}${'9'.repeat(between(random, 5, 20))}`])}"`),
    ])(), SHEET);
}

function sharedStrings(random: Random, xlsx: Buffer): Buffer {
  const refs = between(random, 1000, 150_000);
  const text = 'x'.repeat(between(random, 100, 32_767));
  const columns = 50;
  const rows: string[] = [];
  for (let r = 0; r * columns < refs; r++) {
    const cells: string[] = [];
    for (let c = 0; c < columns && r * columns + c < refs; c++) cells.push(`<c r="${XLSX.utils.encode_cell({ r, c })}" t="s"><v>${pick(random, ['0', '0.9', '&#48;', '_x0030_', ' 0'])}</v></c>`);
    rows.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  }
  return editZipXml(
    xlsx,
    new Map([
      ['xl/sharedStrings.xml', () => `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${text}</t></si></sst>`],
      [SHEET, (xml: string) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows.join('')}</sheetData>`)],
    ]),
  );
}

const CONTROL = ['\u0000', '\u0001', '\u0008', '\u000b', '\u001f', '\ufffe', '\uffff', '&#1;', '_x0000_', '_x001F_', '\u202e'];
const INJECTIONS = ['=cmd|\' /C calc\'!A0', '+SUM(1+1)*cmd|\'/C calc\'!A0', '@SUM(1)', '<script>alert(1)</script>', "'; DROP TABLE cards; --", '${7*7}', '{{constructor.constructor("return 1")()}}', '../../../etc/passwd', 'Ω≈ç√∫˜µ≤≥÷ 𝕿𝖊𝖘𝖙 🙂', '\u200b\u200e\u200f'];
const NUMBERS = ['1.7976931348623157e308', '-1.7976931348623157e308', '1e309', '-0', '5e-324', 'NaN', 'Infinity', '1e15', '1000000000000001', '0.1e-400', '2958466', '-1', '9'.repeat(400)];

/** A text cell of a random sheet replaced by `value` (xlsx: inline strings; ods: the paragraph). */
function withCellText(random: Random, exports: Exports, format: 'xlsx' | 'ods', value: () => string): Buffer {
  const escape = (t: string) => t.replace(/&(?![#\w]+;)/g, '&amp;').replace(/</g, '&lt;');
  if (format === 'ods') return inPart(random, exports.ods, (xml) => sprinkle(random, xml, /<text:p>[^<]*<\/text:p>/g, 0.01, () => `<text:p>${escape(value())}</text:p>`), 'content.xml');
  return inPart(random, exports.xlsx, (xml) => sprinkle(random, xml, /<c r="([A-Z]+\d+)" t="s"><v>\d+<\/v><\/c>/g, 0.05, (_m, ref: string) => `<c r="${ref}" t="inlineStr"><is><t>${escape(value())}</t></is></c>`), SHEET);
}

function withNumbers(random: Random, exports: Exports, format: 'xlsx' | 'ods'): Buffer {
  const value = () => pick(random, NUMBERS);
  if (format === 'ods') return inPart(random, exports.ods, (xml) => sprinkle(random, xml, /office:value="[^"]*"/g, 0.05, () => `office:value="${value()}"`), 'content.xml');
  return inPart(random, exports.xlsx, (xml) => sprinkle(random, xml, /(<c r="[A-Z]+\d+" s="\d+"><v>)[^<]*(<\/v>)/g, 0.1, (_m, open: string, close: string) => `${open}${value()}${close}`), SHEET);
}

function textAsWorkbook(random: Random, xlsx: Buffer): Buffer {
  const workbook = XLSX.read(xlsx, { type: 'buffer' });
  const sheet = workbook.Sheets[pick(random, workbook.SheetNames)]!;
  return Buffer.from(random() < 0.5 ? XLSX.utils.sheet_to_csv(sheet, { FS: ';' }) : XLSX.utils.sheet_to_html(sheet), 'utf8');
}

type Family = { name: string; make(random: Random, exports: Exports, format: 'xlsx' | 'ods'): { format: 'xlsx' | 'ods'; bytes: Buffer } };
const same = (format: 'xlsx' | 'ods', bytes: Buffer) => ({ format, bytes });

/** The families, in the order a run cycles through them. */
export const FAMILIES: readonly Family[] = [
  { name: 'byte cambiati', make: (r, e, f) => same(f, flipBytes(r, e[f])) },
  { name: 'troncati', make: (r, e, f) => same(f, e[f].subarray(0, Math.floor(r() * e[f].length))) },
  { name: 'XML modificato (CRC ricalcolato)', make: (r, e, f) => same(f, inPart(r, e[f], (xml) => editXml(r, xml))) },
  { name: 'zip danneggiato', make: (r, e, f) => same(f, zipDamage(r, e[f])) },
  { name: 'zip: strutture ambigue', make: (r, e, f) => same(f, zipTrick(r, e, f)) },
  { name: 'espansione di entità', make: (r, e, f) => same(f, inPart(r, e[f], ENTITIES, f === 'xlsx' ? 'xl/sharedStrings.xml' : 'content.xml')) },
  { name: 'dimensioni e collegamenti', make: (r, e) => same('xlsx', dimensions(r, e.xlsx)) },
  { name: 'ripetizioni ODS', make: (r, e) => same('ods', odsRepeats(r, e.ods)) },
  { name: 'testi condivisi', make: (r, e) => same('xlsx', sharedStrings(r, e.xlsx)) },
  { name: 'caratteri di controllo', make: (r, e, f) => same(f, withCellText(r, e, f, () => `testo${pick(r, CONTROL)}testo`)) },
  { name: 'testi di iniezione', make: (r, e, f) => same(f, withCellText(r, e, f, () => pick(r, INJECTIONS))) },
  { name: 'celle enormi', make: (r, e, f) => same(f, withCellText(r, e, f, () => 'é'.repeat(between(r, 30_000, 40_000)))) },
  { name: 'numeri limite', make: (r, e, f) => same(f, withNumbers(r, e, f)) },
  { name: 'CSV/HTML rinominati', make: (r, e) => same('xlsx', textAsWorkbook(r, e.xlsx)) },
];

/**
 * `count` mutants of the two exports drawn with `seed`: the crafted bombs (hostileWorkbooks.ts) take every turn
 * of their own family, the other families cycle with random choices inside.
 */
export function* mutants(exports: Exports, count: number, seed: number): Generator<Mutant> {
  const random = seededRandom(seed);
  const bombs = hostileWorkbooks(exports);
  const families = [{ name: 'bombe note' } as const, ...FAMILIES];
  for (let produced = 0, turn = 0; produced < count; turn++) {
    const family = families[turn % families.length]!;
    if (!('make' in family)) {
      const bomb = bombs[Math.floor(turn / families.length) % bombs.length]!;
      produced++;
      yield { family: family.name, format: bomb.format, bytes: bomb.bytes };
      continue;
    }
    try {
      const made = family.make(random, exports, random() < 0.5 ? 'xlsx' : 'ods');
      produced++;
      yield { family: family.name, ...made };
    } catch {
      // a mutation the zip writer itself cannot express: the next family's turn
    }
  }
}
