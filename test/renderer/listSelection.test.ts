// The card list's selection rules: one box, Shift-click ranges in the shown order, the header box over the
// filtered rows only, and the selected cards in plan order for export and print.
import { describe, expect, it } from 'vitest';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { selectedInPlanOrder, selectionState, selectRange, toggleAllShown, toggleCode } from '../../renderer/store/listSelection';

const shown = ['A', 'B', 'C', 'D', 'E'];

describe('toggleCode', () => {
  it.each<[string[], string, string[]]>([
    [[], 'B', ['B']],
    [['B', 'D'], 'B', ['D']],
    [['D'], 'A', ['D', 'A']],
  ])('%j toggling %s → %j', (selected, code, expected) => {
    expect(toggleCode(selected, code)).toEqual(expected);
  });
});

describe('selectRange (Shift-click)', () => {
  it.each<[string, string[], string | null, string, string[]]>([
    ['ticks from the anchor down to the target', ['B'], 'B', 'D', ['B', 'C', 'D']],
    ['ticks upwards too', ['D'], 'D', 'B', ['D', 'B', 'C']],
    ['unticks the range when the target was ticked', ['A', 'B', 'C', 'D'], 'A', 'C', ['D']],
    ['keeps selected rows outside the range', ['E'], 'A', 'B', ['E', 'A', 'B']],
    ['without an anchor only the target changes', [], null, 'C', ['C']],
    ['an anchor filtered out of view counts as none', [], 'Z', 'C', ['C']],
  ])('%s', (_, selected, anchor, target, expected) => {
    expect(selectRange(selected, shown, anchor, target)).toEqual(expected);
  });
});

describe('header box over the filtered rows', () => {
  it.each<[string[], string[], string[]]>([
    [[], ['B', 'C'], ['B', 'C']],
    [['A'], ['B', 'C'], ['A', 'B', 'C']], // a row hidden by the filter stays selected
    [['A', 'B', 'C'], ['B', 'C'], ['A']], // all shown ticked: untick the shown ones only
    [['B'], ['B', 'C'], ['B', 'C']],
  ])('%j with %j shown → %j', (selected, visible, expected) => {
    expect(toggleAllShown(selected, visible)).toEqual(expected);
  });

  it.each<[string[], string[], string]>([
    [[], shown, 'none'],
    [['Z'], shown, 'none'],
    [['A'], shown, 'some'],
    [shown, shown, 'all'],
    [['A'], [], 'none'],
  ])('%j of %j is %s', (selected, visible, expected) => {
    expect(selectionState(selected, visible)).toBe(expected);
  });
});

describe('selectedInPlanOrder', () => {
  it('lists existing cards in plan order, dropping codes no card has any more', () => {
    const cards = samplePlan2024.cards.map((c, i) => ({ ...c, position: i + 1 }));
    expect(selectedInPlanOrder(['03_01_OS01', 'SPARITA', '01_01_OS04'], cards)).toEqual(['01_01_OS04', '03_01_OS01']);
  });
});
