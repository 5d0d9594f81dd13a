/**
 * Italian number grammar (`64.488` thousands dot, `5,0` decimal comma) and its formatter.
 * Why: values are typed and imported as Italian text; grouping is implemented here instead of relying on
 * Intl locale data, so Node and Chromium format identically.
 */
import { fail, ok, quote, type ParseResult } from './parseResult';

/** Largest magnitude accepted anywhere in a plan (well inside the exact range of doubles). */
export const MAX_ABS_NUMBER = 1e15;

/** Smaller than this (and not 0) no value of the plan can show a number: it would be read as 0. */
export const SMALLEST_NUMBER = 1e-10;

/** Most digits after the decimal comma a value keeps (the schema's `decimals`): past them a number would show as 0. */
export const MAX_DECIMALS = 10;

export interface ParsedNumber {
  value: number;
  /** Digits written after the decimal comma: `5,0` → 1. */
  decimals: number;
}

const PLAIN_DIGITS = /^\d+$/;
const GROUPED_DIGITS = /^\d{1,3}(\.\d{3})+$/;
const DOT_DECIMAL = /^\d+\.\d+$/;
const SIGN = /^[-+\u2212]/;
const INNER_SPACE = /[\s\u00a0\u202f]/;

/**
 * Parses `1.234,56`, `-5`, `0,00`, `11.205.947`. A dot is only a thousands separator (`1.234` = 1234);
 * `8.3` is refused with a hint to write `8,3`, never guessed. A space inside the number (`2 5 7`, `1 234`) is
 * refused too: it is usually a column pasted into one cell, never a thousands separator in Italian.
 * `powerOfTen` shifts the result exactly (`-2` turns the percentage points of `2,68` into the fraction 0.0268
 * without binary noise).
 */
export function parseItalianNumber(text: string, powerOfTen = 0): ParseResult<ParsedNumber> {
  const written = text.trim();
  if (written === '') return fail('numero mancante: scrivere un numero (es. 1.234,5)');
  if (INNER_SPACE.test(written)) {
    return fail(`${quote(written)} non è un numero valido: contiene spazi (più valori nella stessa cella?)`);
  }
  let body = written;
  let negative = false;
  if (SIGN.test(body)) {
    negative = body[0] !== '+';
    body = body.slice(1);
  }
  const parts = body.split(',');
  const [intPart = '', fracPart] = parts;
  if (parts.length > 2 || (fracPart !== undefined && !PLAIN_DIGITS.test(fracPart))) {
    return fail(`${quote(written)} non è un numero valido`);
  }
  if (fracPart === undefined && DOT_DECIMAL.test(intPart) && !GROUPED_DIGITS.test(intPart)) {
    return fail(`${quote(written)} non è un numero valido: per i decimali usare la virgola (${intPart.replace('.', ',')})`);
  }
  const integerDigits = intPart === '' && fracPart !== undefined ? '0' : intPart;
  if (!PLAIN_DIGITS.test(integerDigits) && !GROUPED_DIGITS.test(integerDigits)) {
    return fail(`${quote(written)} non è un numero valido`);
  }
  const decimals = fracPart?.length ?? 0;
  if (decimals > MAX_DECIMALS) return fail(`${quote(written)} ha troppi decimali: al massimo ${MAX_DECIMALS}`);
  const digits = integerDigits.replace(/\./g, '') + (fracPart ?? '');
  const magnitude = Number(`${digits}e${powerOfTen - decimals}`);
  if (!Number.isFinite(magnitude) || magnitude > MAX_ABS_NUMBER) {
    return fail(`${quote(written)} è un numero troppo grande`);
  }
  // A signed zero is read or refused, never turned into 0 without a word (issue 22, point 4).
  if (negative && magnitude === 0) return fail(`${quote(written)} non è un numero valido: lo zero non ha segno, scrivere 0`);
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  return ok({ value, decimals });
}

/**
 * `formatNumber(64488, 0)` → `64.488`; `formatNumber(-0.5, 2)` → `-0,50`; rounds half away from zero. Never throws:
 * a double too large to scale by its decimals is an integer and prints exactly (`1e308` with 2 decimals), and
 * what is not a number reads in Italian (issue 19: `BigInt(Infinity)` reached the user as an English error).
 */
export function formatNumber(n: number, decimals: number): string {
  if (Number.isNaN(n)) return 'non numerico';
  if (!Number.isFinite(n)) return n < 0 ? '-infinito' : 'infinito';
  const places = Number.isFinite(decimals) ? Math.max(0, Math.min(20, Math.trunc(decimals))) : 0;
  // From 2^53 on every double is a whole number: its own digits, then the zeros of the decimals (scaling it
  // could overflow to Infinity).
  const whole = Math.abs(n) >= 2 ** 53;
  const scaled = whole ? Math.abs(n) : roundClean(Math.abs(n) * 10 ** places);
  const digits = whole ? BigInt(scaled).toString() + '0'.repeat(places) : BigInt(scaled).toString().padStart(places + 1, '0');
  const integerDigits = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places);
  const grouped = integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = n < 0 && scaled !== 0 ? '-' : '';
  return sign + grouped + (places > 0 ? `,${fraction}` : '');
}

/**
 * Rounds to an integer after dropping binary noise (`1.005 * 100` = 100.49999… counts as 100.5). Noise can only
 * matter within a hair of a half: elsewhere `Math.round` alone gives the same integer without the string round trip
 * (this runs for every indicator of the plan each time the list is scored).
 */
export function roundClean(x: number): number {
  const fraction = x - Math.floor(x);
  if (Math.abs(x) < 1e15 && Math.abs(fraction - 0.5) > 1e-6) return Math.round(x);
  return Math.round(Number(x.toPrecision(15)));
}
