// The Cruscotto at a date (issue 12): at 31/12 the one card with values is scored, the others are n.d. with "nessun
// valore al 31/12/2024"; compared with 30/06 the ente, every bar and every objective say what moved.
import { describe, expect, it } from 'vitest';
import type { Card, PlanDocument } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { buildDashboard } from '../../renderer/features/dashboard/dashboardModel';
import { directionOf } from '../../renderer/features/dashboard/dashboardComparison';

const withIds: PlanDocument = {
  ...samplePlan2024,
  id: 1,
  cards: samplePlan2024.cards.map((card, c) => ({ ...card, id: c + 1, indicators: card.indicators.map((ind, i) => ({ ...ind, id: (c + 1) * 100 + i })) })),
};
/** Card 01_01_OS01 with every 2024 target reached at 31/12. */
const yearEnd = (card: Card): Card => ({
  ...card,
  indicators: card.indicators.map((ind) => ({ ...ind, measurements: [...ind.measurements, { date: '2024-12-31', value: ind.targets.find((t) => t.year === 2024)!.value }] })),
});
const doc: PlanDocument = { ...withIds, cards: withIds.cards.map((card) => (card.code === '01_01_OS01' ? yearEnd(card) : card)) };

describe('the dashboard at a date', () => {
  it('without a date is at the latest date with the most values, and with no earlier one compares nothing (issue 17 §9)', () => {
    expect(buildDashboard(samplePlan2024)).toMatchObject({ monitoringDate: '30/06/2024', comparison: null });
    expect(buildDashboard(doc).monitoringDate).toBe('30/06/2024'); // 5 values at 31/12, 123 at 30/06
    const allYearEnd: PlanDocument = { ...withIds, cards: withIds.cards.map(yearEnd) };
    expect(buildDashboard(allYearEnd).monitoringDate).toBe('31/12/2024'); // as many: the later one
  });

  it('at 31/12 scores the card with values and lists the others as n.d., "nessun valore al 31/12/2024"', () => {
    const view = buildDashboard(doc, '2024-12-31');
    expect(view.overall).toMatchObject({ figure: '100%', scoredCount: 1, cardCount: 18 });
    expect(view.ndCards).toHaveLength(17);
    expect(view.ndCards.map((c) => c.code)).not.toContain('01_01_OS01');
    expect(new Set(view.ndCards.flatMap((c) => c.indicators.map((i) => i.reason)))).toEqual(new Set(['nessun valore al 31/12/2024']));
  });

  it('compares with 30/06: the ente, each bar and each objective', () => {
    const view = buildDashboard(doc, '2024-12-31');
    const comparison = view.comparison!;
    expect([comparison.from, comparison.to]).toEqual(['30/06/2024', '31/12/2024']);
    // only the objective scored at both dates is compared: 38% → 100%, never 61% (17 objectives) → 100% (1)
    expect(comparison.overall).toEqual({ from: '38%', to: '100%', change: '+62 punti', direction: 'up', compared: '1 obiettivo valutabile a entrambe le date' });
    expect(comparison.summary).toBe('1 obiettivo migliorato, 0 peggiorati, 0 invariati, 17 non confrontabili (n.d. a una delle due date)');
    expect(comparison.indicatorSummary).toBe('4 indicatori migliorati, 0 peggiorati, 1 invariato, 118 non confrontabili');
    expect(comparison.objectives[0]).toEqual({ code: '01_01_OS01', title: doc.cards[0]!.title, from: '38%', to: '100%', change: '+62 punti', direction: 'up' });
    const ambito01 = view.charts.find((c) => c.id === 'ambiti')!.bars.find((b) => b.code === '01')!;
    expect(ambito01).toMatchObject({ figure: '100%', previous: { change: '+62 punti', direction: 'up', date: '30/06/2024' } });
    expect(ambito01.previous!.performance).toBeCloseTo(0.38, 2);
    const ambito03 = view.charts.find((c) => c.id === 'ambiti')!.bars.find((b) => b.code === '03')!;
    expect(ambito03).toMatchObject({ figure: 'n.d.', previous: { change: '—', direction: 'nd' } });
  });

  it.each<[number | null, string]>([
    [3, 'up'],
    [-1, 'down'],
    [0, 'same'],
    [null, 'nd'],
  ])('a change of %s points goes %s', (change, direction) => {
    expect(directionOf(change)).toBe(direction);
  });
});
