/**
 * The worksheet scan's shortcut (xmlScan.ts `shortcut`) for the cells nearly every workbook is made of,
 * `<c r="B12" s="3" t="s"><v>42</v></c>` and `<c r="B12" s="3"/>`: one sticky regular expression reads the whole
 * cell and each of the two readers of the scan (the expansion budget, worksheetExpansion.ts, and the cells,
 * xlsxCells.ts) takes it in one call, with the effect the cell's five events would have had. Anything else — a
 * formula, an inline string, another attribute, an entity, a reader not at a row's child — is left to the events.
 * Why: a worksheet of the ×100 plan has 160.000 cells; per cell, ten callbacks and a hand-read tag in code that has
 * not been optimised yet cost most of the parse (issue 21), a regular expression runs as machine code from the
 * first cell.
 */
import type { XmlVisitor } from './xmlScan';

/** A reader of the worksheet's events that can also take a whole plain cell at once. */
export interface CellTaker {
  /** Whether a `<c>` met now would be a cell of a row to this reader (and nothing it is in the middle of). */
  canTakeCell(): boolean;
  /**
   * The cell `<c r="…" s="…" t="…">` with its 0-based place, and its `<v>` text (`undefined`: no `<v>`, the tag
   * closed itself), as its events would have delivered it.
   */
  takeCell(row: number, column: number, style: string | undefined, type: string | undefined, value: string | undefined): void;
}

/**
 * ` r="…"` (capitals then a row from 1), then ` s="…"` (digits) and ` t="…"` (letters), in that order, each at most
 * once; then `/>`, or `>` and one `<v>` of plain text (no entity, no markup) and the end of the cell.
 */
const PLAIN_CELL = /<c r="([A-Z]{1,3})([1-9]\d{0,6})"(?: s="(\d{1,9})")?(?: t="([A-Za-z]{1,12})")?(?:\/>|><v>([^<&]*)<\/v><\/c>)/y;

/** The 0-based column of capitals (`A` → 0, `AA` → 26). */
function columnOf(letters: string): number {
  let column = 0;
  for (let i = 0; i < letters.length; i++) column = 26 * column + (letters.charCodeAt(i) - 64);
  return column - 1;
}

/** `visitor` (the two readers' events together) with the shortcut that hands plain cells to both. */
export function withCellShortcut(visitor: XmlVisitor, first: CellTaker, second: CellTaker): XmlVisitor {
  const shortcut = (xml: string, lt: number): number => {
    if (xml.charCodeAt(lt + 1) !== 0x63 /* c */ || xml.charCodeAt(lt + 2) !== 0x20 /* space */) return -1;
    if (!first.canTakeCell() || !second.canTakeCell()) return -1;
    PLAIN_CELL.lastIndex = lt;
    const cell = PLAIN_CELL.exec(xml);
    if (cell === null) return -1;
    const row = Number(cell[2]) - 1;
    const column = columnOf(cell[1]!);
    // Budget first, as the events reach the two readers (a refusal then comes before the cell is read).
    first.takeCell(row, column, cell[3], cell[4], cell[5]);
    second.takeCell(row, column, cell[3], cell[4], cell[5]);
    return PLAIN_CELL.lastIndex;
  };
  return { ...visitor, shortcut };
}
