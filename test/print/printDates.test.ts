// The print at a monitoring date (issue 12): the date asked (or the latest with values) is said everywhere and
// scored; a closed date prints the performance kept at closing ("valori chiusi al …"); an amendment is a footnote
// on the value it corrected, with who, when, before, after and why.
import { describe, expect, it } from 'vitest';
import type { Amendment, Card, PlanDocument } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { takeSnapshot } from '../../shared/scoreSnapshot';
import { buildPrintDocument } from '../../renderer/features/print/printDocument';

const withIds: PlanDocument = {
  ...samplePlan2024,
  id: 1,
  cards: samplePlan2024.cards.map((card, c) => ({ ...card, id: c + 1, indicators: card.indicators.map((ind, i) => ({ ...ind, id: (c + 1) * 100 + i })) })),
};
const first = withIds.cards[0]!;
const yearEnd = (card: Card): Card => ({
  ...card,
  indicators: card.indicators.map((ind) => ({ ...ind, measurements: [...ind.measurements, { date: '2024-12-31', value: ind.targets.find((t) => t.year === 2024)!.value }] })),
});
const amendment: Amendment = {
  id: 1,
  date: '2024-06-30',
  cardId: first.id,
  indicatorId: first.indicators[1]!.id,
  cardCode: first.code,
  indicatorName: first.indicators[1]!.name,
  before: { kind: 'number', value: 43, decimals: 0 },
  after: { kind: 'number', value: 47, decimals: 0 },
  reason: 'conteggio rivisto',
  author: 'lbianchi',
  amendedAt: '2024-07-20T08:31:00.000Z',
};
const closedThenAmended: PlanDocument = {
  ...withIds,
  cards: [
    yearEnd({ ...first, indicators: first.indicators.map((ind, i) => (i === 1 ? { ...ind, measurements: [{ date: '2024-06-30', value: amendment.after! }] } : ind)) }),
    ...withIds.cards.slice(1),
  ],
  closures: [{ date: '2024-06-30', closedAt: '2024-07-15T08:30:00.000Z', closedBy: 'mrossi', snapshot: takeSnapshot(withIds, '2024-06-30') }],
  amendments: [amendment],
};
const card = (doc: PlanDocument, date?: string) => buildPrintDocument(doc, { wholePlan: false, codes: [first.code], ...(date ? { date } : {}) }).cards[0]!;

describe('print at a date', () => {
  it.each<[string | undefined, string, string[]]>([
    [undefined, '30/06/2024', ['1', '47', '0', '1', '7%']], // the latest date with the most values (123 at 30/06, 5 at 31/12)
    ['2024-12-31', '31/12/2024', ['4', '80', '15', '1', '80%']],
    ['2024-06-30', '30/06/2024', ['1', '47', '0', '1', '7%']],
  ])('asked %s prints the values and the scores at %s', (date, shown, values) => {
    const sheet = card(closedThenAmended, date);
    expect(sheet.monitoringDate).toBe(shown);
    expect(sheet.rows.map((r) => r.value)).toEqual(values);
    const whole = buildPrintDocument(closedThenAmended, { wholePlan: true, codes: [], ...(date ? { date } : {}) });
    expect(whole.front?.monitoringDate).toBe(shown);
    expect(whole.dashboard?.monitoringDate).toBe(shown);
  });

  it('prints the performance kept at closing beside today’s, and the amendment as a footnote on the value', () => {
    const sheet = card(closedThenAmended, '2024-06-30');
    expect(sheet.performance).toBe('39%'); // with 47 instead of 43
    expect(sheet.closed).toEqual({ closedAt: expect.stringMatching(/^15\/07\/2024 alle \d\d:30$/), closedBy: 'mrossi', performance: '38%', moved: true });
    const amended = sheet.rows[1]!;
    expect(amended.valueRefs).toHaveLength(1);
    expect(sheet.notes.find((n) => n.number === amended.valueRefs[0])?.text).toMatch(
      /^Rettifica del valore al 30\/06\/2024 dopo la chiusura del monitoraggio, il 20\/07\/2024 alle \d\d:31 da lbianchi: 43 → 47\. Motivo: conteggio rivisto$/,
    );
    expect(sheet.rows.filter((r) => r.valueRefs.length > 0)).toHaveLength(1);
  });

  it('says nothing of closings or amendments at an open date', () => {
    const sheet = card(closedThenAmended, '2024-12-31');
    expect(sheet.closed).toBeNull();
    expect(sheet.rows.every((r) => r.valueRefs.length === 0)).toBe(true);
  });

  it('prints «non rilevato» for a value not entered, kept apart from a declared n.d. (issue 17 §8)', () => {
    const other = (code: string, date: string) => buildPrintDocument(closedThenAmended, { wholePlan: false, codes: [code], date }).cards[0]!;
    expect(other('01_01_OS04', '2024-12-31').rows.map((r) => r.value)).toEqual(['non rilevato', 'non rilevato', 'non rilevato', 'non rilevato', 'non rilevato']);
    expect(other('01_03_OS02', '2024-06-30').rows[0]!.value).toBe('n.d.');
  });

  it('says of how many objectives the ente’s figure is the mean: «1 di 18 obiettivi valutabili» at 31/12 (issue 17 §9)', () => {
    const at = (date: string) => buildPrintDocument(closedThenAmended, { wholePlan: true, codes: [], date });
    expect(at('2024-12-31').front).toMatchObject({ overall: '100%', scored: '1 di 18 obiettivi valutabili' });
    expect(at('2024-06-30').front?.scored).toBe('17 di 18 obiettivi valutabili');
    expect(at('2024-12-31').dashboard?.comparison?.overall).toMatchObject({ from: '39%', to: '100%', compared: '1 obiettivo valutabile a entrambe le date' });
  });
});
