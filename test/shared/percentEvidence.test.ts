// The one rule for a bare number under a % indicator (issue 17 §2), shared by typing, pasting and the import, and the
// plausibility warnings of every path (§10), as tables.
import { describe, expect, it } from 'vitest';
import type { Indicator, Value } from '../../shared/model';
import { barePercentNumber, judgeBarePercent, naturalDecimals, type PercentEvidence, type PercentJudgement } from '../../shared/percentEvidence';
import { plausibilityWarnings } from '../../shared/plausibility';
import { row, value } from './builders';

const pct = (v: number, decimals = 0): Value => ({ kind: 'percent', value: v, decimals });

describe('naturalDecimals', () => {
  // The short path (the number as JavaScript writes it) and the 12-digit rounding must agree, at the 13-character edge too.
  const rounded = (n: number): number => {
    const written = String(Number(n.toPrecision(12)));
    const dot = written.indexOf('.');
    return dot < 0 || written.includes('e') ? 0 : Math.min(6, written.length - dot - 1);
  };

  it('counts the decimals a number shows by itself, up to 6', () => {
    expect([5, 5.25, -5.25, 0.1 + 0.2, 1 / 3, 0.000001, 1.5e-7, 12345678901.5, 1234567890.25, -123456789.25].map(naturalDecimals)).toEqual([0, 2, 2, 1, 6, 6, 0, 1, 2, 2]);
  });

  it('agrees with the 12-digit rounding for short, long, negative and tiny numbers', () => {
    const numbers = [0.1 + 0.7, 99999999999.5, 999999999.999, 9999999999.99, -999999999.99, 123456789012.5, 1e21 + 0.5, 2.5e-7, 4.35, 0.07 * 3];
    for (let i = 1; i < 2000; i++) numbers.push(i / 7, -i / 1000, i * 1234567.891, i / 3e6);
    for (const n of numbers) expect(naturalDecimals(n), String(n)).toBe(rounded(n));
  });
});

describe('judgeBarePercent', () => {
  it.each<[number, PercentEvidence, PercentJudgement]>([
    [0.85, {}, { suggested: 'frazione', confirm: true, by: 'grandezza' }],
    [1, {}, { suggested: 'frazione', confirm: true, by: 'grandezza' }],
    [3, {}, { suggested: 'punti', confirm: true, by: 'grandezza' }],
    [85, {}, { suggested: 'punti', confirm: true, by: 'grandezza' }],
    [46.56, {}, { suggested: 'punti', confirm: false, by: 'grandezza' }],
    [0, {}, { suggested: 'punti', confirm: false, by: 'grandezza' }],
    [0.8, { stored: pct(0.8) }, { suggested: 'frazione', confirm: false, by: 'piano' }],
    [0.8, { stored: pct(0.008, 1) }, { suggested: 'punti', confirm: false, by: 'piano' }],
    [0.8, { stored: pct(0.5) }, { suggested: 'frazione', confirm: true, by: 'grandezza' }],
    [45, { column: 'frazione' }, { suggested: 'frazione', confirm: true, by: 'colonna' }],
  ])('%d with %j', (n, evidence, expected) => {
    expect(judgeBarePercent(n, evidence)).toEqual(expected);
  });

  it.each<[string, string, number | null]>([
    ['0,85', '%', 0.85],
    ['1.234', '%', 1234],
    ['85%', '%', null],
    ['0,85', 'n.', null],
    ['n.d.', '%', null],
    ['30/06/2024', '%', null],
  ])('barePercentNumber(%j, %j) = %s', (text, udm, n) => {
    expect(barePercentNumber(text, udm)).toBe(n);
  });
});

describe('plausibilityWarnings', () => {
  const percent = row('%', '30%', '>= 50%');
  const count = row('n.', '43', '>= 80');
  const at = (ind: Indicator, date: string, text: string) => plausibilityWarnings(ind, date, value(text, ind.udm));
  it.each<[string, Indicator, string, string, string[]]>([
    ['6.500% against targets of at most 50%', percent, '2024-12-31', '6500%', ['6.500% supera il 100%, mentre i target dell’indicatore arrivano al massimo a 50%: controllare il valore (una percentuale scritta come numero?)', '6.500% è 130 volte più grande del target 2024 (50%) e 217 volte più grande del valore al 30/06/2024 (30%): controllare il valore']],
    ['95% is plausible', percent, '2024-12-31', '95%', []],
    ['1.234,5 where 43 was and 80 is the target', count, '2024-12-31', '1234,5', ['1.234,5 è 15 volte più grande del target 2024 (80) e 29 volte più grande del valore al 30/06/2024 (43): controllare il valore']],
    ['1.234,5 ten times the target but close to the previous value', row('n.', '1000', '>= 80'), '2024-12-31', '1234,5', []],
    ['3 at mid-year, far below the year target, nothing earlier: normal', row('n.', '', '>= 80', { measurements: [] }), '2024-06-30', '3', []],
    ['4 at year end where 43 was: ten times below both', count, '2024-12-31', '4', ['4 è 20 volte più piccolo del target 2024 (80) e 11 volte più piccolo del valore al 30/06/2024 (43): controllare il valore']],
    ['a zero is never odd', count, '2024-12-31', '0', []],
    ['n.d. is never odd', count, '2024-12-31', 'n.d.', []],
  ])('%s', (_what, ind, date, text, expected) => {
    expect(at(ind, date, text)).toEqual(expected);
  });
});
