// The horizon years and the blank card/indicator every editor, import and paste starts from.
import { describe, expect, it } from 'vitest';
import { blankCard, blankIndicator, horizonYears, MAX_HORIZON_YEARS } from '../../shared/planDefaults';
import { cardSchema } from '../../shared/schemas';

describe('horizonYears', () => {
  it.each([
    [2024, 2026, [2024, 2025, 2026]],
    [2024, 2024, [2024]],
    [2026, 2024, []],
  ])('%i–%i → %j', (horizonStart, horizonEnd, years) => {
    expect(horizonYears({ horizonStart, horizonEnd })).toEqual(years);
  });
  it('stops at MAX_HORIZON_YEARS whatever a hostile file says', () => {
    expect(horizonYears({ horizonStart: 1, horizonEnd: 1_000_000_000 })).toHaveLength(MAX_HORIZON_YEARS);
  });
});

describe('blank card and indicator', () => {
  it('are valid model objects that the API schema accepts', () => {
    const card = blankCard({ code: '01_01_OS09', title: 'Nuovo', indicators: [blankIndicator([2024, 2025], { name: 'Nuovo indicatore' })] });
    expect(cardSchema.safeParse(card).success).toBe(true);
  });
  it('give every horizon year an n.d. target and keep the given fields', () => {
    const indicator = blankIndicator([2024, 2025, 2026], { name: 'Eventi', weight: 0.5 });
    expect(indicator.targets).toEqual([2024, 2025, 2026].map((year) => ({ year, value: { kind: 'missing', mark: 'n.d.' } })));
    expect(indicator).toMatchObject({ id: 0, name: 'Eventi', weight: 0.5, operator: '>=', measurements: [] });
  });
  it('start a card with internal resources, weight 1 and no indicators', () => {
    expect(blankCard({ code: 'X' })).toMatchObject({ id: 0, code: 'X', resources: { kind: 'internal' }, weight: 1, indicators: [] });
  });
});
