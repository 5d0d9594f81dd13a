/**
 * The card list's rows, search, filters and sorting as plain functions (no React, no store).
 * Why: the list must stay fast with thousands of cards, so rows are computed once per document change and
 * filtering/sorting are simple passes over them that the tests can exercise directly.
 */
import type { Card, IsoDate, PlanDocument } from '../../shared/model';
import { defaultScoringDate } from '../../shared/monitoringDates';
import { matchesRollup } from '../../shared/rollups';
import { performanceStatus, scoreCard, scoringContextAt, type PerformanceStatus } from '../../shared/scoring';

export interface CardRow {
  card: Card;
  code: string;
  title: string;
  ambitoLine: string;
  ambito: string;
  missione: string;
  programma: string;
  area: string;
  /** Euros, or null for "Risorse interne". */
  resources: number | null;
  performance: number | null;
  status: PerformanceStatus;
  /** Lower-cased, accent-free text of code, title and indicator names, for the search box. */
  haystack: string;
  /** Traffic light of each indicator, for the dashboard's "indicators by status" counts and filter. */
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

/** Case- and accent-insensitive form used by search. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function ambitoOfLine(line: string): string {
  return line.split('_')[0] ?? '';
}

/** The rows scored at `date` (default: the plan's latest date with values). */
export function buildCardRows(doc: PlanDocument, date: IsoDate = defaultScoringDate(doc)): CardRow[] {
  const ctx = scoringContextAt(doc.settings, date);
  return doc.cards.map((card) => {
    const score = scoreCard(card, ctx);
    const performance = score.performance;
    return {
      card,
      code: card.code,
      title: card.title,
      ambitoLine: card.ambitoLine,
      ambito: ambitoOfLine(card.ambitoLine),
      missione: card.missione,
      programma: card.programma,
      area: card.area,
      resources: card.resources.kind === 'amount' ? card.resources.euros : null,
      performance,
      status: performanceStatus(performance),
      haystack: foldText([card.code, card.title, ...card.indicators.map((i) => i.name)].join('\n')),
      indicatorStatuses: score.indicators.map((indicator) => performanceStatus(indicator.performance)),
    };
  });
}

/** Classification filters use the rollups' own grouping rule, so a dashboard bar and its list agree. */
export function filterRows(rows: readonly CardRow[], filters: ListFilters): CardRow[] {
  const words = foldText(filters.query).split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (matchesRollup(row.card, 'ambito', filters.ambito) || matchesRollup(row.card, 'linea', filters.ambito)) &&
      matchesRollup(row.card, 'missione', filters.missione) &&
      matchesRollup(row.card, 'area', filters.area) &&
      (!filters.status || row.status === filters.status) &&
      matchesRollup(row.card, 'programma', filters.programma) &&
      matchesRollup(row.card, 'obiettivoStrategico', filters.obiettivoStrategico) &&
      matchesRollup(row.card, 'ufficio', filters.ufficio) &&
      (!filters.indicatorStatus || row.indicatorStatuses.includes(filters.indicatorStatus as PerformanceStatus)) &&
      words.every((word) => row.haystack.includes(word)),
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
      return a.card.position - b.card.position;
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

/** Stable sort; rows without a value (n.d. performance, internal resources) stay at the bottom. */
export function sortRows(rows: readonly CardRow[], sort: SortSpec): CardRow[] {
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
