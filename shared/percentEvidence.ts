/**
 * ONE rule for a bare number (no `%` sign, no cell format) under a `%` indicator, shared by typing, pasting and the
 * Excel import: `0,85` may be 85% (a spreadsheet fraction) or 0,85% (points), `3` may be 3% or 300%. The plan's own
 * value of the same field decides when it matches one reading; otherwise a number ≤ 1 (read as a fraction: 85%) or
 * a whole number (read as points: 85 = 85%) is a reading to CONFIRM, never stored silently; any other number
 * (46,56) can only be points. Why: the paste stored 0,85% while the import read 85%; the two paths disagreed.
 */
import type { Value } from './model';
import { formatValue, normaliseUnit, parseValue } from './values';

export type PercentReadingId = 'frazione' | 'punti';

export interface PercentReading {
  id: PercentReadingId;
  value: Value;
}

const MAX_DECIMALS = 6;
const EPSILON = 1e-9;

/** Decimals a number shows by itself (`5.25` → 2). */
export function naturalDecimals(n: number): number {
  if (Number.isInteger(n)) return 0; // most cells of an import: no need to write the number out
  // At most 12 digits in 13 characters (a dot, no exponent): String(n) already is the 12-digit rounding written out,
  // so the toPrecision round trip (twice the cost, on every decimal cell of an import) is only for longer numbers.
  const shortest = String(n);
  const written = shortest.length <= 13 && !shortest.includes('e') ? shortest : String(Number(n.toPrecision(12)));
  const dot = written.indexOf('.');
  return dot < 0 || written.includes('e') ? 0 : Math.min(MAX_DECIMALS, written.length - dot - 1);
}

/** `0.8` as a fraction (80%) and as points (0,8%), in this order. */
export function percentReadings(n: number): PercentReading[] {
  return [
    { id: 'frazione', value: { kind: 'percent', value: n, decimals: Math.max(0, naturalDecimals(n) - 2) } },
    { id: 'punti', value: { kind: 'percent', value: Number((n / 100).toPrecision(12)), decimals: naturalDecimals(n) } },
  ];
}

/** What points at a reading: the plan's value of the same field, the other numbers of the same column. */
export interface PercentEvidence {
  stored?: Value;
  column?: PercentReadingId;
}

export interface PercentJudgement {
  suggested: PercentReadingId;
  /** True when the reading must be confirmed before it is stored. */
  confirm: boolean;
  /** What decided: the plan's value, the column, the number's size. */
  by: 'piano' | 'colonna' | 'grandezza';
}

const samePercent = (a: Value, b: Value | undefined) => b?.kind === 'percent' && a.kind === 'percent' && Math.abs(a.value - b.value) <= EPSILON * Math.max(1, Math.abs(a.value));

/** The rule itself: which reading a bare number `n` under a `%` indicator takes, and whether it must be confirmed. */
export function judgeBarePercent(n: number, evidence: PercentEvidence = {}): PercentJudgement {
  if (n === 0) return { suggested: 'punti', confirm: false, by: 'grandezza' }; // 0% either way
  const matching = percentReadings(n).find((reading) => samePercent(reading.value, evidence.stored));
  if (matching) return { suggested: matching.id, confirm: false, by: 'piano' };
  if (evidence.column) return { suggested: evidence.column, confirm: true, by: 'colonna' };
  const small = Math.abs(n) <= 1;
  return { suggested: small ? 'frazione' : 'punti', confirm: small || Number.isInteger(n), by: 'grandezza' };
}

export function readingOf(n: number, id: PercentReadingId): Value {
  return (percentReadings(n).find((r) => r.id === id) ?? percentReadings(n)[0]!).value;
}

/** The number of a text that is a bare number (`0,85`, `85`, `1.234`) under UdM `%`; null for anything else (`85%`, `n.d.`). */
export function barePercentNumber(text: string, udm: string): number | null {
  if (normaliseUnit(udm) !== '%' || /[%€]/.test(text)) return null;
  const parsed = parseValue(text);
  return parsed.ok && parsed.value.kind === 'number' ? parsed.value.value : null;
}

export interface PercentQuestion {
  /** The reading proposed (`85%`) and the other one (`0,85%`). */
  proposal: Value;
  alternative: Value;
  /** Italian: what was written, both readings, and how to confirm. */
  message: string;
}

/**
 * The question a typed or pasted bare number under a `%` indicator raises, or null when it needs none (not a bare
 * number, not under `%`, or a number that can only be points).
 */
export function barePercentQuestion(text: string, udm: string): PercentQuestion | null {
  const n = barePercentNumber(text, udm);
  if (n === null) return null;
  const judgement = judgeBarePercent(n);
  if (!judgement.confirm) return null;
  const proposal = readingOf(n, judgement.suggested);
  const alternative = readingOf(n, judgement.suggested === 'frazione' ? 'punti' : 'frazione');
  return {
    proposal,
    alternative,
    message: `«${text.trim()}» sotto un indicatore in %: si intende ${formatValue(proposal)} oppure ${formatValue(alternative)}? Scrivere il valore con il segno %`,
  };
}
