// sameJsonText (db/sameJsonText.ts) answers whether two values have the same JSON text without writing them: the
// change log relies on it for the check of every stored difference, so it must always agree with the texts.
import { describe, expect, it } from 'vitest';
import { sameJsonText } from '../../db/sameJsonText';

const texts = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A small random value holding the cases JSON writes its own way (undefined, non-finite numbers, -0, Dates). */
function randomValue(next: () => number, depth = 0): unknown {
  const pick = Math.floor(next() * (depth > 2 ? 9 : 12));
  const leaves: unknown[] = [0, -0, 1, 1.5, NaN, Infinity, null, undefined, 'a', '', true, false, new Date(0), () => 1, '1'];
  if (pick < 9) return leaves[Math.floor(next() * leaves.length)];
  if (pick < 11) return Array.from({ length: Math.floor(next() * 3) }, () => randomValue(next, depth + 1));
  const keys = ['id', 'value', 'kind'];
  return Object.fromEntries(keys.filter(() => next() < 0.6).map((k) => [k, randomValue(next, depth + 1)]));
}

/** A copy of every array and plain object of `x`, sharing nothing but its leaves. */
const copy = (x: unknown): unknown =>
  Array.isArray(x) ? x.map(copy) : x !== null && typeof x === 'object' && !(x instanceof Date) ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, copy(v)])) : x;

describe('sameJsonText', () => {
  it('agrees with the JSON texts on the cases JSON writes its own way', () => {
    const shared = { id: 1, rows: [1, 2] };
    const cases: [unknown, unknown][] = [
      [0, -0],
      [NaN, null],
      [Infinity, -Infinity],
      [{ a: undefined, b: 1 }, { b: 1 }],
      [[undefined], [null]],
      [[() => 1], [null]],
      [{ a: 1, b: 2 }, { b: 2, a: 1 }],
      [{ 2: 'x', 1: 'y' }, { 1: 'y', 2: 'x' }],
      [new Date(0), '1970-01-01T00:00:00.000Z'],
      [{ toJSON: () => 'x' }, 'x'],
      [shared, shared],
      [{ card: shared }, { card: { id: 1, rows: [1, 2] } }],
      [{ card: shared }, { card: { id: 1, rows: [1, 3] } }],
      ['1', 1],
      [true, 'true'],
      [[], {}],
      [undefined, undefined],
      [undefined, null],
      [{ kind: 'missing', mark: 'n.d.' }, { kind: 'number', value: 1, decimals: 0 }],
      [{ a: 1 }, { a: 1, b: undefined }],
      [{ a: 1, b: () => 1 }, { a: 1 }],
      [{ a: 1, b: new Date(0) }, { a: 1 }],
    ];
    for (const [a, b] of cases) {
      expect(sameJsonText(a, b), `${String(JSON.stringify(a))} / ${String(JSON.stringify(b))}`).toBe(texts(a, b));
      expect(sameJsonText(b, a)).toBe(texts(b, a));
    }
  });

  it('agrees with the JSON texts on random values', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    let equal = 0;
    for (let i = 0; i < 20_000; i++) {
      const a = randomValue(next);
      const b = next() < 0.3 ? copy(a) : randomValue(next);
      if (texts(a, b)) equal++;
      expect(sameJsonText(a, b)).toBe(texts(a, b));
    }
    expect(equal).toBeGreaterThan(2_000);
  });
});
