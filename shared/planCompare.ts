/**
 * Compares two plans (two years of a file, or a plan with one of another file): plan settings, cards added, removed
 * and changed field by field, indicators likewise. Between different years the comparison follows the calendar:
 * 2024's "Target 2025" is compared with 2025's "Target 2025", years outside either horizon are not compared, and
 * observed values and manual performances (which belong to their year) are counted, not compared.
 * Why: after a rollover the office must see exactly what was changed beyond the shift of one year.
 */
import { cardFieldChanges, indicatorFieldChanges, type IndicatorScope, type TypedFieldChange } from './fieldChanges';
import type { Card, Indicator, PlanDocument, PlanSettings, Value } from './model';
import { horizonYears } from './planDefaults';
import { cardKey, indicatorKey, pairItems, type Pair, type PairedBy } from './planMatching';
import { ownYears, shiftDate, shiftYears } from './rollover';
import { describePolicy } from './scoring';
import { formatDate } from './values';

export interface ComparedSide {
  /** `piano 2024`, or `piano 2025 (collega.pira)` when the two plans come from different files. */
  label: string;
  fileName: string;
  year: number;
  ente: string;
  title: string;
  horizon: [number, number];
  monitoringDate: string;
  cards: number;
  indicators: number;
}

/** What is compared and what is only counted. */
export interface ComparisonScope {
  /** After's year minus before's year: 0 for two versions of the same year. */
  yearShift: number;
  /** Target years compared, those in both horizons. */
  comparedYears: number[];
  /** Target years of one horizon only, with how many indicators have something written there (not compared). */
  onlyBefore: { year: number; written: number }[];
  onlyAfter: { year: number; written: number }[];
  /** Observed values and manual performances are compared only within the same year; counted otherwise. */
  yearBoundCompared: boolean;
  values: { before: number; after: number };
  overrides: { before: number; after: number };
}

export interface IndicatorComparison {
  status: 'added' | 'removed' | 'changed';
  pairedBy: PairedBy | null;
  name: string;
  /** 1-based position in its card (after's, or before's for a removed indicator). */
  position: number;
  changes: TypedFieldChange[];
}

export interface CardComparison {
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  pairedBy: PairedBy | null;
  /** After's code and title (before's for a removed card). */
  code: string;
  title: string;
  changes: TypedFieldChange[];
  /** Indicators added, removed or changed (unchanged ones are not listed). */
  indicators: IndicatorComparison[];
}

export interface PlanComparison {
  before: ComparedSide;
  after: ComparedSide;
  scope: ComparisonScope;
  /** Plan settings changed beyond the shift of years (title, monitoring date and horizon are compared shifted). */
  plan: TypedFieldChange[];
  cards: CardComparison[];
  counts: { added: number; removed: number; changed: number; unchanged: number; pairedByOrigin: number; pairedByCode: number };
}

export interface CompareOptions {
  /** Both plans are in the same file: origin links pair cards and indicators. */
  sameFile: boolean;
  fileNames: { before: string; after: string };
}

/** A target with a value: `n.d.` and `--` say there is none (issue 17: they were counted as «scritti»). */
const isWritten = (value: Value) => value.kind !== 'missing';
const indicatorsOf = (doc: PlanDocument) => doc.cards.flatMap((c) => c.indicators);

function side(doc: PlanDocument, fileName: string, withFile: boolean): ComparedSide {
  const s = doc.settings;
  return {
    label: `piano ${s.year}${withFile ? ` (${fileName})` : ''}`,
    fileName,
    year: s.year,
    ente: s.ente,
    title: s.title,
    horizon: [s.horizonStart, s.horizonEnd],
    monitoringDate: s.monitoringDate,
    cards: doc.cards.length,
    indicators: indicatorsOf(doc).length,
  };
}

function scopeOf(before: PlanDocument, after: PlanDocument): ComparisonScope {
  const beforeYears = horizonYears(before.settings);
  const afterYears = horizonYears(after.settings);
  const written = (doc: PlanDocument, year: number) =>
    indicatorsOf(doc).filter((i) => i.targets.some((t) => t.year === year && isWritten(t.value))).length;
  const count = (doc: PlanDocument, of: (i: Indicator) => number) => indicatorsOf(doc).reduce((n, i) => n + of(i), 0);
  const yearShift = after.settings.year - before.settings.year;
  return {
    yearShift,
    comparedYears: beforeYears.filter((y) => afterYears.includes(y)),
    onlyBefore: beforeYears.filter((y) => !afterYears.includes(y)).map((year) => ({ year, written: written(before, year) })),
    onlyAfter: afterYears.filter((y) => !beforeYears.includes(y)).map((year) => ({ year, written: written(after, year) })),
    yearBoundCompared: yearShift === 0,
    values: { before: count(before, (i) => i.measurements.length), after: count(after, (i) => i.measurements.length) },
    overrides: { before: count(before, (i) => (i.override ? 1 : 0)), after: count(after, (i) => (i.override ? 1 : 0)) },
  };
}

const text = (t: string) => ({ kind: 'text' as const, text: t });
const horizonText = (s: PlanSettings) => `${s.horizonStart}–${s.horizonEnd}`;

/** Settings compared after moving `before`'s own years by the shift, so that the shift alone is no change. */
export function planChanges(before: PlanSettings, after: PlanSettings, shift: number): TypedFieldChange[] {
  const fields: { key: string; label: string; shown: (s: PlanSettings) => string; moved: (s: PlanSettings) => string }[] = [
    { key: 'plan.ente', label: 'Ente', shown: (s) => s.ente, moved: (s) => s.ente },
    { key: 'plan.title', label: 'Titolo', shown: (s) => s.title, moved: (s) => shiftYears(s.title, ownYears(s), shift) },
    {
      key: 'plan.monitoringDate',
      label: 'Data di monitoraggio',
      shown: (s) => formatDate(s.monitoringDate),
      moved: (s) => formatDate(shiftDate(s.monitoringDate, shift)),
    },
    {
      key: 'plan.horizon',
      label: 'Triennio',
      shown: horizonText,
      moved: (s) => `${s.horizonStart + shift}–${s.horizonEnd + shift}`,
    },
    { key: 'plan.premessa', label: 'Premessa', shown: (s) => s.premessa, moved: (s) => s.premessa },
    { key: 'plan.policy', label: 'Criteri di calcolo', shown: (s) => describePolicy(s.policy), moved: (s) => describePolicy(s.policy) },
  ];
  return fields
    .filter((f) => f.moved(before) !== f.shown(after))
    .map((f) => {
      const [b, a] = [f.shown(before), f.shown(after)];
      return { key: f.key, field: f.label, before: b, after: a, beforeValue: text(b), afterValue: text(a) };
    });
}

function compareIndicators(pairs: Pair<Indicator>[], before: readonly Indicator[], scope: IndicatorScope): IndicatorComparison[] {
  const result: IndicatorComparison[] = [];
  let afterPosition = 0;
  for (const pair of pairs) {
    if (pair.after) afterPosition++;
    if (pair.before && pair.after) {
      const changes = indicatorFieldChanges(pair.before, pair.after, scope);
      if (changes.length > 0) result.push({ status: 'changed', pairedBy: pair.pairedBy, name: pair.after.name, position: afterPosition, changes });
    } else if (pair.after) {
      result.push({ status: 'added', pairedBy: null, name: pair.after.name, position: afterPosition, changes: [] });
    } else if (pair.before) {
      result.push({ status: 'removed', pairedBy: null, name: pair.before.name, position: before.indexOf(pair.before) + 1, changes: [] });
    }
  }
  return result;
}

function compareCard({ before, after, pairedBy }: Pair<Card>, scope: IndicatorScope, links: boolean): CardComparison {
  const shown = after ?? before;
  const base = { pairedBy, code: shown?.code ?? '', title: shown?.title ?? '' };
  if (!before) return { ...base, status: 'added', changes: [], indicators: [] };
  if (!after) return { ...base, status: 'removed', changes: [], indicators: [] };
  const indicatorPairs = pairItems(before.indicators, after.indicators, indicatorKey, 'name', links);
  const indicators = compareIndicators(indicatorPairs, before.indicators, scope);
  const changes = cardFieldChanges(before, after);
  const changed = changes.length > 0 || indicators.length > 0;
  return { ...base, status: changed ? 'changed' : 'unchanged', changes, indicators };
}

export function comparePlans(before: PlanDocument, after: PlanDocument, options: CompareOptions): PlanComparison {
  const withFile = options.fileNames.before !== options.fileNames.after;
  const scope = scopeOf(before, after);
  const indicatorScope: IndicatorScope = { targetYears: scope.comparedYears, yearBound: scope.yearBoundCompared };
  const byPosition = (cards: Card[]) => [...cards].sort((a, b) => a.position - b.position);
  const pairs = pairItems(byPosition(before.cards), byPosition(after.cards), cardKey, 'code', options.sameFile);
  const cards = pairs.map((pair) => compareCard(pair, indicatorScope, options.sameFile));
  const count = (status: CardComparison['status']) => cards.filter((c) => c.status === status).length;
  return {
    before: side(before, options.fileNames.before, withFile),
    after: side(after, options.fileNames.after, withFile),
    scope,
    plan: planChanges(before.settings, after.settings, scope.yearShift),
    cards,
    counts: {
      added: count('added'),
      removed: count('removed'),
      changed: count('changed'),
      unchanged: count('unchanged'),
      pairedByOrigin: cards.filter((c) => c.pairedBy === 'origin').length,
      pairedByCode: cards.filter((c) => c.pairedBy === 'code').length,
    },
  };
}
