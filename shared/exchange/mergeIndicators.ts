/**
 * Applies a card's indicator rows from a workbook onto its stored indicators: rows are matched by name, then by
 * position (a renamed indicator), unmatched rows are added, stored indicators missing from the file are kept.
 * Why: a value that is written the same way keeps its stored object, so only the cells really edited change.
 */
import type { Problem } from '../api';
import type { Indicator, IsoDate, Measurement, Target, Value } from '../model';
import { normalizeHeader } from './headerText';
import type { FileIndicator } from './indicatorRows';
import { problemAt } from './sheetLayout';

export interface IndicatorPair {
  old: Indicator | null;
  next: Indicator;
  /** False for a stored indicator the file does not mention (kept as it is). */
  inFile: boolean;
}

export interface MergeContext {
  monitoringDate: IsoDate;
  horizonYears: number[];
}

export function sameValue(a: Value, b: Value): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const isEmpty = (value: Value | null): boolean => value === null || (value.kind === 'missing' && value.mark === '');

/** Pairs file rows with stored indicators: same name first (nearest position wins), then same position. */
function matchRows(rows: FileIndicator[], stored: Indicator[]): (Indicator | null)[] {
  const used = new Set<number>();
  const matches: (Indicator | null)[] = rows.map(() => null);
  rows.forEach((row, i) => {
    const candidates = stored
      .map((indicator, index) => ({ indicator, index }))
      .filter(({ indicator, index }) => !used.has(index) && normalizeHeader(indicator.name) === normalizeHeader(row.name));
    const best = candidates.find(({ index }) => row.position === index + 1) ?? candidates[0];
    if (best) {
      used.add(best.index);
      matches[i] = best.indicator;
    }
  });
  rows.forEach((row, i) => {
    const index = row.position === null ? -1 : row.position - 1;
    const indicator = stored[index];
    if (matches[i] === null && indicator && !used.has(index)) {
      used.add(index);
      matches[i] = indicator;
    }
  });
  return matches;
}

export function mergeIndicators(rows: FileIndicator[], stored: Indicator[], ctx: MergeContext, problems: Problem[]): IndicatorPair[] {
  const ordered = rows.every((r) => r.position !== null) ? [...rows].sort((a, b) => (a.position ?? 0) - (b.position ?? 0)) : rows;
  const seen = new Map<number, FileIndicator>();
  for (const row of ordered) {
    if (row.position === null) continue;
    const earlier = seen.get(row.position);
    if (earlier) problems.push(problemAt(row.place, `la posizione ${row.position} della scheda ${row.cardCode} è già usata alla riga ${earlier.place.row}.`));
    seen.set(row.position, row);
  }
  const matches = matchRows(ordered, stored);
  const pairs: IndicatorPair[] = ordered.map((row, i) => {
    const old = matches[i] ?? null;
    return { old, next: old ? applyRow(old, row, ctx) : newIndicator(row, ctx, problems), inFile: true };
  });
  const matched = new Set(matches.filter((m): m is Indicator => m !== null));
  for (const indicator of stored) if (!matched.has(indicator)) pairs.push({ old: indicator, next: indicator, inFile: false });
  return pairs;
}

function applyRow(old: Indicator, row: FileIndicator, ctx: MergeContext): Indicator {
  const next: Indicator = { ...old, ...row.fields, name: row.name };
  if (row.cap) {
    if (row.cap.value === undefined) delete next.cap;
    else next.cap = row.cap.value;
  }
  if (row.override) {
    if (row.override.value === undefined) delete next.override;
    else next.override = row.override.value;
  }
  next.targets = mergeTargets(old.targets, row.targets);
  next.measurements = mergeMeasurements(old.measurements, row.measurements, ctx);
  return next;
}

function mergeTargets(old: Target[], incoming: Map<number, Value>): Target[] {
  const byYear = new Map(old.map((t) => [t.year, t]));
  for (const [year, value] of incoming) {
    const current = byYear.get(year);
    if (current && sameValue(current.value, value)) continue;
    if (!current && isEmpty(value)) continue;
    byYear.set(year, { year, value });
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

function mergeMeasurements(old: Measurement[], incoming: Map<IsoDate, Value | null>, ctx: MergeContext): Measurement[] {
  const byDate = new Map(old.map((m) => [m.date, m]));
  for (const [date, cell] of incoming) {
    const current = byDate.get(date);
    const value: Value | null = cell === null && date === ctx.monitoringDate && current ? { kind: 'missing', mark: '' } : cell;
    if (value === null) byDate.delete(date);
    else if (current && sameValue(current.value, value)) continue;
    else if (!current && isEmpty(value) && date !== ctx.monitoringDate) continue;
    else byDate.set(date, { date, value });
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

function newIndicator(row: FileIndicator, ctx: MergeContext, problems: Problem[]): Indicator {
  const { fields } = row;
  if (!fields.operator) problems.push(problemAt(row.place, `manca l'operatore (>=, <= o =) del nuovo indicatore «${row.name}».`));
  if (fields.weight === undefined) problems.push(problemAt(row.place, `manca il peso del nuovo indicatore «${row.name}».`));
  const years = [...new Set([...ctx.horizonYears, ...row.targets.keys()])].sort((a, b) => a - b);
  const targets = years
    .map((year): Target => ({ year, value: row.targets.get(year) ?? { kind: 'missing', mark: '' } }))
    .filter((t) => ctx.horizonYears.includes(t.year) || !isEmpty(t.value));
  const measurements = [...row.measurements]
    .map(([date, value]): Measurement => ({ date, value: value ?? { kind: 'missing', mark: '' } }))
    .filter((m) => m.date === ctx.monitoringDate || !isEmpty(m.value))
    .sort((a, b) => a.date.localeCompare(b.date));
  const indicator: Indicator = {
    id: 0,
    name: row.name,
    algoritmo: fields.algoritmo ?? '',
    tipologia: fields.tipologia ?? '',
    udm: fields.udm ?? '',
    operator: fields.operator ?? '>=',
    targets,
    measurements,
    weight: fields.weight ?? 0,
    note: fields.note ?? '',
    fonte: fields.fonte ?? '',
    kpiCode: fields.kpiCode ?? '',
  };
  if (row.cap?.value !== undefined) indicator.cap = row.cap.value;
  if (row.override?.value !== undefined) indicator.override = row.override.value;
  return indicator;
}
