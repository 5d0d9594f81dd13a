/**
 * What the card list shows of a plan without holding its cards: the plan's header and one row per card (codes,
 * classification, resources, the text the search looks in, values counted and performance at each date with values).
 * Why: a plan of 1.800 cards opens on its list at once. The back end builds the rows from indicators read with the
 * scoring fields only; the renderer rebuilds the row of a card it edits from the whole card, with this same function
 * and the same scoring (shared/scoring.ts): there is no second way of scoring a card.
 */
import type { Card, Indicator, IsoDate, PlanDocument, PlanSettings, PlanSummary, SnapshotCard } from './model';
import { valueAt, type ValueTally } from './monitoringDates';
import { performanceStatus, scoreCard, scoringContextAt, type PerformanceStatus, type ScoredIndicator } from './scoring';
import { foldText } from './searchText';

/**
 * A plan without its cards: settings, catalogues, status, closings and amendments. As the list reads it, a closing's
 * `snapshot.cards` holds only the entries of the cards read so far (`loadCards` brings them: `ClosedCards`).
 */
export type PlanHead = Omit<PlanDocument, 'cards'>;

/** The scores a closed date kept for the cards `loadCards` answered (found by id or by code). */
export interface ClosedCards {
  date: IsoDate;
  cards: SnapshotCard[];
}

/** What `loadCards` answers: whole cards, in plan order, and what each closed date kept for them. */
export interface LoadedCards {
  cards: Card[];
  closed: ClosedCards[];
}

/** The performance of a card at one date and the traffic lights its indicators show there (each status once). */
export interface RowScore {
  performance: number | null;
  statuses: PerformanceStatus[];
}

export interface CardListRow {
  id: number;
  position: number;
  code: string;
  title: string;
  ambitoLine: string;
  missione: string;
  programma: string;
  obiettivoStrategico: string;
  area: string;
  office: string;
  /** The objective's weight in the rollups. */
  weight: number;
  /** Euros, or null for "Risorse interne". */
  resources: number | null;
  /** The card's row version in the file when the row was built (absent: a card not saved yet). */
  version?: number;
  /** Lower-cased, accent-free code, title and indicator names, for the search box. */
  search: string;
  indicatorCount: number;
  /** Indicators with a value (a written `n.d.` included) at each date that has some. */
  valueCounts: Record<IsoDate, number>;
  /** The card scored at each date that has values (at any other date every indicator is n.d.: see `rowScoreAt`). */
  scores: Record<IsoDate, RowScore>;
}

/** The list of a plan as the back end answers `listCardRows`: its header and its rows in plan order. */
export interface PlanListing {
  plan: PlanHead;
  rows: CardListRow[];
}

/**
 * The plan a window opens on: `preferredPlanId` when the file holds it, otherwise the latest year's (the first
 * listed among plans of that year); null when the file holds no plan. One rule for the renderer, which opens it, and
 * the back end, which lists it before being asked for it by id (`listLatestPlan`).
 */
export function openedPlanId(plans: readonly Pick<PlanSummary, 'id' | 'year'>[], preferredPlanId: number | null = null): number | null {
  if (preferredPlanId !== null && plans.some((p) => p.id === preferredPlanId)) return preferredPlanId;
  let latest: Pick<PlanSummary, 'id' | 'year'> | null = null;
  for (const plan of plans) if (latest === null || plan.year > latest.year) latest = plan;
  return latest?.id ?? null;
}

/** What a row is built from: a whole card, or a card read with the list's columns only (db/cardListRows.ts). */
export type ListedCard = Pick<
  Card,
  'id' | 'position' | 'code' | 'title' | 'ambitoLine' | 'missione' | 'programma' | 'obiettivoStrategico' | 'area' | 'office' | 'weight' | 'resources' | 'version'
> & { indicators: readonly (ScoredIndicator & Pick<Indicator, 'name' | 'weight'>)[] };

const STATUS_ORDER: readonly PerformanceStatus[] = ['raggiunto', 'parziale', 'critico', 'nd'];

/** The card's row: scored at each date where it has values, with the plan's policy. */
export function cardListRow(card: ListedCard, settings: Pick<PlanSettings, 'policy'>): CardListRow {
  const valueCounts: Record<IsoDate, number> = {};
  for (const indicator of card.indicators) {
    for (const m of indicator.measurements) if (valueAt(indicator, m.date) !== undefined) valueCounts[m.date] = (valueCounts[m.date] ?? 0) + 1;
  }
  const scores: Record<IsoDate, RowScore> = {};
  for (const date of Object.keys(valueCounts)) {
    const score = scoreCard(card, scoringContextAt(settings, date));
    const present = new Set(score.indicators.map((s) => performanceStatus(s.performance)));
    scores[date] = { performance: score.performance, statuses: STATUS_ORDER.filter((s) => present.has(s)) };
  }
  const row: CardListRow = {
    id: card.id,
    position: card.position,
    code: card.code,
    title: card.title,
    ambitoLine: card.ambitoLine,
    missione: card.missione,
    programma: card.programma,
    obiettivoStrategico: card.obiettivoStrategico,
    area: card.area,
    office: card.office,
    weight: card.weight,
    resources: card.resources.kind === 'amount' ? card.resources.euros : null,
    search: foldText([card.code, card.title, ...card.indicators.map((i) => i.name)].join('\n')),
    indicatorCount: card.indicators.length,
    valueCounts,
    scores,
  };
  if (card.version !== undefined) row.version = card.version;
  return row;
}

/** The row's score at `date`: without values there, the card and each of its indicators are n.d. (scoreCard's own answer). */
export function rowScoreAt(row: CardListRow, date: IsoDate): RowScore {
  return row.scores[date] ?? { performance: null, statuses: row.indicatorCount > 0 ? ['nd'] : [] };
}

/** The value tally of the plan the rows list (shared/monitoringDates.ts). */
export function tallyOfRows(rows: readonly CardListRow[]): ValueTally {
  const byDate = new Map<IsoDate, number>();
  let indicators = 0;
  for (const row of rows) {
    indicators += row.indicatorCount;
    const counts = row.valueCounts;
    // no [date, count] pair per row and date: this runs over every row when a plan opens
    for (const date in counts) byDate.set(date, (byDate.get(date) ?? 0) + counts[date]!);
  }
  return { indicators, byDate };
}
