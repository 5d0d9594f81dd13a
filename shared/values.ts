/**
 * Typed values as the office writes them (domain.md §2): parsing Italian text into `Value` and back.
 * Why: the editor and the workbook import accept exactly the same forms and report the same Italian errors.
 * Rule for bare numbers: with UdM `%` (and for weights) they are percentage points (`50` → 50%).
 */
import { formatDate, isValidIsoDate, looksLikeDate, parseDate } from './dates';
import { formatNumber, parseItalianNumber, roundClean } from './italianNumbers';
import type { MissingMark, Operator, Resources, Value } from './model';
import { fail, ok, quote, type ParseResult } from './parseResult';

export type { ParseResult } from './parseResult';
export { formatDate, isValidIsoDate, parseDate, formatNumber };

export interface ParseValueOptions {
  /** The indicator's UdM: with `%` a bare number is read as percentage points. */
  udm?: string;
}

export interface TargetCell {
  operator: Operator | null;
  value: Value;
}

const MISSING_FORMS: Record<string, MissingMark> = { 'n.d.': 'n.d.', 'n.d': 'n.d.', nd: 'n.d.', 'n/d': 'n.d.' };
/** `--` as the office writes it, and the en/em dash Word's autocorrect makes of it; a lone `-` is refused. */
const DASHES = /^(-{2,3}|\u2013|\u2014)$/;
const LONE_HYPHEN_ERROR = '"-" non è un valore: scrivere n.d. se il dato non è disponibile oppure -- se non è previsto';
const YES = /^s[iìí]$/i;
const NO = /^no$/i;
const NUMBER_LIKE = /^[-+\u2212]?[\d.,\s]*\d[\d.,\s]*$/;
const EURO_SIGN = /^(€|eur|euro)\s*|\s*(€|eur|euro)$/gi;
const OPERATOR_PREFIX = /^(>=|<=|=>|=<|==|≥|≤|=|>|<)\s*/;
const OPERATOR_FORMS: Record<string, Operator> = {
  '>=': '>=',
  '=>': '>=',
  '≥': '>=',
  '<=': '<=',
  '=<': '<=',
  '≤': '<=',
  '=': '=',
  '==': '=',
};
const VALUE_HINT = 'scrivere un numero (1.234,5), una percentuale (12,5%), una data (31/12/2024), sì/no oppure n.d.';

/**
 * Parses `64.488`, `5,0`, `2,68%`, `439.846,96 €`, `31/12/2024`, `sì`, `no`, `n.d.`, `--`, empty.
 * A lone `-` is refused: `n.d.` (not available) and `--` (not foreseen) are distinct marks and it is neither.
 */
export function parseValue(text: string, options: ParseValueOptions = {}): ParseResult<Value> {
  const written = normalise(text);
  if (written === '-') return fail(LONE_HYPHEN_ERROR);
  const mark = missingMark(written);
  if (mark !== null) return ok({ kind: 'missing', mark });
  if (YES.test(written)) return ok({ kind: 'bool', value: true });
  if (NO.test(written)) return ok({ kind: 'bool', value: false });
  if (looksLikeDate(written)) {
    const date = parseDate(written);
    return date.ok ? ok({ kind: 'date', value: date.value }) : date;
  }
  if (written.endsWith('%')) {
    const points = parseItalianNumber(written.slice(0, -1), -2);
    if (!points.ok) return fail(`${quote(written)} non è una percentuale valida`);
    return ok({ kind: 'percent', value: points.value.value, decimals: points.value.decimals });
  }
  const amount = written.replace(EURO_SIGN, '');
  if (!NUMBER_LIKE.test(amount)) return fail(`${quote(written)} non è un valore valido: ${VALUE_HINT}`);
  const asPercent = normaliseUnit(options.udm ?? '') === '%';
  const parsed = parseItalianNumber(amount, asPercent && amount === written ? -2 : 0);
  if (!parsed.ok) return parsed;
  const { value, decimals } = parsed.value;
  return ok(asPercent && amount === written ? { kind: 'percent', value, decimals } : { kind: 'number', value, decimals });
}

/** Parses a target cell with the operator merged (`>= 65.281`, `<= 31/12/2024`, `= sì`) or absent (`4`). */
export function parseTargetCell(text: string, options: ParseValueOptions = {}): ParseResult<TargetCell> {
  const written = normalise(text);
  const prefix = OPERATOR_PREFIX.exec(written);
  if (!prefix) {
    const value = parseValue(written, options);
    return value.ok ? ok({ operator: null, value: value.value }) : value;
  }
  const operator = parseOperator(prefix[1] ?? '');
  if (!operator.ok) return operator;
  const value = parseValue(written.slice(prefix[0].length), options);
  return value.ok ? ok({ operator: operator.value, value: value.value }) : value;
}

/** `>=`, `=>`, `≥` → `>=`; `<=`, `=<`, `≤` → `<=`; `=` → `=`. Strict `>`/`<` are refused. */
export function parseOperator(text: string): ParseResult<Operator> {
  const written = normalise(text);
  const operator = OPERATOR_FORMS[written.replace(/\s+/g, '')];
  if (operator) return ok(operator);
  if (written === '') return fail('operatore mancante: usare >=, <= oppure =');
  return fail(`${quote(written)} non è un operatore valido: usare >=, <= oppure =`);
}

/** `439.846,96 €`, `€ 9.100,00`, `10.000` → euros. */
export function parseEuro(text: string): ParseResult<number> {
  const written = normalise(text);
  if (written === '') return fail('importo mancante: scrivere ad esempio 10.000,00 €');
  const parsed = parseItalianNumber(written.replace(EURO_SIGN, ''));
  if (!parsed.ok) return fail(`${quote(written)} non è un importo valido: scrivere ad esempio 10.000,00 €`);
  return ok(parsed.value.value);
}

/** `risorse interne` or an amount in euros (the card's "Risorse economiche"). */
export function parseResources(text: string): ParseResult<Resources> {
  const written = normalise(text);
  if (/^risorse\s+interne$/i.test(written)) return ok({ kind: 'internal' });
  if (written === '') return fail('risorse economiche mancanti: scrivere un importo (es. 10.000,00 €) oppure "risorse interne"');
  const euros = parseEuro(written);
  return euros.ok ? ok({ kind: 'amount', euros: euros.value }) : euros;
}

/**
 * A published weight as a fraction: `20,0%` → 0.2. A bare number is read as percentage points like the
 * published column (`8,3` → 0.083, `20` → 0.2), so a card never mixes scales. Missing or negative is refused.
 */
export function parseWeight(text: string): ParseResult<number> {
  const written = normalise(text);
  if (missingMark(written) !== null) return fail('peso mancante: scrivere una percentuale (es. 20,0%)');
  const parsed = parseItalianNumber(written.endsWith('%') ? written.slice(0, -1) : written, -2);
  if (!parsed.ok) return fail(`${quote(written)} non è un peso valido: scrivere una percentuale (es. 20,0%)`);
  if (parsed.value.value < 0) return fail(`${quote(written)}: il peso non può essere negativo`);
  return ok(parsed.value.value);
}

/** Prints a value as it was written: `64.488`, `46,56%`, `31/01/2024`, `sì`, `n.d.`. */
export function formatValue(value: Value): string {
  switch (value.kind) {
    case 'number':
      return formatNumber(value.value, value.decimals);
    case 'percent':
      return formatPercent(value.value, value.decimals);
    case 'date':
      return formatDate(value.value);
    case 'bool':
      return value.value ? 'sì' : 'no';
    case 'missing':
      return value.mark;
  }
}

/** `formatPercent(0.4656, 2)` → `46,56%`. */
export function formatPercent(fraction: number, decimals: number): string {
  return `${formatNumber(fraction * 100, decimals)}%`;
}

/** `formatEuro(439846.96)` → `439.846,96 €`. */
export function formatEuro(euros: number): string {
  return `${formatNumber(euros, 2)} €`;
}

export function formatResources(resources: Resources): string {
  return resources.kind === 'internal' ? 'risorse interne' : formatEuro(resources.euros);
}

/** A performance fraction as a whole percentage (`0.5397` → `54%`), `n.d.` when not available. */
export function formatPerformance(performance: number | null): string {
  return performance === null ? 'n.d.' : `${formatNumber(roundPercent(performance), 0)}%`;
}

/** A fraction as the whole percentage shown to users (0.545 → 55). */
export function roundPercent(fraction: number): number {
  return roundClean(fraction * 100);
}

/** The number behind a count or a percentage (0.4656 for 46,56%); `null` for dates, yes/no and missing. */
export function numericValue(value: Value): number | null {
  return value.kind === 'number' || value.kind === 'percent' ? value.value : null;
}

/** The UdM as compared by the rules: trimmed, lower case (`Data ` → `data`). */
export function normaliseUnit(udm: string): string {
  return udm.trim().toLowerCase();
}

function missingMark(written: string): MissingMark | null {
  if (written === '') return '';
  if (DASHES.test(written)) return '--';
  return MISSING_FORMS[written.toLowerCase()] ?? null;
}

function normalise(text: string): string {
  return text.normalize('NFC').replace(/[\u00a0\u202f]/g, ' ').trim();
}
