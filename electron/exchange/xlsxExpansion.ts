/**
 * XML visitors for an xlsx: the shared strings (their lengths), the workbook (sheet names by part) and each
 * worksheet, whose cells are charged to the expansion budget as SheetJS will expand them: a shared-string cell
 * costs the full length of its string, a hyperlink costs every cell of its range (SheetJS creates them all).
 * Why: one 32.767-character string referenced by 150.000 cells is a 400 KB file and gigabytes once expanded.
 */
import type { ExpansionBudget } from './expansionBudget';
import { attributeOf, type XmlVisitor } from './xmlScan';

/** Local name of a possibly prefixed element name (`x:c` → `c`). */
const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Lengths of the shared strings, in order (phonetic runs excluded, as SheetJS drops them). */
export function sharedStringsVisitor(): XmlVisitor & { lengths: number[] } {
  const lengths: number[] = [];
  let current = -1;
  let phonetic = 0;
  let inText = false;
  return {
    lengths,
    open(name, _attributes, selfClosing) {
      const tag = local(name);
      if (tag === 'si' && !selfClosing) current = 0;
      else if (tag === 'si') lengths.push(0);
      else if (tag === 'rPh' && !selfClosing) phonetic++;
      else if (tag === 't') inText = !selfClosing;
    },
    close(name) {
      const tag = local(name);
      if (tag === 'si' && current >= 0) {
        lengths.push(current);
        current = -1;
      } else if (tag === 'rPh' && phonetic > 0) phonetic--;
      else if (tag === 't') inText = false;
    },
    text(text) {
      if (inText && current >= 0 && phonetic === 0) current += text.length;
    },
  };
}

/**
 * `<sheet name="…" r:id="…">` of workbook.xml, `<workbookPr date1904>`, `<Relationship Id Target>` of its rels, by
 * element: the attribute values as written (entity references left in: unescape them with `unescapeXml`).
 */
export function attributesVisitor(element: string, names: readonly string[]): XmlVisitor & { found: Record<string, string>[] } {
  const found: Record<string, string>[] = [];
  return {
    found,
    open(name, attributes) {
      if (local(name) !== element) return;
      const entry: Record<string, string> = {};
      for (const attribute of names) {
        const value = attributeOf(attributes, attribute);
        if (value !== undefined) entry[attribute] = value;
      }
      found.push(entry);
    },
  };
}

const LAST_ROW = 1_048_575;
const LAST_COLUMN = 16_383;
const DOLLAR = 0x24;

/**
 * One end of a range (`$B$7`, `B`, `7`): 0-based row and column, `-1` where the reference leaves it out (`A:A`,
 * `3:3`); null when it is not a reference. Any number of letters and digits: SheetJS reads `B78035586` too, so it
 * is charged as far as it reaches. A plain loop: this runs for every cell of every sheet.
 */
function decodeEnd(text: string): [number, number] | null {
  let at = text.charCodeAt(0) === DOLLAR ? 1 : 0;
  let column = 0;
  let letters = 0;
  for (let code = text.charCodeAt(at) | 0x20; code >= 0x61 && code <= 0x7a; code = text.charCodeAt(++at) | 0x20) {
    column = column * 26 + (code - 0x60);
    letters++;
  }
  if (text.charCodeAt(at) === DOLLAR) at++;
  let row = 0;
  let digits = 0;
  for (let code = text.charCodeAt(at); code >= 0x30 && code <= 0x39; code = text.charCodeAt(++at)) {
    row = row * 10 + (code - 0x30);
    digits++;
  }
  if (at !== text.length || (letters === 0 && digits === 0)) return null;
  return [digits > 0 ? row - 1 : -1, letters > 0 ? column - 1 : -1];
}

/** A range like `A1:C3`, `B2`, `A:A` or `3:3` as 0-based bounds (whole rows/columns span the sheet). */
function decodeArea(ref: string): { row: number; column: number; rows: number; columns: number } | null {
  const colon = ref.indexOf(':');
  const first = decodeEnd(colon < 0 ? ref : ref.slice(0, colon));
  const last = colon < 0 ? first : decodeEnd(ref.slice(colon + 1));
  if (!first || !last) return null;
  const rowFrom = first[0] < 0 ? 0 : first[0];
  const rowTo = last[0] < 0 ? LAST_ROW : last[0];
  const columnFrom = first[1] < 0 ? 0 : first[1];
  const columnTo = last[1] < 0 ? LAST_COLUMN : last[1];
  return {
    row: Math.min(rowFrom, rowTo),
    column: Math.min(columnFrom, columnTo),
    rows: Math.abs(rowTo - rowFrom) + 1,
    columns: Math.abs(columnTo - columnFrom) + 1,
  };
}

/** Walks one worksheet: every cell with a value, every hyperlink range. */
export function worksheetVisitor(sheet: string, sharedLengths: readonly number[], budget: ExpansionBudget): XmlVisitor {
  let row = -1;
  let column = -1;
  /** The open `<c>`: its type, whether it has a value, and the text of `<v>` / characters of `<is>`. */
  let cell: { type: string; hasValue: boolean; value: string; inlineChars: number } | null = null;
  let inValue = false;
  let inInline = false;

  const charsOf = (c: NonNullable<typeof cell>): number => {
    if (c.type === 's') return sharedLengths[Number(c.value)] ?? 0;
    if (c.type === 'inlineStr') return c.inlineChars;
    if (c.type === 'str') return c.value.length;
    return 0;
  };

  return {
    open(name, attributes, selfClosing) {
      switch (local(name)) {
        case 'row': {
          const r = Number(attributeOf(attributes, 'r'));
          row = Number.isSafeInteger(r) && r >= 1 ? r - 1 : row + 1;
          column = -1;
          return;
        }
        case 'c': {
          const ref = attributeOf(attributes, 'r');
          const area = ref === undefined ? null : decodeArea(ref);
          if (area) {
            row = area.row;
            column = area.column;
          } else column += 1;
          cell = selfClosing ? null : { type: attributeOf(attributes, 't') ?? 'n', hasValue: false, value: '', inlineChars: 0 };
          return;
        }
        case 'v':
          if (cell) cell.hasValue = true;
          inValue = !selfClosing;
          return;
        case 'is':
          if (cell) cell.hasValue = true;
          inInline = !selfClosing;
          return;
        case 'hyperlink': {
          const area = decodeArea(attributeOf(attributes, 'ref') ?? '');
          if (area) budget.add({ sheet, ...area, chars: 0 });
          return;
        }
      }
    },
    close(name) {
      const tag = local(name);
      if (tag === 'v') inValue = false;
      else if (tag === 'is') inInline = false;
      else if (tag === 'c' && cell) {
        if (cell.hasValue) budget.add({ sheet, row, column, rows: 1, columns: 1, chars: charsOf(cell) });
        cell = null;
      }
    },
    text(text) {
      if (!cell) return;
      if (inValue) cell.value += text;
      else if (inInline) cell.inlineChars += text.length;
    },
  };
}
