/**
 * What the Cruscotto shows, computed once from the plan: the ente's performance, the rollups as bars (ambito with
 * its lines, missione with its programmes, obiettivo strategico, area, ufficio), indicators counted by status, the
 * n.d. indicators with their reason, the policy text, and what moved since the previous date with values; each bar
 * and count carries the list filter of its cards.
 * Why: the screen and the printed page lay out the same figures, which come from shared/scoring like the CLI's.
 */
import type { IsoDate, PlanDocument } from '../../../shared/model';
import { defaultScoringDate } from '../../../shared/monitoringDates';
import { rollupFilterValue, type Rollup, type RollupDimension } from '../../../shared/rollups';
import { describePolicy, performanceStatus, scorePlan, type PerformanceStatus } from '../../../shared/scoring';
import { formatDate, formatPerformance } from '../../../shared/values';
import type { ListFilters } from '../../store/listSelectors';
import { STATUS_LABELS } from '../cards/statusLabels';
import { buildComparison, type DashboardComparison, type Direction } from './dashboardComparison';

export type CardFilter = Partial<ListFilters>;

export interface DashboardBar {
  /** Unique in the dashboard: `dimension:key`. */
  id: string;
  dimension: RollupDimension;
  /** "01", "011.005"…; empty for areas, offices and the unclassified group. */
  code: string;
  label: string;
  /** 1 for a line under its ambito, a programme under its missione. */
  depth: 0 | 1;
  performance: number | null;
  figure: string;
  status: PerformanceStatus;
  cardCount: number;
  filter: CardFilter;
  /** Since the previous date with values (absent without one): its performance then and the change. */
  previous?: { performance: number | null; change: string; direction: Direction; date: string };
}

export interface DashboardChart {
  id: string;
  title: string;
  bars: DashboardBar[];
}

export interface StatusCount {
  status: PerformanceStatus;
  label: string;
  count: number;
  filter: CardFilter;
}

export interface NdCard {
  code: string;
  title: string;
  indicators: { name: string; reason: string }[];
}

export interface DashboardView {
  year: number;
  /** The date scored, `31/12/2024`. */
  monitoringDate: string;
  /** What moved since the previous date with values (null when there is none). */
  comparison: DashboardComparison | null;
  overall: { performance: number | null; figure: string; status: PerformanceStatus; cardCount: number; scoredCount: number };
  charts: DashboardChart[];
  /** Common end of every bar's scale: 100%, or the highest performance when the policy has no cap. */
  scale: number;
  indicatorCount: number;
  statusCounts: StatusCount[];
  ndCards: NdCard[];
  /** How the policy treats n.d. indicators in an objective's mean, as a sentence. */
  ndTreatment: string;
  policy: string;
}

/** What a bar of each dimension is called, in accessible names ("Area Obiettivo trasversale: 65%…"). */
export const DIMENSION_NAMES: Record<RollupDimension, string> = {
  ambito: 'Ambito',
  linea: 'Linea',
  missione: 'Missione',
  programma: 'Programma',
  obiettivoStrategico: 'Obiettivo strategico',
  area: 'Area',
  ufficio: 'Ufficio',
};

/** Which list filter selects a dimension's group (lines go through the ambito filter, which takes a line code). */
const FILTER_OF: Record<RollupDimension, keyof ListFilters> = {
  ambito: 'ambito',
  linea: 'ambito',
  missione: 'missione',
  programma: 'programma',
  obiettivoStrategico: 'obiettivoStrategico',
  area: 'area',
  ufficio: 'ufficio',
};

function bar(rollup: Rollup, dimension: RollupDimension, depth: 0 | 1, comparison: DashboardComparison | null): DashboardBar {
  const coded = dimension !== 'area' && dimension !== 'ufficio';
  const before = comparison?.bars.get(`${dimension}:${rollup.key}`);
  return {
    id: `${dimension}:${rollup.key}`,
    dimension,
    code: coded ? rollup.key : '',
    label: rollup.label,
    depth,
    performance: rollup.performance,
    figure: formatPerformance(rollup.performance),
    status: performanceStatus(rollup.performance),
    cardCount: rollup.cardCount,
    filter: { [FILTER_OF[dimension]]: rollupFilterValue(rollup, dimension) },
    ...(before && comparison ? { previous: { performance: before.previous, change: before.change, direction: before.direction, date: comparison.from } } : {}),
  };
}

/** Parents with their children right below; children whose parent has no card of its own come last. */
type BarOf = (rollup: Rollup, dimension: RollupDimension, depth: 0 | 1) => DashboardBar;

function nested(bar: BarOf, parents: Rollup[], parentDim: RollupDimension, children: Rollup[], childDim: RollupDimension, parentOf: (key: string) => string) {
  const placed = new Set<Rollup>();
  const bars = parents.flatMap((parent) => {
    const own = children.filter((child) => parentOf(child.key) === parent.key);
    own.forEach((child) => placed.add(child));
    return [bar(parent, parentDim, 0), ...own.map((child) => bar(child, childDim, 1))];
  });
  return [...bars, ...children.filter((child) => !placed.has(child)).map((child) => bar(child, childDim, 1))];
}

/** The Cruscotto at `date` (default: the latest date with values), compared with the previous date with values. */
export function buildDashboard(doc: PlanDocument, date: IsoDate = defaultScoringDate(doc)): DashboardView {
  const plan = scorePlan(doc, date);
  const { rollups } = plan;
  const comparison = buildComparison(doc, date);
  const barOf: BarOf = (rollup, dimension, depth) => bar(rollup, dimension, depth, comparison);
  const flat = (dimension: RollupDimension) => rollups[dimension].map((r) => barOf(r, dimension, 0));
  const charts: DashboardChart[] = [
    { id: 'ambiti', title: 'Ambiti strategici e linee', bars: nested(barOf, rollups.ambito, 'ambito', rollups.linea, 'linea', (k) => k.slice(0, 2)) },
    { id: 'missioni', title: 'Missioni e programmi', bars: nested(barOf, rollups.missione, 'missione', rollups.programma, 'programma', (k) => k.split('.')[0] ?? '') },
    { id: 'obiettivi', title: 'Obiettivi strategici', bars: flat('obiettivoStrategico') },
    { id: 'aree', title: 'Aree di responsabilità', bars: flat('area') },
    { id: 'uffici', title: 'Uffici', bars: flat('ufficio') },
  ];
  const performances = charts.flatMap((c) => c.bars.map((b) => b.performance ?? 0));
  const indicatorStatuses = plan.cards.flatMap(({ score }) => score.indicators.map((s) => performanceStatus(s.performance)));
  // doc.cards is in plan order (the repository loads by position) and plan.cards follows it
  const ndCards = doc.cards.flatMap((card, c) => {
    const score = plan.cards[c]?.score;
    const indicators = card.indicators
      .map((indicator, i) => ({ indicator, result: score?.indicators[i] }))
      .filter(({ result }) => result?.status === 'nd')
      .map(({ indicator, result }) => ({ name: indicator.name, reason: result?.reason ?? '' }));
    return indicators.length > 0 ? [{ code: card.code, title: card.title, indicators }] : [];
  });
  return {
    year: doc.settings.year,
    monitoringDate: formatDate(date),
    comparison,
    overall: {
      performance: plan.performance,
      figure: formatPerformance(plan.performance),
      status: performanceStatus(plan.performance),
      cardCount: plan.cards.length,
      scoredCount: plan.cards.filter((entry) => entry.score.performance !== null).length,
    },
    charts,
    scale: Math.max(1, ...performances),
    indicatorCount: indicatorStatuses.length,
    statusCounts: (['raggiunto', 'parziale', 'critico', 'nd'] as const).map((status) => ({
      status,
      label: STATUS_LABELS[status],
      count: indicatorStatuses.filter((s) => s === status).length,
      filter: { indicatorStatus: status },
    })),
    ndCards,
    ndTreatment:
      doc.settings.policy.missingInObjective === 'zero'
        ? 'Nella media dell’obiettivo contano come 0%.'
        : 'Sono esclusi dalla media dell’obiettivo e i pesi degli altri indicatori sono riproporzionati.',
    policy: `Criteri di calcolo della performance. ${describePolicy(doc.settings.policy)}`,
  };
}
