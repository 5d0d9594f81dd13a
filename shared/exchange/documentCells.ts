/**
 * Cells as the office's Word tables write them once pasted into Excel: name and algoritmo in one cell (two
 * paragraphs = Alt+Enter), a footnote asterisk after the name, the operator alone beside an unlabelled value cell.
 * Why: these are layout conventions, not values; reading them apart keeps indicatorRows.ts about fields.
 */
import type { IndicatorColumn } from './columns';
import { cellText } from './headerText';
import type { LocatedColumn, TableLayout } from './sheetLayout';
import type { SheetCell } from './sheetTypes';

const FOOTNOTE_MARK = /\s*\*+$/;
/** The name without its footnote mark; the expression (it tries every space of the text) only runs on a name ending in `*`. */
const withoutFootnote = (name: string): string => (name.endsWith('*') ? name.replace(FOOTNOTE_MARK, '') : name);
export const OPERATOR_ONLY = /^\s*(>=|<=|=>|=<|=|≥|≤)\s*$/;

/**
 * `"Grado di utilizzo delle risorse\nRisorse utilizzate/…"` → name and algoritmo, when the table has no algoritmo
 * column of its own (then the cell is only the name). A trailing `*` (the footnote mark) is not part of the name.
 */
export function splitNameCell(text: string, hasAlgoritmoColumn: boolean): { name: string; algoritmo?: string } {
  // A single line (nearly every cell) is the name: not split, as every row of a large import passes here.
  if (hasAlgoritmoColumn || !text.includes('\n')) return { name: withoutFootnote(text.trim()) };
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length < 2) return { name: withoutFootnote(text.trim()) };
  return { name: withoutFootnote(lines[0] ?? ''), algoritmo: lines.slice(1).join(' ') };
}

/** Columns that have a header (top row, second header row or an unrecognised title): the rest are holes. */
export function headedColumns(layout: TableLayout<IndicatorColumn>): Set<number> {
  return new Set([...layout.columns, ...layout.unknown].map((c) => c.index));
}

/** The unheaded columns strictly inside the table's width, in order: where cellInHeaderHole looks, found once per table. */
export function headerHoles(headed: Set<number>): number[] {
  const first = Math.min(...headed);
  const last = Math.max(...headed);
  const holes: number[] = [];
  for (let index = first + 1; index < last; index++) if (!headed.has(index)) holes.push(index);
  return holes;
}

/**
 * Index of the first data cell that sits in a hole of the header (`holes`, from headerHoles): the row is shifted
 * against the header (Word's merged "Target 2024" over two columns lost in the copy). `splitValues` are the
 * unlabelled value columns next to an operator-only target cell, which are expected to be filled.
 */
export function cellInHeaderHole(row: (SheetCell | null)[], holes: readonly number[], splitValues: ReadonlySet<number> | null): number | null {
  for (const index of holes) {
    if (index >= row.length) return null;
    if (!splitValues?.has(index) && cellText(row[index]) !== '') return index;
  }
  return null;
}

/** A target cell holding only an operator while the column after it has its own header: the row is shifted. */
export function shiftedTarget(row: (SheetCell | null)[], columns: LocatedColumn<IndicatorColumn>[], headed: Set<number>): LocatedColumn<IndicatorColumn> | undefined {
  // A loop, not find with a callback: asked for every row of an import.
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    const cell = row[c.index];
    if (c.meaning.kind === 'target' && cell?.kind === 'text' && OPERATOR_ONLY.test(cell.text) && headed.has(c.index + 1)) return c;
  }
  return undefined;
}

export function shiftedMessage(operator: string, header: string, nextHeader: string): string {
  return (
    `l'operatore «${operator}» è da solo nella cella ma la colonna accanto ha già l'intestazione «${nextHeader}»: ` +
    `la riga è sfalsata rispetto all'intestazione (nel documento «${header}» copre due colonne). ` +
    `Lasciare vuota nell'intestazione la cella accanto a «${header}», oppure scrivere operatore e valore nella stessa cella (>= 80%).`
  );
}
