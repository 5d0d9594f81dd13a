/**
 * Typed values to spreadsheet cells and back: counts and percentages become real numeric cells with Italian-looking
 * formats that keep the published decimals, dates real date cells; on import, text cells go through the same
 * Italian grammar as the editor (shared/values.ts) and numeric cells keep their format's decimals.
 * Why: a colleague sees and edits real numbers, and the round trip gives back exactly the written value.
 */
import type { Operator, Value } from '../model';
import { fail, ok, type ParseResult } from '../parseResult';
import { normaliseUnit, parseTargetCell, parseValue, parseWeight } from '../values';
import type { CellPlace } from './sheetLayout';
import type { OutCell, SheetCell } from './sheetTypes';
import { barePercentNumber, naturalDecimals } from '../percentEvidence';
import { unreadableMessage } from './numberTexts';
import { ambiguityOf, isUnformatted, percentAmbiguity, readingValue, type Ambiguity } from './unformattedNumbers';

export function text(value: string): OutCell {
  return value === '' ? null : { kind: 'text', text: value };
}

export function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

export function percentFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%';
}

export const EURO_FORMAT = '#,##0.00 €';

export function valueCell(value: Value): OutCell {
  switch (value.kind) {
    case 'number':
      return { kind: 'number', value: value.value, format: numberFormat(value.decimals) };
    case 'percent':
      return { kind: 'number', value: value.value, format: percentFormat(value.decimals) };
    case 'date':
      return { kind: 'date', iso: value.value };
    case 'bool':
      return { kind: 'text', text: value.value ? 'sì' : 'no' };
    case 'missing':
      return text(value.mark);
  }
}

/** A fraction shown as a percentage cell (`0.2` → `20,0%`). */
export function percentCell(fraction: number, decimals = 1): OutCell {
  return { kind: 'number', value: fraction, format: percentFormat(decimals) };
}

/** Digits after the decimal point in a number format (`#,##0.00 €` → 2); `null` for `General`. */
export function formatDecimals(format: string): number | null {
  return formatOf(format).decimals;
}

export function isPercentFormat(format: string): boolean {
  return formatOf(format).percent;
}

/** What each number format says, read once: a workbook has a handful of formats and many thousand numeric cells. */
const formats = new Map<string, { decimals: number | null; percent: boolean; unformatted: boolean }>();

function formatOf(format: string): { decimals: number | null; percent: boolean; unformatted: boolean } {
  let known = formats.get(format);
  if (known === undefined) {
    const code = format.split(';')[0] ?? '';
    const match = /\.([0#]+)/.exec(code);
    known = { decimals: !/[0#]/.test(code) ? null : match ? (match[1] ?? '').length : 0, percent: code.includes('%'), unformatted: isUnformatted(format) };
    if (formats.size >= 1000) formats.clear();
    formats.set(format, known);
  }
  return known;
}

/** A value read from a cell, with the open reading of a number that had no format (decided later with evidence). */
export interface CellReading {
  value: Value;
  ambiguity: Ambiguity | null;
}

/**
 * Reads a value or target cell. A number without a format under a `%` or date indicator is an `Ambiguity`: its
 * `value` is the reading its size suggests until the evidence (the plan's value, the column) decides.
 */
export function readValueCell(cell: SheetCell | null, udm: string, place: CellPlace): ParseResult<CellReading> {
  // A bare number under a % indicator, as a number without format or as text (`0,85`), is a reading to decide.
  const bare = cell?.kind === 'number' && formatOf(cell.format).unformatted ? cell.value : cell?.kind === 'text' ? barePercentNumber(cell.text, udm) : null;
  if (bare !== null) {
    const ambiguity = ambiguityOf(bare, udm, place);
    return ok({ value: readingValue(ambiguity, ambiguity.bySize), ambiguity });
  }
  const value = readValue(cell, udm);
  return value.ok ? ok({ value: value.value, ambiguity: null }) : value;
}

/**
 * The value of a number cell that has a format, `null` for any other cell: what readValueCell and readTarget read
 * from it (no ambiguity, no operator), without their result, reading and place objects. Why: nearly every value
 * and target cell of an import is one, and the objects readValueCell makes for it were thrown away at once.
 */
export function formattedNumber(cell: SheetCell | null, udm: string): Value | null {
  return cell?.kind === 'number' && !formatOf(cell.format).unformatted ? numberValue(cell.value, cell.format, udm) : null;
}

/** Reads a value cell; a text with a bare number and UdM `%` is percentage points, as in the editor. */
export function readValue(cell: SheetCell | null, udm: string): ParseResult<Value> {
  if (!cell) return ok({ kind: 'missing', mark: '' });
  switch (cell.kind) {
    case 'text':
      return parseValue(cell.text, { udm });
    case 'date':
      return ok({ kind: 'date', value: cell.iso });
    case 'bool':
      return ok({ kind: 'bool', value: cell.value });
    case 'error':
      return fail(`la cella contiene un errore di calcolo (${cell.text})`);
    case 'number':
      return ok(numberValue(cell.value, cell.format, udm));
    case 'unreadable':
      return fail(unreadableMessage(cell));
  }
}

function numberValue(value: number, format: string, udm: string): Value {
  const decimals = formatDecimals(format);
  // a percentage keeps the decimals it was typed with when the cell shows fewer (33,5% in a «0%» cell is not 34%)
  if (isPercentFormat(format)) return { kind: 'percent', value, decimals: Math.max(decimals ?? 0, naturalDecimals(value) - 2) };
  if (decimals === null && normaliseUnit(udm) === '%') {
    return { kind: 'percent', value: Number((value / 100).toPrecision(12)), decimals: naturalDecimals(value) };
  }
  return { kind: 'number', value, decimals: decimals ?? naturalDecimals(value) };
}

/** A target cell: operator merged in the text (`>= 65.281`) or not; numeric and date cells carry no operator. */
export function readTarget(cell: SheetCell | null, udm: string, place: CellPlace): ParseResult<CellReading & { operator: Operator | null }> {
  if (cell?.kind === 'text') return targetText(cell.text, udm);
  // readValueCell for a cell that is not text, without its intermediate reading: every target cell of an import passes here.
  if (cell?.kind === 'number' && formatOf(cell.format).unformatted) {
    const ambiguity = ambiguityOf(cell.value, udm, place);
    return ok({ value: readingValue(ambiguity, ambiguity.bySize), ambiguity, operator: null });
  }
  const value = readValue(cell, udm);
  return value.ok ? ok({ value: value.value, ambiguity: null, operator: null }) : value;
}

/** Target texts already read, by UdM: «n.d.», «>= 80%» and their like repeat on thousands of rows (values are never changed once read). */
const targetTexts = new Map<string, Map<string, ParseResult<CellReading & { operator: Operator | null }>>>();

function targetText(text: string, udm: string): ParseResult<CellReading & { operator: Operator | null }> {
  let known = targetTexts.get(udm);
  if (known === undefined) {
    if (targetTexts.size >= 1000) targetTexts.clear();
    targetTexts.set(udm, (known = new Map()));
  }
  let read = known.get(text);
  if (read === undefined) {
    const parsed = parseTargetCell(text, { udm });
    read = parsed.ok ? ok({ operator: parsed.value.operator, value: parsed.value.value, ambiguity: null }) : parsed;
    if (known.size >= 10_000) known.clear();
    known.set(text, read);
  }
  return read;
}

/**
 * An indicator weight: a percentage cell is the fraction itself; text is percentage points; a plain number is a
 * fraction up to 1 (`0.2` = 20%, as a formula `=1/5` gives it) and percentage points above (`20` = 20%).
 */
export function readWeight(cell: SheetCell): ParseResult<number> {
  if (cell.kind === 'unreadable') return fail(unreadableMessage(cell));
  if (cell.kind === 'number') {
    if (cell.value < 0) return fail('il peso non può essere negativo');
    if (isPercentFormat(cell.format) || cell.value <= 1) return ok(cell.value);
    return ok(Number((cell.value / 100).toPrecision(12)));
  }
  if (cell.kind === 'text') return parseWeight(cell.text);
  return fail('il peso deve essere una percentuale (es. 20,0%)');
}

/**
 * A fraction written as a percentage (manual performance, cap): `57%`, a percentage cell, a number of points; a
 * number without a format is open (`1,2` is 120% by its size, `57` is 57%) and decided later with evidence.
 */
export function readFractionCell(cell: SheetCell, place: CellPlace): ParseResult<{ value: number; ambiguity: Ambiguity | null }> {
  if (cell.kind === 'number' && isUnformatted(cell.format)) {
    const ambiguity = percentAmbiguity(cell.value, place);
    return ok({ value: numberOf(readingValue(ambiguity, ambiguity.bySize)), ambiguity });
  }
  const value = readFraction(cell);
  return value.ok ? ok({ value: value.value, ambiguity: null }) : value;
}

/** The number of a count or percentage reading. */
export function numberOf(value: Value): number {
  return value.kind === 'number' || value.kind === 'percent' ? value.value : Number.NaN;
}

/** A fraction written as a percentage: `57%`, a percentage cell, or a number of points. */
export function readFraction(cell: SheetCell): ParseResult<number> {
  if (cell.kind === 'unreadable') return fail(unreadableMessage(cell));
  if (cell.kind === 'number') return ok(isPercentFormat(cell.format) ? cell.value : Number((cell.value / 100).toPrecision(12)));
  if (cell.kind === 'text') {
    const parsed = parseValue(cell.text.trim().endsWith('%') ? cell.text : `${cell.text}%`);
    if (parsed.ok && parsed.value.kind === 'percent') return ok(parsed.value.value);
  }
  return fail('scrivere una percentuale (es. 57%)');
}
