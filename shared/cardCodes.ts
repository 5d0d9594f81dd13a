/**
 * Codes of new objective cards: the line a new card starts in, the next free `LL_LL_OSnn` of that line, and the
 * check of a code typed in the new-card dialog. Why: the office numbers objectives within an ambito line, and a
 * duplicate or empty code must be refused before anything is written to the file.
 */
import type { Ambito } from './model';

const LINE_CODE = /^\d{2}_\d{2}$/;
/** `01_01_OS01`: the ambito line, `OS`, a two-digit number. */
export const CARD_CODE_FORMAT = /^(\d{2}_\d{2})_OS\d{2}$/;

/** A code that does not have the office's shape, or does not begin with its card's line (a warning: the seed has such codes). */
export interface CodeShapeProblem {
  kind: 'code-format' | 'code-ambito-mismatch';
  message: string;
}

/**
 * Why `code` does not follow the office's numbering for a card of `line` (null when it does, or when no line is
 * chosen yet). One rule for the card's validation and for the new-card dialog, which says it before creating.
 */
export function codeShapeProblem(code: string, line: string): CodeShapeProblem | null {
  const written = code.trim();
  const format = CARD_CODE_FORMAT.exec(written);
  if (!format) return { kind: 'code-format', message: `Il codice "${written}" non ha la forma linea_OSnumero (es. 01_01_OS01).` };
  const wanted = line.trim();
  if (wanted === '' || format[1] === wanted) return null;
  return {
    kind: 'code-ambito-mismatch',
    message: `Il codice "${written}" non corrisponde alla linea strategica ${wanted}: correggere il codice (${wanted}_OS..) oppure la linea.`,
  };
}

/** Codes are compared trimmed and case-insensitively: `01_01_os01` is the same objective as `01_01_OS01`. */
export function codeKey(code: string): string {
  return code.trim().toUpperCase();
}

/**
 * The code after the highest `<line>_OSnn` in use (never a gap: a missing number may belong to a deleted or
 * misfiled objective, and reusing it would mix two objectives in the office's history). '' for no line.
 */
export function nextFreeCardCode(line: string, codes: readonly string[]): string {
  const trimmed = line.trim();
  if (!LINE_CODE.test(trimmed)) return '';
  const prefix = `${trimmed}_OS`;
  let highest = 0;
  for (const code of codes) {
    const key = codeKey(code);
    const number = key.startsWith(prefix) ? key.slice(prefix.length) : '';
    if (/^\d+$/.test(number)) highest = Math.max(highest, Number(number));
  }
  return `${prefix}${String(highest + 1).padStart(2, '0')}`;
}

/** Why a code cannot be given to a new card (Italian, for the dialog), or null when it can. */
export function newCardCodeProblem(code: string, codes: readonly string[]): string | null {
  const key = codeKey(code);
  if (key === '') return 'Il codice è vuoto: scrivere un codice come 01_01_OS01.';
  const twin = codes.find((other) => codeKey(other) === key);
  if (twin !== undefined) return `Il codice «${twin.trim()}» è già usato da un’altra scheda di questo piano: sceglierne un altro.`;
  return null;
}

/**
 * The line a new card starts in, from the list's ambito filter: the filtered line itself, or the only line of
 * the filtered ambito; '' when the filter leaves the choice open (no filter, an ambito with several lines).
 */
export function lineFromAmbitoFilter(filter: string, ambiti: readonly Ambito[]): string {
  const wanted = filter.trim();
  if (wanted === '') return '';
  for (const ambito of ambiti) {
    if (ambito.lines.some((l) => l.code === wanted)) return wanted;
    if (ambito.code === wanted) return ambito.lines.length === 1 ? (ambito.lines[0]?.code ?? '') : '';
  }
  return '';
}
