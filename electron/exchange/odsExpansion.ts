/**
 * The XML visitor that walks an ODS `content.xml` the way SheetJS expands it: rows repeated by
 * `table:number-rows-repeated`, cells by `table:number-columns-repeated`, spaces by `<text:s text:c>`.
 * Why: SheetJS copies a repeated cell once per repetition, so a one-line cell repeated a billion times kills the
 * process; here every cell holding data is charged to the budget before SheetJS runs. Empty repeated cells
 * (LibreOffice writes them to the end of every row) only move the column on, as in SheetJS.
 */
import type { ExpansionBudget } from './expansionBudget';
import type { NumberScan } from './numberScan';
import { attributeOf, unescapeXml, type XmlVisitor } from './xmlScan';

function repeat(attributes: string, name: string): number {
  const value = Number(attributeOf(attributes, name) ?? '1');
  return Number.isSafeInteger(value) && value >= 1 ? value : 1;
}

/** `numbers` collects the numeric cells whose number cannot be read (numberScan.ts). */
export function odsContentVisitor(budget: ExpansionBudget, numbers?: NumberScan): XmlVisitor & { sheets(): number } {
  let sheets = 0;
  let sheet = '';
  let row = 0;
  let rows = 1;
  let column = 0;
  /** The open cell holding data: its repeat and the characters of its text so far. */
  let cell: { columns: number; chars: number } | null = null;

  const closeCell = () => {
    if (!cell) return;
    budget.add({ sheet, row, column, rows, columns: cell.columns, chars: cell.chars });
    column += cell.columns;
    cell = null;
  };

  return {
    sheets: () => sheets,
    open(name, attributes, selfClosing) {
      switch (name) {
        case 'table:table':
          sheets++;
          sheet = unescapeXml(attributeOf(attributes, 'table:name') ?? `Foglio${sheets}`);
          row = 0;
          return;
        case 'table:table-row':
          rows = repeat(attributes, 'table:number-rows-repeated');
          column = 0;
          return;
        case 'table:covered-table-cell':
          column += repeat(attributes, 'table:number-columns-repeated');
          return;
        case 'table:table-cell': {
          const columns = repeat(attributes, 'table:number-columns-repeated');
          numbers?.odsCellStart(attributes, { sheet, row, column, rows, columns }, selfClosing);
          const stringValue = attributeOf(attributes, 'office:string-value');
          if (!selfClosing) cell = { columns, chars: stringValue?.length ?? 0 };
          else if (attributeOf(attributes, 'office:value-type') === 'string') {
            // SheetJS stores a self-closing string cell once, whatever its repeat.
            budget.add({ sheet, row, column, rows: 1, columns: 1, chars: stringValue?.length ?? 0 });
            column += columns;
          } else column += columns;
          return;
        }
        case 'text:s':
          if (cell) cell.chars += repeat(attributes, 'text:c');
          return;
        case 'text:tab':
        case 'text:line-break':
          if (cell) cell.chars += 1;
          return;
      }
    },
    close(name) {
      if (name === 'table:table-cell') {
        numbers?.odsCellEnd();
        closeCell();
      }
      else if (name === 'table:table-row') row += rows;
    },
    text(text) {
      if (cell) cell.chars += text.length;
      numbers?.text(text);
    },
  };
}
