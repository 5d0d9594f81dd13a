/**
 * Element names and start tags read by hand for xmlScan.ts: the tags written the one way SheetJS reads like an XML
 * parser (nearly all), each name one shared string per document. Why: the sticky regular expressions that read them
 * were the largest cost of the parse process (issue 21); what is read here is what the canonical pattern matched
 * (test/exchange/xmlScan.test.ts holds both patterns), anything else goes to xmlScan.ts's general pattern.
 */

/** The start tag read last, and the element names met so far in its document (`elementName`). */
export interface StartTag {
  names: string[];
  name: string;
  /** Where the name ends and where the attribute text (` name="value"` pairs) ends. */
  nameEnd: number;
  attributesEnd: number;
}

export const newStartTag = (): StartTag => ({ names: [], name: '', nameEnd: 0, attributesEnd: 0 });

/**
 * Where the prefix of an element name ends (its `:`), -1 without one. A loop, not indexOf: names are short, and
 * the readers ask for every tag.
 */
export function prefixEnd(name: string): number {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) === 0x3a /* : */) return i;
  return -1;
}

/** Whether `code` may continue a name (`[\w.\-]`), and start one (`[A-Za-z_]`). */
const isNameChar = (code: number) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x2e || code === 0x2d;
const isNameStart = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;

/** The end of the `NAME` starting at `from`, or -1 (a name has one path only: no backtracking changes it). */
function nameEnd(xml: string, from: number): number {
  if (!isNameStart(xml.charCodeAt(from))) return -1;
  let i = from + 1;
  while (isNameChar(xml.charCodeAt(i))) i++;
  if (xml.charCodeAt(i) === 0x3a /* : */ && isNameStart(xml.charCodeAt(i + 1))) {
    i += 2;
    while (isNameChar(xml.charCodeAt(i))) i++;
  }
  return i;
}

/**
 * The element name starting at `from` (ending at `end`), the same string for every tag of that name: one of the
 * names seen before in this document when it is one (a sheet has a handful), so that no string is made per tag.
 * Short names only, and a few: the comparisons stay a small bound on the work per tag.
 */
function elementName(xml: string, from: number, end: number, tag: StartTag): string {
  const length = end - from;
  if (length === 1) return xml.charAt(from); // V8 keeps one string per character
  if (length > 24) return xml.slice(from, end);
  const { names } = tag;
  for (let k = 0; k < names.length; k++) {
    const known = names[k]!;
    if (known.length === length && xml.startsWith(known, from)) {
      // The name found moves to the front: the next tag is most often one of the last few names.
      names[k] = names[0]!;
      names[0] = known;
      return known;
    }
  }
  const name = xml.slice(from, end);
  if (names.length >= 32) return name;
  const shared = internalized(name);
  names.push(shared);
  return shared;
}

/**
 * `name` as V8's one copy of that text (property names are kept so): the readers compare element names with
 * literals, which is then a comparison of references. Done once per name and document.
 */
function internalized(name: string): string {
  const holder: Record<string, number> = { [name]: 0 };
  return Object.keys(holder)[0]!;
}

/**
 * A start tag SheetJS's patterns read as written, `<NAME( NAME="[^"<]*")* ?/?>` (`name="value"` attributes each
 * after one space, at most one space before `/>` or `>`: its cell pattern wants a space, `/` or `>` right after `<c`),
 * read by hand at `lt`: the position after the tag, or -1 when that pattern would not match. Leaves the name and
 * where the attribute text ends in `tag`.
 */
export function canonicalStartTag(xml: string, lt: number, tag: StartTag): number {
  const end = nameEnd(xml, lt + 1);
  if (end < 0) return -1;
  let i = end;
  let attributesEnd = end;
  for (;;) {
    let code = xml.charCodeAt(i);
    if (code === 0x20 /* space */) {
      // Either another ` name="value"` pair, or the one space allowed before `/>` or `>`.
      const pairName = nameEnd(xml, i + 1);
      if (pairName > 0 && xml.charCodeAt(pairName) === 0x3d /* = */ && xml.charCodeAt(pairName + 1) === 0x22 /* " */) {
        let j = pairName + 2;
        for (code = xml.charCodeAt(j); code !== 0x22 && code !== 0x3c /* < */ && j < xml.length; code = xml.charCodeAt(++j));
        if (code === 0x22) {
          i = attributesEnd = j + 1;
          continue;
        }
      }
      code = xml.charCodeAt(++i);
    }
    if (code === 0x2f /* / */) code = xml.charCodeAt(++i);
    if (code !== 0x3e /* > */) return -1;
    tag.name = elementName(xml, lt + 1, end, tag);
    tag.nameEnd = end;
    tag.attributesEnd = attributesEnd;
    return i + 1;
  }
}
