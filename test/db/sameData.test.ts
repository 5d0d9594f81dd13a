import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sameData } from '../../db/sameData';
import { samePlainData } from '../../shared/samePlainData';

const holed = [1, , 3]; // eslint-disable-line no-sparse-arrays
const holedWithKey = Object.assign([1, , 3], { foo: 1 }); // eslint-disable-line no-sparse-arrays
const withSymbol = { a: 1, [Symbol('s')]: 2 };
const bare = Object.assign(Object.create(null), { a: 1 });

// Pairs where plain data and its pitfalls meet: sameData must answer exactly as isDeepStrictEqual.
const cases: [string, unknown, unknown][] = [
  ['same numbers', 1, 1],
  ['zero and minus zero', 0, -0],
  ['NaN and NaN', Number.NaN, Number.NaN],
  ['number and its text', 1, '1'],
  ['null and undefined', null, undefined],
  ['equal objects', { a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }],
  ['a nested difference', { a: 1, b: [1, { c: 'x' }] }, { a: 1, b: [1, { c: 'y' }] }],
  ['a key holding undefined and no key', { a: 1, b: undefined }, { a: 1 }],
  ['no key and a key holding undefined', { a: 1 }, { a: 1, b: undefined }],
  ['different keys, same count', { a: 1, b: undefined }, { a: 1, c: undefined }],
  ['arrays of different length', [1, 2], [1, 2, 3]],
  ['array and object with its keys', [1], { 0: 1 }],
  ['a hole and undefined', holed, [1, undefined, 3]],
  ['two holed arrays', holed, [1, , 3]], // eslint-disable-line no-sparse-arrays
  ['a hole and an extra key', holedWithKey, [1, , 3]], // eslint-disable-line no-sparse-arrays
  ['a symbol key', withSymbol, { a: 1 }],
  ['a null prototype and a plain object', bare, { a: 1 }],
  ['two null prototypes', bare, Object.assign(Object.create(null), { a: 1 })],
  ['equal dates', new Date(0), new Date(0)],
  ['different dates', { d: new Date(0) }, { d: new Date(1) }],
  ['a map inside', { m: new Map([[1, 2]]) }, { m: new Map([[1, 3]]) }],
  ['minus zero inside', { v: { kind: 'number', value: -0 } }, { v: { kind: 'number', value: 0 } }],
];

describe('sameData', () => {
  it.each(cases)('%s: as isDeepStrictEqual', (_name, a, b) => {
    expect(sameData(a, b)).toBe(isDeepStrictEqual(a, b));
    expect(sameData(b, a)).toBe(isDeepStrictEqual(b, a));
  });

  it('tells a changed card from an unchanged one', () => {
    const card = { id: 1, code: '01_01_OS01', indicators: [{ name: 'A', targets: [{ year: 2024, value: { kind: 'number', value: 5, decimals: 0 } }] }] };
    const copy = structuredClone(card);
    expect(sameData(card, copy)).toBe(true);
    copy.indicators[0]!.targets[0]!.value.value = 6;
    expect(sameData(card, copy)).toBe(false);
  });
});

describe('samePlainData', () => {
  it.each(cases)('%s: as isDeepStrictEqual, or undefined (not plain data)', (_name, a, b) => {
    const answer = samePlainData(a, b);
    if (answer !== undefined) expect(answer).toBe(isDeepStrictEqual(a, b));
  });

  it.each([
    ['dates', new Date(0), new Date(0)],
    ['a symbol key', withSymbol, { a: 1 }],
    ['a hole', holed, [1, undefined, 3]],
  ])('leaves %s to isDeepStrictEqual', (_name, a, b) => expect(samePlainData(a, b)).toBeUndefined());

  it('ignores keys that are symbols when told to (what a schema reading string keys sees)', () => {
    expect(samePlainData(withSymbol, { a: 1 }, false)).toBe(true);
    expect(samePlainData(withSymbol, { a: 2 }, false)).toBe(false);
  });
});
