// Objective and plan scoring: weighted means, n.d. policies, rollups, policy description and status colours.
import { describe, expect, it } from 'vitest';
import type { ScoringPolicy } from '../../shared/model';
import {
  DEFAULT_POLICY,
  describePolicy,
  performanceStatus,
  scoreCard,
  scoreIndicator,
  scorePlan,
  scoringContext,
  weightShares,
  type ScoringContext,
} from '../../shared/scoring';
import { formatPerformance } from '../../shared/values';
import { card, MONITORING, plan, row, settings } from './builders';

const ctx = (policy: Partial<ScoringPolicy> = {}): ScoringContext => ({
  year: 2024,
  monitoringDate: MONITORING,
  policy: { ...DEFAULT_POLICY, ...policy },
});

/**
 * Card 01_01_OS01 of the seed, five × 20,0%. The seed prints 8% for 7% vs 80%: its 7% is itself a rounded
 * display, so from the written values the rule gives 8,75% → 9%.
 */
const doppiaTransizione = card({
  indicators: [
    row('n.', '1', '>= 4'),
    row('n.', '43', '>= 80'),
    row('n.', '0', '>= 15'),
    row('n.', '1', '>= 1'),
    row('%', '7%', '>= 80%'),
  ],
});

describe('scoreCard', () => {
  it('is the weighted mean of its indicators', () => {
    const score = scoreCard(doppiaTransizione, ctx());
    const expected = (0.25 + 43 / 80 + 0 + 1 + 0.07 / 0.8) / 5;
    expect(score.performance).toBeCloseTo(expected, 12);
    expect(score.shares).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
    expect(score.indicators.map((s) => formatPerformance(s.performance))).toEqual(['25%', '54%', '0%', '100%', '9%']);
    expect(score.reason).toBe('media ponderata di 5 indicatori');
  });

  it('treats weights as relative shares: 3 × 33,3% are three thirds, unequal weights weigh', () => {
    const thirds = card({ indicators: [0, 1, 2].map((i) => row('n.', String(i), '>= 2', { weight: 0.333 })) });
    expect(weightShares(thirds)).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(scoreCard(thirds, ctx()).performance).toBeCloseTo(0.5, 12);
    const unequal = card({
      indicators: [row('n.', '2', '>= 2', { weight: 0.6 }), row('n.', '0', '>= 2', { weight: 0.2 })],
    });
    expect(scoreCard(unequal, ctx()).performance).toBeCloseTo(0.75, 12);
  });

  it('gives equal shares when all weights are zero', () => {
    const zero = card({ indicators: [row('n.', '2', '>= 2', { weight: 0 }), row('n.', '0', '>= 2', { weight: 0 })] });
    expect(weightShares(zero)).toEqual([0.5, 0.5]);
    expect(scoreCard(zero, ctx()).performance).toBe(0.5);
  });

  const withMissing = card({
    indicators: [row('n.', '1', '>= 1'), row('n.', 'n.d.', '>= 25'), row('n.', '1', '>= 2'), row('n.', '0', '>= 1')],
  });

  it('excludes n.d. indicators and renormalises by default', () => {
    const score = scoreCard(withMissing, ctx());
    expect(score.performance).toBeCloseTo(0.5, 12);
    expect(score.reason).toBe('media ponderata di 4 indicatori; 1 indicatore n.d. escluso con pesi riproporzionati');
  });

  it('names several excluded indicators in the plural', () => {
    const two = card({ indicators: [row('n.', '1', '>= 1'), row('n.', 'n.d.', '>= 1'), row('n.', 'n.d.', '>= 1')] });
    expect(scoreCard(two, ctx()).reason).toBe('media ponderata di 3 indicatori; 2 indicatori n.d. esclusi con pesi riproporzionati');
  });

  it('counts n.d. indicators as 0 when the policy says so', () => {
    const score = scoreCard(withMissing, ctx({ missingInObjective: 'zero' }));
    expect(score.performance).toBeCloseTo(1.5 / 4, 12);
    expect(score.reason).toBe('media ponderata di 4 indicatori; 1 indicatore n.d. contato come 0%');
  });

  it('uses the capped indicator performances, and the uncapped ones when caps are lifted', () => {
    const over = card({ indicators: [row('n.', '15', '>= 10'), row('gg', '2', '<= 10')] });
    expect(scoreCard(over, ctx()).performance).toBe(1);
    expect(scoreCard(over, ctx({ cap: null })).performance).toBeCloseTo((1.5 + 5) / 2, 12);
  });

  it.each([
    ['no indicators', [], 'nessun indicatore'],
    ['only n.d. indicators', [row('n.', 'n.d.', '>= 1'), row('n.', '3', 'n.d.')], 'nessun indicatore valutabile'],
    [
      'scorable indicators of zero weight',
      [row('n.', '1', '>= 1', { weight: 0 }), row('n.', 'n.d.', '>= 1', { weight: 0.5 })],
      'gli indicatori valutabili hanno peso nullo',
    ],
  ])('is n.d. with %s', (_label, indicators, reason) => {
    const score = scoreCard(card({ indicators }), ctx());
    expect(score.performance).toBeNull();
    expect(score.reason).toBe(reason);
  });

  it('keeps an override in the mean', () => {
    const overridden = card({
      indicators: [row('n.', '0', '>= 1', { override: { performance: 0.57, justification: 'Deroga approvata' } }), row('n.', '1', '>= 1')],
    });
    expect(scoreCard(overridden, ctx()).performance).toBeCloseTo(0.785, 12);
  });
});

describe('scorePlan and rollups', () => {
  const a = card({ id: 1, code: '01_01_OS01', indicators: [row('n.', '1', '>= 1')] });
  const b = card({ id: 2, code: '01_02_OS01', ambitoLine: '01_02', missione: '016', programma: '016.005', indicators: [row('n.', '1', '>= 2')] });
  const c = card({
    id: 3,
    code: '03_01_OS01',
    ambitoLine: '03_01',
    missione: '032',
    programma: '032.003',
    area: 'Obiettivo trasversale',
    weight: 2,
    indicators: [row('n.', '0', '>= 2')],
  });
  const d = card({ id: 4, code: '03_01_OS02', ambitoLine: '03_01', missione: '032', programma: '032.003', area: 'Obiettivo trasversale', indicators: [row('n.', 'n.d.', '>= 2')] });
  const result = scorePlan(plan([a, b, c, d]));

  it('scores every card with the plan context', () => {
    expect(result.cards.map((entry) => [entry.cardId, entry.code, entry.score.performance])).toEqual([
      [1, '01_01_OS01', 1],
      [2, '01_02_OS01', 0.5],
      [3, '03_01_OS01', 0],
      [4, '03_01_OS02', null],
    ]);
  });

  it('weighs objectives by card.weight and leaves n.d. objectives out', () => {
    expect(result.performance).toBeCloseTo((1 + 0.5 + 0) / 4, 12);
  });

  it('rolls up by ambito, missione, programma and area with catalogue labels', () => {
    expect(result.rollups.ambito).toEqual([
      { key: '01', label: 'Promozione e sostegno allo sviluppo', performance: 0.75, cardCount: 2 },
      { key: '03', label: 'Ottimizzazione della struttura', performance: 0, cardCount: 2 },
    ]);
    expect(result.rollups.missione.map((r) => [r.key, r.label, r.performance, r.cardCount])).toEqual([
      ['011', 'Competitività e sviluppo delle imprese', 1, 1],
      ['016', 'Commercio internazionale ed internazionalizzazione del sistema produttivo', 0.5, 1],
      ['032', 'Servizi istituzionali e generali delle amministrazioni pubbliche', 0, 2],
    ]);
    expect(result.rollups.programma.map((r) => r.key)).toEqual(['011.005', '016.005', '032.003']);
    expect(result.rollups.area).toEqual([
      { key: 'obiettivo trasversale', label: 'Obiettivo trasversale', performance: 0, cardCount: 2 },
      { key: 'promozione e sviluppo economico', label: 'Promozione e Sviluppo Economico', performance: 0.75, cardCount: 2 },
    ]);
  });

  it('falls back to the code when a catalogue lacks the entry, and is n.d. for an empty plan', () => {
    const stray = card({ missione: '099', indicators: [row('n.', '1', '>= 1')] });
    expect(scorePlan(plan([stray])).rollups.missione).toEqual([{ key: '099', label: '099', performance: 1, cardCount: 1 }]);
    expect(scorePlan(plan([])).performance).toBeNull();
  });

  it('builds the context from the plan settings', () => {
    const s = settings({ year: 2025, monitoringDate: '2025-12-31', policy: { ...DEFAULT_POLICY, cap: 1.2 } });
    expect(scoringContext(s)).toEqual({ year: 2025, monitoringDate: '2025-12-31', policy: { ...DEFAULT_POLICY, cap: 1.2 } });
    const final = scorePlan({ ...plan([card({ indicators: [row('n.', '1', '>= 1')] })]), settings: s });
    expect(final.cards[0]?.score.reason).toBe('nessun indicatore valutabile');
    // issue 12: nothing entered at the date is "nessun valore", a written n.d. stays "non disponibile"
    expect(scoreIndicator(row('n.', '1', '>= 1'), scoringContext(s)).reason).toBe('nessun valore al 31/12/2025');
  });
});

describe('performanceStatus', () => {
  it.each<[number | null, string]>([
    [1.04, 'raggiunto'],
    [1, 'raggiunto'],
    [0.995, 'raggiunto'],
    [0.994, 'parziale'],
    [0.6, 'parziale'],
    [0.595, 'parziale'],
    [0.594, 'critico'],
    [0, 'critico'],
    [null, 'nd'],
  ])('%s → %s', (performance, status) => {
    expect(performanceStatus(performance)).toBe(status);
  });
});

describe('describePolicy', () => {
  it('states the default policy', () => {
    const text = describePolicy(DEFAULT_POLICY);
    expect(text).toContain('limitata al 100%');
    expect(text).toContain('Una scadenza rispettata in ritardo vale 0%.');
    expect(text).toContain('vale 0% anche se la scadenza non è ancora maturata');
    expect(text).toContain("esclusi dalla media dell'obiettivo");
  });

  it('states every alternative', () => {
    const text = describePolicy({ cap: null, lateDeadline: { mode: 'linear', days: 63 }, notYetDue: 'nd', missingInObjective: 'zero' });
    expect(text).toContain('non ha un limite massimo');
    expect(text).toContain('fino a 0% dopo 63 giorni di ritardo');
    expect(text).toContain('è indicato come n.d.');
    expect(text).toContain("contano come 0% nella media dell'obiettivo");
    expect(describePolicy({ ...DEFAULT_POLICY, cap: 1.2 })).toContain('limitata al 120%');
  });
});
