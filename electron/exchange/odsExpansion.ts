/**
 * The visitor that walks an ODS `content.xml` the way SheetJS's `parse_content_xml` expands it: rows repeated
 * by `number-rows-repeated`, cells by `number-columns-repeated`, spaces by `<text:s text:c>`, each repeated cell a
 * full copy of its text, notes and link. Elements and attributes are recognised as SheetJS recognises them
 * (odsTag.ts, sheetJsSyntax.ts: any prefix, `_` suffixes, the last attribute winning), and a repeat count is accepted only when
 * SheetJS's two readings of it agree (a whole number of at least 1): `1000000000.5` was 1 for the budget and a
 * billion for the parser (issue 19). Structures SheetJS would misplace (a cell outside a row, nested tables,
 * rows, cells or paragraphs) are refused as damaged.
 * Why: SheetJS copies a repeated cell once per repetition, so a one-line cell repeated a billion times kills the
 * process; here every cell holding data is charged to the budget before SheetJS runs. Empty repeated cells
 * (LibreOffice writes them to the end of every row) only move the column on, as in SheetJS.
 */
import type { CellBlock, ExpansionBudget } from './expansionBudget';
import { decodeImage, decodedLength } from './odsBytes';
import { ImportRefusedError, formatCount } from './importRefused';
import type { OdsFormats } from './odsFormats';
import type { OdsCellTaker } from './odsLane';
import { KEY, type OdsTag, type OdsVisitor } from './odsTag';
import { repeatCount } from './sheetJsSyntax';
import { NumberScan, marksOdsCell } from './numberScan';
import { unescapeXml } from './xmlScan';

/**
 * Whether the number scan marks a cell of this tag: its own test (on the tag alone), asked once per tag text of a
 * scan of its own. A cell it does not mark needs no call at all: the cell before has ended, nothing is left to clear.
 */
function marked(attributes: string): boolean {
  const probe = new NumberScan();
  probe.odsCellStart(attributes, { sheet: '', row: 0, column: 0, rows: 1, columns: 1 }, true);
  return probe.found.length > 0;
}

/** The elements that must not contain themselves (SheetJS keeps one of each open), by their place in `depth`. */
const NOT_NESTED = ['una tabella', 'una riga', 'una cella', 'un paragrafo'] as const;
const [TABLE, ROW, CELL, P] = [0, 1, 2, 3] as const;
const nestable = (element: string): number => (element === 'table' ? TABLE : element === 'table-row' ? ROW : element === 'table-cell' ? CELL : element === 'p' ? P : -1);

/**
 * `formats`: the number formats of styles.xml already read, to which content.xml's own are added; `numbers` collects
 * the numeric cells whose number cannot be read (numberScan.ts).
 */
export function odsContentVisitor(budget: ExpansionBudget, formats: OdsFormats, numbers?: NumberScan): OdsVisitor & OdsCellTaker & { sheets(): number } {
  let sheets = 0;
  let sheet = '';
  let row = 0;
  let rows = 1;
  let rowAdvances = false;
  let column = 0;
  /** Whether a cell holding data is open, its repeat and the characters it will hold (text, notes, link). */
  let inCell = false;
  let cellColumns = 1;
  let cellChars = 0;
  /** What is charged to the budget, one object rewritten for each cell (this runs for every cell). */
  const block: CellBlock = { sheet, row, column, rows: 1, columns: 1, chars: 0 };
  const charge = (blockRows: number, columns: number, chars: number) => {
    block.sheet = sheet;
    block.row = row;
    block.column = column;
    block.rows = blockRows;
    block.columns = columns;
    block.chars = chars;
    budget.add(block);
  };
  /** How many of each element that must not contain itself are open. */
  const depth = [0, 0, 0, 0];
  /** Whether the text comes as a one-byte image (odsBytes.ts), and whether the number scan reads the open cell's. */
  let image = false;
  let numberOpen = false;

  const damaged = (what: string): never => {
    const where = sheet === '' ? 'il contenuto' : `il foglio «${sheet}», riga ${formatCount(row + 1)}`;
    throw new ImportRefusedError(`Il file è danneggiato: ${where} ${what}. Salvarlo di nuovo e riprovare.`);
  };
  /** The repeat of a tag (its `KEY` slot `key`), as SheetJS will read it; refused when its readings of it would disagree. */
  const repeat = (tag: OdsTag, key: number, what: string): number => {
    const written = tag.get(key);
    if (written === undefined) return 1;
    const count = repeatCount(written);
    return count ?? damaged(`ripete ${what} «${unescapeXml(written).slice(0, 40)}» volte: serve un numero intero positivo`);
  };
  const enter = (element: number, selfClosing: boolean) => {
    if (depth[element]! > 0) damaged(`contiene ${NOT_NESTED[element]} dentro ${NOT_NESTED[element]}`);
    if (!selfClosing) depth[element]!++;
  };

  return {
    sheets: () => sheets,
    // A cell of a row, outside any cell, paragraph or format, that the number scan would not mark (`marked`: the
    // value written is all it reads of a cell with no entity): the events below, all at once.
    canTakeCell: (cell) =>
      depth[ROW]! > 0 &&
      depth[CELL] === 0 &&
      depth[P] === 0 &&
      formats.idle &&
      !(numbers && marksOdsCell(cell.officeType, cell.value)),
    takeCell(cell) {
      const chars = formats.cellFormat(cell.style);
      if (cell.text !== undefined) {
        const text = cell.text;
        charge(rows, cell.columns, chars + 1 + (image ? decodedLength(text) : text.length));
      } else if (cell.type === 'string') charge(1, 1, chars);
      column += cell.columns;
    },
    source(_, bytes) {
      image = bytes !== undefined;
    },
    open(element, tag, selfClosing) {
      formats.open(element, tag.text, selfClosing);
      switch (element) {
        case 'table':
          enter(TABLE, selfClosing);
          if (selfClosing) return;
          sheets++;
          sheet = unescapeXml(tag.get(KEY.name) ?? `Foglio${sheets}`);
          row = 0;
          return;
        case 'table-row':
          if (depth[TABLE] === 0) damaged('ha una riga fuori da ogni tabella');
          enter(ROW, selfClosing);
          rows = repeat(tag, KEY.numberRowsRepeated, 'una riga');
          rowAdvances = !selfClosing; // SheetJS moves down at the end tag only
          column = 0;
          return;
        case 'covered-table-cell':
          if (depth[ROW] === 0) damaged('ha una cella fuori da ogni riga');
          column += repeat(tag, KEY.numberColumnsRepeated, 'una cella');
          return;
        case 'table-cell': {
          if (depth[ROW] === 0) damaged('ha una cella fuori da ogni riga');
          enter(CELL, selfClosing);
          const columns = repeat(tag, KEY.numberColumnsRepeated, 'una cella');
          if (numbers) {
            const facts = tag.facts();
            facts.numeric ??= marked(tag.text);
            if (facts.numeric) numbers.odsCellStart(tag.text, { sheet, row, column, rows, columns }, selfClosing);
            numberOpen = facts.numeric && !selfClosing;
          }
          // Every copy of the cell carries its text and its number format.
          const chars = (tag.get(KEY.stringValue)?.length ?? 0) + formats.cellFormat(tag.get(KEY.styleName));
          if (!selfClosing) {
            inCell = true;
            cellColumns = columns;
            cellChars = chars;
            return;
          }
          // SheetJS stores a self-closing string cell once, whatever its repeat.
          if (tag.get(KEY.valueType) === 'string') charge(1, 1, chars);
          column += columns;
          return;
        }
        case 'p':
          enter(P, selfClosing);
          if (inCell) cellChars += 1; // paragraphs are joined by a line break
          return;
        case 's':
          if (inCell) cellChars += repeat(tag, KEY.c, 'uno spazio');
          return;
        case 'tab':
        case 'line-break':
          if (inCell) cellChars += 1;
          return;
        case 'a':
          if (inCell) cellChars += tag.get(KEY.href)?.length ?? 0;
          return;
      }
    },
    close(element) {
      formats.close(element);
      const nested = nestable(element);
      if (nested >= 0 && depth[nested]! > 0) depth[nested]!--;
      if (element === 'table-cell') {
        numbers?.odsCellEnd();
        numberOpen = false;
      }
      if (element === 'table-cell' && inCell) {
        charge(rows, cellColumns, cellChars);
        column += cellColumns;
        inCell = false;
      } else if (element === 'table-row' && rowAdvances) {
        row += rows;
        rowAdvances = false;
      }
    },
    text(text) {
      const length = image ? decodedLength(text) : text.length;
      formats.text(length);
      if (inCell) cellChars += length;
      // The number scan keeps the text of a cell it opened only (numberScan.ts).
      if (numberOpen) numbers!.text(image ? decodeImage(text) : text);
    },
  };
}
