/**
 * A block copied from Excel or Word (rows × columns, or one column of values) pasted into a grid cell: which cells
 * it overwrites from there, row by row, what each becomes, and what falls outside the grid.
 * Why: the officer pastes a season of values at once; a spreadsheet paste must never turn a column into one
 * number (the old `2 5 7` → 257), and what it would overwrite is shown before it is written.
 */
import type { Indicator } from '../../../shared/model';
import { splitTabular } from '../../../shared/pasteRows';
import type { ParseResult } from '../../../shared/values';
import type { CellColumn, CellEdit } from './cellColumns';

/** A row of a grid as the paste sees it: which indicator of which card, and how the row is named. */
export interface PasteRow {
  cardId: number;
  index: number;
  indicator: Indicator;
  /** `indicatore 2`, `01_01_OS01, indicatore 2`. */
  label: string;
}

export interface PlannedCell {
  row: PasteRow;
  column: CellColumn;
  before: string;
  text: string;
  result: ParseResult<CellEdit>;
}

export interface PastePlan {
  cells: PlannedCell[];
  /** Pasted rows below the grid's last row, and pasted columns right of its last typed column (not written). */
  extraRows: number;
  extraColumns: number;
  /** Cells that hold something and would get something else. */
  overwrites: number;
  errors: number;
}

/** The pasted text as a matrix of trimmed cells, without the empty last line Excel adds. */
export function pastedMatrix(text: string): string[][] {
  const rows = splitTabular(text).map((cells) => cells.map((c) => c.trim()));
  while (rows.length > 0 && rows.at(-1)?.every((c) => c === '')) rows.pop();
  return rows;
}

export function planBlockPaste(text: string, anchor: { row: number; column: number }, rows: readonly PasteRow[], columns: readonly CellColumn[]): PastePlan {
  const plan: PastePlan = { cells: [], extraRows: 0, extraColumns: 0, overwrites: 0, errors: 0 };
  pastedMatrix(text).forEach((cells, r) => {
    const row = rows[anchor.row + r];
    if (!row) {
      plan.extraRows += 1;
      return;
    }
    cells.forEach((cellText, c) => {
      const column = columns[anchor.column + c];
      if (!column) {
        plan.extraColumns = Math.max(plan.extraColumns, anchor.column + c - columns.length + 1);
        return;
      }
      const before = column.read(row.indicator);
      const result = column.parse(cellText, row.indicator);
      plan.cells.push({ row, column, before, text: cellText, result });
      if (before !== '' && before !== cellText) plan.overwrites += 1;
      if (!result.ok) plan.errors += 1;
    });
  });
  return plan;
}

/** The plan is written at once only when it overwrites nothing, reads every cell and fits the grid. */
export function needsPreview(plan: PastePlan): boolean {
  return plan.overwrites > 0 || plan.errors > 0 || plan.extraRows > 0 || plan.extraColumns > 0;
}

/** The readable cells grouped by card: one recipe per card that edits its indicators (for one undo step). */
export function pasteRecipes(plan: PastePlan): { cardId: number; edits: { index: number; apply(ind: Indicator): Indicator }[] }[] {
  const byCard = new Map<number, { index: number; apply(ind: Indicator): Indicator }[]>();
  for (const cell of plan.cells) {
    if (!cell.result.ok) continue;
    const edits = byCard.get(cell.row.cardId) ?? [];
    edits.push({ index: cell.row.index, apply: cell.result.value.apply });
    byCard.set(cell.row.cardId, edits);
  }
  return [...byCard].map(([cardId, edits]) => ({ cardId, edits }));
}
