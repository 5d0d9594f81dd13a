/**
 * The result of parsing user text: a value, or an Italian message saying what was not understood.
 * Why: editor fields and workbook imports share the parsers and must report errors without throwing.
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

export function ok<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function fail<T>(error: string): ParseResult<T> {
  return { ok: false, error };
}

/**
 * Quotes user text in a message, shortened so that a hostile or huge cell cannot flood the report; a blank text is
 * "(vuoto)" (parsers say "… mancante" before quoting, this is the safety net).
 */
export function quote(text: string): string {
  if (text.trim() === '') return '(vuoto)';
  const shown = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return `"${shown}"`;
}
