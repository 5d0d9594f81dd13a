/**
 * What moved between two monitoring dates (30/06 → 31/12): per indicator the value and the performance, per
 * objective, per rollup group and for the whole ente, with the change in percentage points as shown on screen; the ente
 * and the groups are compared on the objectives scored at both dates only.
 * Why: the final report must say what moved; the dashboard and the card show the same figures from here.
 */
import type { Card, Indicator, IsoDate, PlanDocument, PlanSettings, Value } from './model';
import { valueAt } from './monitoringDates';
import { ROLLUP_DIMENSIONS, type RollupDimension } from './rollups';
import { scoreCard, scoringContextAt, scorePlan, type CardScore } from './scoring';
import { formatNumber, formatValue, roundPercent } from './values';

/** A performance at both dates and the change in whole percentage points (null when either is n.d.). */
export interface PerformanceChange {
  from: number | null;
  to: number | null;
  change: number | null;
}

export interface IndicatorDateChange extends PerformanceChange {
  name: string;
  /** The values as written (`43`, `46,56%`, `n.d.`), '' when none was entered. */
  fromValue: string;
  toValue: string;
  /** `+4`, `−2,5 punti`, `invariato`, or '' when the two cannot be subtracted. */
  valueChange: string;
}

export interface CardDateChange extends PerformanceChange {
  cardId: number;
  code: string;
  title: string;
  indicators: IndicatorDateChange[];
}

export interface RollupDateChange extends PerformanceChange {
  key: string;
  label: string;
  /** Objectives of the group scored at both dates: the only ones `from`, `to` and `change` are computed on. */
  compared: number;
}

export interface DateComparison {
  from: IsoDate;
  to: IsoDate;
  /** The ente over the objectives scored at BOTH dates only (`compared` of them): never 5 objectives against 17. */
  overall: PerformanceChange;
  compared: number;
  cards: CardDateChange[];
  rollups: Record<RollupDimension, RollupDateChange[]>;
  /** Objectives whose performance went up, down, stayed, or is n.d. at one of the dates. */
  counts: { improved: number; worsened: number; unchanged: number; notComparable: number };
}

/** The change as shown: the difference of the whole percentages on screen (58% → 61% is +3). */
export function performanceChange(from: number | null, to: number | null): PerformanceChange {
  return { from, to, change: from === null || to === null ? null : roundPercent(to) - roundPercent(from) };
}

/** `+3 punti`, `−5 punti`, `invariata`, `—` (n.d. at one of the dates). */
export function describePoints(change: number | null): string {
  if (change === null) return '—';
  if (change === 0) return 'invariata';
  const size = formatNumber(Math.abs(change), 0);
  return `${change > 0 ? '+' : '−'}${size} ${Math.abs(change) === 1 ? 'punto' : 'punti'}`;
}

function signed(n: number, decimals: number, unit: string): string {
  if (n === 0) return 'invariato';
  return `${n > 0 ? '+' : '−'}${formatNumber(Math.abs(n), decimals)}${unit}`;
}

/** The difference of two values when they can be subtracted: counts as counts, percentages in points. */
export function valueDifference(from: Value | undefined, to: Value | undefined): string {
  if (!from || !to) return '';
  if (from.kind === 'number' && to.kind === 'number') return signed(to.value - from.value, Math.max(from.decimals, to.decimals), '');
  if (from.kind === 'percent' && to.kind === 'percent') {
    const decimals = Math.max(from.decimals, to.decimals);
    const points = Number(((to.value - from.value) * 100).toFixed(decimals));
    return signed(points, decimals, Math.abs(points) === 1 ? ' punto' : ' punti');
  }
  return formatValue(from) === formatValue(to) ? 'invariato' : '';
}

function indicatorChange(indicator: Indicator, from: IsoDate, to: IsoDate, before: number | null, after: number | null): IndicatorDateChange {
  const a = valueAt(indicator, from);
  const b = valueAt(indicator, to);
  return {
    name: indicator.name,
    fromValue: a ? formatValue(a) : '',
    toValue: b ? formatValue(b) : '',
    valueChange: valueDifference(a, b),
    ...performanceChange(before, after),
  };
}

function cardChange(card: Card, from: IsoDate, to: IsoDate, a: CardScore | undefined, b: CardScore | undefined): CardDateChange {
  return {
    cardId: card.id,
    code: card.code,
    title: card.title,
    ...performanceChange(a?.performance ?? null, b?.performance ?? null),
    indicators: card.indicators.map((indicator, i) =>
      indicatorChange(indicator, from, to, a?.indicators[i]?.performance ?? null, b?.indicators[i]?.performance ?? null),
    ),
  };
}

/** One objective from `from` to `to` (the card screen). */
export function compareCardDates(card: Card, settings: Pick<PlanSettings, 'policy'>, from: IsoDate, to: IsoDate): CardDateChange {
  return cardChange(card, from, to, scoreCard(card, scoringContextAt(settings, from)), scoreCard(card, scoringContextAt(settings, to)));
}

export function compareDates(doc: PlanDocument, from: IsoDate, to: IsoDate): DateComparison {
  const before = scorePlan(doc, from);
  const after = scorePlan(doc, to);
  const cards = doc.cards.map((card, c) => cardChange(card, from, to, before.cards[c]?.score, after.cards[c]?.score));
  // The ente and every group compared on the same objectives: those scored at both dates.
  const common: PlanDocument = { ...doc, cards: doc.cards.filter((_, c) => cards[c]?.from !== null && cards[c]?.to !== null) };
  const earlier = scorePlan(common, from);
  const later = scorePlan(common, to);
  const rollups = Object.fromEntries(
    ROLLUP_DIMENSIONS.map((dimension) => {
      const then = new Map(earlier.rollups[dimension].map((r) => [r.key, r]));
      const now = new Map(later.rollups[dimension].map((r) => [r.key, r]));
      return [
        dimension,
        after.rollups[dimension].map((r) => ({
          key: r.key,
          label: r.label,
          compared: now.get(r.key)?.cardCount ?? 0,
          ...performanceChange(then.get(r.key)?.performance ?? null, now.get(r.key)?.performance ?? null),
        })),
      ];
    }),
  ) as Record<RollupDimension, RollupDateChange[]>;
  const counts = { improved: 0, worsened: 0, unchanged: 0, notComparable: 0 };
  for (const card of cards) {
    if (card.change === null) counts.notComparable += 1;
    else if (card.change > 0) counts.improved += 1;
    else if (card.change < 0) counts.worsened += 1;
    else counts.unchanged += 1;
  }
  return { from, to, overall: performanceChange(earlier.performance, later.performance), compared: common.cards.length, cards, rollups, counts };
}
