// Table tests of Italian value parsing and formatting (domain.md §2), including the errors users see.
import { describe, expect, it } from 'vitest';
import type { Value } from '../../shared/model';
import {
  formatDate,
  formatEuro,
  formatNumber,
  formatPercent,
  formatPerformance,
  formatResources,
  formatValue,
  numericValue,
  parseDate,
  parseEuro,
  parseOperator,
  parseResources,
  parseTargetCell,
  parseValue,
  parseWeight,
} from '../../shared/values';
import { daysBetween, isValidIsoDate } from '../../shared/dates';
import { roundClean } from '../../shared/italianNumbers';

const num = (value: number, decimals = 0): Value => ({ kind: 'number', value, decimals });
const pct = (value: number, decimals = 0): Value => ({ kind: 'percent', value, decimals });

describe('parseValue accepts the forms of the seed', () => {
  it.each<[string, Value]>([
    ['64.488', num(64488)],
    ['11.205.947', num(11205947)],
    ['8.380', num(8380)],
    ['5,0', num(5, 1)],
    ['0', num(0)],
    ['1', num(1)],
    ['-5', num(-5)],
    ['8,3', num(8.3, 1)],
    ['1.234,56', num(1234.56, 2)],
    [',5', num(0.5, 1)],
    ['−7', num(-7)],
    ['439.846,96 €', num(439846.96, 2)],
    ['€ 9.100,00', num(9100, 2)],
    ['2,68%', pct(0.0268, 2)],
    ['46,56%', pct(0.4656, 2)],
    ['0,00%', pct(0, 2)],
    ['-5%', pct(-0.05, 0)],
    ['100%', pct(1, 0)],
    ['5 %', pct(0.05, 0)],
    ['20,92%', pct(0.2092, 2)],
    ['31/12/2024', { kind: 'date', value: '2024-12-31' }],
    ['30.11.2024', { kind: 'date', value: '2024-11-30' }],
    ['08.01.2024', { kind: 'date', value: '2024-01-08' }],
    ['31.3.2024', { kind: 'date', value: '2024-03-31' }],
    ['2024-12-31', { kind: 'date', value: '2024-12-31' }],
    ['29/02/2024', { kind: 'date', value: '2024-02-29' }],
    ['sì', { kind: 'bool', value: true }],
    ['si', { kind: 'bool', value: true }],
    ['SI', { kind: 'bool', value: true }],
    ['Sì', { kind: 'bool', value: true }],
    ['si\u0300', { kind: 'bool', value: true }],
    ['no', { kind: 'bool', value: false }],
    ['NO', { kind: 'bool', value: false }],
    ['n.d.', { kind: 'missing', mark: 'n.d.' }],
    ['N.D.', { kind: 'missing', mark: 'n.d.' }],
    ['nd', { kind: 'missing', mark: 'n.d.' }],
    ['--', { kind: 'missing', mark: '--' }],
    ['\u2013', { kind: 'missing', mark: '--' }],
    ['', { kind: 'missing', mark: '' }],
    ['   ', { kind: 'missing', mark: '' }],
    [' 64.488\u00a0', num(64488)],
  ])('%j', (text, expected) => {
    expect(parseValue(text)).toEqual({ ok: true, value: expected });
  });
});

describe('parseValue with a UdM', () => {
  it.each<[string, string, Value]>([
    ['50', '%', pct(0.5, 0)],
    ['0', '%', pct(0, 0)],
    ['33,3', ' % ', pct(0.333, 1)],
    ['7%', '%', pct(0.07, 0)],
    ['50', 'n.', num(50)],
    ['65%', 'n.', pct(0.65, 0)],
    ['0', 'data', num(0)],
    ['no', 'data', { kind: 'bool', value: false }],
    ['1.000 €', '%', num(1000)],
  ])('%j with UdM %j', (text, udm, expected) => {
    expect(parseValue(text, { udm })).toEqual({ ok: true, value: expected });
  });
});

describe('parseValue refuses what it does not understand, quoting it', () => {
  it.each<[string, RegExp]>([
    ['12,3,4', /^"12,3,4" non è un numero valido$/],
    ['8.3', /"8\.3" non è un numero valido: per i decimali usare la virgola \(8,3\)/],
    ['1.23.4', /"1\.23\.4" non è un numero valido/],
    ['abc', /"abc" non è un valore valido: scrivere un numero/],
    ['12 mesi', /"12 mesi" non è un valore valido/],
    ['31/02/2024', /"31\/02\/2024" non è una data esistente/],
    ['31/12/24', /anno con quattro cifre/],
    ['13.13.2024', /non è una data esistente/],
    ['abc%', /"abc%" non è una percentuale valida/],
    ['%', /non è una percentuale valida/],
    ['9'.repeat(30), /troppo grande/],
    ['x'.repeat(200), /^"x{37}…" non è un valore valido/],
    // a column pasted into one cell, or a thousands space: never a number (issue 8)
    ['2 5 7', /^"2 5 7" non è un numero valido: contiene spazi/],
    ['1 234', /"1 234" non è un numero valido: contiene spazi/],
    ['1\u00a0234,5', /contiene spazi/],
    ['2\n5\n7', /contiene spazi/],
    ['2 5 %', /^"2 5 %" non è una percentuale valida/],
    // n.d. (not available) and -- (not foreseen) are distinct marks: a lone hyphen is neither
    ['-', /^"-" non è un valore: scrivere n\.d\. se il dato non è disponibile oppure -- se non è previsto$/],
  ])('%j', (text, message) => {
    const result = parseValue(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('parseTargetCell', () => {
  it.each<[string, string | null, Value]>([
    ['>= 65.281', '>=', num(65281)],
    ['>=4', '>=', num(4)],
    ['<= 31/12/2024', '<=', { kind: 'date', value: '2024-12-31' }],
    ['= sì', '=', { kind: 'bool', value: true }],
    ['≥ 80%', '>=', pct(0.8, 0)],
    ['≤ 57', '<=', num(57)],
    ['=> 2', '>=', num(2)],
    ['=< 30', '<=', num(30)],
    ['== 0', '=', num(0)],
    ['>= -5%', '>=', pct(-0.05, 0)],
    ['= 0,00%', '=', pct(0, 2)],
    ['4', null, num(4)],
    ['n.d.', null, { kind: 'missing', mark: 'n.d.' }],
    ['>=', '>=', { kind: 'missing', mark: '' }],
  ])('%j', (text, operator, value) => {
    expect(parseTargetCell(text)).toEqual({ ok: true, value: { operator, value } });
  });

  it('passes the UdM on to the value', () => {
    expect(parseTargetCell('>= 50', { udm: '%' })).toEqual({ ok: true, value: { operator: '>=', value: pct(0.5) } });
  });

  it.each([
    ['> 4', /">" non è un operatore valido: usare >=, <= oppure =/],
    ['< 4', /"<" non è un operatore valido/],
    ['>= 4,4,4', /"4,4,4" non è un numero valido/],
  ])('refuses %j', (text, message) => {
    const result = parseTargetCell(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('parseOperator', () => {
  it.each([
    ['>=', '>='],
    [' => ', '>='],
    ['≥', '>='],
    ['<=', '<='],
    ['=<', '<='],
    ['≤', '<='],
    ['=', '='],
  ])('%j → %s', (text, operator) => {
    expect(parseOperator(text)).toEqual({ ok: true, value: operator });
  });
  it.each(['>', 'almeno', ''])('refuses %j', (text) => {
    expect(parseOperator(text).ok).toBe(false);
  });
});

describe('dates, euros, resources and weights', () => {
  it('parses and formats dates', () => {
    expect(parseDate('30.11.2024')).toEqual({ ok: true, value: '2024-11-30' });
    expect(parseDate('1/2/2024')).toEqual({ ok: true, value: '2024-02-01' });
    expect(parseDate('29/02/2023').ok).toBe(false);
    expect(parseDate('domani')).toEqual({
      ok: false,
      error: '"domani" non è una data valida: scrivere gg/mm/aaaa (es. 31/12/2024)',
    });
    expect(formatDate('2024-01-31')).toBe('31/01/2024');
  });

  it.each([
    ['439.846,96 €', 439846.96],
    ['9.100,00 €', 9100],
    ['€ 10.000,00', 10000],
    ['10.000 EUR', 10000],
    ['1234,5 euro', 1234.5],
  ])('parseEuro %j', (text, euros) => {
    expect(parseEuro(text)).toEqual({ ok: true, value: euros });
  });

  it('refuses a bad amount', () => {
    expect(parseEuro('mille euro')).toEqual({
      ok: false,
      error: '"mille euro" non è un importo valido: scrivere ad esempio 10.000,00 €',
    });
  });

  it.each([
    ['risorse interne', { kind: 'internal' }],
    ['Risorse interne', { kind: 'internal' }],
    ['439.846,96 €', { kind: 'amount', euros: 439846.96 }],
  ])('parseResources %j', (text, resources) => {
    expect(parseResources(text)).toEqual({ ok: true, value: resources });
  });

  it('refuses empty resources and prints them back', () => {
    expect(parseResources('').ok).toBe(false);
    expect(formatResources({ kind: 'internal' })).toBe('risorse interne');
    expect(formatResources({ kind: 'amount', euros: 9100 })).toBe('9.100,00 €');
  });

  it.each([
    ['20,0%', 0.2],
    ['33,3%', 0.333],
    ['8,3', 0.083],
    ['20', 0.2],
    ['0%', 0],
  ])('parseWeight %j → %d', (text, weight) => {
    expect(parseWeight(text)).toEqual({ ok: true, value: weight });
  });

  it.each([
    ['', /peso mancante/],
    ['n.d.', /peso mancante/],
    ['-5%', /non può essere negativo/],
    ['venti', /"venti" non è un peso valido/],
    ['20 10', /"20 10" non è un peso valido/],
    ['-', /"-" non è un peso valido/],
  ])('parseWeight refuses %j', (text, message) => {
    const result = parseWeight(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('formatting', () => {
  it.each<[Value, string]>([
    [num(64488), '64.488'],
    [num(11205947), '11.205.947'],
    [num(5, 1), '5,0'],
    [num(0), '0'],
    [num(-5), '-5'],
    [num(1234567.891, 2), '1.234.567,89'],
    [pct(0.4656, 2), '46,56%'],
    [pct(0.0268, 2), '2,68%'],
    [pct(0, 2), '0,00%'],
    [pct(-0.05, 0), '-5%'],
    [pct(0.083, 1), '8,3%'],
    [{ kind: 'date', value: '2024-01-31' }, '31/01/2024'],
    [{ kind: 'bool', value: true }, 'sì'],
    [{ kind: 'bool', value: false }, 'no'],
    [{ kind: 'missing', mark: 'n.d.' }, 'n.d.'],
    [{ kind: 'missing', mark: '--' }, '--'],
    [{ kind: 'missing', mark: '' }, ''],
  ])('formatValue %j → %s', (value, text) => {
    expect(formatValue(value)).toBe(text);
  });

  it.each<[string, string | undefined]>([
    ['64.488', undefined],
    ['20,92%', undefined],
    ['5,0', undefined],
    ['0,00%', undefined],
    ['30/11/2024', undefined],
    ['n.d.', undefined],
    ['33,3', '%'],
  ])('round trip %j', (text, udm) => {
    const parsed = parseValue(text, udm === undefined ? {} : { udm });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(formatValue(parsed.value)).toBe(udm === '%' ? `${text}%` : text);
  });

  it.each<[number, number, string]>([
    [1.005, 2, '1,01'],
    [0.5, 0, '1'],
    [-0.4, 0, '0'],
    [999.995, 2, '1.000,00'],
    [1e15, 0, '1.000.000.000.000.000'],
    [12, 3, '12,000'],
    // Issue 19: a cell holding 1e308 reached the preview, where n × 10^decimals overflowed to Infinity and
    // BigInt threw an English internal error. Huge doubles are integers: they print exactly, never throw.
    [1e308, 2, `${formatHuge(1e308)},00`],
    [-1.7976931348623157e308, 0, `-${formatHuge(1.7976931348623157e308)}`],
    [5e-324, 2, '0,00'],
    [Number.MAX_SAFE_INTEGER * 8, 3, `${formatHuge(Number.MAX_SAFE_INTEGER * 8)},000`],
  ])('formatNumber(%d, %d) → %s', (n, decimals, text) => {
    expect(formatNumber(n, decimals)).toBe(text);
  });

  it('formatNumber writes what is not a number in Italian instead of throwing or printing "Infinity"', () => {
    expect(formatNumber(Number.POSITIVE_INFINITY, 2)).toBe('infinito');
    expect(formatNumber(Number.NEGATIVE_INFINITY, 0)).toBe('-infinito');
    expect(formatNumber(Number.NaN, 1)).toBe('non numerico');
    for (const decimals of [0, 2, 20, 1e9, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => formatNumber(1e300, decimals)).not.toThrow();
    }
  });

  it('formats percents, euros and performances', () => {
    expect(formatPercent(0.333, 1)).toBe('33,3%');
    expect(formatEuro(439846.96)).toBe('439.846,96 €');
    expect(formatEuro(0)).toBe('0,00 €');
    expect(formatPerformance(0.5375)).toBe('54%');
    expect(formatPerformance(1.0417)).toBe('104%');
    expect(formatPerformance(0.545)).toBe('55%');
    expect(formatPerformance(null)).toBe('n.d.');
  });

  it('numericValue reads counts and percentages only', () => {
    expect(numericValue(num(64488))).toBe(64488);
    expect(numericValue(pct(0.4656, 2))).toBe(0.4656);
    expect(numericValue({ kind: 'date', value: '2024-01-31' })).toBeNull();
    expect(numericValue({ kind: 'bool', value: true })).toBeNull();
    expect(numericValue({ kind: 'missing', mark: 'n.d.' })).toBeNull();
  });
});

describe('calendar helpers', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['1899-12-31', false],
    ['31/12/2024', false],
  ])('isValidIsoDate(%j) → %s', (text, valid) => {
    expect(isValidIsoDate(text)).toBe(valid);
  });

  it.each([
    ['2024-02-28', '2024-03-26', 27],
    ['2024-03-26', '2024-02-28', -27],
    ['2024-12-31', '2025-01-01', 1],
    ['2024-03-30', '2024-03-31', 1],
  ])('daysBetween(%s, %s) → %d', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('roundClean', () => {
  const slow = (x: number) => Math.round(Number(x.toPrecision(15)));
  it('rounds binary noise at a half up, like the written number', () => {
    expect(roundClean(1.005 * 100)).toBe(101);
    expect(roundClean(0.545 * 100)).toBe(55);
    expect(roundClean(-2.5)).toBe(-2);
    expect(roundClean(2.4999999)).toBe(2);
    expect(roundClean(1234567890123456)).toBe(slow(1234567890123456));
  });

  it('agrees with rounding the 15-digit text on every value (shares, percentages, amounts, halves)', () => {
    const values: number[] = [];
    for (let i = -2000; i <= 2000; i++) values.push(i / 1000, (i / 1000) * 100, i * 0.005 * 100, i / 7, i * 1.1, i + 0.5, i + 0.4999999999999, i * 1e12 + 0.5);
    const differing = values.filter((x) => roundClean(x) !== slow(x));
    expect(differing).toEqual([]);
  });
});

/** The exact decimal digits of a huge double, grouped by thousands the Italian way. */
function formatHuge(n: number): string {
  return BigInt(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
