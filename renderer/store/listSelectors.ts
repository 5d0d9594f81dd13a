/**
 * The card list's rows, search, filters and sorting as plain functions (no React, no store).
 * Why: the list must stay fast with thousands of cards, so rows come scored from the back end (shared/planListing.ts)
 * and are only read at the date shown here; filtering and sorting are simple passes over them that the tests can
 * exercise directly.
 */
import type { IsoDate, PlanDocument } from '../../shared/model';
import { defaultScoringDate } from '../../shared/monitoringDates';
import { cardListRow, rowScoreAt, type CardListRow } from '../../shared/planListing';
import { matchesRollup } from '../../shared/rollups';
import { performanceStatus, type PerformanceStatus } from '../../shared/scoring';
import { foldText } from '../../shared/searchText';

export { foldText };

/** A card's row at the date the list shows. */
export interface CardRow extends CardListRow {
  ambito: string;
  performance: number | null;
  status: PerformanceStatus;
  /** Traffic lights its indicators show at that date (each once), for the dashboard's "indicators by status" filter. */
  indicatorStatuses: PerformanceStatus[];
}

export type SortKey = 'position' | 'code' | 'title' | 'ambito' | 'missione' | 'area' | 'resources' | 'performance';
export interface SortSpec {
  key: SortKey;
  direction: 'asc' | 'desc';
}
export interface ListFilters {
  query: string;
  ambito: string;
  missione: string;
  area: string;
  status: string;
  /** Set from the dashboard (shown as removable chips): a rollup group, or cards with an indicator in a status. */
  programma: string;
  obiettivoStrategico: string;
  ufficio: string;
  indicatorStatus: string;
}
export const NO_FILTERS: ListFilters = {
  query: '',
  ambito: '',
  missione: '',
  area: '',
  status: '',
  programma: '',
  obiettivoStrategico: '',
  ufficio: '',
  indicatorStatus: '',
};

export function ambitoOfLine(line: string): string {
  return line.split('_')[0] ?? '';
}

/** The list's rows read at `date`. */
export function cardRowsAt(rows: readonly CardListRow[], date: IsoDate): CardRow[] {
  return rows.map((row) => {
    const { performance, statuses } = rowScoreAt(row, date);
    return { ...row, ambito: ambitoOfLine(row.ambitoLine), performance, status: performanceStatus(performance), indicatorStatuses: statuses };
  });
}

/** The rows of a whole plan scored at `date` (default: the plan's latest date with values), as the back end lists them. */
export function buildCardRows(doc: PlanDocument, date: IsoDate = defaultScoringDate(doc)): CardRow[] {
  return cardRowsAt(
    doc.cards.map((card) => cardListRow(card, doc.settings)),
    date,
  );
}

const noFilterSet = (filters: ListFilters, words: readonly string[]) =>
  words.length === 0 && (Object.keys(NO_FILTERS) as (keyof ListFilters)[]).every((key) => key === 'query' || filters[key] === '');

/**
 * Classification filters use the rollups' own grouping rule, so a dashboard bar and its list agree. With no filter
 * set every row passes, and the rows are not looked at one by one (the list's first frame, 1.800 rows at ×100).
 */
export function filterRows(rows: readonly CardRow[], filters: ListFilters): CardRow[] {
  const words = foldText(filters.query).split(/\s+/).filter(Boolean);
  if (noFilterSet(filters, words)) return [...rows];
  return rows.filter(
    (row) =>
      (matchesRollup(row, 'ambito', filters.ambito) || matchesRollup(row, 'linea', filters.ambito)) &&
      matchesRollup(row, 'missione', filters.missione) &&
      matchesRollup(row, 'area', filters.area) &&
      (!filters.status || row.status === filters.status) &&
      matchesRollup(row, 'programma', filters.programma) &&
      matchesRollup(row, 'obiettivoStrategico', filters.obiettivoStrategico) &&
      matchesRollup(row, 'ufficio', filters.ufficio) &&
      (!filters.indicatorStatus || row.indicatorStatuses.includes(filters.indicatorStatus as PerformanceStatus)) &&
      words.every((word) => row.search.includes(word)),
  );
}

const collator = new Intl.Collator('it', { numeric: true, sensitivity: 'base' });

function compareNullable(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1; // missing values last in both directions (see sortRows)
  if (b === null) return -1;
  return a - b;
}

function compareBy(key: SortKey, a: CardRow, b: CardRow): number {
  switch (key) {
    case 'position':
      return a.position - b.position;
    case 'resources':
      return compareNullable(a.resources, b.resources);
    case 'performance':
      return compareNullable(a.performance, b.performance);
    case 'missione':
      return collator.compare(a.programma || a.missione, b.programma || b.missione);
    case 'ambito':
      return collator.compare(a.ambitoLine, b.ambitoLine);
    default:
      return collator.compare(a[key], b[key]);
  }
}

const inPlanOrder = (rows: readonly CardRow[]) => rows.every((row, i) => i === 0 || rows[i - 1]!.position < row.position);

/**
 * Stable sort; rows without a value (n.d. performance, internal resources) stay at the bottom. Rows asked in plan
 * order that already are in it (as the back end lists them) come back as they are, without sorting 1.800 of them.
 */
export function sortRows(rows: readonly CardRow[], sort: SortSpec): CardRow[] {
  if (sort.key === 'position' && sort.direction === 'asc' && inPlanOrder(rows)) return [...rows];
  const sign = sort.direction === 'asc' ? 1 : -1;
  const numeric = sort.key === 'resources' || sort.key === 'performance';
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => {
      if (numeric) {
        const va = sort.key === 'resources' ? x.row.resources : x.row.performance;
        const vb = sort.key === 'resources' ? y.row.resources : y.row.performance;
        if (va === null || vb === null) return compareNullable(va, vb) || x.index - y.index;
      }
      return sign * compareBy(sort.key, x.row, y.row) || compareBy('position', x.row, y.row) || x.index - y.index;
    })
    .map(({ row }) => row);
}

/** Clicking a column header: same column flips the direction, a new column starts ascending. */
export function toggleSort(current: SortSpec, key: SortKey): SortSpec {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: 'asc' };
}

/** Distinct non-empty values of one column, sorted, for the filter drop-downs. */
export function distinctValues(rows: readonly CardRow[], pick: (row: CardRow) => string): string[] {
  return [...new Set(rows.map(pick).filter(Boolean))].sort(collator.compare);
}
