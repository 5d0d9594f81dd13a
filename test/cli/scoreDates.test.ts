// `score --date` (issue 12): the date scored is chosen (default: the latest date with values), said in the text and
// in the JSON, closed dates reported with the performance kept at closing; wrong dates refused with the plan's dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import type { Card } from '../../shared/model';
import { tempFolder } from '../db/tempFiles';
import { cli } from './captureCli';

const folder = tempFolder();
afterAll(() => folder.remove());
let sample: string;
let withYearEnd: string;

/** Values at 31/12/2024 for card 01_01_OS01 only (4 of 4, 80 of 80…: every target met), 30/06 closed. */
function yearEndOfOneCard(card: Card): Card {
  return {
    ...card,
    indicators: card.indicators.map((ind) => ({ ...ind, measurements: [...ind.measurements, { date: '2024-12-31', value: ind.targets.find((t) => t.year === 2024)!.value }] })),
  };
}

beforeAll(() => {
  sample = folder.file('sample.pira');
  createSampleFile(sample).close();
  withYearEnd = folder.file('year-end.pira');
  const file = createSampleFile(withYearEnd);
  const plan = file.repo.loadPlan(file.repo.listPlans()[0]!.id);
  file.repo.closeMonitoringDate(plan.id, '2024-06-30', 'mrossi');
  file.repo.saveCard(plan.id, yearEndOfOneCard(plan.cards[0]!));
  file.close();
});

describe('score --date', () => {
  it('scores the latest date with the most values by default and says which dates the plan has', async () => {
    const text = await cli('score', '--db', sample);
    expect(text.out).toMatch(/^Date di monitoraggio: 30\/06\/2024 \(123 valori\), 31\/12\/2024 \(nessun valore\)$/m);
    expect(text.out).toMatch(/^Valori al 30\/06\/2024 · prestazione complessiva dell'ente: 61%$/m);
    const json = JSON.parse((await cli('score', '--db', withYearEnd, '--json')).out);
    // 5 values at 31/12 against 123 at 30/06: still 30/06, not a 31/12 where 17 cards are n.d. (issue 17 §9)
    expect(json.plan).toMatchObject({ monitoringDate: '2024-06-30', scoredAt: '2024-06-30' });
  });

  it('at 31/12 scores the card with values and gives the others "nessun valore al 31/12/2024"', async () => {
    const { code, out } = await cli('score', '--db', withYearEnd, '--date', '31/12/2024', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.plan.scoredAt).toBe('2024-12-31');
    expect(report.plan.performance).toBe(1);
    const [first, ...others] = report.cards as { code: string; performance: number | null; indicators: { actual: string | null; performance: number | null }[] }[];
    expect(first).toMatchObject({ code: '01_01_OS01', performance: 1 });
    expect(first!.indicators.map((i) => i.actual)).toEqual(['4', '80', '15', '1', '80%']);
    // not entered is null ("non rilevato"), never the "n.d." the office writes for a value not available (issue 17 §8)
    expect(others.every((c) => c.performance === null && c.indicators.every((i) => i.actual === null && i.performance === null))).toBe(true);
    const text = (await cli('score', '--db', withYearEnd, '--date', '31/12/2024')).out;
    expect(text).toMatch(/Ampiezza delle azioni di preparazione e accompagnamento +non rilevato/);
    expect(report.plan.monitoringDates).toEqual([
      { date: '2024-06-30', values: 123, closed: true, closedAt: expect.any(String), closedBy: 'mrossi', closedPerformance: expect.closeTo(0.61, 2) },
      { date: '2024-12-31', values: 5, closed: false },
    ]);
  });

  it('keeps a written n.d. apart from a value not entered', async () => {
    const report = JSON.parse((await cli('score', '--db', withYearEnd, '--date', '30/06/2024', '--json')).out);
    const card = (report.cards as { code: string; indicators: { actual: string | null }[] }[]).find((c) => c.code === '01_03_OS02')!;
    expect(card.indicators[0]!.actual).toBe('n.d.');
  });

  it('says in the text that a date is closed and what the ente scored when it was closed', async () => {
    const { out } = await cli('score', '--db', withYearEnd, '--date', '30/06/2024');
    expect(out).toMatch(/^Date di monitoraggio: 30\/06\/2024 \(123 valori, chiuso il \d\d\/\d\d\/\d{4} alle \d\d:\d\d da mrossi\), 31\/12\/2024 \(5 valori\)$/m);
    expect(out).toMatch(/^Valori al 30\/06\/2024 · prestazione complessiva dell'ente: 61% \(monitoraggio chiuso: alla chiusura la prestazione era 61%\)$/m);
  });

  it.each<[string, string, number, RegExp]>([
    ['a malformed date', '31-13-2024', 2, /Data non valida \(--date\): "31-13-2024" non è una data esistente\./],
    ['a date that is not one of the plan’s', '30/09/2024', 1, /Il 30\/09\/2024 non è una data di monitoraggio del piano 2024 \(date del piano: 30\/06\/2024, 31\/12\/2024\)\./],
  ])('refuses %s', async (_what, date, code, message) => {
    const result = await cli('score', '--db', sample, '--date', date);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message);
    expect(result.out).toBe('');
  });

  it('never writes the file', async () => {
    const before = openPlanFile(withYearEnd, { readonly: true });
    const snapshot = JSON.stringify(before.repo.loadPlan(1));
    before.close();
    await cli('score', '--db', withYearEnd, '--date', '31/12/2024');
    const after = openPlanFile(withYearEnd, { readonly: true });
    expect(JSON.stringify(after.repo.loadPlan(1))).toBe(snapshot);
    after.close();
  });
});
