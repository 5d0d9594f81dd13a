/**
 * content.xml's shortcut (xmlScan.ts `shortcut`) for the cells nearly every ods is made of,
 * `<table:table-cell office:value-type="float" office:value="3" table:style-name="ce1"><text:p>3</text:p></table:table-cell>`
 * and `<table:table-cell table:number-columns-repeated="4"/>` (the attributes LibreOffice and our own export write, in
 * their order): one sticky regular expression reads the whole cell, and each reader of the scan (the expansion
 * budget, odsExpansion.ts, and the cells, odsCells.ts) takes it in one call, with the effect its five events would
 * have had. Anything else — another attribute or value type, an entity or a byte past ASCII in an attribute, markup
 * in the paragraph, two paragraphs, a reader not at a row's child — is left to the events.
 * Why: the ×100 plan's content.xml has 180.000 cells; per cell, five events through odsTag.ts and a start tag read
 * character by character cost most of the ods parse (issue 21), as the xlsx cells did (worksheetLane.ts).
 */
import type { OdsVisitor } from './odsTag';
import type { XmlVisitor } from './xmlScan';

/** A plain cell as SheetJS reads its tag (`parsexmltag`), one object rewritten for each cell. */
export interface PlainOdsCell {
  /** `value-type`: office's, else calcext's (SheetJS skips `calcext:` when the other is set); `office:value-type` alone too. */
  type: string | undefined;
  officeType: string | undefined;
  /** `calcext:value-type` (what tells an error cell), `office:value`, `date-value`, `style-name`, as written (ASCII, no entity). */
  calcext: string | undefined;
  value: string | undefined;
  date: string | undefined;
  style: string | undefined;
  /** `number-columns-repeated` (1 without it). */
  columns: number;
  /** The paragraph's text as the scan gives it (a piece of the image, entities as written), undefined for `<…/>`. */
  text: string | undefined;
  /** Where `text` starts in the document. */
  textStart: number;
}

/** A reader of content.xml's events that can also take a plain cell at once. */
export interface OdsCellTaker {
  /** Whether this cell met now would be a cell of a row to this reader, and nothing it must see event by event. */
  canTakeCell(cell: PlainOdsCell): boolean;
  takeCell(cell: PlainOdsCell): void;
}

const VALUE = '([^"<&\\x80-\\xff]*)';
const REPEAT = ' table:number-columns-repeated="([1-9]\\d{0,8})"';
/** The repeat and the style in either order (LibreOffice writes the repeat first, our export the style last). */
const PLAIN_CELL = new RegExp(
  `<table:table-cell(?:${REPEAT})?(?: table:style-name="${VALUE}")?(?:${REPEAT})?` +
    `(?: office:value-type="(string|float|percentage|currency|date)")?(?: office:value="${VALUE}")?(?: office:date-value="${VALUE}")?` +
    `(?: table:style-name="${VALUE}")?(?: calcext:value-type="([a-z]{1,12})")?(?:/>|><text:p>([^<]*)</text:p></table:table-cell>)`,
  'y',
);
const CLOSING = '</text:p></table:table-cell>'.length;
/** The value types the takers read from the attributes above alone. */
const PLAIN_TYPES = new Set(['string', 'float', 'percentage', 'currency', 'date']);

const isTaker = (visitor: OdsVisitor): visitor is OdsVisitor & OdsCellTaker => 'takeCell' in visitor;

/**
 * `visitor` (content.xml's events to `readers`) with the shortcut that hands plain cells to each reader in turn (the
 * budget first: a refusal then comes before the cell is read). A reader with events but no `takeCell` leaves every
 * cell to the events; one without events (nothing left to read) needs none.
 */
export function withOdsCellShortcut(visitor: XmlVisitor, readers: OdsVisitor[]): XmlVisitor {
  const active = readers.filter((reader) => reader.open || reader.close || reader.text);
  if (!active.every(isTaker)) return visitor;
  const takers = active as OdsCellTaker[];
  const cell: PlainOdsCell = { type: undefined, officeType: undefined, calcext: undefined, value: undefined, date: undefined, style: undefined, columns: 1, text: undefined, textStart: 0 };
  const shortcut = (xml: string, lt: number): number => {
    // `<table:table-cell`: not a row (`-r`), nor an end tag, nor a paragraph.
    if (xml.charCodeAt(lt + 13) !== 0x63 /* c */ || xml.charCodeAt(lt + 1) !== 0x74 /* t */) return -1;
    PLAIN_CELL.lastIndex = lt;
    const match = PLAIN_CELL.exec(xml);
    // Groups: repeat, style, repeat, office type, value, date, style, calcext type, text. An attribute written twice
    // is left to the events.
    if (match === null || (match[1] !== undefined && match[3] !== undefined) || (match[2] !== undefined && match[7] !== undefined)) return -1;
    // The pattern's office types are all plain; calcext's only when it stands alone. A date cell needs its date.
    const type = match[4] ?? match[8];
    if ((match[4] === undefined && match[8] !== undefined && !PLAIN_TYPES.has(match[8])) || (type === 'date' && match[6] === undefined)) return -1;
    cell.type = type;
    cell.officeType = match[4];
    cell.calcext = match[8];
    cell.value = match[5];
    cell.date = match[6];
    cell.style = match[2] ?? match[7];
    const columns = match[1] ?? match[3];
    cell.columns = columns === undefined ? 1 : Number(columns);
    cell.text = match[9];
    const end = PLAIN_CELL.lastIndex;
    cell.textStart = match[9] === undefined ? 0 : end - CLOSING - match[9].length;
    for (const taker of takers) if (!taker.canTakeCell(cell)) return -1;
    for (const taker of takers) taker.takeCell(cell);
    return end;
  };
  return { ...visitor, shortcut };
}
