/**
 * Counts what the cells of a workbook expand to (repeats, shared strings, ranges) against the parse limits,
 * refusing at the first cell that crosses one, with the sheet, row and column.
 * Why: a 26 KB file can describe a billion cells; the limits must hold on the expansion, not on the bytes.
 */
import { ImportRefusedError, formatCount } from './importRefused';
import type { ParseLimits } from './limits';
import { encodeColumn } from './sheetJsSyntax';

const refuse = (message: string): never => {
  throw new ImportRefusedError(message);
};

export interface CellBlock {
  sheet: string;
  /** 0-based position of the first cell. */
  row: number;
  column: number;
  /** How many rows and columns the block repeats the cell over (1 × 1 for a plain cell). */
  rows: number;
  columns: number;
  /** Characters of text in each cell of the block. */
  chars: number;
}

export class ExpansionBudget {
  private cells = 0;
  private text = 0;

  constructor(private readonly limits: ParseLimits) {}

  /** A cell holding data, possibly repeated over a block; throws `ImportRefusedError` past any limit. */
  add(block: CellBlock): void {
    // This runs once per cell of every sheet: the checks allocate nothing, the message is built on refusal only.
    const { limits } = this;
    const count = block.rows * block.columns;
    this.cells += count;
    this.text += block.chars * count;
    if (
      block.row + block.rows > limits.maxRows ||
      block.column + block.columns > limits.maxColumns ||
      block.chars > limits.maxCellChars ||
      this.cells > limits.maxCells ||
      this.text > limits.maxTextChars
    ) {
      refuse(this.refusal(block));
    }
  }

  /** `add` of one plain cell (1 × 1), without a block object: xlsx cells come one by one, hundreds of thousands. */
  addCell(sheet: string, row: number, column: number, chars: number): void {
    const { limits } = this;
    this.cells += 1;
    this.text += chars;
    if (row + 1 > limits.maxRows || column + 1 > limits.maxColumns || chars > limits.maxCellChars || this.cells > limits.maxCells || this.text > limits.maxTextChars) {
      refuse(this.refusal({ sheet, row, column, rows: 1, columns: 1, chars }));
    }
  }

  /** Why `block` crossed a limit (the first limit crossed, in the order the user can act on). */
  private refusal(block: CellBlock): string {
    const { limits } = this;
    const where = `Il foglio «${block.sheet}»`;
    const cell = `riga ${formatCount(block.row + 1)}, colonna ${encodeColumn(block.column)}`;
    if (block.row + block.rows > limits.maxRows) return `${where} ha dati oltre la riga ${formatCount(limits.maxRows)}: limite superato.`;
    if (block.column + block.columns > limits.maxColumns) return `${where} ha dati oltre la colonna ${formatCount(limits.maxColumns)}: limite superato.`;
    if (block.chars > limits.maxCellChars) {
      return `${where}, ${cell} contiene un testo di ${formatCount(block.chars)} caratteri: il limite è ${formatCount(limits.maxCellChars)}.`;
    }
    if (this.cells > limits.maxCells) {
      return (
        `Il file ha più di ${formatCount(limits.maxCells)} celle con dati, contando ogni cella ripetuta: ` +
        `limite superato nel foglio «${block.sheet}», ${cell}.`
      );
    }
    return (
      `Il file contiene più di ${formatCount(limits.maxTextChars)} caratteri di testo, contando ogni cella che ` +
      `ripete lo stesso testo: limite superato nel foglio «${block.sheet}», ${cell}.`
    );
  }
}
