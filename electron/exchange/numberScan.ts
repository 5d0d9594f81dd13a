/**
 * Collects, during the XML scan that runs before SheetJS, the numeric cells whose stored number cannot be read
 * (shared/exchange/numberTexts.ts): an xlsx `<c>` of type `n` with its `<v>` text, an ods cell of value type
 * float/percentage/currency with its `office:value` and, for those only, the text the cell shows. readWorkbook then
 * replaces each such cell of SheetJS's output by an `unreadable` cell. Why before SheetJS: it reads those texts with
 * parseFloat (`0x10` → 0, `1e309` → Infinity, `''` → NaN) and what was written is lost by the time it answers.
 */
import { numberTextProblem } from '../../shared/exchange/numberTexts';
import { MAX_ABS_NUMBER } from '../../shared/italianNumbers';
import { attributeOf, unescapeXml } from './xmlScan';

export interface UnreadableNumber {
  sheet: string;
  /** 0-based position of the first cell, and the block it repeats over (ods repeats). */
  row: number;
  column: number;
  rows: number;
  columns: number;
  written: string;
  shown: string;
}

/** Most cells of one block marked (a repeated bad cell past this is still refused by the first ones). */
const MAX_MARKED = 10_000;

/**
 * Digits only, a number no larger than a plan holds: `numberTextProblem` finds nothing wrong with it (a whole
 * number is 0 or at least 1, never too small). Most numeric cells; told in one loop, without trimming or a pattern.
 */
function isPlainCount(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    value = 10 * value + digit;
  }
  return value <= MAX_ABS_NUMBER;
}

const NUMERIC_ODS_TYPES = new Set(['float', 'percentage', 'currency']);

/** Whether an ods cell is marked, by its `office:value-type` and `office:value` (entity references decoded). */
export const marksOdsCell = (type: string | undefined, value: string | undefined): boolean =>
  NUMERIC_ODS_TYPES.has(type ?? '') && numberTextProblem(value ?? '') !== null;

export class NumberScan {
  readonly found: UnreadableNumber[] = [];
  private open: UnreadableNumber | null = null;
  private marked = 0;

  private add(entry: UnreadableNumber): void {
    if (this.marked >= MAX_MARKED) return;
    this.marked += entry.rows * entry.columns;
    this.found.push(entry);
  }

  /** An xlsx cell closed: `type` is its `t` attribute (`n` when absent), `value` the text of its `<v>`. */
  xlsxCell(sheet: string, row: number, column: number, type: string, value: string): void {
    if (type !== 'n' || isPlainCount(value)) return;
    const written = value.trim();
    if (numberTextProblem(written) !== null) this.add({ sheet, row, column, rows: 1, columns: 1, written, shown: '' });
  }

  /** An ods cell opens; its shown text follows (`text`) until `odsCellEnd` when it is not self-closing. */
  odsCellStart(attributes: string, block: Omit<UnreadableNumber, 'written' | 'shown'>, selfClosing: boolean): void {
    this.open = null;
    const type = attributeOf(attributes, 'office:value-type');
    if (!NUMERIC_ODS_TYPES.has(type ?? '')) return;
    const written = unescapeXml(attributeOf(attributes, 'office:value') ?? '').trim();
    if (!marksOdsCell(type, written)) return;
    const entry = { ...block, written, shown: '' };
    if (selfClosing) this.add(entry);
    else this.open = entry;
  }

  text(text: string): void {
    if (this.open && this.open.shown.length < 200) this.open.shown += unescapeXml(text);
  }

  odsCellEnd(): void {
    if (this.open) this.add({ ...this.open, shown: this.open.shown.trim() });
    this.open = null;
  }
}
