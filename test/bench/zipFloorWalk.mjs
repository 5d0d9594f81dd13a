/**
 * The floor of reading a workbook, with nothing but node:zlib: the zip's central directory, the parts that hold
 * cells inflated (xlsx: every worksheet and sharedStrings.xml; ods: content.xml), every cell and shared string
 * walked and each value's text taken out (entities decoded). No SheetJS, no checks, no model.
 * Why: issue 21 holds `pira import` to at most 5× what merely getting the text out of the file costs; this is that
 * cost, kept as plain JavaScript so that zipFloor.mjs runs in a bare Node process.
 */
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;

/** The zip's entries by name: where each one's data starts, how it is stored and its compressed size. */
export function zipEntries(bytes) {
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) throw new Error('non è un archivio zip');
  const count = bytes.readUInt16LE(end + 10);
  const entries = new Map();
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error('indice dello zip illeggibile');
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const local = bytes.readUInt32LE(at + 42);
    entries.set(name, {
      method: bytes.readUInt16LE(at + 10),
      size: bytes.readUInt32LE(at + 20),
      // The data follows the local header, whose name and extra field lengths may differ from the central ones.
      start: local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** One entry's text: stored (method 0) or deflated (8). */
export function entryText(bytes, entry) {
  const data = bytes.subarray(entry.start, entry.start + entry.size);
  return (entry.method === 0 ? data : inflateRawSync(data)).toString('utf8');
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text with its entities replaced (named and numeric). */
export function decodeXml(text) {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole;
    return String.fromCodePoint(name[1] === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
  });
}

/** The text between the tags of `xml` (the runs of a rich string, the paragraphs of an ods cell), joined. */
const innerText = (xml) => decodeXml(xml.replace(/<[^>]*>/g, ''));

/** A tally of what the walk took out: cells seen, cells with a value, shared strings, characters of text. */
function tally() {
  return { cells: 0, values: 0, strings: 0, chars: 0 };
}

const XLSX_CELL = /<c\b[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g;
const XLSX_VALUE = /<v>([\s\S]*?)<\/v>|<is>([\s\S]*?)<\/is>/;
const SHARED_STRING = /<si>([\s\S]*?)<\/si>/g;

function walkXlsx(bytes, entries) {
  const seen = tally();
  const shared = entries.get('xl/sharedStrings.xml');
  if (shared) {
    for (const match of entryText(bytes, shared).matchAll(SHARED_STRING)) {
      seen.strings += 1;
      seen.chars += innerText(match[1]).length;
    }
  }
  for (const [name, entry] of entries) {
    if (!name.startsWith('xl/worksheets/') || !name.endsWith('.xml')) continue;
    for (const cell of entryText(bytes, entry).matchAll(XLSX_CELL)) {
      seen.cells += 1;
      const value = cell[1] === undefined ? null : XLSX_VALUE.exec(cell[1]);
      if (!value) continue;
      seen.values += 1;
      seen.chars += (value[1] !== undefined ? decodeXml(value[1]) : innerText(value[2])).length;
    }
  }
  return seen;
}

const ODS_CELL = /<table:table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g;
const ODS_VALUE_ATTRIBUTE = /office:(?:value|date-value|time-value|boolean-value)="([^"]*)"/;

function walkOds(bytes, entries) {
  const seen = tally();
  const content = entries.get('content.xml');
  if (!content) throw new Error('content.xml mancante');
  for (const cell of entryText(bytes, content).matchAll(ODS_CELL)) {
    seen.cells += 1;
    // A number, date or percentage has its value in an attribute; a text cell only in its paragraphs.
    const attribute = ODS_VALUE_ATTRIBUTE.exec(cell[1]);
    const text = attribute ? decodeXml(attribute[1]) : cell[2] === undefined ? '' : innerText(cell[2]);
    if (attribute === null && text === '') continue;
    seen.values += 1;
    seen.chars += text.length;
  }
  return seen;
}

/** Walks every cell (and shared string) of an xlsx or ods workbook; `format` is the file's extension. */
export function walkWorkbook(bytes, format) {
  const entries = zipEntries(bytes);
  return format === 'ods' ? walkOds(bytes, entries) : walkXlsx(bytes, entries);
}
