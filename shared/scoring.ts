/**
 * Objective and plan performance under an explicit policy (domain.md §3), plus its Italian description.
 * Why: the policy is stored with the plan and shown on screen and in print; the same functions feed the
 * editor, the card list, the rollups and the printed footnotes.
 */
import { scoreIndicator, type IndicatorScore, type ScoredIndicator, type ScoringContext } from './indicatorScore';
import type { Indicator, IsoDate, PlanDocument, PlanSettings, ScoringPolicy } from './model';
import { countOf } from './italianText';
import { meanOfObjectives, rollupsOf, type Rollup, type RollupDimension } from './rollups';
import { formatPerformance, roundPercent } from './values';
import { sharesOf } from './weights';

export { capFor, currentValue, isDeadline, scoreIndicator, targetFor } from './indicatorScore';
export type { IndicatorScore, ScoredIndicator, ScoringContext } from './indicatorScore';
export type { Rollup, RollupDimension } from './rollups';

/** Reproduces the office's figures: cap 100%, late deadlines 0%, not-yet-due scored, n.d. excluded. */
export const DEFAULT_POLICY: ScoringPolicy = {
  cap: 1,
  lateDeadline: { mode: 'zero' },
  notYetDue: 'score',
  missingInObjective: 'exclude',
};

export interface CardScore {
  performance: number | null;
  reason: string;
  indicators: IndicatorScore[];
  /** Normalised weight share of each indicator (sums to 1). */
  shares: number[];
}

export interface PlanScore {
  performance: number | null;
  cards: { cardId: number; code: string; score: CardScore }[];
  /** By ambito, missione, programma, area, linea, obiettivo strategico and ufficio (shared/rollups.ts). */
  rollups: Record<RollupDimension, Rollup[]>;
}

/** What scoring reads of a card: its indicators' scoring fields and weights. */
export interface ScoredCard {
  indicators: readonly (ScoredIndicator & Pick<Indicator, 'weight'>)[];
}

export type PerformanceStatus = 'raggiunto' | 'parziale' | 'critico' | 'nd';

/** The context of the plan's monitoring date. */
export function scoringContext(settings: PlanSettings): ScoringContext {
  return scoringContextAt(settings, settings.monitoringDate);
}

/** The context of the values at `date`, each date scored against the target of its own year. */
export function scoringContextAt(settings: Pick<PlanSettings, 'policy'>, date: IsoDate): ScoringContext {
  return { year: Number(date.slice(0, 4)), monitoringDate: date, policy: settings.policy };
}

/** The normalised share of each indicator's weight (3 × 33,3% → three thirds; all zero → equal). */
export function weightShares(card: ScoredCard): number[] {
  return sharesOf(card.indicators.map((indicator) => indicator.weight));
}

/** Weighted mean of the indicators; `n.d.` excluded with renormalised weights, or counted as 0. */
export function scoreCard(card: ScoredCard, ctx: ScoringContext): CardScore {
  const indicators = card.indicators.map((indicator) => scoreIndicator(indicator, ctx));
  const shares = weightShares(card);
  const total = indicators.length;
  const missing = indicators.filter((s) => s.performance === null).length;
  const result = (performance: number | null, reason: string): CardScore => ({ performance, reason, indicators, shares });
  if (total === 0) return result(null, 'nessun indicatore');
  if (missing === total) return result(null, 'nessun indicatore valutabile');
  const countMissingAsZero = ctx.policy.missingInObjective === 'zero';
  const counted = indicators
    .map((s, i) => ({ share: shares[i] ?? 0, performance: s.performance }))
    .filter((entry) => countMissingAsZero || entry.performance !== null);
  const countedShare = counted.reduce((sum, entry) => sum + entry.share, 0);
  if (countedShare <= 0) return result(null, 'gli indicatori valutabili hanno peso nullo');
  const performance = counted.reduce((sum, e) => sum + e.share * (e.performance ?? 0), 0) / countedShare;
  return result(performance, cardReason(total, missing, countMissingAsZero));
}

function cardReason(total: number, missing: number, countMissingAsZero: boolean): string {
  const all = `media ponderata di ${countOf(total, 'indicatore', 'indicatori')}`;
  if (missing === 0) return all;
  const nd = countOf(missing, 'indicatore n.d.', 'indicatori n.d.');
  const one = missing === 1;
  return countMissingAsZero
    ? `${all}; ${nd} ${one ? 'contato' : 'contati'} come 0%`
    : `${all}; ${nd} ${one ? 'escluso' : 'esclusi'} con pesi riproporzionati`;
}

/**
 * Scores every card at `date` (default: the plan's monitoring date) and rolls objectives up by every
 * classification (weights: `card.weight`). Screens and reports pass the date they show (monitoringDates.ts).
 */
export function scorePlan(doc: PlanDocument, date: IsoDate = doc.settings.monitoringDate): PlanScore {
  const ctx = scoringContextAt(doc.settings, date);
  const cards = doc.cards.map((card) => ({ card, score: scoreCard(card, ctx) }));
  const scored = cards.map(({ card, score }) => ({ card, performance: score.performance }));
  return {
    performance: meanOfObjectives(scored),
    cards: cards.map(({ card, score }) => ({ cardId: card.id, code: card.code, score })),
    rollups: rollupsOf(scored, doc.catalogues),
  };
}

/** Traffic light on the whole percentage shown: ≥ 100% raggiunto, ≥ 60% parziale, below critico. */
export function performanceStatus(performance: number | null): PerformanceStatus {
  if (performance === null) return 'nd';
  const percent = roundPercent(performance);
  if (percent >= 100) return 'raggiunto';
  return percent >= 60 ? 'parziale' : 'critico';
}

/** The policy in Italian sentences, for the settings screen and the printed footnote. */
export function describePolicy(policy: ScoringPolicy): string {
  const cap =
    policy.cap === null
      ? 'La prestazione degli indicatori non ha un limite massimo, salvo diversa indicazione sul singolo indicatore.'
      : `La prestazione di ogni indicatore è limitata al ${formatPerformance(policy.cap)}, salvo diversa indicazione sul singolo indicatore.`;
  const late =
    policy.lateDeadline.mode === 'zero'
      ? 'Una scadenza rispettata in ritardo vale 0%.'
      : `Una scadenza rispettata in ritardo perde prestazione in modo lineare fino a 0% dopo ${countOf(policy.lateDeadline.days, 'giorno', 'giorni')} di ritardo.`;
  const notYetDue =
    policy.notYetDue === 'score'
      ? 'Un adempimento non ancora realizzato vale 0% anche se la scadenza non è ancora maturata alla data di monitoraggio.'
      : 'Un adempimento non ancora realizzato la cui scadenza non è maturata alla data di monitoraggio è indicato come n.d.';
  const missing =
    policy.missingInObjective === 'exclude'
      ? "Gli indicatori n.d. sono esclusi dalla media dell'obiettivo e i pesi degli altri sono riproporzionati."
      : "Gli indicatori n.d. contano come 0% nella media dell'obiettivo.";
  const mean =
    "La prestazione dell'obiettivo è la media ponderata dei suoi indicatori; gli aggregati sono medie ponderate degli obiettivi valutabili. Le prestazioni impostate manualmente sono segnalate con la loro motivazione.";
  return [cap, late, notYetDue, missing, mean].join(' ');
}

