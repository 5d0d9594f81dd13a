// Draft keys as pure functions: parsing, counting per card, and following rows that move, go or are replaced.
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../shared/model';
import { blankIndicator } from '../../shared/planDefaults';
import { followCardDrafts, followIndicatorDrafts, followSeasonDrafts, indicatorMoves, parseDraftKey, unsavedByCard, unsavedLabel } from '../../renderer/store/draftKeys';

const ind = (name: string): Indicator => blankIndicator([2024], { name });
const [a, b, c, d] = [ind('a'), ind('b'), ind('c'), ind('d')] as const;

describe('draft keys', () => {
  it.each([
    ['card:12:weight', { kind: 'card', cardId: 12, field: 'weight' }],
    ['card:-1:code', { kind: 'card', cardId: -1, field: 'code' }],
    ['card:12:ind:3:target.2024', { kind: 'indicator', cardId: 12, index: 3, field: 'target.2024' }],
    ['settings:year', { kind: 'other', key: 'settings:year' }],
  ])('parses %j', (key, target) => {
    expect(parseDraftKey(key)).toEqual(target);
  });

  it('counts the drafts of each card, in Italian', () => {
    expect([...unsavedByCard({ 'card:1:code': 'x', 'card:1:ind:0:value': 'y', 'card:2:weight': 'z', 'settings:year': 'w' })]).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect([unsavedLabel(1), unsavedLabel(3)]).toEqual(['1 valore non salvato', '3 valori non salvati']);
  });

  it.each<[string, Indicator[], Indicator[], (number | null)[]]>([
    ['move', [a, b, c], [b, a, c], [1, 0, 2]],
    ['remove', [a, b, c], [a, c], [0, null, 1]],
    ['insert', [a, b], [a, d, b], [0, 2]],
    ['replace in place', [a, b, c], [a, { ...b }, c], [0, 1, 2]],
    ['replace two in place', [a, b, c], [{ ...a }, b, { ...c }], [0, 1, 2]],
  ])('row moves: %s', (_what, before, after, moves) => {
    expect(indicatorMoves(before, after)).toEqual(moves);
  });

  it('follows rows of one card only, and cards to new ids', () => {
    const drafts = { 'card:1:ind:0:value': 'x', 'card:1:ind:1:weight': 'y', 'card:2:ind:0:value': 'z' };
    expect(followIndicatorDrafts(drafts, 1, [a, b], [b])).toEqual({ 'card:1:ind:0:weight': 'y', 'card:2:ind:0:value': 'z' });
    expect(followIndicatorDrafts(drafts, 1, [a, b], [a, b])).toBe(drafts);
    expect(followCardDrafts(drafts, 1, 7)).toEqual({ 'card:7:ind:0:value': 'x', 'card:7:ind:1:weight': 'y', 'card:2:ind:0:value': 'z' });
    expect(followCardDrafts(drafts, 2, null)).toEqual({ 'card:1:ind:0:value': 'x', 'card:1:ind:1:weight': 'y' });
  });
});

describe('drafts follow the season (issue 17)', () => {
  it.each<[string, Record<string, string>, Record<string, string>]>([
    ['the season column (value) keeps its date, the new season becomes value', { 'card:1:ind:0:value': '4x', 'card:1:ind:1:value.2024-12-31': '7y' }, { 'card:1:ind:0:value.2024-06-30': '4x', 'card:1:ind:1:value': '7y' }],
    ['other fields and dates stay', { 'card:1:ind:0:target.2024': 'z', 'card:2:ind:0:value.2024-09-30': 'w', 'settings:x': 'v' }, { 'card:1:ind:0:target.2024': 'z', 'card:2:ind:0:value.2024-09-30': 'w', 'settings:x': 'v' }],
  ])('%s', (_what, drafts, expected) => {
    expect(followSeasonDrafts(drafts, '2024-06-30', '2024-12-31')).toEqual(expected);
  });

  it('returns the same object when nothing moves', () => {
    const drafts = { 'card:1:ind:0:weight': '1' };
    expect(followSeasonDrafts(drafts, '2024-06-30', '2024-12-31')).toBe(drafts);
    expect(followSeasonDrafts({ 'card:1:ind:0:value': 'x' }, '2024-06-30', '2024-06-30')).toEqual({ 'card:1:ind:0:value': 'x' });
  });
});
