/**
 * How SheetJS 0.20.3 reads the pieces of XML that decide how much it allocates, written once so that the expansion
 * budget counts exactly what the parser will do: its attribute parser (`parsexmltag`: the local name, any prefix,
 * the lower-cased name too, the last one winning), its cell references (`decode_cell`: every digit and capital
 * letter counts, anything else is skipped), the ranges of hyperlinks (`safe_decode_range`), its unescaping (`&…;`
 * and `_xHHHH_`), its ODS element names (the part after the prefix, cut at `_`), and which repeat counts both its
 * readings agree on.
 * Why: the budget read `table:number-columns-repeated="1000000000.5"` with `Number` (not an integer: 1) while
 * SheetJS read it with `parseInt` (a billion), and such disagreements are what a hostile file exploits (issue 19).
 */

const mentions = new Map<string, RegExp>();
const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/** Whether `text[from, to)` is `key` (lower case) in any case, ASCII only: what `k.toLowerCase() === key` decides. */
function sameName(text: string, from: number, to: number, key: string): boolean {
  if (to - from !== key.length) return false;
  for (let i = 0; i < key.length; i++) {
    const code = text.charCodeAt(from + i);
    if ((code >= 0x41 && code <= 0x5a ? code + 32 : code) !== key.charCodeAt(i)) return false;
  }
  return true;
}

/** Where the last pair `readPair` read lies in the attribute text (one object, reused: this runs for every cell). */
const pair = { nameStart: 0, nameEnd: 0, valueStart: 0, valueEnd: 0 };

/**
 * Reads the next `name="value"` pair of a start tag's attribute text from `from`, as SheetJS's `attregexg` matches
 * them in turn, into `pair`; returns the position after it, or -1 when no pair is left. The one reading of pairs
 * that `sheetJsAttribute` (one key) and `odsAttribute` (every key) share.
 */
function readPair(attributes: string, from: number): number {
  const n = attributes.length;
  let i = from;
  while (i < n && isSpace(attributes.charCodeAt(i))) i++;
  if (i >= n) return -1;
  pair.nameStart = i;
  while (i < n && attributes.charCodeAt(i) !== 0x3d /* = */ && !isSpace(attributes.charCodeAt(i))) i++;
  pair.nameEnd = i;
  while (i < n && attributes.charCodeAt(i) !== 0x3d) i++;
  i++;
  while (i < n && isSpace(attributes.charCodeAt(i))) i++;
  const quote = attributes[i]!;
  pair.valueStart = ++i;
  i = attributes.indexOf(quote, i);
  if (i < 0) return -1;
  pair.valueEnd = i;
  return i + 1;
}

/**
 * The value SheetJS's `parsexmltag` gives `key` (a lower-case local name such as `number-columns-repeated`) in the
 * attribute text of a start tag, as written (entity references not decoded); undefined when it has none. The text
 * is one xmlScan.ts accepted (`name="v"` or `name = 'v'` pairs), on which SheetJS's `attregexg` matches each pair in
 * turn: a plain loop over them, allocating nothing but the value (this runs for every cell of every sheet).
 */
export function sheetJsAttribute(attributes: string, key: string): string | undefined {
  return readAttribute(attributes, key, true);
}

/**
 * `sheetJsAttribute` of a tag that names `key` for sure in the usual case (`r` and `t` of an xlsx cell): the
 * search for its mention would cost more than it saves.
 */
export function sheetJsCellAttribute(attributes: string, key: string): string | undefined {
  return readAttribute(attributes, key, false);
}

function readAttribute(attributes: string, key: string, searchFirst: boolean): string | undefined {
  // Most tags do not even mention the key: one case-insensitive search tells.
  if (searchFirst) {
    let mention = mentions.get(key);
    if (!mention) mentions.set(key, (mention = new RegExp(key.replace(/[.\-]/g, '\\$&'), 'i')));
    if (!mention.test(attributes)) return undefined;
  }
  let value: string | undefined;
  /** Earlier pairs whose name reads as `key`, as written: SheetJS skips `calcext:x` when a non-empty `x` is set. */
  let written: { name: string; value: string }[] | null = null;
  for (let at = readPair(attributes, 0); at >= 0; at = readPair(attributes, at)) {
    const { nameStart, nameEnd, valueStart, valueEnd } = pair;
    const colon = attributes.indexOf(':', nameStart);
    let localStart = nameStart;
    let localEnd = nameEnd;
    let extension = false;
    if (colon >= 0 && colon < nameEnd) {
      if (colon - nameStart === 5 && attributes.startsWith('xmlns', nameStart)) continue; // "xmlns…": never a key here
      localStart = colon + 1;
      extension = colon - nameStart >= 3 && attributes.startsWith('ext', colon - 3);
    } else {
      const underscore = attributes.indexOf('_', nameStart + 1);
      if (underscore >= 0 && underscore < nameEnd) localEnd = underscore;
    }
    if (!sameName(attributes, localStart, localEnd, key)) continue;
    const name = attributes.slice(localStart, localEnd);
    if (extension && (name === key ? value : written?.find((w) => w.name === name)?.value)) continue;
    value = attributes.slice(valueStart, valueEnd);
    if (name !== key) (written ??= []).push({ name, value });
  }
  return value;
}

let lastText: string | null = null;
let lastTag = new Map<string, string>();

/**
 * `sheetJsAttribute` for the tags of an ods's content.xml, where the budget and the reader ask several keys of each
 * cell: the attribute text is read once, as `parsexmltag` reads it (the local name, or the name cut at `_` without a
 * prefix, and its lower case; `…ext:x` skipped when `x` is already set), and kept for the next question on the same
 * text.
 */
export function odsAttribute(attributes: string, key: string): string | undefined {
  if (attributes !== lastText) {
    lastTag = parseTag(attributes);
    lastText = attributes;
  }
  return lastTag.get(key);
}

/** Forgets the tag `odsAttribute` read last (its text is a view of the whole part's text). */
export function forgetOdsTag(): void {
  lastText = null;
  lastTag = new Map();
}

function parseTag(attributes: string): Map<string, string> {
  const z = new Map<string, string>();
  for (let at = readPair(attributes, 0); at >= 0; at = readPair(attributes, at)) {
    const value = attributes.slice(pair.valueStart, pair.valueEnd);
    const name = attributes.slice(pair.nameStart, pair.nameEnd);
    const colon = name.indexOf(':');
    let k: string;
    if (colon < 0) {
      const underscore = name.indexOf('_');
      k = underscore > 0 ? name.slice(0, underscore) : name;
    } else {
      k = (colon === 5 && name.startsWith('xmlns') ? 'xmlns' : '') + name.slice(colon + 1);
      if (z.get(k) && name.slice(colon - 3, colon) === 'ext') continue;
    }
    z.set(k, value);
    z.set(k.toLowerCase(), value);
  }
  return z;
}

/** Whether `text` holds a `&` or a `_` (one loop: this runs for most values of every sheet). */
function mayBeEscaped(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x26 /* & */ || code === 0x5f /* _ */) return true;
  }
  return false;
}

/** SheetJS's `unescapexml` (without its CDATA handling: the parts it is given hold no CDATA, see canonicalXml). */
export function sheetJsUnescape(text: string): string {
  if (!mayBeEscaped(text)) return text;
  if (text.indexOf('&') < 0 && text.indexOf('_x') < 0 && text.indexOf('_X') < 0) return text;
  const named: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };
  return text
    .replace(/&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi, (entity: string, code: string | undefined) => {
      if (named[entity] !== undefined) return named[entity]!;
      return code === undefined ? entity : String.fromCharCode(parseInt(code, entity.includes('x') ? 16 : 10)) || entity;
    })
    .replace(/_x([\da-fA-F]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** How sheetJsInput.ts escapes a sheet name into the workbook SheetJS reads (which `sheetJsUnescape`s it back). */
export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** SheetJS's `decode_cell`: 0-based row and column (negative when the reference has no digits or no capitals). */
export function decodeCell(ref: string): { row: number; column: number } {
  let row = 0;
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 48 && code <= 57) row = 10 * row + (code - 48);
    else if (code >= 65 && code <= 90) column = 26 * column + (code - 64);
  }
  return { row: row - 1, column: column - 1 };
}

/** SheetJS's `encode_col` for a 0-based column (A, B, …, Z, AA, …), the letters shown in messages; throws as it does. */
export function encodeColumn(column: number): string {
  if (column < 0) throw new Error(`invalid column ${column}`);
  let s = '';
  for (let c = column + 1; c; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(((c - 1) % 26) + 65) + s;
  return s;
}

/** SheetJS's `safe_decode_range` (hyperlinks): capitals then digits, `:`, capitals then digits. */
export function safeDecodeRange(range: string): { s: { r: number; c: number }; e: { r: number; c: number } } {
  let i = 0;
  let code = 0;
  const letters = () => {
    let value = 0;
    for (; i < range.length; i++) {
      if ((code = range.charCodeAt(i) - 64) < 1 || code > 26) break;
      value = 26 * value + code;
    }
    return value - 1;
  };
  const digits = () => {
    let value = 0;
    for (; i < range.length; i++) {
      if ((code = range.charCodeAt(i) - 48) < 0 || code > 9) break;
      value = 10 * value + code;
    }
    return value - 1;
  };
  const s = { c: letters(), r: 0 };
  s.r = digits();
  if (i === range.length || code !== 10) return { s, e: { ...s } };
  i++;
  const e = { c: letters(), r: 0 };
  e.r = digits();
  return { s, e };
}

/**
 * ODS element names as SheetJS's `parse_content_xml` switches on them: the name after the prefix, cut at the first
 * `_` (`foo:table-cell_x` is a table cell to SheetJS).
 */
export function odsElement(name: string): string {
  // The names LibreOffice writes millions of times, without cutting strings; any other name the general way.
  switch (name) {
    case 'table:table-cell':
      return 'table-cell';
    case 'text:p':
      return 'p';
    case 'table:table-row':
      return 'table-row';
    case 'table:covered-table-cell':
      return 'covered-table-cell';
    case 'text:span':
      return 'span';
  }
  const local = name.slice(name.indexOf(':') + 1);
  const underscore = local.indexOf('_');
  return underscore < 0 ? local : local.slice(0, underscore);
}

/**
 * A repeat count (`number-rows-repeated`, `number-columns-repeated`, `text:c`) that SheetJS's two readings of it
 * (`+value` for rows, `parseInt(value, 10)` for columns) agree on: a whole number of at least 1, possibly huge
 * (Infinity past the doubles). null for anything else: a fraction, an exponent, a sign, hex, zero, words.
 */
export function repeatCount(written: string): number | null {
  if (!/^\s*\+?\d+\s*$/.test(written)) return null;
  const value = Number(written);
  return value >= 1 ? value : null;
}
