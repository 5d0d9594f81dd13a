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
  /** A bare number under `%` (`0,85`): the readings to choose from; `result` is then that of the reading chosen. */
  choices?: { proposal: string; alternative: string; chosen: 'proposal' | 'alternative' };
  /** Plausibility warnings on the value it becomes (shared/plausibility.ts). */
  warnings: string[];
}

export interface PastePlan {
  cells: PlannedCell[];
  /** Pasted rows below the grid's last row, and pasted columns right of its last typed column (not written). */
  extraRows: number;
  extraColumns: number;
  /** Cells that hold something and would get something else. */
  overwrites: number;
  errors: number;
  /** Bare numbers under `%` whose reading the preview asks to confirm (counted apart from the errors). */
  questions: number;
  /** Cells whose value reads but looks implausible. */
  warned: number;
}

/** The pasted text as a matrix of trimmed cells, without the empty last line Excel adds. */
export function pastedMatrix(text: string): string[][] {
  const rows = splitTabular(text).map((cells) => cells.map((c) => c.trim()));
  while (rows.length > 0 && rows.at(-1)?.every((c) => c === '')) rows.pop();
  return rows;
}

export function planBlockPaste(text: string, anchor: { row: number; column: number }, rows: readonly PasteRow[], columns: readonly CellColumn[]): PastePlan {
  const plan: PastePlan = { cells: [], extraRows: 0, extraColumns: 0, overwrites: 0, errors: 0, questions: 0, warned: 0 };
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
      const readings = column.choices?.(cellText, row.indicator) ?? null;
      const choices = readings && { ...readings, chosen: 'proposal' as const };
      const read = readings ? readings.proposal : cellText;
      const result = column.parse(read, row.indicator);
      const warnings = result.ok ? (column.warnings?.(read, row.indicator) ?? []) : [];
      plan.cells.push({ row, column, before, text: cellText, result, warnings, ...(choices ? { choices } : {}) });
      if (before !== '' && before !== cellText) plan.overwrites += 1;
      if (choices) plan.questions += 1;
      if (warnings.length > 0) plan.warned += 1;
      if (!result.ok) plan.errors += 1;
    });
  });
  return plan;
}

/** The plan is written at once only when it overwrites nothing, reads every cell without a question and fits the grid. */
export function needsPreview(plan: PastePlan): boolean {
  return plan.overwrites > 0 || plan.errors > 0 || plan.questions > 0 || plan.warned > 0 || plan.extraRows > 0 || plan.extraColumns > 0;
}

/** The plan with cell `at`'s bare number read the other way (`85%` ↔ `0,85%`), as chosen in the preview. */
export function chooseReading(plan: PastePlan, at: number, chosen: 'proposal' | 'alternative'): PastePlan {
  const cell = plan.cells[at];
  if (!cell?.choices) return plan;
  const text = cell.choices[chosen];
  const result = cell.column.parse(text, cell.row.indicator);
  const warnings = result.ok ? (cell.column.warnings?.(text, cell.row.indicator) ?? []) : [];
  const cells = plan.cells.map((c, i) => (i === at ? { ...c, result, warnings, choices: { ...cell.choices!, chosen } } : c));
  return { ...plan, cells, errors: cells.filter((c) => !c.result.ok).length, warned: cells.filter((c) => c.warnings.length > 0).length };
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
