// The plan selector's summaries follow the plan on screen: a deleted or added card changes the count at once.
import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { planLabel, withOpenPlan } from '../../renderer/store/planSummaries';

const doc = { ...samplePlan2024, id: 1 };
const stale: PlanSummary[] = [
  { id: 1, ente: doc.settings.ente, year: 2024, title: doc.settings.title, cardCount: 20 },
  { id: 2, ente: 'Altro ente', year: 2025, title: 'Piano 2025', cardCount: 1 },
];

describe('withOpenPlan', () => {
  it('counts the open plan’s cards as they are now, leaves the others as the file listed them', () => {
    const after = withOpenPlan(stale, doc, doc.cards.length - 1);
    expect(after.map((p) => p.cardCount)).toEqual([17, 1]);
    expect(planLabel(after[0]!)).toBe(`2024 – ${doc.settings.ente} (17 schede)`);
    expect(planLabel(after[1]!)).toBe('2025 – Altro ente (1 scheda)');
  });
  it('changes nothing without an open plan', () => {
    expect(withOpenPlan(stale, null, 5)).toEqual(stale);
  });
});
