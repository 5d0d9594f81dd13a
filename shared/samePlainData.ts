/**
 * Deep equality of plain data (objects and arrays of strings, numbers, booleans, null), with the answers of node's
 * `isDeepStrictEqual` (0 and -0 differ, NaN equals NaN, a key holding undefined differs from no key); `undefined` when
 * either side holds something else (a Date, a Map, a class instance, symbol keys, an array with holes or extra keys).
 * With `symbolKeys` false, keys that are symbols are ignored instead (what a schema reading string keys sees).
 * Why: comparing an imported plan with the stored one is a walk over ~100.000 values at ×100; node:util's general
 * walk took ~0,1 s of it, and shared code (documentIssues.ts) cannot use node:util at all.
 */

/** `symbolKeys`: whether keys that are symbols count (node's answer); without them the walk is a third faster. */
const noSymbols = (x: object, symbolKeys: boolean) => !symbolKeys || Object.getOwnPropertySymbols(x).length === 0;

function isPlainObject(x: object, symbolKeys: boolean): boolean {
  const proto = Object.getPrototypeOf(x);
  return (proto === Object.prototype || proto === null) && noSymbols(x, symbolKeys);
}

/** With every index present (checked while walking), as many keys as the length means no other key. */
function isPlainArray(x: unknown[], symbolKeys: boolean): boolean {
  return Object.getPrototypeOf(x) === Array.prototype && Object.keys(x).length === x.length && noSymbols(x, symbolKeys);
}

function sameArrays(a: unknown[], b: unknown[], symbolKeys: boolean): boolean | undefined {
  if (!isPlainArray(a, symbolKeys) || !isPlainArray(b, symbolKeys)) return undefined;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (!(i in a) || !(i in b)) return undefined; // a hole
    const same = samePlainData(a[i], b[i], symbolKeys);
    if (same !== true) return same;
  }
  return true;
}

function sameObjects(a: Record<string, unknown>, b: Record<string, unknown>, symbolKeys: boolean): boolean | undefined {
  if (!isPlainObject(a, symbolKeys) || !isPlainObject(b, symbolKeys)) return undefined;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key)) return false;
    const same = samePlainData(a[key], b[key], symbolKeys);
    if (same !== true) return same;
  }
  return true;
}

export function samePlainData(a: unknown, b: unknown, symbolKeys = true): boolean | undefined {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  return Array.isArray(a) ? sameArrays(a, b as unknown[], symbolKeys) : sameObjects(a as Record<string, unknown>, b as Record<string, unknown>, symbolKeys);
}
