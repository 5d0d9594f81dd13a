/**
 * The score of one plan as plain JSON (`score --json`): every performance a fraction (0.5375) or null.
 * `actual` and `targets` are the values as printed on the card (Italian formats: "64.488", "46,56%", "n.d.");
 * `weight` is the weight as stored (0.2 for 20,0%); `status` is the traffic light of the performance.
 */
import { describePolicy, performanceStatus, scorePlan, type PerformanceStatus, type Rollup, type RollupDimension } from '../../shared/scoring';
import { currentValue } from '../../shared/scoring';
import type { Operator, PlanDocument, ScoringPolicy } from '../../shared/model';
import { formatValue } from '../../shared/values';

export interface IndicatorReport {
  name: string;
  operator: Operator;
  actual: string;
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

export interface ScoreReport {
  plan: {
    ente: string;
    year: number;
    title: string;
    monitoringDate: string;
    policy: ScoringPolicy;
    policyDescription: string;
    performance: number | null;
    /** Area and ufficio keys are `catalogueKey` of the name (spellings merged); `label` is the name to show. */
    rollups: Record<RollupDimension, Rollup[]>;
  };
  cards: CardReport[];
}

export function scoreReport(doc: PlanDocument): ScoreReport {
  const { settings } = doc;
  const score = scorePlan(doc);
  return {
    plan: {
      ente: settings.ente,
      year: settings.year,
      title: settings.title,
      monitoringDate: settings.monitoringDate,
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
            actual: formatValue(currentValue(indicator, settings.monitoringDate)),
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
