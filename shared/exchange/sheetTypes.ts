/**
 * Plain data shapes exchanged between the SheetJS layer (electron/exchange) and the pure mapping (shared/exchange).
 * Why: the mapping must stay testable without SheetJS: workbooks come in as typed cells and go out as a spec.
 */
import type { IsoDate } from '../model';

/** A non-empty cell as read from a workbook, already reduced to what the mapping needs. */
export type SheetCell =
  | { kind: 'text'; text: string }
  /** `format` is the number format code (`General`, `0.0%`, `#,##0.00 €`): it tells a percentage from a count. */
  | { kind: 'number'; value: number; format: string }
  | { kind: 'date'; iso: IsoDate }
  | { kind: 'bool'; value: boolean }
  /** A spreadsheet error value such as `#DIV/0!`. */
  | { kind: 'error'; text: string }
  /**
   * A numeric cell whose stored number cannot be read (numberTexts.ts): `written` is the text the file holds for it
   * (`0x10`, `1e309`, `''`), `shown` what the cell displays (ods keeps it; '' when unknown).
   */
  | { kind: 'unreadable'; written: string; shown: string };

/** One sheet as read: `rows[0]` is spreadsheet row 1, `rows[r][0]` column A; `null` is an empty cell. */
export interface SheetData {
  name: string;
  rows: (SheetCell | null)[][];
}

export interface WorkbookData {
  sheets: SheetData[];
}

/** A cell to write. Text is always written as a string cell, so it can never become a formula. */
export type OutCell =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; format: string }
  | { kind: 'date'; iso: IsoDate }
  | null;

/** A drop-down list on a column, fed by a range of another sheet (written where the format supports it). */
export interface ListValidation {
  /** 0-based column of the validated cells. */
  column: number;
  /** 1-based first and last rows of the validated cells. */
  firstRow: number;
  lastRow: number;
  source: { sheet: string; column: number; firstRow: number; lastRow: number };
  /** Strict lists refuse other values; lenient ones only warn (catalogues may lag behind the data). */
  strict: boolean;
}

export interface OutSheet {
  name: string;
  rows: OutCell[][];
  /** Column widths in characters. */
  widths: number[];
  /** Rows kept visible while scrolling (the header). */
  frozenRows: number;
  /** Whether to put an auto-filter on the header row. */
  autoFilter: boolean;
  validations: ListValidation[];
  /** Protected sheet (no password): only the `unlocked` cells can be edited. */
  protect?: boolean;
  /** 0-based cells left editable on a protected sheet; an empty one is written with `format` ready for typing. */
  unlocked?: UnlockedCell[];
}

export interface UnlockedCell {
  row: number;
  column: number;
  format?: string;
}

export interface WorkbookSpec {
  sheets: OutSheet[];
}
