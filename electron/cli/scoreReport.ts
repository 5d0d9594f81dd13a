/**
 * The score of one plan at one monitoring date as plain JSON (`score --json`): every performance a fraction (0.5375)
 * or null. `scoredAt` is the date of the values and scores (`--date`, else the latest date with values);
 * `actual` and `targets` are the values as printed on the card (Italian formats: "64.488", "46,56%", "n.d." when the
 * office declared the value not available); `actual` is null when no value was entered at that date ("non rilevato");
 * `weight` is the weight as stored (0.2 for 20,0%); `status` is the traffic light of the performance.
 */
import { describePolicy, performanceStatus, scorePlan, type PerformanceStatus, type Rollup, type RollupDimension } from '../../shared/scoring';
import type { IsoDate, Operator, PlanDocument, ScoringPolicy } from '../../shared/model';
import { closureOf, monitoringDatesOf, valueAt, valueCounts } from '../../shared/monitoringDates';
import { formatValue } from '../../shared/values';

export interface IndicatorReport {
  name: string;
  operator: Operator;
  /** null: no value entered at the date (not the same as a written `n.d.`). */
  actual: string | null;
  /** Target of each year of the horizon, keyed by year ("2024"). */
  targets: Record<string, string>;
  weight: number;
  performance: number | null;
  status: PerformanceStatus;
}

export interface CardReport {
  code: string;
  title: string;
  performance: number | null;
  indicators: IndicatorReport[];
}

/** One monitoring date of the plan: how many values it holds, and its closing (scores kept then) if closed. */
export interface DateReport {
  date: IsoDate;
  values: number;
  closed: boolean;
  closedAt?: string;
  closedBy?: string;
  /** The ente's performance kept when the date was closed. */
  closedPerformance?: number | null;
}

export interface ScoreReport {
  plan: {
    ente: string;
    year: number;
    title: string;
    /** The plan's monitoring date in progress (Impostazioni). */
    monitoringDate: string;
    /** The date of the values and scores of this report. */
    scoredAt: IsoDate;
    monitoringDates: DateReport[];
    policy: ScoringPolicy;
    policyDescription: string;
    performance: number | null;
    /** Area and ufficio keys are `catalogueKey` of the name (spellings merged); `label` is the name to show. */
    rollups: Record<RollupDimension, Rollup[]>;
  };
  cards: CardReport[];
}

function dateReports(doc: PlanDocument): DateReport[] {
  const counts = valueCounts(doc.cards);
  return monitoringDatesOf(doc.settings).map((date) => {
    const closure = closureOf(doc, date);
    const base = { date, values: counts.get(date) ?? 0, closed: closure !== undefined };
    return closure ? { ...base, closedAt: closure.closedAt, closedBy: closure.closedBy, closedPerformance: closure.snapshot.performance } : base;
  });
}

export function scoreReport(doc: PlanDocument, date: IsoDate): ScoreReport {
  const { settings } = doc;
  const score = scorePlan(doc, date);
  return {
    plan: {
      ente: settings.ente,
      year: settings.year,
      title: settings.title,
      monitoringDate: settings.monitoringDate,
      scoredAt: date,
      monitoringDates: dateReports(doc),
      policy: settings.policy,
      policyDescription: describePolicy(settings.policy),
      performance: score.performance,
      rollups: score.rollups,
    },
    cards: doc.cards.map((card, c) => {
      const cardScore = score.cards[c]!.score;
      return {
        code: card.code,
        title: card.title,
        performance: cardScore.performance,
        indicators: card.indicators.map((indicator, i) => {
          const performance = cardScore.indicators[i]?.performance ?? null;
          return {
            name: indicator.name,
            operator: indicator.operator,
            actual: valueAt(indicator, date) === undefined ? null : formatValue(valueAt(indicator, date)!),
            targets: Object.fromEntries(indicator.targets.map((t) => [String(t.year), formatValue(t.value)])),
            weight: indicator.weight,
            performance,
            status: performanceStatus(performance),
          };
        }),
      };
    }),
  };
}
