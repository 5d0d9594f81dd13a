// sameJsonText (db/sameJsonText.ts) must answer exactly as comparing the two JSON texts: the change log decides with it
// which rows an entry holds and whether a stored difference rebuilds its row.
import { describe, expect, it } from 'vitest';
import { sameJsonText } from '../../db/sameJsonText';

const holed = [1, , 3]; // eslint-disable-line no-sparse-arrays
const bare = Object.assign(Object.create(null), { a: 1 });
class Point {
  constructor(readonly x = 1) {}
}

const cases: [string, unknown, unknown][] = [
  ['zero and minus zero', 0, -0],
  ['NaN and null', Number.NaN, null],
  ['Infinity and null', { a: Infinity }, { a: null }],
  ['NaN and NaN', [Number.NaN], [Number.NaN]],
  ['number and its text', 1, '1'],
  ['a key holding undefined and no key', { a: 1, b: undefined }, { a: 1 }],
  ['a key holding a function and no key', { a: 1, f: () => 1 }, { a: 1 }],
  ['a key holding undefined and another value', { a: 1, b: undefined }, { a: 2 }],
  ['the same keys in another order', { a: 1, b: 2 }, { b: 2, a: 1 }],
  ['different keys', { a: 1, b: 2 }, { a: 1, c: 2 }],
  ['arrays of different length', [1, 2], [1, 2, 3]],
  ['a hole and null', holed, [1, null, 3]],
  ['undefined and null in an array', [undefined], [null]],
  ['an array and an object with its keys', [1], { 0: 1 }],
  ['a null prototype and a plain object', bare, { a: 1 }],
  ['a date and its text', { d: new Date(0) }, { d: '1970-01-01T00:00:00.000Z' }],
  ['a toJSON and what it writes', { toJSON: () => 'x' }, 'x'],
  ['a class instance and a plain object', new Point(), { x: 1 }],
  ['a difference after something unsure', { a: undefined, b: 1 }, { a: undefined, b: 2 }],
  ['a difference after a key left out elsewhere', { a: 1, b: [undefined, 1] }, { a: 2, b: [null, 1] }],
  ['the same after something unsure', { a: undefined, b: 1 }, { b: 1 }],
  ['an integer-like key', { 2: 'x', a: 1 }, { a: 1, 2: 'x' }],
  ['nested equal rows', { id: 1, rows: [{ date: '2024-06-30', value: { kind: 'number', value: 1.5, decimals: 1 } }] }, { id: 1, rows: [{ date: '2024-06-30', value: { kind: 'number', value: 1.5, decimals: 1 } }] }],
  ['a nested difference', { id: 1, rows: [{ value: { kind: 'number', value: 1.5 } }] }, { id: 1, rows: [{ value: { kind: 'number', value: 1.25 } }] }],
  ['null and undefined', null, undefined],
  ['undefined and undefined', undefined, undefined],
];

describe('sameJsonText', () => {
  it.each(cases)('%s: as the JSON texts', (_name, a, b) => {
    expect(sameJsonText(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
    expect(sameJsonText(b, a)).toBe(JSON.stringify(b) === JSON.stringify(a));
  });

  it('answers as the JSON texts for random nested values', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const leaves = [0, -0, 1, 1.5, '1', '', 'a', true, false, null, undefined, Number.NaN, Infinity];
    const value = (depth: number): unknown => {
      const r = random();
      if (depth === 0 || r < 0.4) return leaves[Math.floor(random() * leaves.length)];
      if (r < 0.7) return Array.from({ length: Math.floor(random() * 3) }, () => value(depth - 1));
      const keys = ['a', 'b', 'c'].filter(() => random() < 0.6);
      if (random() < 0.3) keys.reverse();
      return Object.fromEntries(keys.map((key) => [key, value(depth - 1)]));
    };
    let sameCount = 0;
    for (let i = 0; i < 20_000; i++) {
      const a = value(3);
      // Half the pairs start as copies, changed in one place or not at all.
      const b = random() < 0.5 ? value(3) : structuredClone(a);
      const expected = JSON.stringify(a) === JSON.stringify(b);
      if (expected) sameCount++;
      expect(sameJsonText(a, b)).toBe(expected);
    }
    expect(sameCount).toBeGreaterThan(1000);
  });
});
