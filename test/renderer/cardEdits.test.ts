// Pure card edits used by the indicator grid: move, remove, insert (weights), equal weights, set or clear a
// value/target, parsers of cap and override.
import { describe, expect, it } from 'vitest';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { blankIndicator } from '../../shared/planDefaults';
import { equalWeights, insertIndicators, moveIndicator, removeIndicator, withMeasurement, withTarget } from '../../renderer/features/editor/cardEdits';
import { parseCap, parseOverridePerformance } from '../../renderer/features/editor/indicatorParsers';

const card = samplePlan2024.cards[0]!;
const names = (c: typeof card) => c.indicators.map((i) => i.name);

describe('card edits', () => {
  it.each([
    [0, 1, [1, 0, 2, 3, 4]],
    [4, 0, [4, 0, 1, 2, 3]],
    [0, -1, [0, 1, 2, 3, 4]],
    [2, 9, [0, 1, 2, 3, 4]],
  ])('move %i -> %i', (from, to, order) => {
    expect(names(moveIndicator(card, from, to))).toEqual(order.map((i) => card.indicators[i]!.name));
  });

  it('removes one indicator and ignores a missing index', () => {
    expect(names(removeIndicator(card, 1))).toEqual(names(card).filter((_, i) => i !== 1));
    expect(removeIndicator(card, 99)).toBe(card);
  });

  it('inserts after an index with the weight the indicator brings: a blank one weighs 0%, never a silent 120% total', () => {
    // (issue 8: before, a blank indicator got the average weight, 6 × 20%)
    const next = insertIndicators(card, [{ ...blankIndicator([2024, 2025, 2026]), name: 'Nuovo' }], 0);
    expect(next.indicators[1]?.name).toBe('Nuovo');
    expect(next.indicators.map((i) => i.weight)).toEqual([0.2, 0, 0.2, 0.2, 0.2, 0.2]);
    expect(next.indicators[1]?.targets.map((t) => t.year)).toEqual([2024, 2025, 2026]);
    expect(insertIndicators(card, [{ ...blankIndicator([2024]), weight: 0.1 }]).indicators.at(-1)?.weight).toBe(0.1);
  });

  it('shares the weights equally as the office writes them, keeping untouched indicators', () => {
    const six = insertIndicators(card, [blankIndicator([2024])]);
    expect(equalWeights(six).indicators.map((i) => i.weight)).toEqual(Array(6).fill(0.167));
    expect(equalWeights(card)).toEqual(card);
    expect(equalWeights(card).indicators[0]).toBe(card.indicators[0]);
  });

  it('an empty value removes the measurement of that date (nothing measured), other dates stay', () => {
    const ind = withMeasurement(card.indicators[0]!, '2024-12-31', { kind: 'number', value: 9, decimals: 0 });
    const emptied = withMeasurement(ind, '2024-06-30', { kind: 'missing', mark: '' });
    expect(emptied.measurements.map((m) => m.date)).toEqual(['2024-12-31']);
    expect(withMeasurement(emptied, '2024-06-30', { kind: 'missing', mark: '' })).toBe(emptied);
  });

  it('replaces the measurement of a date and the target of a year', () => {
    const ind = card.indicators[0]!;
    const v = { kind: 'number', value: 7, decimals: 0 } as const;
    const measured = withMeasurement(ind, '2024-06-30', v);
    expect(measured.measurements.filter((m) => m.date === '2024-06-30')).toEqual([{ date: '2024-06-30', value: v }]);
    const targeted = withTarget(ind, 2025, v);
    expect(targeted.targets.find((t) => t.year === 2025)?.value).toEqual(v);
    expect(targeted.targets).toHaveLength(ind.targets.length);
  });
});

describe('indicator parsers', () => {
  it.each([
    ['', { ok: true, value: undefined }],
    ['nessuno', { ok: true, value: 'none' }],
    ['110%', { ok: true, value: 1.1 }],
  ])('cap %j', (text, expected) => {
    expect(parseCap(text)).toEqual(expected);
  });
  it('refuses a bad cap and a bad override with an Italian message', () => {
    expect(parseCap('tanto')).toMatchObject({ ok: false, error: expect.stringContaining('limite') });
    expect(parseOverridePerformance('boh')).toMatchObject({ ok: false, error: expect.stringContaining('performance') });
    expect(parseOverridePerformance('57%')).toEqual({ ok: true, value: 0.57 });
  });
});
