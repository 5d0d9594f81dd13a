// Table tests of the new year's settings (years moved in title, horizon and monitoring date) and of the report of
// what a rollover carried over, on small plans and on the 2024 sample copied the way the repository copies it.
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../shared/model';
import { describeRollover, rolloverReport, settingsForYear, shiftDate, shiftYears } from '../../shared/rollover';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { row, value } from './builders';
import { rolledOver, withIds } from './planCopies';

describe('shiftYears', () => {
  it.each<[string, number[], number, string]>([
    ['Piano 2024', [2024, 2025, 2026], 1, 'Piano 2025'],
    ['Piano 2024–2026 (aggiornamento 2024)', [2024, 2025, 2026], 1, 'Piano 2025–2027 (aggiornamento 2025)'],
    ['Delibera n. 2024/12345 del 2023', [2024], 1, 'Delibera n. 2025/12345 del 2023'],
    ['codice 120245', [2024], 1, 'codice 120245'],
    ['Piano 2024', [2024], 2, 'Piano 2026'],
    ['Piano', [2024], 1, 'Piano'],
  ])('%s (years %j, +%i)', (text, years, shift, expected) => {
    expect(shiftYears(text, years, shift)).toBe(expected);
  });
});

describe('shiftDate', () => {
  it.each([
    ['2024-06-30', 1, '2025-06-30'],
    ['2024-12-31', 2, '2026-12-31'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2023-02-28', 1, '2024-02-28'],
    ['2025-06-30', -1, '2024-06-30'],
  ])('%s %+i → %s', (iso, shift, expected) => {
    expect(shiftDate(iso, shift)).toBe(expected);
  });
});

describe('settingsForYear', () => {
  it('moves title, horizon and monitoring date with the year and keeps the rest', () => {
    const next = settingsForYear(samplePlan2024.settings, 2025);
    expect(next).toEqual({
      ...samplePlan2024.settings,
      year: 2025,
      title: 'Piano degli indicatori e dei risultati attesi di bilancio – aggiornamento 2025',
      monitoringDate: '2025-06-30',
      monitoringDates: ['2025-06-30', '2025-12-31'],
      horizonStart: 2025,
      horizonEnd: 2027,
    });
    // issue 12: a plan's own list of dates moves with the year too
    expect(settingsForYear({ ...samplePlan2024.settings, monitoringDates: ['2024-03-31', '2024-12-31'] }, 2026).monitoringDates).toEqual(['2026-03-31', '2026-12-31']);
  });
});

describe('rolloverReport', () => {
  it('counts the 2024 sample as carried into 2025', () => {
    const source = withIds(samplePlan2024);
    const report = rolloverReport(source, rolledOver(source, 2025));
    expect(report).toMatchObject({
      fromYear: 2024,
      toYear: 2025,
      cards: 18,
      indicators: 123,
      linkedCards: 18,
      linkedIndicators: 123,
      horizon: { from: [2024, 2026], to: [2025, 2027] },
      monitoringDate: { from: '2024-06-30', to: '2025-06-30' },
      targets: [
        // 63 with a value, 57 n.d. or -- (not targets to score against: issue 17 §11), 3 empty
        { year: 2025, written: 63, notAvailable: 57, empty: 3 },
        { year: 2026, written: 63, notAvailable: 57, empty: 3 },
        { year: 2027, written: 0, notAvailable: 0, empty: 123 },
      ],
      targetsLeft: [{ year: 2024, written: 123 }],
      valuesDropped: 123,
      overridesDropped: 1,
    });
    expect(describeRollover(report)).toEqual([
      'Piano 2025 creato dal piano 2024: 18 schede e 123 indicatori copiati (18 schede e 123 indicatori collegati alla loro origine, per il confronto).',
      'Triennio 2025–2027 (era 2024–2026); data di monitoraggio 30/06/2025 (era 30/06/2024).',
      'Target riportati con il loro anno: 2025 (63 scritti, 57 n.d. o --, 3 vuoti), 2026 (63 scritti, 57 n.d. o --, 3 vuoti).',
      'Target da scrivere: 2027 (vuoti in tutti gli indicatori).',
      'Target 2024 non riportati (fuori dal nuovo triennio): 123.',
      'Valori rilevati non riportati (appartengono al 2024): 123.',
      'Performance impostate a mano non riportate: 1.',
      `Cataloghi copiati: ${report.catalogueEntries} voci.`,
    ]);
  });

  it('counts a jump of two years and a plan without links', () => {
    const indicator = row('n.', '5', '>= 4', {
      id: 7,
      targets: [2024, 2025, 2026].map((year) => ({ year, value: value(String(year - 2020)) })),
      measurements: [
        { date: '2024-06-30', value: value('5') },
        { date: '2024-12-31', value: value('6') },
      ],
    });
    const source: PlanDocument = { ...withIds(samplePlan2024), cards: [{ ...samplePlan2024.cards[0]!, id: 3, indicators: [indicator] }] };
    const created = rolledOver(source, 2026);
    const report = rolloverReport(source, { ...created, cards: created.cards.map(({ originId: _o, ...c }) => c) });
    expect(report).toMatchObject({
      linkedCards: 0,
      linkedIndicators: 1,
      targets: [
        { year: 2026, written: 1, notAvailable: 0, empty: 0 },
        { year: 2027, written: 0, notAvailable: 0, empty: 1 },
        { year: 2028, written: 0, notAvailable: 0, empty: 1 },
      ],
      targetsLeft: [
        { year: 2024, written: 1 },
        { year: 2025, written: 1 },
      ],
      valuesDropped: 2,
    });
    expect(describeRollover(report)[3]).toBe('Target da scrivere: 2027, 2028 (vuoti in tutti gli indicatori).');
  });
});
