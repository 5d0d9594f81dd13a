// Table tests of what typing a value means in the editor (issue 8, defect 5): the UdM fit, and the words that
// show back what was understood. The forms themselves are tested in values.test.ts.
import { describe, expect, it } from 'vitest';
import type { Value } from '../../shared/model';
import { describeValue, parseEnteredTarget, parseEnteredValue, percentChoices, unitExpectation } from '../../shared/valueEntry';

const num = (value: number, decimals = 0): Value => ({ kind: 'number', value, decimals });
const pct = (value: number, decimals = 0): Value => ({ kind: 'percent', value, decimals });

describe('parseEnteredValue accepts what fits the UdM', () => {
  it.each<[string, string, Value]>([
    ['80', 'n.', num(80)],
    ['80%', '%', pct(0.8)],
    ['46,56', '%', pct(0.4656, 2)], // can only be points: no question (issue 17)
    ['0', '%', pct(0)],
    ['31/12/2024', 'data', { kind: 'date', value: '2024-12-31' }],
    ['no', 'entro', { kind: 'bool', value: false }],
    ['0', 'data', num(0)], // a deadline not met (domain.md §2)
    ['sì', 'si/no', { kind: 'bool', value: true }],
    ['n.d.', 'n.', { kind: 'missing', mark: 'n.d.' }],
    ['--', '%', { kind: 'missing', mark: '--' }],
    ['', 'n.', { kind: 'missing', mark: '' }],
    ['12%', 'indice', pct(0.12)], // a UdM outside the catalogue imposes nothing
    ['1.234 €', '€', num(1234)],
  ])('%j under %j', (text, udm, expected) => {
    expect(parseEnteredValue(text, udm)).toEqual({ ok: true, value: expected });
  });
});

describe('parseEnteredValue refuses what contradicts the UdM, saying both ways out', () => {
  it.each<[string, string, RegExp]>([
    ['80 %', 'n.', /^"80 %" è una percentuale, ma l’unità di misura «n\.» richiede un numero \(es\. 1\.234\): scrivere il valore in quella forma oppure cambiare prima l’UdM/],
    ['31/12/2024', '%', /è una data, ma l’unità di misura «%» richiede una percentuale/],
    ['sì', 'gg', /è un sì\/no, ma .*richiede un numero/],
    ['5', 'data', /è un numero, ma .*richiede una data \(es\. 31\/12\/2024\), sì oppure no/],
    ['50%', 'si/no', /richiede sì oppure no/],
    ['-', 'n.', /^"-" non è un valore/],
    ['2 5 7', 'n.', /contiene spazi/],
  ])('%j under %j', (text, udm, message) => {
    const result = parseEnteredValue(text, udm);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('parseEnteredTarget', () => {
  it('keeps the merged operator and checks the value against the UdM', () => {
    expect(parseEnteredTarget('>= 80', 'n.')).toEqual({ ok: true, value: { operator: '>=', value: num(80) } });
    expect(parseEnteredTarget('4', 'n.')).toEqual({ ok: true, value: { operator: null, value: num(4) } });
    const refused = parseEnteredTarget('>= 99%', 'n.');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatch(/^">= 99%" è una percentuale, ma l’unità di misura «n\.»/);
  });
});

describe('unitExpectation (shared with validation)', () => {
  it.each<[Value, string, string | null]>([
    [pct(0.65), 'n.', 'un numero (es. 1.234)'],
    [num(65), 'n.', null],
    [num(5), '%', 'una percentuale (es. 45%)'],
    [{ kind: 'bool', value: false }, ' Data ', null],
    [{ kind: 'missing', mark: 'n.d.' }, 'si/no', null],
  ])('%j under %j', (value, udm, expected) => {
    expect(unitExpectation(value, udm)).toBe(expected);
  });
});

describe('describeValue shows what was understood', () => {
  it.each<[Value, string]>([
    [num(1234), 'numero 1.234'],
    [pct(0.8), 'percentuale 80%'],
    [{ kind: 'date', value: '2024-12-31' }, 'data 31/12/2024'],
    [{ kind: 'bool', value: true }, 'sì (fatto)'],
    [{ kind: 'missing', mark: 'n.d.' }, 'n.d. = dato non disponibile (performance n.d.)'],
    [{ kind: 'missing', mark: '--' }, '-- = non previsto (performance n.d.)'],
    [{ kind: 'missing', mark: '' }, 'vuoto = nessun valore (performance n.d.)'],
  ])('%j', (value, words) => {
    expect(describeValue(value)).toBe(words);
  });
});

describe('a bare number under % is a reading to confirm, never stored silently (issue 17 §2)', () => {
  it.each<[string, string, string, string]>([
    ['0,85', '%', '85%', '0,85%'],
    ['80', '%', '80%', '8.000%'],
    ['1', '%', '100%', '1%'],
    ['>= 80', '%', '>= 80%', '>= 8.000%'],
  ])('%j under %j: refused, proposing %j (or %j)', (text, udm, proposal, alternative) => {
    const value = text.startsWith('>=') ? parseEnteredTarget(text, udm) : parseEnteredValue(text, udm);
    expect(value.ok).toBe(false);
    if (!value.ok) expect(value.error).toContain(`si intende ${proposal.replace('>= ', '')} oppure ${alternative.replace('>= ', '')}?`);
    expect(percentChoices(text, udm)).toEqual({ proposal, alternative });
    const confirmed = text.startsWith('>=') ? parseEnteredTarget(proposal, udm) : parseEnteredValue(proposal, udm);
    expect(confirmed.ok).toBe(true);
  });

  it.each([['85%', '%'], ['0', '%'], ['46,56', '%'], ['0,85', 'n.'], ['n.d.', '%']])('%j under %j raises no question', (text, udm) => {
    expect(percentChoices(text, udm)).toBeNull();
  });
});
