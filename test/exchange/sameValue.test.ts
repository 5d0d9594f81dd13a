// When an import calls a stored value and a file's value "the same" (shared/exchange/fieldAccess.ts sameValue): the
// number regardless of its decimals, and for the other kinds the date, the yes/no or the missing mark, field by
// field. Why a table: the comparison runs on every stored target and value, and its shortcuts must not change a verdict.
import { describe, expect, it } from 'vitest';
import { sameValue } from '../../shared/exchange/fieldAccess';
import type { Value } from '../../shared/model';

const number = (value: number, decimals = 0): Value => ({ kind: 'number', value, decimals });
const percent = (value: number, decimals = 0): Value => ({ kind: 'percent', value, decimals });
const date = (value: string): Value => ({ kind: 'date', value });
const bool = (value: boolean): Value => ({ kind: 'bool', value });
const missing = (mark: '' | 'n.d.' | 'n.a.'): Value => ({ kind: 'missing', mark } as Value);

const cases: [string, Value | undefined, Value | undefined, boolean][] = [
  ['the same number with other decimals', number(5, 0), number(5, 1), true],
  ['numbers within the tolerance', number(0.1 + 0.2), number(0.3), true],
  ['different numbers', number(5), number(6), false],
  ['a number and the same percent', number(0.5), percent(0.5), false],
  ['the same percent', percent(0.4656, 2), percent(0.4656, 0), true],
  ['the same missing mark', missing('n.d.'), missing('n.d.'), true],
  ['two missing marks', missing('n.d.'), missing('n.a.'), false],
  ['a missing mark and a number', missing('n.d.'), number(0), false],
  ['the empty mark and no value', missing(''), undefined, true],
  ['the empty mark and a mark', missing(''), missing('n.d.'), false],
  ['the same date', date('2024-06-30'), date('2024-06-30'), true],
  ['two dates', date('2024-06-30'), date('2024-12-31'), false],
  ['a date and a missing mark', date('2024-06-30'), missing('n.d.'), false],
  ['the same yes/no', bool(true), bool(true), true],
  ['yes and no', bool(true), bool(false), false],
  ['a yes/no and a date', bool(true), date('2024-06-30'), false],
  ['no value on either side', undefined, undefined, true],
  ['a value and none', number(1), undefined, false],
  ['a number that is not finite and itself', number(Number.NaN), number(Number.NaN), false],
];

describe('sameValue', () => {
  it.each(cases)('%s', (_, a, b, expected) => {
    expect(sameValue(a, b)).toBe(expected);
    expect(sameValue(b, a)).toBe(expected);
  });

  it('compares distinct objects, not identities', () => {
    const stored = missing('n.d.');
    expect(sameValue(stored, { ...stored })).toBe(true);
    expect(sameValue(date('2025-01-31'), { ...date('2025-01-31') })).toBe(true);
  });
});
