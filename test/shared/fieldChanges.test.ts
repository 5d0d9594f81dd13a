// Table tests of the field-by-field changes of cards and indicators: Italian labels and formats, typed values,
// the scope (target years, year-bound values), and the same lines as the import preview's differ.
import { describe, expect, it } from 'vitest';
import { indicatorChanges } from '../../shared/exchange/importDiff';
import { cardFieldChanges, indicatorFieldChanges, type IndicatorScope } from '../../shared/fieldChanges';
import type { Card, Indicator } from '../../shared/model';
import { card, row, value } from '../shared/builders';

const base = row('n.', '1', '>= 4', { name: 'Imprese assistite', note: 'nota' });
const lines = (changes: { field: string; before: string; after: string }[]) => changes.map((c) => `${c.field}: ${c.before} → ${c.after}`);

describe('indicatorFieldChanges', () => {
  it.each<[string, Partial<Indicator>, string[]]>([
    ['nothing changed', {}, []],
    ['weight, as a percentage', { weight: 0.25 }, ['Peso: 20,0% → 25,0%']],
    ['a weight equal once shown is no change', { weight: 0.2000000001 }, []],
    ['name and operator', { name: 'Imprese servite', operator: '<=' }, ['Indicatore: Imprese assistite → Imprese servite', 'Operatore: >= → <=']],
    ['cap', { cap: 1.2 }, ['Limite performance: limite del piano → 120%']],
    ['no cap', { cap: 'none' }, ['Limite performance: limite del piano → nessuno']],
    ['override', { override: { performance: 0.57, justification: 'dato parziale' } }, ['Performance manuale: nessuna → 57% (dato parziale)']],
    ['target 2025', { targets: [...base.targets.slice(0, 1), { year: 2025, value: value('64.488') }, ...base.targets.slice(2)] }, ['Target 2025: n.d. → 64.488']],
    ['a target only on one side', { targets: [...base.targets, { year: 2027, value: value('5,0') }] }, ['Target 2027:  → 5,0']],
    ['value at 30/06', { measurements: [{ date: '2024-06-30', value: value('46,56%') }] }, ['Valore al 30/06/2024: 1 → 46,56%']],
    ['value dates in calendar order', { measurements: [{ date: '2024-12-31', value: value('2') }, { date: '2024-06-30', value: value('1') }] }, ['Valore al 31/12/2024:  → 2']],
  ])('%s', (_, edit, expected) => {
    expect(lines(indicatorFieldChanges(base, { ...base, ...edit }))).toEqual(expected);
  });

  it('keeps the typed values and a stable key for each change', () => {
    const after = { ...base, weight: 0.25, targets: base.targets.map((t) => (t.year === 2025 ? { ...t, value: value('31/12/2025') } : t)) };
    expect(indicatorFieldChanges(base, after)).toEqual([
      { key: 'indicator.weight', field: 'Peso', before: '20,0%', after: '25,0%', beforeValue: { kind: 'percent', value: 0.2, decimals: 1 }, afterValue: { kind: 'percent', value: 0.25, decimals: 1 } },
      { key: 'target.2025', field: 'Target 2025', before: 'n.d.', after: '31/12/2025', beforeValue: { kind: 'missing', mark: 'n.d.' }, afterValue: { kind: 'date', value: '2025-12-31' } },
    ]);
  });

  it.each<[string, IndicatorScope, string[]]>([
    ['every year and value', { targetYears: null, yearBound: true }, ['Performance manuale: nessuna → 50% (x)', 'Valore al 30/06/2024: 1 → ', 'Target 2024: 4 → ', 'Target 2027:  → 9']],
    ['only the common years, no year-bound data', { targetYears: [2025, 2026], yearBound: false }, []],
    ['only 2024', { targetYears: [2024], yearBound: false }, ['Target 2024: 4 → ']],
  ])('scope: %s', (_, scope, expected) => {
    const next: Indicator = {
      ...base,
      targets: [...base.targets.slice(1), { year: 2027, value: value('9') }],
      measurements: [],
      override: { performance: 0.5, justification: 'x' },
    };
    expect(lines(indicatorFieldChanges(base, next, scope))).toEqual(expected);
  });

  it('lists the same lines as the import preview for the fields both cover', () => {
    const edits: Partial<Indicator>[] = [
      { weight: 0.3, note: 'altra nota', fonte: 'Infocamere', kpiCode: 'K1', tipologia: 'Efficacia', udm: '%', algoritmo: 'a/b' },
      { cap: 1.5, override: { performance: 1, justification: 'raggiunto' } },
      { measurements: [{ date: '2024-06-30', value: value('7') }, { date: '2024-12-31', value: value('8,5') }] },
      { targets: base.targets.map((t) => ({ ...t, value: value('12') })) },
    ];
    for (const edit of edits) {
      const after = { ...base, ...edit };
      expect(lines(indicatorFieldChanges(base, after))).toEqual(lines(indicatorChanges(base, after)));
    }
  });
});

describe('cardFieldChanges', () => {
  const before = card();
  it.each<[string, Partial<Card>, string[]]>([
    ['nothing changed', {}, []],
    ['code (a card matched by its origin)', { code: '01_01_OS09' }, ['Codice: 01_01_OS01 → 01_01_OS09']],
    ['resources in euro', { resources: { kind: 'amount', euros: 1234.5 } }, ['Risorse economiche: 439.846,96 € → 1.234,50 €']],
    ['internal resources', { resources: { kind: 'internal' } }, ['Risorse economiche: 439.846,96 € → risorse interne']],
    ['weight', { weight: 1.5 }, ['Peso obiettivo: 1 → 1,50']],
    ['footnotes, one per line', { footnotes: ['a', 'b'] }, ['Note della scheda:  → a\nb']],
    ['indicators are not card fields', { indicators: [] }, []],
  ])('%s', (_, edit, expected) => {
    expect(lines(cardFieldChanges(before, { ...before, ...edit }))).toEqual(expected);
  });

  it('types an amount as euro and a weight as a number', () => {
    const [resources, weight] = cardFieldChanges(before, { ...before, resources: { kind: 'amount', euros: 10 }, weight: 2 });
    expect(resources?.afterValue).toEqual({ kind: 'euro', euros: 10 });
    expect(weight?.afterValue).toEqual({ kind: 'number', value: 2, decimals: 0 });
  });
});
