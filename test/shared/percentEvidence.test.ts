// The one rule for a bare number under a % indicator (issue 17 §2), shared by typing, pasting and the import, and the
// plausibility warnings of every path (§10), as tables.
import { describe, expect, it } from 'vitest';
import type { Indicator, Value } from '../../shared/model';
import { barePercentNumber, judgeBarePercent, type PercentEvidence, type PercentJudgement } from '../../shared/percentEvidence';
import { plausibilityWarnings } from '../../shared/plausibility';
import { row, value } from './builders';

const pct = (v: number, decimals = 0): Value => ({ kind: 'percent', value: v, decimals });

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
