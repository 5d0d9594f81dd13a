/**
 * The expansion-budget visitor of an xlsx worksheet: its cells are charged as SheetJS's regular expressions will
 * read them (sheetJsSyntax.ts): a cell runs from its `<c` to the next one or the end of the row, its first `<v>` is
 * its value, a `t` attribute alone makes a cell, the reference is decoded as `decode_cell` does, a shared-string
 * cell costs the full length of its string (index read with `parseInt`), a hyperlink costs every cell of its range
 * as `safe_decode_range` reads it.
 * Why: one 32.767-character string referenced by 150.000 cells is a 400 KB file and gigabytes once expanded, and
 * every reading that differs from SheetJS's is a way around the budget (issue 19).
 */
import type { ExpansionBudget } from './expansionBudget';
import { ImportRefusedError } from './importRefused';
import type { NumberScan } from './numberScan';
import { decimalInt } from './plainNumbers';
import { decodeCell, safeDecodeRange, sheetJsAttribute, sheetJsCellAttribute, sheetJsUnescape } from './sheetJsSyntax';
import { cellAttributes } from './xlsxAttributes';
import { local, refuseMisreadName } from './xlsxExpansion';
import type { CellTaker } from './worksheetLane';
import type { XmlVisitor } from './xmlScan';

/** The column of the capitals a reference starts with (SheetJS's `tagc`), -1 without any. */
function leadingColumn(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i) - 64;
    if (code < 1 || code > 26) break;
    column = 26 * column + code;
  }
  return column - 1;
}

/**
 * Walks one worksheet: every cell SheetJS will create, every hyperlink range; `numbers` collects the numeric cells
 * whose number cannot be read (numberScan.ts).
 */
export function worksheetVisitor(sheet: string, sharedLengths: readonly number[], budget: ExpansionBudget, numbers?: NumberScan): XmlVisitor & CellTaker {
  const part = `il foglio «${sheet}»`;
  /** SheetJS's `tagr` (1-based row of the last `<row>`, NaN after a bad `r`) and `tagc` (last column). */
  let tagr = 0;
  let tagc = -1;
  // SheetJS's cell, from its `<c` to the next `<c` or the end of the row, in plain variables (no object per cell):
  // its type, place, first `<v>` (whether there was one, whether anything is in it, its text up to its first child
  // element: what parseInt reads) and the characters of text in its `<is>` elements.
  let cell = false;
  let cellType: string | undefined;
  let cellRow = 0;
  let cellColumn = 0;
  let cellHasValue = false;
  let cellPresent = false;
  let cellText = '';
  let cellInline = 0;
  /** The first `<v>` of the cell while it is open; `valueReading`: before any child element of it. */
  let value = false;
  let valuePresent = false;
  let valueText = '';
  let valueReading = false;
  let inline = 0;

  const refuseReference = (written: string): never => {
    throw new ImportRefusedError(`Il file è danneggiato: ${part} ha una cella con un riferimento non valido («${written.slice(0, 20)}»). Salvarlo di nuovo e riprovare.`);
  };

  /** Charges the pending cell if SheetJS will create one (see its parse_ws_xml_data). */
  const flush = () => {
    const open = cell;
    cell = false;
    value = false;
    inline = 0;
    if (!open) return;
    const present = cellHasValue && cellPresent;
    if (cellType === undefined && !present) return;
    const type = cellType || 'n';
    if ((type === 'n' || type === 's') && !present) return;
    let chars = 0;
    if (type === 's') chars = sharedLengths[decimalInt(sheetJsUnescape(cellText))] ?? 0;
    else if (type === 'str') chars = cellHasValue ? cellText.length : 0;
    else if (type === 'inlineStr') chars = cellInline;
    budget.addCell(sheet, cellRow, cellColumn, chars);
    if (present) numbers?.xlsxCell(sheet, cellRow, cellColumn, type, cellText);
  };

  return {
    // A plain cell (worksheetLane.ts) has the effect of its events, open `c`, open `v`, text, close `v`, close `c`,
    // wherever it is, except inside a value or an inline string, whose text those events would count.
    canTakeCell: () => !value && inline === 0,
    takeCell(row, column, _style, type, text) {
      flush();
      tagc = column;
      cell = true;
      cellRow = row;
      cellColumn = column;
      cellType = type;
      cellHasValue = text !== undefined;
      cellPresent = text !== undefined && text !== '';
      cellText = text ?? '';
      cellInline = 0;
    },
    open(name, attributes, selfClosing, start) {
      refuseMisreadName(name, part);
      const tag = local(name);
      if (value && tag !== 'v') {
        valuePresent = true;
        valueReading = false;
      }
      switch (tag) {
        case 'row': {
          flush();
          const r = sheetJsCellAttribute(attributes, 'r');
          tagr = r !== undefined ? decimalInt(r) : tagr + 1;
          tagc = -1;
          return;
        }
        case 'c': {
          flush();
          // The usual tag is read in one loop (shared with xlsxCells.ts); any other as SheetJS reads each attribute.
          const usual = cellAttributes(attributes, start);
          const written = usual ? usual.r : sheetJsCellAttribute(attributes, 'r');
          // `tagc` follows the first r="…" of the tag (its capitals), or counts on.
          const letters = usual && attributes.startsWith(' r="') ? usual.r : /r=["']([A-Z]*)/.exec(attributes)?.[1];
          tagc = letters !== undefined ? leadingColumn(letters) : tagc + 1;
          if (written) {
            const at = decodeCell(written);
            cellRow = at.row;
            cellColumn = at.column;
          } else {
            cellRow = Number.isFinite(tagr) ? tagr - 1 : -1;
            cellColumn = tagc;
          }
          if (cellRow < 0 || cellColumn < 0) refuseReference(written ?? '');
          cell = true;
          cellType = usual ? usual.t : sheetJsCellAttribute(attributes, 't');
          cellHasValue = false;
          cellPresent = false;
          cellText = '';
          cellInline = 0;
          return;
        }
        case 'v':
          if (value) {
            valuePresent = true;
            valueReading = false;
          } else if (cell && !cellHasValue && !selfClosing) {
            value = true;
            valuePresent = false;
            valueText = '';
            valueReading = true;
          }
          return;
        case 'is':
          if (cell && !selfClosing) inline++;
          return;
        case 'hyperlink': {
          const ref = sheetJsAttribute(attributes, 'ref');
          if (!ref) return;
          const { s, e } = safeDecodeRange(ref);
          const rows = e.r - s.r + 1;
          const columns = e.c - s.c + 1;
          if (rows > 0 && columns > 0) budget.add({ sheet, row: s.r, column: s.c, rows, columns, chars: 0 });
          return;
        }
      }
    },
    close(name) {
      switch (local(name)) {
        case 'v':
          if (cell && value && !cellHasValue) {
            cellHasValue = true;
            cellPresent = valuePresent;
            cellText = valueText;
          }
          value = false;
          return;
        case 'is':
          if (inline > 0) inline--;
          return;
        case 'row':
        case 'sheetData':
          flush();
          return;
      }
    },
    text(text) {
      if (value && text !== '') {
        valuePresent = true;
        if (valueReading) valueText += text;
      }
      if (inline > 0 && cell) cellInline += text.length;
    },
  };
}
