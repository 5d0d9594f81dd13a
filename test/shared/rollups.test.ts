// Rollups by classification: which group a card belongs to (codes trimmed, names by catalogueKey), how a group of
// names is spelled, the filter values that select a group, and the sample plan's areas and offices as one group each.
import { describe, expect, it } from 'vitest';
import type { Card } from '../../shared/model';
import {
  distinctNames,
  filterKey,
  matchesRollup,
  preferredSpelling,
  ROLLUP_DIMENSIONS,
  rollupBy,
  rollupFilterValue,
  rollupKey,
  UNCLASSIFIED_FILTER,
  type RollupDimension,
} from '../../shared/rollups';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { scorePlan } from '../../shared/scoring';
import { card, catalogues, plan, row } from './builders';

describe('rollupKey', () => {
  const messy = card({
    ambitoLine: ' 01_04 ',
    missione: '011 ',
    programma: ' 011.005',
    obiettivoStrategico: ' OS4',
    area: '  Promozione e  sviluppo ECONOMICO ',
    office: 'Obiettivo Trasversale',
  });
  it.each<[RollupDimension, string]>([
    ['ambito', '01'],
    ['linea', '01_04'],
    ['missione', '011'],
    ['programma', '011.005'],
    ['obiettivoStrategico', 'OS4'],
    ['area', 'promozione e sviluppo economico'],
    ['ufficio', 'obiettivo trasversale'],
  ])('%s → %s', (dimension, key) => {
    expect(rollupKey(dimension, messy)).toBe(key);
  });

  it('is empty for an unclassified card in every dimension', () => {
    const bare = card({ ambitoLine: '', missione: '', programma: '', obiettivoStrategico: '', area: ' ', office: '' });
    expect(ROLLUP_DIMENSIONS.map((d) => rollupKey(d, bare))).toEqual(ROLLUP_DIMENSIONS.map(() => ''));
  });
});

describe('filters on a rollup group', () => {
  const c = card({ area: 'Promozione e sviluppo economico', obiettivoStrategico: '' });
  it('matches any spelling of a name, exact codes, and the unclassified group by its own value', () => {
    expect(matchesRollup(c, 'area', 'PROMOZIONE E SVILUPPO Economico')).toBe(true);
    expect(matchesRollup(c, 'area', 'Promozione')).toBe(false);
    expect(matchesRollup(c, 'programma', '011.005')).toBe(true);
    expect(matchesRollup(c, 'programma', '011.00')).toBe(false);
    expect(matchesRollup(c, 'obiettivoStrategico', UNCLASSIFIED_FILTER)).toBe(true);
    expect(matchesRollup(card(), 'obiettivoStrategico', UNCLASSIFIED_FILTER)).toBe(false);
    expect(matchesRollup(c, 'ufficio', '')).toBe(true);
    expect(filterKey('ufficio', UNCLASSIFIED_FILTER)).toBe('');
  });

  it('gives for every group of the sample a filter value that selects exactly its cards', () => {
    const scored = samplePlan2024.cards.map((c) => ({ card: c, performance: null }));
    for (const dimension of ROLLUP_DIMENSIONS) {
      for (const group of rollupBy(dimension, scored, samplePlan2024.catalogues)) {
        const value = rollupFilterValue(group, dimension);
        const selected = samplePlan2024.cards.filter((c) => matchesRollup(c, dimension, value));
        expect(selected.length, `${dimension} ${group.label}`).toBe(group.cardCount);
        expect(selected.every((c) => rollupKey(dimension, c) === group.key)).toBe(true);
      }
    }
  });
});

describe('preferredSpelling', () => {
  const aree = [{ name: 'Promozione e sviluppo economico' }, { name: 'Segretario Generale' }];
  it.each<[string, string[], { name: string }[], string]>([
    ['the catalogue spelling, even when the cards use another one more', ['Promozione e Sviluppo Economico', 'Promozione e Sviluppo Economico', 'promozione e sviluppo economico'], aree, 'Promozione e sviluppo economico'],
    ['the most used spelling when the catalogue has none', ['Ufficio A', 'UFFICIO A', 'UFFICIO A'], aree, 'UFFICIO A'],
    ['the first spelling met on a tie', ['Ufficio b ', 'ufficio B'], [], 'Ufficio b'],
    [
      'among several catalogue spellings, the one most used on the cards',
      ['Obiettivo Trasversale', 'Obiettivo trasversale', 'Obiettivo trasversale'],
      [{ name: 'Obiettivo Trasversale' }, { name: 'Obiettivo trasversale' }],
      'Obiettivo trasversale',
    ],
  ])('%s', (_, spellings, catalogue, expected) => {
    expect(preferredSpelling(spellings, catalogue)).toBe(expected);
  });
});

describe('distinctNames', () => {
  it('lists each name once, in the catalogue spelling when it has one, blanks left out', () => {
    const values = ['Obiettivo Trasversale', 'Segretario generale', ' ', 'obiettivo trasversale', 'Nuova area'];
    const catalogue = [{ name: 'Obiettivo trasversale' }, { name: 'Segretario Generale' }];
    expect(distinctNames(values, catalogue)).toEqual(['Obiettivo trasversale', 'Segretario Generale', 'Nuova area']);
  });
});

describe('rollups of a plan', () => {
  const cards: Card[] = [
    card({ id: 1, area: 'Promozione e Sviluppo Economico', office: 'Punto impresa digitale', indicators: [row('n.', '1', '>= 1')] }),
    card({ id: 2, area: 'promozione e sviluppo economico ', office: 'punto impresa digitale', indicators: [row('n.', '0', '>= 1')] }),
    card({ id: 3, area: 'Altra area', office: '', obiettivoStrategico: '', ambitoLine: '01_02', indicators: [row('n.', '1', '>= 2')] }),
  ];
  const { rollups } = scorePlan(plan(cards));

  it('adds linea, obiettivo strategico and ufficio to the historical four, labelled from the catalogues', () => {
    expect(Object.keys(rollups)).toEqual(['ambito', 'missione', 'programma', 'area', 'linea', 'obiettivoStrategico', 'ufficio']);
    expect(rollups.linea.map((r) => [r.key, r.label, r.performance, r.cardCount])).toEqual([
      ['01_01', 'Digitalizzazione', 0.5, 2],
      ['01_02', 'Internazionalizzazione', 0.5, 1],
    ]);
    expect(rollups.obiettivoStrategico.map((r) => [r.key, r.label, r.cardCount])).toEqual([
      ['', 'Non classificato', 1],
      ['OS1', 'Digitalizzazione, nuove tecnologie ed innovazione', 2],
    ]);
    expect(rollups.ufficio.map((r) => [r.label, r.performance, r.cardCount])).toEqual([
      ['Non classificato', 0.5, 1],
      ['Punto impresa digitale', 0.5, 2],
    ]);
  });

  it('keeps one group per area whatever the case and spaces, spelled as in the catalogue', () => {
    expect(rollups.area.map((r) => [r.label, r.performance, r.cardCount])).toEqual([
      ['Altra area', 0.5, 1],
      ['Promozione e Sviluppo Economico', 0.5, 2],
    ]);
    expect(catalogues().aree[0]?.name).toBe('Promozione e Sviluppo Economico');
  });
});

describe('the sample plan (three spellings of one area in the seed)', () => {
  const { rollups } = scorePlan(samplePlan2024);
  const byLabel = (list: typeof rollups.area) => Object.fromEntries(list.map((r) => [r.label, r.cardCount]));

  it('has one area "Promozione e Sviluppo Economico" of 10 cards', () => {
    expect(byLabel(rollups.area)).toEqual({
      'Obiettivo trasversale': 6,
      'Promozione e Sviluppo Economico': 10,
      'Responsabile Prevenzione Corruzione Trasparenza': 1,
      'Segretario Generale': 1,
    });
  });

  it('has one office "Obiettivo trasversale" of 7 cards ("Obiettivo Trasversale" once in the seed)', () => {
    expect(byLabel(rollups.ufficio)['Obiettivo trasversale']).toBe(7);
    expect(rollups.ufficio).toHaveLength(10);
    expect(rollups.ufficio.reduce((n, r) => n + r.cardCount, 0)).toBe(18);
  });
});
