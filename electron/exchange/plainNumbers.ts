/**
 * `parseInt(text, 10)` and `parseFloat(text)` of the value texts of a worksheet, computed in a loop for the usual
 * text (plain digits, one point) and handed to the runtime's parsers otherwise. Why: SheetJS reads every value
 * with them, and so must the own reader and the budget; their calls into the runtime were a large part of reading
 * a sheet (issue 21). test/exchange/valueTexts.test.ts compares both with the parsers on random texts.
 */

/** `parseInt(text, 10)`, computed for the usual text (1 to 9 digits, nothing else) without the runtime's parser. */
export function decimalInt(text: string): number {
  const n = text.length;
  if (n === 0 || n > 9) return parseInt(text, 10);
  let value = 0;
  for (let i = 0; i < n; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return parseInt(text, 10);
    value = 10 * value + digit;
  }
  return value;
}

const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * `parseFloat(text)`, computed for the usual text (digits with at most one point between them, 15 digits at most)
 * without the runtime's parser: the digits as a whole number divided by a power of ten are then both exact, and
 * the division rounds to the double nearest the decimal, which is what parseFloat gives. Anything else is parsed.
 */
export function decimalNumber(text: string): number {
  const n = text.length;
  if (n === 0 || n > 16) return parseFloat(text);
  let mantissa = 0;
  let point = -1;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2e /* . */ && point < 0 && i > 0 && i < n - 1) {
      point = i;
      continue;
    }
    const digit = code - 48;
    if (digit < 0 || digit > 9) return parseFloat(text);
    mantissa = 10 * mantissa + digit;
  }
  if (point < 0) return n > 15 ? parseFloat(text) : mantissa;
  return mantissa / POWERS_OF_TEN[n - 1 - point]!;
}
