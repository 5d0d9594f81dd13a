/**
 * Whether the number a spreadsheet cell stores can be read at all (issue 22, point 4): what a file holds for a
 * numeric cell is a text (`<v>` in xlsx, `office:value` in ods) that SheetJS turns into a number with parseFloat,
 * so `0x10` became 0, `1e309` Infinity, an empty value NaN (then dropped, clearing the stored value). Here the text
 * itself is judged, with the plan's limits; a cell that fails is an `unreadable` cell, refused by every reader
 * (an error naming sheet, row and column), or a reading to confirm when what the cell shows can stand for it.
 * Why here, pure: the worker marks the cells and the mapping words the refusal, with one grammar.
 * The meaning of a readable number (a percentage, a date) is decided elsewhere (unformattedEvidence.ts).
 */
import { MAX_ABS_NUMBER, SMALLEST_NUMBER, formatNumber } from '../italianNumbers';
import type { Value } from '../model';
import { parseValue } from '../values';
import type { SheetCell } from './sheetTypes';

/** `vuoto`: no number at all; `meno-zero`: a signed zero (read as 0 once confirmed). */
export type NumberProblem = 'vuoto' | 'non-numero' | 'fuori-intervallo' | 'troppo-piccolo' | 'meno-zero';

/** Digits, an optional point and an optional exponent: what Excel and LibreOffice write (XML Schema's `double` minus INF/NaN). */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Null when `text` is a number a plan can hold; else what is wrong with it. */
export function numberTextProblem(text: string): NumberProblem | null {
  const written = text.trim();
  if (written === '') return 'vuoto';
  if (!DECIMAL.test(written)) return 'non-numero';
  const value = Number(written);
  if (!Number.isFinite(value) || Math.abs(value) > MAX_ABS_NUMBER) return 'fuori-intervallo';
  if (value !== 0 && Math.abs(value) < SMALLEST_NUMBER) return 'troppo-piccolo';
  return Object.is(value, -0) ? 'meno-zero' : null;
}

export type UnreadableCell = Extract<SheetCell, { kind: 'unreadable' }>;

const quoted = (text: string) => `«${text.length > 40 ? `${text.slice(0, 39)}…` : text}»`;

/** Why the cell cannot be read, in Italian, with what to do (the place is added by the caller). */
export function unreadableMessage(cell: UnreadableCell): string {
  const problem = numberTextProblem(cell.written) ?? 'non-numero';
  const resave = 'riscrivere il valore in Excel o LibreOffice e salvare di nuovo il file';
  switch (problem) {
    case 'vuoto':
      return cell.shown === ''
        ? `la cella è numerica ma non contiene alcun numero: ${resave}.`
        : `la cella mostra ${quoted(cell.shown)} ma il numero che contiene è vuoto (il file è stato scritto da un programma che non l’ha salvato): ${resave}.`;
    case 'non-numero':
      return `${quoted(cell.written)} non è un numero scritto come lo scrivono Excel e LibreOffice (il file è stato modificato da un altro programma): ${resave}.`;
    case 'fuori-intervallo':
      return `il numero ${quoted(cell.written)} è fuori dall’intervallo ammesso (al massimo ${formatNumber(MAX_ABS_NUMBER, 0)} in valore assoluto): ${resave}.`;
    case 'troppo-piccolo':
      return `il numero ${quoted(cell.written)} è troppo piccolo per un valore del piano (sotto 0,0000000001 sarebbe letto come 0): scrivere 0 oppure il valore con al massimo 10 decimali.`;
    case 'meno-zero':
      return `la cella contiene ${quoted(cell.written)}, uno zero con il segno meno: scrivere 0.`;
  }
}

/**
 * What an unreadable cell can be read as once the user confirms: a signed zero as 0, an empty number that shows a
 * number as the number shown; null when nothing can stand for it (then it is an error).
 */
export function proposedReading(cell: UnreadableCell, udm: string): Value | null {
  const problem = numberTextProblem(cell.written);
  if (problem === 'meno-zero') return { kind: 'number', value: 0, decimals: 0 };
  if (problem !== 'vuoto' || cell.shown === '') return null;
  const shown = parseValue(cell.shown, { udm });
  return shown.ok && (shown.value.kind === 'number' || shown.value.kind === 'percent') ? shown.value : null;
}
