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

/** SheetJS's `attregexg`: one attribute, with the whitespace before it. */
const ATTRIBUTE = /\s([^"\s?>/]+)\s*=\s*((?:")([^"]*)(?:")|(?:')([^']*)(?:')|([^'">\s]+))/g;

/**
 * The value SheetJS's `parsexmltag` gives `key` (a lower-case local name such as `number-columns-repeated`) in the
 * attribute text of a start tag, as written (entity references not decoded); undefined when it has none.
 */
export function sheetJsAttribute(attributes: string, key: string): string | undefined {
  // This runs for every cell: most tags do not even mention the key.
  let mention = mentions.get(key);
  if (!mention) mentions.set(key, (mention = new RegExp(key.replace(/[.\-]/g, '\\$&'), 'i')));
  if (!mention.test(attributes)) return undefined;
  const extensions = attributes.includes('ext:');
  let value: string | undefined;
  /** The keys SheetJS has set so far: `calcext:x` does not overwrite a non-empty `x` (its special case). */
  let set: Map<string, string> | null = null;
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(attributes); match; match = ATTRIBUTE.exec(attributes)) {
    const name = match[1]!;
    const raw = match[3] ?? match[4] ?? match[5] ?? '';
    const colon = name.indexOf(':');
    let k: string;
    if (colon < 0) {
      const underscore = name.indexOf('_');
      k = underscore > 0 ? name.slice(0, underscore) : name;
    } else {
      k = (colon === 5 && name.startsWith('xmlns') ? 'xmlns' : '') + name.slice(colon + 1);
      if (name.slice(colon - 3, colon) === 'ext' && set?.get(k)) continue;
    }
    if (extensions) {
      set ??= new Map();
      set.set(k, raw);
      set.set(k.toLowerCase(), raw);
    }
    if (k === key || k.toLowerCase() === key) value = raw;
  }
  return value;
}

/** SheetJS's `unescapexml` (without its CDATA handling: the parts it is given hold no CDATA, see canonicalXml). */
export function sheetJsUnescape(text: string): string {
  if (text.indexOf('&') < 0 && text.indexOf('_x') < 0 && text.indexOf('_X') < 0) return text;
  const named: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };
  return text
    .replace(/&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi, (entity: string, code: string | undefined) => {
      if (named[entity] !== undefined) return named[entity]!;
      return code === undefined ? entity : String.fromCharCode(parseInt(code, entity.includes('x') ? 16 : 10)) || entity;
    })
    .replace(/_x([\da-fA-F]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

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
