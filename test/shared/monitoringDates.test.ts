// Monitoring dates (issue 12): the list, which dates hold values, the date scored by default, the grids' keys, the
// reason of an indicator without a value, and scoring each date against the target of its own year.
import { describe, expect, it } from 'vitest';
import type { Card, Indicator, IsoDate, Value } from '../../shared/model';
import {
  cardHasValuesAt,
  defaultMonitoringDates,
  defaultScoringDate,
  measurementKey,
  monitoringDatesOf,
  previousDateWithValues,
  scoringDateOf,
  unlistedValuesMessage,
  valueAt,
  valueCounts,
} from '../../shared/monitoringDates';
import { scoreCard, scoreIndicator, scoringContextAt, scorePlan } from '../../shared/scoring';
import { card, plan, row, settings, value } from './builders';

const EMPTY: Value = { kind: 'missing', mark: '' };
const at = (ind: Indicator, measurements: [IsoDate, Value][]): Indicator => ({ ...ind, measurements: measurements.map(([date, v]) => ({ date, value: v })) });

describe('the list of dates', () => {
  it.each<[string, Parameters<typeof monitoringDatesOf>[0], IsoDate[]]>([
    ['defaults of the year', { year: 2024, monitoringDate: '2024-06-30' }, ['2024-06-30', '2024-12-31']],
    ['defaults with another monitoring date', { year: 2025, monitoringDate: '2025-09-30' }, ['2025-06-30', '2025-09-30', '2025-12-31']],
    ['a stored list, sorted, once each', { year: 2024, monitoringDate: '2024-12-31', monitoringDates: ['2024-12-31', '2024-03-31', '2024-12-31'] }, ['2024-03-31', '2024-12-31']],
    ['a stored list missing the monitoring date', { year: 2024, monitoringDate: '2024-06-30', monitoringDates: ['2024-12-31'] }, ['2024-06-30', '2024-12-31']],
  ])('%s', (_what, given, expected) => {
    expect(monitoringDatesOf(given)).toEqual(expected);
  });

  it('starts each year with 30/06 and 31/12', () => {
    expect(defaultMonitoringDates(2026)).toEqual(['2026-06-30', '2026-12-31']);
  });

  it.each<[IsoDate, IsoDate, string]>([
    ['2024-06-30', '2024-06-30', 'value'],
    ['2024-12-31', '2024-06-30', 'value.2024-12-31'],
    ['2024-06-30', '2024-12-31', 'value.2024-06-30'],
  ])('the value column of %s when the monitoring date is %s is keyed %s', (date, monitoring, key) => {
    expect(measurementKey(date, monitoring)).toBe(key);
  });
});

describe('values at a date', () => {
  const ind = at(row('n.', '1', '>= 4'), [
    ['2024-06-30', value('1')],
    ['2024-09-30', EMPTY],
    ['2024-12-31', value('n.d.')],
  ]);
  it.each<[IsoDate, Value | undefined]>([
    ['2024-06-30', value('1')],
    ['2024-09-30', undefined], // an empty cell is no value
    ['2024-12-31', value('n.d.')], // n.d. written by the office is a value
    ['2025-06-30', undefined],
  ])('at %s', (date, expected) => {
    expect(valueAt(ind, date)).toEqual(expected);
  });

  const a = card({ id: 1, indicators: [ind, at(row('n.', '2', '>= 4'), [['2024-06-30', value('2')]])] });
  const b = card({ id: 2, code: '01_01_OS02', indicators: [at(row('n.', '2', '>= 4'), [])] });

  it('counts the values of each date', () => {
    expect([...valueCounts([a, b])]).toEqual([
      ['2024-06-30', 2],
      ['2024-12-31', 1],
    ]);
    expect(cardHasValuesAt(a, '2024-12-31')).toBe(true);
    expect(cardHasValuesAt(b, '2024-06-30')).toBe(false);
  });

  it.each<[string, Card[], IsoDate | null, IsoDate, IsoDate | null]>([
    ['the latest date with the most values', [a], null, '2024-06-30', null],
    ['the later of two dates with as many values', [a, card({ id: 3, code: '01_01_OS03', indicators: [at(row('n.', '2', '>= 4'), [['2024-12-31', value('3')]])] })], null, '2024-12-31', '2024-06-30'],
    ['the monitoring date when nothing has values', [b], null, '2024-06-30', null],
    ['the date chosen on screen', [a], '2024-06-30', '2024-06-30', null],
    ['the default when the chosen date is not the plan’s', [a], '2023-12-31', '2024-06-30', null],
  ])('scores at %s', (_what, cards, chosen, expected, previous) => {
    const doc = plan(cards);
    expect(scoringDateOf(doc, chosen)).toBe(expected);
    if (chosen === null) expect(defaultScoringDate(doc)).toBe(expected);
    expect(previousDateWithValues(doc, expected)).toBe(previous);
  });

  it('says in Italian which dates hold values outside the list', () => {
    expect(unlistedValuesMessage([{ date: '2024-12-31', count: 5 }])).toBe(
      'La data 31/12/2024 (5 valori) ha valori ma non è tra le date di monitoraggio del piano: aggiungerla in Impostazioni, oppure cancellare prima i suoi valori.',
    );
  });
});

describe('scoring at a date', () => {
  const twoDates = at(row('n.', '1', '>= 4'), [
    ['2024-06-30', value('1')],
    ['2024-12-31', value('4')],
  ]);
  const withLaterTarget: Indicator = { ...twoDates, targets: [...twoDates.targets.filter((t) => t.year !== 2025), { year: 2025, value: value('8') }], measurements: [...twoDates.measurements, { date: '2025-06-30', value: value('2') }] };

  it.each<[IsoDate, number | null, string]>([
    ['2024-06-30', 0.25, 'rapporto valore/target'],
    ['2024-12-31', 1, 'target raggiunto'],
    ['2025-06-30', 0.25, 'rapporto valore/target'], // against the 2025 target (8), not 2024's
    ['2024-09-30', null, 'nessun valore al 30/09/2024'],
  ])('at %s each date against the target of its year', (date, performance, reason) => {
    const score = scoreIndicator(withLaterTarget, scoringContextAt(settings(), date));
    expect([score.performance, score.reason]).toEqual([performance, reason]);
  });

  it('says "nessun valore" for nothing entered and "non disponibile" for a written n.d.', () => {
    const ctx = scoringContextAt(settings(), '2024-06-30');
    expect(scoreIndicator(at(twoDates, [['2024-06-30', EMPTY]]), ctx).reason).toBe('nessun valore al 30/06/2024');
    expect(scoreIndicator(at(twoDates, [['2024-06-30', value('n.d.')]]), ctx).reason).toBe('valore al 30/06/2024 non disponibile');
  });

  it('scores the plan at the date asked, by default at its monitoring date', () => {
    const doc = plan([card({ indicators: [twoDates] })]);
    expect(scorePlan(doc).performance).toBe(0.25);
    expect(scorePlan(doc, '2024-12-31').performance).toBe(1);
    expect(scoreCard(card({ indicators: [at(twoDates, [])] }), scoringContextAt(settings(), '2024-12-31')).reason).toBe('nessun indicatore valutabile');
  });
});

describe('a manual performance at a date', () => {
  const overridden = { ...row('n.', '1', '>= 4'), override: { performance: 0.57, justification: 'deroga' } };
  it.each<[IsoDate, number | null, string]>([
    ['2024-06-30', 0.57, 'deroga'], // the date of its value
    ['2024-12-31', null, 'nessun valore al 31/12/2024'], // a date still empty stays n.d.
  ])('at %s', (date, performance, reason) => {
    const score = scoreIndicator(overridden, scoringContextAt(settings(), date));
    expect([score.performance, score.reason]).toEqual([performance, reason]);
  });
});
