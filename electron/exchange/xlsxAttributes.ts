/**
 * Attribute values of tags in the one form xmlScan.ts calls canonical (` name="value"` pairs, one space each), read
 * as SheetJS's `parsexmltag` reads them: `x:name` and `name_x` stand for `name`, and, for lower-case keys, any case.
 * Why: xlsxReader.ts reads the `r`, `s` and `t` of every cell on the XML scan, once per cell, without a regular
 * expression; a tag where SheetJS could take another pair for one of them is reported, not guessed.
 */

/** Calls `pair` for each `name="value"` of a canonical attribute text; false when the text is not canonical. */
function eachPair(attributes: string, pair: (name: string, value: string) => void): boolean {
  let i = 0;
  while (i < attributes.length) {
    if (attributes.charCodeAt(i) !== 0x20) return false;
    const equals = attributes.indexOf('="', i);
    const end = equals < 0 ? -1 : attributes.indexOf('"', equals + 2);
    if (end < 0) return false;
    pair(attributes.slice(i + 1, equals), attributes.slice(equals + 2, end));
    i = end + 1;
  }
  return true;
}

/** The key `parsexmltag` files a pair under (before lower-casing). */
function sheetJsKey(name: string): string {
  const colon = name.indexOf(':');
  if (colon >= 0) return (colon === 5 && name.startsWith('xmlns') ? 'xmlns' : '') + name.slice(colon + 1);
  const underscore = name.indexOf('_');
  return underscore > 0 ? name.slice(0, underscore) : name;
}

/** The `r`, `s` and `t` of a cell as SheetJS reads them; null when another pair could stand for one of them. */
export interface CellAttributes {
  r: string | undefined;
  s: string | undefined;
  t: string | undefined;
}

/**
 * The last tag read: the expansion budget and the cell reader ask for the same tag one after the other. It is told
 * by where it starts first (comparing the texts of two different tags costs more than reading one).
 */
let lastStart = -1;
let lastTag: string | null = null;
let lastRead: CellAttributes | null = null;

/** The attributes of the cell tag starting at `start` of its part, whose attribute text is `attributes`. */
export function cellAttributes(attributes: string, start: number): CellAttributes | null {
  if (start !== lastStart || attributes !== lastTag) {
    lastRead = readCellAttributes(attributes);
    lastTag = attributes;
    lastStart = start;
  }
  return lastRead;
}

function readCellAttributes(attributes: string): CellAttributes | null {
  // This runs for every cell: one loop over the pairs, no closure, no regular expression for the usual names, and
  // the searches of `eachPair` written as loops (on a few characters a call to indexOf costs more).
  let r: string | undefined;
  let s: string | undefined;
  let t: string | undefined;
  const n = attributes.length;
  let i = 0;
  while (i < n) {
    if (attributes.charCodeAt(i) !== 0x20) return null;
    let equals = i + 1;
    while (equals < n && !(attributes.charCodeAt(equals) === 0x3d /* = */ && attributes.charCodeAt(equals + 1) === 0x22)) equals++;
    let end = equals + 2;
    while (end < n && attributes.charCodeAt(end) !== 0x22 /* " */) end++;
    if (end >= n) return null;
    const value = attributes.slice(equals + 2, end);
    if (equals === i + 2) {
      const code = attributes.charCodeAt(i + 1);
      if (code === 0x72 /* r */ && r === undefined) r = value;
      else if (code === 0x73 /* s */ && s === undefined) s = value;
      else if (code === 0x74 /* t */ && t === undefined) t = value;
      else if (/^[rstRST]$/.test(attributes[i + 1]!)) return null; // twice, or in capitals
    } else if (/^[rst]$/i.test(sheetJsKey(attributes.slice(i + 1, equals)))) return null;
    i = end + 1;
  }
  return { r, s, t };
}

/**
 * The value `parsexmltag` files under a mixed-case `key` (`numFmtId`, `formatCode`): names are compared in their
 * case, the last pair wins, an `ext…:` prefixed pair does not replace a value already set.
 */
export function exactAttribute(attributes: string, key: string): string | undefined {
  let value: string | undefined;
  eachPair(attributes, (name, written) => {
    if (sheetJsKey(name) !== key) return;
    const colon = name.indexOf(':');
    if (colon >= 3 && value && name.slice(colon - 3, colon) === 'ext') return;
    value = written;
  });
  return value;
}
