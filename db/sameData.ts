/**
 * `isDeepStrictEqual` for the plain data of a plan (objects and arrays of strings, numbers, booleans, null), walked
 * directly; anything else (a Date, a class instance, symbol keys, an array with holes or extra keys) is handed to
 * `isDeepStrictEqual` itself, so the answer is always the same as its answer.
 * Why: comparing an imported plan with the stored one card by card took node:util's general walk ~0,1 s at ×100,
 * twice per import (planDelta.ts).
 */
import { isDeepStrictEqual } from 'node:util';

function isPlainObject(x: object): boolean {
  const proto = Object.getPrototypeOf(x);
  return (proto === Object.prototype || proto === null) && Object.getOwnPropertySymbols(x).length === 0;
}

/** With every index present, as many keys as the length means no other key. */
function isPlainArray(x: unknown[]): boolean {
  return Object.getPrototypeOf(x) === Array.prototype && Object.keys(x).length === x.length && Object.getOwnPropertySymbols(x).length === 0;
}

export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (!isPlainArray(a) || !isPlainArray(b)) return isDeepStrictEqual(a, b);
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (!(i in a) || !(i in b)) return isDeepStrictEqual(a, b); // a hole
      if (!sameData(a[i], b[i])) return false;
    }
    return true;
  }
  if (Array.isArray(a) || Array.isArray(b) || !isPlainObject(a) || !isPlainObject(b)) return isDeepStrictEqual(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key) || !sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
