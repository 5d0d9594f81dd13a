// The short cuts an import takes for what it does not change (issue 21): a row or card left as it is comes back as
// the stored object itself, which the steps after the merge (the files combined, the preview's diff, the editor's
// rules, closed dates, plausibility) pass by identity; rows in the stored order are paired without the name search.
// These tests hold the premises: identity only where nothing changed, a copy wherever anything did, the same
// pairing as the search, and the same preview either way.
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../electron/exchange/readWorkbook';
import { DEFAULT_LIMITS } from '../../electron/exchange/limits';
import { writeWorkbook } from '../../electron/exchange/writeWorkbook';
import { buildWorkbookSpec } from '../../shared/exchange/exportSpec';
import { importWorkbooks } from '../../shared/exchange/importWorkbooks';
import type { FileIndicator } from '../../shared/exchange/indicatorRows';
import { matchRows } from '../../shared/exchange/indicatorMatch';
import { pairRows, sameShallow } from '../../shared/exchange/mergeIndicators';
import type { Indicator, PlanDocument, Value } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';

async function exported(doc: PlanDocument) {
  return [{ fileName: 'piano.xlsx', workbook: await readWorkbook(writeWorkbook(buildWorkbookSpec(doc, null), 'xlsx'), DEFAULT_LIMITS) }];
}

describe('an import gives back the stored objects it does not change', () => {
  it('the plan’s own export: every card and every indicator is the stored one, nothing to list', async () => {
    const stored = structuredClone(samplePlan2024);
    const outcome = importWorkbooks(await exported(stored), stored);
    expect(outcome.summary.text).toBe('nessuna modifica');
    expect(outcome.doc.cards.every((card, i) => card === stored.cards[i])).toBe(true);
    // Cards with a manual performance (override) and date values are among them (03_01_OS05 has both).
    expect(stored.cards.some((card) => card.indicators.some((i) => i.override))).toBe(true);
  });

  it('one value changed: a copy of that card and that indicator, the stored object for all the rest', async () => {
    const stored = structuredClone(samplePlan2024);
    const edited = structuredClone(stored);
    const target = edited.cards[2]!.indicators[1]!;
    target.measurements = target.measurements.map((m) => (m.value.kind === 'number' ? { ...m, value: { ...m.value, value: m.value.value + 7 } } : m));
    const outcome = importWorkbooks(await exported(edited), stored);
    expect(outcome.summary.valuesChanged).toBeGreaterThan(0);
    const card = outcome.doc.cards[2]!;
    expect(card).not.toBe(stored.cards[2]);
    expect(card.indicators[1]).not.toBe(stored.cards[2]!.indicators[1]);
    expect(card.indicators[0]).toBe(stored.cards[2]!.indicators[0]);
    expect(outcome.doc.cards.filter((c, i) => c !== stored.cards[i]).map((c) => c.code)).toEqual([card.code]);
    expect(outcome.cards.filter((c) => c.status === 'changed').map((c) => c.code)).toEqual([card.code]);
  });

  it('a changed text of a card is a copy even when every indicator is the stored one', async () => {
    const stored = structuredClone(samplePlan2024);
    const edited = structuredClone(stored);
    edited.cards[0]!.office = `${edited.cards[0]!.office} (nuovo)`;
    const outcome = importWorkbooks(await exported(edited), stored);
    expect(outcome.doc.cards[0]).not.toBe(stored.cards[0]);
    expect(outcome.doc.cards[0]!.office).toBe(edited.cards[0]!.office);
    expect(outcome.doc.cards[0]!.indicators.every((indicator, i) => indicator === stored.cards[0]!.indicators[i])).toBe(true);
  });
});

describe('sameShallow: same keys, same values, arrays with the same elements', () => {
  const a = { x: 1, list: [{ n: 1 }] };
  it.each([
    ['the same values', { ...a }, true],
    ['a new array with the same elements', { ...a, list: [...a.list] }, true],
    ['an equal but new element', { ...a, list: [{ n: 1 }] }, false],
    ['a key more', { ...a, y: undefined }, false],
    ['a key less and another one more', { list: a.list, y: 1 }, false],
    ['a key less and another one more, holding undefined', { list: a.list, y: undefined }, false],
    ['a changed number', { ...a, x: 2 }, false],
    ['NaN (it never equals itself)', { ...a, x: Number.NaN }, false],
  ])('%s', (_, next, same) => {
    expect(sameShallow(a as object, next as object)).toBe(same);
  });
});

describe('a row applied onto its stored indicator', () => {
  const n = (value: number): Value => ({ kind: 'number', value, decimals: 0 });
  const stored = (targets: Indicator['targets'], measurements: Indicator['measurements']): Indicator => ({
    id: 1, name: 'Pratiche', algoritmo: '', tipologia: 'Volume', udm: 'numero', operator: '>=', targets, measurements, weight: 1, note: '', fonte: '', kpiCode: '',
  });
  const row = (targets: [number, Value][], measurements: [string, Value | null][]): FileIndicator => ({
    cardCode: 'A', position: 1, name: 'Pratiche', fields: {}, targets: new Map(targets), measurements: new Map(measurements),
    readings: new Map(), confirmations: new Map(), blanks: new Map(), place: { sheet: 'Indicatori', row: 2 },
  });
  const apply = (old: Indicator, r: FileIndicator) => pairRows([r], [{ index: 0 }], [old], { monitoringDate: '2024-06-30', horizonYears: [2024, 2025] }, [])[0]!.next;
  const t24 = { year: 2024, value: n(5) };
  const t25 = { year: 2025, value: n(6) };
  const m = { date: '2024-06-30', value: n(3) };

  it.each([
    ['every cell as stored', stored([t24, t25], [m]), row([[2024, n(5)], [2025, n(6)]], [['2024-06-30', n(3)]]), true],
    ['an empty cell where nothing is stored (not the monitoring date)', stored([t24], [m]), row([[2026, { kind: 'missing', mark: '' }]], [['2024-12-31', null]]), true],
    ['a changed target', stored([t24, t25], [m]), row([[2025, n(7)]], []), false],
    ['a target of a new year', stored([t24], [m]), row([[2025, n(6)]], []), false],
    ['an emptied value of the monitoring date', stored([t24], [m]), row([], [['2024-06-30', null]]), false],
    ['stored targets out of order (the merge sorts them)', stored([t25, t24], [m]), row([[2024, n(5)]], []), false],
    ['a year stored twice (the merge keeps one)', stored([t24, { year: 2024, value: n(9) }], [m]), row([], []), false],
  ])('%s: the stored object given back = %s', (_, old, r, same) => {
    const next = apply(old, r);
    expect(next === old).toBe(same);
    if (!same) expect(next).not.toEqual(old);
  });
});

describe('rows in the stored order are paired one for one, as the name-by-name search pairs them', () => {
  const indicator = (name: string): Indicator => ({
    id: 1, name, algoritmo: '', tipologia: '', udm: 'numero', operator: '>=', targets: [], measurements: [], weight: 1, note: '', fonte: '', kpiCode: '',
  });
  const row = (name: string, position: number | null): FileIndicator => ({
    cardCode: 'A', position, name, fields: {}, targets: new Map(), measurements: new Map(),
    readings: new Map(), confirmations: new Map(), blanks: new Map(), place: { sheet: 'Indicatori', row: 2 },
  });
  const indexes = (rows: FileIndicator[], stored: Indicator[]) => matchRows(rows, stored, () => 'k', {}).matches.map((m) => m?.index ?? null);

  it.each([
    ['distinct names in order', [row('Uno', 1), row('Due', 2)], [indicator('Uno'), indicator('Due')], [0, 1]],
    ['written differently (accents, case)', [row('uno', null), row('DUE', null)], [indicator('Uno'), indicator('Due')], [0, 1]],
    ['two stored indicators with one name: each row by its position', [row('Uno', 2), row('Uno', 1)], [indicator('Uno'), indicator('Uno')], [1, 0]],
    ['in another order', [row('Due', 2), row('Uno', 1)], [indicator('Uno'), indicator('Due')], [1, 0]],
  ])('%s', (_, rows, stored, expected) => {
    expect(indexes(rows, stored)).toEqual(expected);
  });
});
