/**
 * Header text as compared by the import: case, accents, spacing and punctuation ignored, plus the dates and
 * years that column titles carry ("Valore al 30/06/2024", "Target 2025", "2024").
 * Why: colleagues rename and retype headers; the import finds columns by meaning, never by position.
 */
import { parseDate } from '../dates';
import type { IsoDate } from '../model';
import type { SheetCell } from './sheetTypes';

const DATE_IN_TEXT = /(\d{1,2})[./-](\d{1,2})[./-](\d{4})/;
const YEAR_IN_TEXT = /(?:^|\D)((?:19|20|21)\d{2})(?:\D|$)/;

/** Normalised texts already seen: a large workbook asks for the same few thousand texts hundreds of thousands of times. */
const normalized = new Map<string, string>();
const REMEMBERED = 100_000;

/** `"Unità di misura:"` → `unita di misura`; `"Peso  indicatori*"` → `peso indicatori`. */
export function normalizeHeader(text: string): string {
  let result = normalized.get(text);
  if (result === undefined) {
    result = text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (normalized.size >= REMEMBERED) normalized.clear();
    normalized.set(text, result);
  }
  return result;
}

/** The visible text of a header cell (a date cell reads `30/06/2024`, a number `2024`). */
export function cellText(cell: SheetCell | null | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'text':
      return cell.text.trim();
    case 'number':
      return String(cell.value);
    case 'date': {
      const [y, m, d] = cell.iso.split('-');
      return `${d}/${m}/${y}`;
    }
    case 'bool':
      return cell.value ? 'sì' : 'no';
    case 'error':
      return cell.text;
    case 'unreadable':
      // What the cell shows, for a text field; every numeric reader refuses the cell before reading its text.
      return (cell.shown || cell.written).trim();
  }
}

/** The calendar date written in a header, if any (`Valore al 30.06.2024` → `2024-06-30`). */
export function dateInHeader(text: string): IsoDate | null {
  const match = DATE_IN_TEXT.exec(text);
  if (!match) return null;
  const parsed = parseDate(match[0].replace(/[.-]/g, '/'));
  return parsed.ok ? parsed.value : null;
}

/** The four-digit year written in a header without a full date (`Target 2025` → 2025). */
export function yearInHeader(text: string): number | null {
  if (DATE_IN_TEXT.test(text)) return null;
  const match = YEAR_IN_TEXT.exec(text);
  return match ? Number(match[1]) : null;
}

/** The header with its date (`{data}`) or, when it has no date, its year (`{anno}`) replaced: `Actual 30/06/2024` → `Actual {data}`. */
export function withDatePlaceholder(text: string, placeholder: string): string {
  return text.replace(DATE_IN_TEXT, placeholder);
}

export function withYearPlaceholder(text: string, placeholder: string): string {
  return DATE_IN_TEXT.test(text) ? text : text.replace(/(?<!\d)(?:19|20|21)\d{2}(?!\d)/, placeholder);
}

/** The header with its date or year removed, normalised: `Valore al 30/06/2024` → `valore al`. */
export function headerWords(text: string): string {
  return normalizeHeader(text.replace(DATE_IN_TEXT, ' ').replace(/(?:19|20|21)\d{2}/g, ' '));
}
