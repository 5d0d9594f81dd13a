// Areas and offices spelled differently only by case or spacing: found as one entry, merged into the chosen
// spelling (catalogue and cards), and suggested once while typing, on the real 2024 sample and on small tables.
import { describe, expect, it } from 'vitest';
import { canonicalName, mergeSpellings, preferredSpelling, spellingGroups, suggestedNames } from '../../shared/catalogueNames';
import type { Card, Catalogues } from '../../shared/model';
import { blankCard } from '../../shared/planDefaults';
import { samplePlan2024 } from '../../shared/sample/plan2024';

const AREA = 'Promozione e Sviluppo Economico';

function plan(aree: string[], cardAreas: string[]): { catalogues: Catalogues; cards: Card[] } {
  return {
    catalogues: { ...samplePlan2024.catalogues, aree: aree.map((name) => ({ name })) },
    cards: cardAreas.map((area, i) => blankCard({ id: i + 1, code: `01_01_OS0${i + 1}`, area })),
  };
}

describe('spellingGroups on the sample', () => {
  it('finds the three spellings of the promotion area with their card counts', () => {
    const groups = spellingGroups(samplePlan2024, 'aree');
    expect(groups).toHaveLength(1);
    expect(groups[0]?.spellings).toEqual([
      { name: AREA, cardCount: 7, inCatalogue: true },
      { name: 'Promozione e sviluppo economico', cardCount: 2, inCatalogue: true },
      { name: 'Promozione e Sviluppo economico', cardCount: 1, inCatalogue: true },
    ]);
    expect(preferredSpelling(groups[0]!)).toBe(AREA);
  });

  it('finds «Obiettivo trasversale» / «Obiettivo Trasversale» among the offices', () => {
    expect(spellingGroups(samplePlan2024, 'uffici').map((g) => g.spellings.map((s) => s.name))).toEqual([
      ['Obiettivo trasversale', 'Obiettivo Trasversale'],
    ]);
  });
});

describe('spellingGroups', () => {
  it.each<[string, string[], string[], string[][]]>([
    ['spacing counts as a variant', ['Area A'], [' Area  A', 'Area A'], [['Area A', ' Area  A']]],
    ['a spelling only the cards use is found', [], ['area b', 'Area B'], [['area b', 'Area B']]],
    ['one spelling is no group', ['Area C'], ['Area C', 'Area C'], []],
    ['empty names are ignored', ['', ' '], ['', ''], []],
  ])('%s', (_, aree, cardAreas, expected) => {
    expect(spellingGroups(plan(aree, cardAreas), 'aree').map((g) => g.spellings.map((s) => s.name))).toEqual(expected);
  });

  it('prefers the most used spelling, the first listed on a tie', () => {
    const [tie] = spellingGroups(plan(['x Y', 'X Y'], ['X Y', 'x Y']), 'aree');
    expect(preferredSpelling(tie!)).toBe('x Y');
    const [most] = spellingGroups(plan(['x Y', 'X Y'], ['X Y', 'X Y', 'x Y']), 'aree');
    expect(preferredSpelling(most!)).toBe('X Y');
  });
});

describe('mergeSpellings', () => {
  it('rewrites every card using a variant and keeps one catalogue entry where the first stood', () => {
    const merged = mergeSpellings(samplePlan2024, 'aree', 'Promozione e sviluppo economico');
    expect(merged.catalogues.aree.map((e) => e.name)).toEqual([
      'Promozione e sviluppo economico',
      'Segretario Generale',
      'Responsabile Prevenzione Corruzione Trasparenza',
      'Obiettivo trasversale',
    ]);
    expect(merged.cards).toHaveLength(8); // 7 + 1 cards wrote another spelling
    expect(merged.cards.every((c) => c.area === 'Promozione e sviluppo economico')).toBe(true);
    const untouched = samplePlan2024.cards.filter((c) => !merged.cards.some((m) => m.code === c.code));
    expect(untouched.filter((c) => c.area.toLowerCase().startsWith('promozione'))).toHaveLength(2);
    expect(merged.catalogues.uffici).toBe(samplePlan2024.catalogues.uffici);
  });

  it('rewrites offices on the office field only', () => {
    const merged = mergeSpellings(samplePlan2024, 'uffici', 'Obiettivo trasversale');
    expect(merged.catalogues.uffici.filter((e) => e.name.toLowerCase() === 'obiettivo trasversale')).toEqual([{ name: 'Obiettivo trasversale' }]);
    expect(merged.cards.map((c) => c.office)).toEqual(merged.cards.map(() => 'Obiettivo trasversale'));
    expect(merged.cards.every((c) => samplePlan2024.cards.find((s) => s.code === c.code)?.area === c.area)).toBe(true);
  });

  it('adds the entry when only the cards used it', () => {
    const merged = mergeSpellings(plan(['Altra'], ['area b', 'Area B']), 'aree', 'Area B');
    expect(merged.catalogues.aree).toEqual([{ name: 'Altra' }, { name: 'Area B' }]);
    expect(merged.cards.map((c) => c.code)).toEqual(['01_01_OS01']);
  });
});

describe('suggestions while typing', () => {
  it('offers each entry once, in its catalogue spelling, then names only cards use', () => {
    const names = suggestedNames(plan(['Segreteria', 'segreteria', 'Bilancio'], ['Zeta', 'SEGRETERIA', 'alfa']), 'aree');
    expect(names).toEqual(['Segreteria', 'Bilancio', 'alfa', 'Zeta']);
    expect(suggestedNames(samplePlan2024, 'aree').filter((n) => n.toLowerCase().startsWith('promozione'))).toEqual([AREA]);
  });

  it.each<[string, string]>([
    ['promozione e sviluppo economico', AREA],
    ['  Promozione   e Sviluppo economico ', AREA],
    ['Nuova  area ', 'Nuova area'],
    ['', ''],
  ])('%j is written %j', (typed, expected) => {
    expect(canonicalName(typed, suggestedNames(samplePlan2024, 'aree'))).toBe(expected);
  });
});
