// The rule behind issue 22, point 5: which errors of `check` a write would newly bring (imports refuse them all),
// and which of them a save refuses (emptying a required field that was filled; not what the editor builds in steps).
import { describe, expect, it } from 'vitest';
import type { Card } from '../../shared/model';
import { clearedRequiredFields, newCardErrors } from '../../shared/requiredFields';
import { card, catalogues, row, settings } from './builders';

const ctx = { settings: settings(), catalogues: catalogues(), cards: [] };
const stored: Card = card({ id: 5, title: 'Obiettivo', indicators: [{ ...row('n.', '4', '>= 5'), id: 11 }, { ...row('n.', '2', '>= 3'), id: 12, name: '' }] });
const codes = (found: { code: string; field?: string }[]) => found.map((f) => `${f.code}@${f.field}`);
const withIndicators = (indicators: Card['indicators']) => ({ ...stored, indicators });

describe('newCardErrors', () => {
  it('reports only errors the card did not have, following indicators by id when they move', () => {
    const moved = withIndicators([{ ...row('n.', '1', '>= 1'), id: 13 }, ...stored.indicators]);
    expect(codes(newCardErrors(stored, moved, ctx))).toEqual([]);
    expect(codes(newCardErrors(stored, { ...stored, title: '' }, ctx))).toEqual(['title-empty@title']);
    expect(codes(newCardErrors(null, { ...stored, title: '' }, ctx))).toEqual(['title-empty@title', 'indicator-name-empty@indicators.1.name']);
  });
});

describe('clearedRequiredFields', () => {
  it.each<[string, Card, string[]]>([
    ['an emptied title', { ...stored, title: ' ' }, ['title-empty@title']],
    ['an emptied name', withIndicators([{ ...stored.indicators[0]!, name: '' }, stored.indicators[1]!]), ['indicator-name-empty@indicators.0.name']],
    ['a blank indicator added', withIndicators([...stored.indicators, { ...row('n.', '', '>= 1'), id: 0, name: '' }]), []],
    ['a name already empty', withIndicators([stored.indicators[0]!, { ...stored.indicators[1]!, note: 'x' }]), []],
    ['a manual performance just set', withIndicators([{ ...stored.indicators[0]!, override: { performance: 0.4, justification: '' } }, stored.indicators[1]!]), []],
  ])('%s', (_name, after, expected) => {
    expect(codes(clearedRequiredFields(stored, after, ctx))).toEqual(expected);
  });
  it('refuses emptying the justification of a manual performance that had one', () => {
    const justified = withIndicators([{ ...stored.indicators[0]!, override: { performance: 0.4, justification: 'motivo' } }, stored.indicators[1]!]);
    const emptied = withIndicators([{ ...stored.indicators[0]!, override: { performance: 0.4, justification: '' } }, stored.indicators[1]!]);
    expect(codes(clearedRequiredFields(justified, emptied, ctx))).toEqual(['override-justification@indicators.0.override']);
  });
  it('leaves a new card to the editor’s findings', () => {
    expect(clearedRequiredFields(null, { ...stored, title: '' }, ctx)).toEqual([]);
  });
});
