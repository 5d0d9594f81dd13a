/**
 * XML visitors for an xlsx: the shared strings (their lengths, as SheetJS will count them) and the workbook (sheet
 * names by part, relationships); each worksheet's is worksheetExpansion.ts. Element names SheetJS would read as
 * another element are refused on the way.
 * Why: the expansion budget charges a shared-string cell the full length of its string, and a name SheetJS
 * misreads is a way around the budget (issue 19).
 */
import { ImportRefusedError } from './importRefused';
import { attributeOf, type XmlVisitor } from './xmlScan';
import { prefixEnd } from './xmlTags';

/** Local name of a possibly prefixed element name (`x:c` → `c`); Excel writes none, and then nothing is cut. */
export const local = (name: string): string => {
  const colon = prefixEnd(name);
  return colon < 0 ? name : name.slice(colon + 1);
};

/** Names SheetJS looks for with `<(?:\w+:)?name\b`: used as a prefix (`<v:x>`) they would read as that element. */
const MATCHED = new Set(['v', 'is', 't', 'f', 'c', 'r', 'row', 'si', 'sstItem', 'sst', 'sheetData', 'hyperlink', 'rPh', 'mergeCell', 'dimension']);

/**
 * Refuses an element name SheetJS would read as another element: a `-` or `.` in it (`<v-x>` is a `<v>` to
 * `\b`), or a prefix that is itself one of the names it looks for.
 */
export function refuseMisreadName(name: string, part: string): void {
  if (name === 'c' || name === 'v' || name === 'row') return; // most elements of a sheet, plainly fine
  const colon = name.indexOf(':');
  if (name.includes('-') || name.includes('.') || (colon > 0 && MATCHED.has(name.slice(0, colon)))) {
    throw new ImportRefusedError(`Il file è danneggiato: ${part} contiene un elemento XML inatteso («${name.slice(0, 40)}»). Salvarlo di nuovo e riprovare.`);
  }
}

/**
 * Lengths of the shared strings in SheetJS's order: one per `</si>` (or `</sstItem>`) in the table, whatever else is
 * between them, counting the text of `<t>` elements outside phonetic runs (SheetJS drops those).
 */
export function sharedStringsVisitor(): XmlVisitor & { lengths: number[] } {
  const lengths: number[] = [];
  let current = 0;
  let phonetic = 0;
  let inText = 0;
  let inTable = 0;
  /** A self-closing `<si/>` is no `</si>`: SheetJS joins it to the next string. */
  let selfClosed = false;
  return {
    lengths,
    open(name, _attributes, selfClosing) {
      refuseMisreadName(name, 'la tabella dei testi condivisi');
      const tag = local(name);
      if (selfClosing) {
        selfClosed = true;
        return;
      }
      if (tag === 'sst') inTable++;
      else if (tag === 'rPh') phonetic++;
      else if (tag === 't') inText++;
    },
    close(name) {
      const tag = local(name);
      if (selfClosed) {
        selfClosed = false;
        return;
      }
      if (tag === 'sst') inTable--;
      else if ((tag === 'si' || tag === 'sstItem') && inTable > 0) {
        lengths.push(current);
        current = 0;
      } else if (tag === 'rPh' && phonetic > 0) phonetic--;
      else if (tag === 't' && inText > 0) inText--;
    },
    text(text) {
      if (inText > 0 && phonetic === 0) current += text.length;
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
