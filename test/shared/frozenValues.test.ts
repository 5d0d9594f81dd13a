// Closed dates (issue 12): which card edits touch a closed value, the Italian refusal, the snapshot kept at closing,
// and the comparison between two dates (values and performance, per indicator, objective, rollup and ente).
import { describe, expect, it } from 'vitest';
import { compareDates, describePoints, performanceChange, valueDifference } from '../../shared/dateComparison';
import { frozenEdits, frozenEditsMessage, identicalValues } from '../../shared/frozenValues';
import type { Card, Indicator, IsoDate, Value } from '../../shared/model';
import { snapshotCard, takeSnapshot, withNewIds } from '../../shared/scoreSnapshot';
import { formatValue } from '../../shared/values';
import { card, plan, row, value } from './builders';

const CLOSED = new Set<IsoDate>(['2024-06-30']);
const at = (ind: Indicator, id: number, measurements: [IsoDate, string][]): Indicator => ({
  ...ind,
  id,
  measurements: measurements.map(([date, text]) => ({ date, value: value(text, ind.udm) })),
});
const stored = card({
  indicators: [
    at(row('n.', '1', '>= 4'), 11, [['2024-06-30', '1']]),
    at(row('n.', '43', '>= 80'), 12, [
      ['2024-06-30', '43'],
      ['2024-12-31', '60'],
    ]),
  ],
});
const edit = (recipe: (inds: Indicator[]) => Indicator[]): Card => ({ ...stored, indicators: recipe(stored.indicators) });

describe('frozenEdits', () => {
  it.each<[string, Card | null, Card | null, [IsoDate, string, string][]]>([
    ['nothing changed', stored, stored, []],
    ['a title, a target, an open date changed', { ...stored, title: 'Altro' }, edit(([a, b]) => [a!, at(b!, 12, [['2024-06-30', '43'], ['2024-12-31', '70']])]), []],
    ['the indicators moved', stored, edit(([a, b]) => [b!, a!]), []],
    ['a closed value changed', stored, edit(([a, b]) => [at(a!, 11, [['2024-06-30', '2']]), b!]), [['2024-06-30', '1', '2']]],
    ['a closed value emptied', stored, edit(([a, b]) => [at(a!, 11, []), b!]), [['2024-06-30', '1', '—']]],
    ['the same number written with a decimal', stored, edit(([a, b]) => [at(a!, 11, [['2024-06-30', '1,0']]), b!]), [['2024-06-30', '1', '1,0']]],
    ['an indicator removed', stored, edit(([, b]) => [b!]), [['2024-06-30', '1', '—']]],
    ['a new indicator bringing a closed value', stored, edit((inds) => [...inds, at(row('n.', '5', '>= 4'), 0, [['2024-06-30', '5']])]), [['2024-06-30', '—', '5']]],
    ['a new indicator without a closed value', stored, edit((inds) => [...inds, at(row('n.', '5', '>= 4'), 0, [['2024-12-31', '5']])]), []],
    ['the card deleted', stored, null, [['2024-06-30', '1', '—'], ['2024-06-30', '43', '—']]],
    ['a new card', null, stored, [['2024-06-30', '—', '1'], ['2024-06-30', '—', '43']]],
  ])('%s', (_what, before, after, expected) => {
    const shown = (v: Value | null) => (v === null ? '—' : formatValue(v));
    expect(frozenEdits(before, after, CLOSED).map((e) => [e.date, shown(e.before), shown(e.after)])).toEqual(expected);
  });

  it('sees nothing when no date is closed', () => {
    expect(frozenEdits(stored, null, new Set())).toEqual([]);
  });

  it('compares stored values exactly', () => {
    expect(identicalValues(value('5'), value('5'))).toBe(true);
    expect(identicalValues(value('5'), value('5,0'))).toBe(false);
    expect(identicalValues(null, null)).toBe(true);
    expect(identicalValues(value('n.d.'), null)).toBe(false);
  });

  it('names the first edits and the way out', () => {
    const edits = frozenEdits(stored, null, CLOSED);
    expect(frozenEditsMessage(edits)).toBe(
      'Il monitoraggio al 30/06/2024 è chiuso: i suoi valori non si possono modificare né eliminare (scheda 01_01_OS01, «Indicatore di prova», valore al 30/06/2024: 1 → vuoto; scheda 01_01_OS01, «Indicatore di prova», valore al 30/06/2024: 43 → vuoto). Per correggere un valore usare «Rettifica…» nella scheda, indicando il motivo.',
    );
    const many = [...edits, ...edits, { ...edits[0]!, date: '2024-12-31' }];
    expect(frozenEditsMessage(many)).toMatch(/^I monitoraggi al 30\/06\/2024, 31\/12\/2024 sono chiusi: .*; e altri 2\)\./);
  });
});

describe('the snapshot of a closed date', () => {
  const doc = plan([{ ...stored, id: 7 }]);
  const snapshot = takeSnapshot(doc, '2024-06-30');

  it('keeps the ente, each objective and each indicator with its value and reason', () => {
    expect(snapshot.performance).toBeCloseTo((0.25 + 43 / 80) / 2);
    expect(snapshot.cards[0]).toMatchObject({ cardId: 7, code: '01_01_OS01' });
    expect(snapshot.cards[0]!.indicators.map((i) => [i.indicatorId, i.value, i.performance, i.reason])).toEqual([
      [11, value('1'), 0.25, 'rapporto valore/target'],
      [12, value('43'), 43 / 80, 'rapporto valore/target'],
    ]);
  });

  it('is found by card id, then by code, and follows new ids', () => {
    expect(snapshotCard(snapshot, { id: 7, code: 'X' })?.code).toBe('01_01_OS01');
    expect(snapshotCard(snapshot, { id: 99, code: '01_01_OS01' })?.cardId).toBe(7);
    expect(snapshotCard(snapshot, { id: 99, code: 'X' })).toBeUndefined();
    const moved = withNewIds(snapshot, new Map([[7, 70]]), new Map([[11, 110]]));
    expect(moved.cards[0]!.cardId).toBe(70);
    expect(moved.cards[0]!.indicators.map((i) => i.indicatorId)).toEqual([110, 0]);
  });
});

describe('comparison between two dates', () => {
  it.each<[number | null, number | null, number | null, string]>([
    [0.58, 0.61, 3, '+3 punti'],
    [0.61, 0.6, -1, '−1 punto'],
    [0.504, 0.496, 0, 'invariata'], // both shown as 50%
    [null, 0.61, null, '—'],
  ])('%s → %s changes by %s points', (from, to, change, text) => {
    expect(performanceChange(from, to).change).toBe(change);
    expect(describePoints(change)).toBe(text);
  });

  it.each<[string, string, string, string]>([
    ['n.', '43', '60', '+17'],
    ['n.', '5,0', '4,5', '−0,5'],
    ['%', '7%', '40%', '+33 punti'],
    ['%', '46,56%', '47,56%', '+1,00 punto'],
    ['n.', '3', '3', 'invariato'],
    ['si/no', 'no', 'sì', ''],
    ['n.', 'n.d.', 'n.d.', 'invariato'],
  ])('values %s: %s → %s is %s', (udm, from, to, expected) => {
    expect(valueDifference(value(from, udm), value(to, udm))).toBe(expected);
  });

  it('says what moved per indicator, objective, rollup and for the ente', () => {
    const other = card({ id: 2, code: '03_01_OS01', ambitoLine: '03_01', missione: '032', programma: '032.003', indicators: [at(row('n.', '1', '>= 2'), 21, [['2024-06-30', '1']])] });
    const comparison = compareDates(plan([stored, other]), '2024-06-30', '2024-12-31');
    const [first, second] = comparison.cards;
    expect(first!.indicators.map((i) => [i.fromValue, i.toValue, i.valueChange, i.change])).toEqual([
      ['1', '', '', null],
      ['43', '60', '+17', 21], // 54% → 75%
    ]);
    expect([first!.from, first!.to, first!.change]).toEqual([(0.25 + 43 / 80) / 2, 0.75, 36]); // 39% → 75%
    expect(second!.change).toBeNull(); // nothing at 31/12
    expect(comparison.counts).toEqual({ improved: 1, worsened: 0, unchanged: 0, notComparable: 1 });
    expect(comparison.rollups.ambito.map((r) => [r.key, r.change])).toEqual([
      ['01', 36],
      ['03', null],
    ]);
    // the ente over the objectives scored at BOTH dates only (issue 17 §9): 39% → 75%, never 45% (two) → 75% (one)
    expect(comparison.compared).toBe(1);
    expect(comparison.overall).toEqual({ from: (0.25 + 43 / 80) / 2, to: 0.75, change: 36 });
    expect(comparison.rollups.ambito.map((r) => [r.key, r.compared])).toEqual([
      ['01', 1],
      ['03', 0],
    ]);
  });
});
