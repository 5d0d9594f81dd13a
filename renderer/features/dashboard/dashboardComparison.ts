/**
 * What moved since the previous monitoring date, as the Cruscotto shows it: the ente's figure then and now, the
 * change of every bar, and each objective's performance at both dates with the change in points.
 * Why apart: the figures come from shared/dateComparison.ts; here they are only formatted for the screen and paper.
 */
import { compareDates, describePoints, type PerformanceChange } from '../../../shared/dateComparison';
import { formatDate } from '../../../shared/dates';
import { countOf } from '../../../shared/italianText';
import type { IsoDate, PlanDocument } from '../../../shared/model';
import { previousDateWithValues } from '../../../shared/monitoringDates';
import type { RollupDimension } from '../../../shared/rollups';
import { formatPerformance } from '../../../shared/values';

export type Direction = 'up' | 'down' | 'same' | 'nd';

export interface ObjectiveChange {
  code: string;
  title: string;
  from: string;
  to: string;
  /** `+3 punti`, `invariata`, `—`. */
  change: string;
  direction: Direction;
}

export interface DashboardComparison {
  /** `30/06/2024`, `31/12/2024`. */
  from: string;
  to: string;
  /** The ente over the objectives scored at both dates: `from` → `to`, the change, and how many they are. */
  overall: { from: string; to: string; change: string; direction: Direction; compared: string };
  /** "1 obiettivo migliorato, 0 peggiorati, 2 invariati, 15 non confrontabili (n.d. a una delle due date)". */
  summary: string;
  /** The same count for the indicators: "4 indicatori migliorati, 0 peggiorati, 1 invariato, 118 non confrontabili". */
  indicatorSummary: string;
  objectives: ObjectiveChange[];
  /** Per bar id (`dimension:key`): the performance at the earlier date and the change. */
  bars: Map<string, { previous: number | null; change: string; direction: Direction }>;
}

export function directionOf(change: number | null): Direction {
  if (change === null) return 'nd';
  return change > 0 ? 'up' : change < 0 ? 'down' : 'same';
}

const shown = (change: PerformanceChange) => ({ change: describePoints(change.change), direction: directionOf(change.change) });

/** The comparison with the latest earlier date that has values; null when there is none. */
export function buildComparison(doc: PlanDocument, date: IsoDate): DashboardComparison | null {
  const from = previousDateWithValues(doc, date);
  if (from === null) return null;
  const comparison = compareDates(doc, from, date);
  const { improved, worsened, unchanged, notComparable } = comparison.counts;
  const moves = comparison.cards.flatMap((card) => card.indicators.map((i) => directionOf(i.change)));
  const moved = (direction: Direction) => moves.filter((d) => d === direction).length;
  const bars = new Map<string, { previous: number | null; change: string; direction: Direction }>();
  for (const [dimension, rollups] of Object.entries(comparison.rollups) as [RollupDimension, typeof comparison.rollups.ambito][]) {
    for (const r of rollups) bars.set(`${dimension}:${r.key}`, { previous: r.from, ...shown(r) });
  }
  return {
    from: formatDate(from),
    to: formatDate(date),
    overall: {
      from: formatPerformance(comparison.overall.from),
      to: formatPerformance(comparison.overall.to),
      ...shown(comparison.overall),
      compared: `${countOf(comparison.compared, 'obiettivo valutabile', 'obiettivi valutabili')} a entrambe le date`,
    },
    summary: [
      countOf(improved, 'obiettivo migliorato', 'obiettivi migliorati'),
      countOf(worsened, 'peggiorato', 'peggiorati'),
      countOf(unchanged, 'invariato', 'invariati'),
      `${countOf(notComparable, 'non confrontabile', 'non confrontabili')} (n.d. a una delle due date)`,
    ].join(', '),
    indicatorSummary: [
      countOf(moved('up'), 'indicatore migliorato', 'indicatori migliorati'),
      countOf(moved('down'), 'peggiorato', 'peggiorati'),
      countOf(moved('same'), 'invariato', 'invariati'),
      countOf(moved('nd'), 'non confrontabile', 'non confrontabili'),
    ].join(', '),
    objectives: comparison.cards.map((card) => ({
      code: card.code,
      title: card.title,
      from: formatPerformance(card.from),
      to: formatPerformance(card.to),
      ...shown(card),
    })),
    bars,
  };
}
