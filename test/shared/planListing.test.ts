// What the list's rows say of a plan (shared/planListing.ts): the plan a window opens on — the one the address
// names when the file holds it, otherwise the latest year's, the first listed among equal years, the rule the renderer
// and `listLatestPlan` share — and the value tally counted from the rows.
import { describe, expect, it } from 'vitest';
import { cardListRow, openedPlanId, tallyOfRows } from '../../shared/planListing';
import { samplePlan2024 } from '../../shared/sample/plan2024';

const plans = [
  { id: 4, year: 2023 },
  { id: 7, year: 2025 },
  { id: 2, year: 2025 },
  { id: 9, year: 2024 },
];

describe('openedPlanId', () => {
  it('opens the latest year, the first listed among plans of that year', () => {
    expect(openedPlanId(plans)).toBe(7);
    expect(openedPlanId([...plans].reverse())).toBe(2);
  });

  it('opens the plan asked for when the file holds it, the latest otherwise', () => {
    expect(openedPlanId(plans, 9)).toBe(9);
    expect(openedPlanId(plans, 5)).toBe(7);
  });

  it('opens none in a file without plans', () => {
    expect(openedPlanId([])).toBeNull();
    expect(openedPlanId([], 3)).toBeNull();
  });
});

describe('tallyOfRows', () => {
  it('counts the indicators and, date by date in the order first met, the values of every row', () => {
    const [first] = samplePlan2024.cards.map((card) => cardListRow(card, samplePlan2024.settings));
    const row = (indicatorCount: number, valueCounts: Record<string, number>) => ({ ...first!, indicatorCount, valueCounts });
    const tally = tallyOfRows([row(3, { '2024-06-30': 2 }), row(0, {}), row(5, { '2023-12-31': 4, '2024-06-30': 1 })]);
    expect(tally.indicators).toBe(8);
    expect([...tally.byDate]).toEqual([['2024-06-30', 3], ['2023-12-31', 4]]);
    expect(tallyOfRows([])).toEqual({ indicators: 0, byDate: new Map() });
  });
});
