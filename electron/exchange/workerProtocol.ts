/**
 * The single message the parse worker sends back to its parent, and the compact form the cells travel in:
 * each distinct string once (a table) and the cells as typed arrays of references, transferred, not copied.
 * Why: structured clone copies a string once per cell that holds it, so one long text repeated in 150.000 cells
 * became gigabytes on the main thread; unpacked, every such cell shares the one string again.
 */
import type { SheetCell, SheetData, WorkbookData } from '../../shared/exchange/sheetTypes';

const KINDS = ['text', 'number', 'date', 'bool', 'error', 'unreadable'] as const;
/** Between the written and the shown text of an unreadable cell (neither holds a NUL: the XML scan refuses it). */
const SEPARATOR = '\u0000';

export interface PackedSheet {
  name: string;
  /** `rows.length` of the sheet (trailing empty rows excluded). */
  rowCount: number;
  /** One entry per non-empty cell, in row then column order. */
  rows: Int32Array<ArrayBuffer>;
  columns: Int32Array<ArrayBuffer>;
  kinds: Uint8Array<ArrayBuffer>;
  /** Index in the string table: the text, the number format, the ISO date or the error text; -1 for booleans. */
  refs: Int32Array<ArrayBuffer>;
  /** The number, or 1/0 for booleans. */
  numbers: Float64Array<ArrayBuffer>;
}

export interface PackedWorkbook {
  strings: string[];
  sheets: PackedSheet[];
}

export type WorkerReply = { ok: true; workbook: PackedWorkbook } | { ok: false; message: string };

/** Writes `cell` at `i` of `packed` (no tuple per cell: this runs for every cell of the workbook). */
function packCell(packed: PackedSheet, i: number, cell: SheetCell, table: StringTable): void {
  switch (cell.kind) {
    case 'text':
      packed.kinds[i] = 0;
      packed.refs[i] = table.intern(cell.text);
      return;
    case 'number':
      packed.kinds[i] = 1;
      packed.refs[i] = table.intern(cell.format);
      packed.numbers[i] = cell.value;
      return;
    case 'date':
      packed.kinds[i] = 2;
      packed.refs[i] = table.intern(cell.iso);
      return;
    case 'bool':
      packed.kinds[i] = 3;
      packed.refs[i] = -1;
      packed.numbers[i] = cell.value ? 1 : 0;
      return;
    case 'error':
      packed.kinds[i] = 4;
      packed.refs[i] = table.intern(cell.text);
      return;
    case 'unreadable':
      packed.kinds[i] = 5;
      packed.refs[i] = table.intern(`${cell.written}${SEPARATOR}${cell.shown}`);
      return;
  }
}

/**
 * The string table of a packed workbook, each distinct string once. A class, not a closure made per workbook: the
 * packing loop, optimised on the first workbook, would otherwise meet a new `intern` function in each of the next
 * ones (a round's dozen, one process) and fall back to the interpreter each time ("wrong call target").
 */
class StringTable {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();
  // Most cells repeat the previous cell's number format, often the very same string: that one is not looked up.
  private last: string | null = null;
  private lastAt = -1;

  intern(text: string): number {
    if (text === this.last) return this.lastAt;
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.strings.push(text) - 1;
      this.index.set(text, at);
    }
    this.last = text;
    this.lastAt = at;
    return at;
  }
}

/** Packs `workbook`; `transfer` lists the buffers to hand over with `postMessage`. */
export function packWorkbook(workbook: WorkbookData): { packed: PackedWorkbook; transfer: ArrayBuffer[] } {
  const table = new StringTable();
  const transfer: ArrayBuffer[] = [];
  const sheets = workbook.sheets.map((sheet): PackedSheet => {
    let count = 0;
    for (const row of sheet.rows) for (const cell of row) if (cell) count++;
    const packed: PackedSheet = {
      name: sheet.name,
      rowCount: sheet.rows.length,
      rows: new Int32Array(count),
      columns: new Int32Array(count),
      kinds: new Uint8Array(count),
      refs: new Int32Array(count),
      numbers: new Float64Array(count),
    };
    let i = 0;
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r]!;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell) continue;
        packed.rows[i] = r;
        packed.columns[i] = c;
        packCell(packed, i, cell, table);
        i++;
      }
    }
    transfer.push(packed.rows.buffer, packed.columns.buffer, packed.kinds.buffer, packed.refs.buffer, packed.numbers.buffer);
    return packed;
  });
  return { packed: { strings: table.strings, sheets }, transfer };
}

function unpackCell(kind: number, text: string, number: number): SheetCell {
  switch (KINDS[kind]) {
    case 'text':
      return { kind: 'text', text };
    case 'number':
      return { kind: 'number', value: number, format: text };
    case 'date':
      return { kind: 'date', iso: text };
    case 'bool':
      return { kind: 'bool', value: number === 1 };
    case 'unreadable': {
      const at = text.indexOf(SEPARATOR);
      return { kind: 'unreadable', written: text.slice(0, at), shown: text.slice(at + 1) };
    }
    default:
      return { kind: 'error', text };
  }
}

/**
 * One cell object per distinct cell of the workbook (its kind, string and number): cells are never changed once
 * made, and a plan repeats most of them (a unit, a status, a format with the same number) thousands of times.
 */
class CellTable {
  private readonly byString = new Map<number, SheetCell>();
  private readonly byNumber = new Map<number, Map<number, SheetCell>>();

  constructor(private readonly strings: readonly string[]) {}

  cell(kind: number, ref: number, number: number): SheetCell {
    // Kinds 0, 2, 4 (text, date, error) are their string; numbers, booleans and unreadable cells are keyed apart.
    const key = kind === 1 || kind === 3 ? -1 : ref * 8 + kind;
    if (key >= 0) {
      let cell = this.byString.get(key);
      if (cell === undefined) this.byString.set(key, (cell = unpackCell(kind, this.strings[ref] ?? '', number)));
      return cell;
    }
    if (Object.is(number, -0)) return unpackCell(kind, this.strings[ref] ?? '', number); // a Map key does not tell it from 0
    const numberKey = kind === 3 ? -2 : ref;
    let cells = this.byNumber.get(numberKey);
    if (cells === undefined) this.byNumber.set(numberKey, (cells = new Map()));
    let cell = cells.get(number);
    if (cell === undefined) cells.set(number, (cell = unpackCell(kind, this.strings[ref] ?? '', number)));
    return cell;
  }
}

export function unpackWorkbook(packed: PackedWorkbook): WorkbookData {
  const table = new CellTable(packed.strings);
  const sheets = packed.sheets.map((sheet): SheetData => {
    const rows: (SheetCell | null)[][] = Array.from({ length: sheet.rowCount }, () => []);
    for (let i = 0; i < sheet.kinds.length; i++) {
      const row = rows[sheet.rows[i]!]!;
      while (row.length < sheet.columns[i]!) row.push(null);
      row.push(table.cell(sheet.kinds[i]!, sheet.refs[i]!, sheet.numbers[i]!));
    }
    return { name: sheet.name, rows };
  });
  return { sheets };
}
