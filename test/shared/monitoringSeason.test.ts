// The season (issue 17): the open date being filled, how full it is, the date offered once it is closed or full, and
// the order Alt+V / Alt+N visit the open dates.
import { describe, expect, it } from 'vitest';
import type { Closure, IsoDate, PlanDocument } from '../../shared/model';
import { fillOrder, missingAt, nextSeasonDate, seasonChoices, seasonState } from '../../shared/monitoringSeason';
import { card, plan, row } from './builders';

const closure = (date: IsoDate): Closure => ({ date, closedAt: '2024-07-15T10:00:00Z', closedBy: 'mrossi', snapshot: { date, performance: null, cards: [] } });
const withYearEnd = (doc: PlanDocument, values: string[]): PlanDocument => ({
  ...doc,
  cards: doc.cards.map((c) => ({
    ...c,
    indicators: c.indicators.map((ind, i) => (values[i] === undefined ? ind : { ...ind, measurements: [...ind.measurements, { date: '2024-12-31', value: { kind: 'number', value: Number(values[i]), decimals: 0 } }] })),
  })),
});

/** 2 indicators, both with a value at 30/06, none at 31/12 (the sample plan in small). */
const sample = (extra: Partial<PlanDocument> = {}, season: IsoDate = '2024-06-30'): PlanDocument => ({
  ...plan([card({ indicators: [row('n.', '1', '>= 4'), row('n.', '43', '>= 80')] })], { monitoringDate: season, monitoringDates: ['2024-06-30', '2024-12-31'] }),
  ...extra,
});

describe('the state of the season', () => {
  it.each<[string, PlanDocument, { closed: boolean; missing: number; full: boolean }, IsoDate | null]>([
    ['30/06 full, 31/12 empty: offers 31/12', sample(), { closed: false, missing: 0, full: true }, '2024-12-31'],
    ['30/06 closed: offers 31/12', sample({ closures: [closure('2024-06-30')] }), { closed: true, missing: 0, full: true }, '2024-12-31'],
    ['31/12 being filled, half empty: nothing to offer', withYearEnd(sample({}, '2024-12-31'), ['3']), { closed: false, missing: 1, full: false }, null],
    ['31/12 full too: no open date has empty values', withYearEnd(sample({}, '2024-12-31'), ['3', '70']), { closed: false, missing: 0, full: true }, null],
    ['30/06 closed, 31/12 full: nothing to offer', withYearEnd(sample({ closures: [closure('2024-06-30')] }), ['3', '70']), { closed: true, missing: 0, full: true }, null],
  ])('%s', (_what, doc, expected, offered) => {
    expect(seasonState(doc)).toEqual({ date: doc.settings.monitoringDate, total: 2, ...expected });
    expect(nextSeasonDate(doc)).toBe(offered);
  });

  it('counts an n.d. written as a value, an empty cell as missing', () => {
    const doc = sample();
    const [first] = doc.cards;
    const marked = { ...first!, indicators: [{ ...first!.indicators[0]!, measurements: [{ date: '2024-06-30', value: { kind: 'missing' as const, mark: 'n.d.' as const } }] }, { ...first!.indicators[1]!, measurements: [{ date: '2024-06-30', value: { kind: 'missing' as const, mark: '' as const } }] }] };
    expect(missingAt([marked], '2024-06-30')).toBe(1);
  });
});

describe('the order Alt+V and Alt+N visit the open dates', () => {
  it.each<[string, IsoDate, IsoDate[], IsoDate[]]>([
    ['the season first, then the later dates, then the earlier ones', '2024-06-30', [], ['2024-06-30', '2024-09-30', '2024-12-31', '2024-03-31']],
    ['a closed season is skipped', '2024-06-30', ['2024-06-30'], ['2024-09-30', '2024-12-31', '2024-03-31']],
    ['closed dates are never visited', '2024-12-31', ['2024-03-31', '2024-06-30'], ['2024-12-31', '2024-09-30']],
  ])('%s', (_what, season, closed, expected) => {
    expect(fillOrder({ year: 2024, monitoringDate: season, monitoringDates: ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31'] }, new Set(closed))).toEqual(expected);
  });

  it('a season may be any open date (the closed season stays listed to be shown)', () => {
    expect(seasonChoices(sample({ closures: [closure('2024-06-30')] }))).toEqual(['2024-06-30', '2024-12-31']);
    expect(seasonChoices({ ...sample({ closures: [closure('2024-06-30')] }), settings: { ...sample().settings, monitoringDate: '2024-12-31' } })).toEqual(['2024-12-31']);
  });
});
