/**
 * Applies a card's indicator rows from a workbook onto its stored indicators (paired by indicatorMatch.ts):
 * unmatched rows are added, stored indicators missing from the file are kept. Numbers read without a format are
 * replaced by the reading the evidence decided before a row is applied.
 * Why: a value that is written the same way keeps its stored object, so only the cells really edited change.
 */
import type { Problem } from '../api';
import type { Indicator, IsoDate, Measurement, Target, Value } from '../model';
import { formatDate } from '../dates';
import { sameValue } from './fieldAccess';
import type { FileIndicator } from './indicatorRows';
import type { RowMatch } from './indicatorMatch';
import { problemAt, type CellPlace } from './sheetLayout';
import type { OpenReading } from './unformattedEvidence';
import type { Ambiguity } from './unformattedNumbers';
import { numberOf } from './valueCells';

export interface IndicatorPair {
  old: Indicator | null;
  next: Indicator;
  /** False for a stored indicator the file does not mention (kept as it is). */
  inFile: boolean;
  /** How the row was recognised when not by its exact name or position. */
  match?: string;
  /** The workbook row it comes from (absent for a stored indicator the file does not mention). */
  place?: CellPlace;
}

export interface MergeContext {
  monitoringDate: IsoDate;
  horizonYears: number[];
}

const isEmpty = (value: Value | null): boolean => value === null || (value.kind === 'missing' && value.mark === '');

/** The rows in position order (when every row has one), each position used once (a repeated one is an error). */
export function orderRows(rows: FileIndicator[], problems: Problem[]): FileIndicator[] {
  const ordered = rows.every((r) => r.position !== null) ? [...rows].sort((a, b) => (a.position ?? 0) - (b.position ?? 0)) : rows;
  const seen = new Map<number, FileIndicator>();
  for (const row of ordered) {
    if (row.position === null) continue;
    const earlier = seen.get(row.position);
    if (earlier) problems.push(problemAt(row.place, `la posizione ${row.position} della scheda ${row.cardCode} è già usata alla riga ${earlier.place.row}.`));
    seen.set(row.position, row);
  }
  return ordered;
}

/** The stored value a row's open number would replace (the evidence of unformattedEvidence.ts). */
function storedValueOf(old: Indicator | null, key: string): Value | undefined {
  if (!old) return undefined;
  if (key.startsWith('value:')) return old.measurements.find((m) => m.date === key.slice(6))?.value;
  if (key.startsWith('target:')) return old.targets.find((t) => t.year === Number(key.slice(7)))?.value;
  const fraction = key === 'cap' ? (typeof old.cap === 'number' ? old.cap : undefined) : old.override?.performance;
  return fraction === undefined ? undefined : { kind: 'percent', value: fraction, decimals: 0 };
}

function fieldLabel(key: string): string {
  if (key.startsWith('value:')) return `Valore al ${formatDate(key.slice(6))}`;
  if (key.startsWith('target:')) return `Target ${key.slice(7)}`;
  return key === 'cap' ? 'Limite performance' : 'Performance manuale';
}

const readingId = (idPrefix: string, a: Ambiguity) => `${idPrefix}|${a.place.sheet}|${a.place.row}|${a.place.column?.index ?? -1}`;

/** The numbers of a row read without a format, with the stored value each would replace. */
export function openReadings(row: FileIndicator, old: Indicator | null, idPrefix: string): OpenReading[] {
  return [...row.readings].map(([key, ambiguity]) => ({
    id: readingId(idPrefix, ambiguity),
    ambiguity,
    stored: storedValueOf(old, key),
    where: `scheda ${row.cardCode}, «${old?.name ?? row.name}», ${fieldLabel(key)}`,
  }));
}

/** A copy of the row holding the readings decided for its open numbers. */
export function withReadings(row: FileIndicator, idPrefix: string, values: ReadonlyMap<string, Value>): FileIndicator {
  if (row.readings.size === 0) return row;
  const next: FileIndicator = { ...row, targets: new Map(row.targets), measurements: new Map(row.measurements) };
  for (const [key, ambiguity] of row.readings) {
    const value = values.get(readingId(idPrefix, ambiguity));
    if (!value) continue;
    if (key.startsWith('value:')) next.measurements.set(key.slice(6), value);
    else if (key.startsWith('target:')) next.targets.set(Number(key.slice(7)), value);
    else if (key === 'cap') next.cap = { value: numberOf(value) };
    else if (key === 'override' && next.override?.value) next.override = { value: { ...next.override.value, performance: numberOf(value) } };
  }
  return next;
}

/** Stored indicators with the rows applied, new rows added, stored indicators the file does not mention kept. */
export function pairRows(rows: FileIndicator[], matches: (RowMatch | null)[], stored: Indicator[], ctx: MergeContext, problems: Problem[]): IndicatorPair[] {
  const pairs: IndicatorPair[] = rows.map((row, i) => {
    const match = matches[i];
    const old = match ? (stored[match.index] ?? null) : null;
    if (!old || !match) return { old: null, next: newIndicator(row, ctx, problems), inFile: true, place: row.place };
    const fields = match.algoritmo === undefined ? row.fields : { ...row.fields, algoritmo: match.algoritmo };
    const next = applyRow(old, row, match.name ?? row.name, fields, ctx);
    return match.note ? { old, next, inFile: true, place: row.place, match: match.note } : { old, next, inFile: true, place: row.place };
  });
  const matched = new Set(matches.filter((m): m is RowMatch => m !== null).map((m) => m.index));
  stored.forEach((indicator, index) => {
    if (!matched.has(index)) pairs.push({ old: indicator, next: indicator, inFile: false });
  });
  return pairs;
}

/** `row` onto `old`, with the name and fields the match gave it (the stored name when the cell held name and algoritmo). */
function applyRow(old: Indicator, row: FileIndicator, name: string, fields: FileIndicator['fields'], ctx: MergeContext): Indicator {
  const targets = mergeTargets(old.targets, row.targets);
  const measurements = mergeMeasurements(old.measurements, row.measurements, ctx);
  // The common case, a row that writes what is stored: the stored indicator, without the copy sameShallow would compare.
  if (targets === old.targets && measurements === old.measurements && writesAsStored(old, row, name, fields)) return old;
  const next: Indicator = { ...old, ...fields, name };
  if (row.cap) {
    if (row.cap.value === undefined) delete next.cap;
    else next.cap = row.cap.value;
  }
  if (row.override) {
    if (row.override.value === undefined) delete next.override;
    // The stored object when the file writes the same (sameShallow compares by identity).
    else next.override = JSON.stringify(row.override.value) === JSON.stringify(old.override) ? old.override : row.override.value;
  }
  next.targets = targets;
  next.measurements = measurements;
  return sameShallow(old, next) ? old : next;
}

/**
 * Whether applyRow's copy would hold exactly `old`'s keys and values (its targets and measurements aside): only
 * when this is sure; any other case (a field `old` lacks, an equal array) is left to sameShallow on the copy.
 */
function writesAsStored(old: Indicator, row: FileIndicator, name: string, fields: FileIndicator['fields']): boolean {
  if (old.name !== name) return false;
  const stored = old as unknown as Record<string, unknown>;
  const written = fields as Record<string, unknown>;
  for (const key in written) if (!Object.hasOwn(stored, key) || stored[key] !== written[key]) return false;
  if (row.cap && (row.cap.value === undefined ? Object.hasOwn(old, 'cap') : !Object.hasOwn(old, 'cap') || old.cap !== row.cap.value)) return false;
  if (row.override) {
    if (row.override.value === undefined) return !Object.hasOwn(old, 'override');
    return Object.hasOwn(old, 'override') && JSON.stringify(row.override.value) === JSON.stringify(old.override);
  }
  return true;
}

/**
 * Whether `next` holds exactly what `old` holds: the same keys with the same values, and the same target and
 * measurement objects in the same order. A row that changes nothing then gives back the stored indicator itself, and
 * the steps after the merge (combineFiles.ts, importDiff.ts, documentIssues.ts) pass it by identity instead of
 * walking it again: at ×100 nearly every row of an import is such a row.
 */
export function sameShallow<T extends object>(old: T, next: T): boolean {
  const keys = Object.keys(next) as (keyof T)[];
  if (keys.length !== Object.keys(old).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(old, key)) return false;
    const a = old[key];
    const b = next[key];
    if (a === b) continue;
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  }
  return true;
}

/** The stored target of `year`, if any (an indicator has a handful: a scan beats a map). */
function targetOf(old: readonly Target[], year: number): Target | undefined {
  for (let i = 0; i < old.length; i++) if (old[i]!.year === year) return old[i];
  return undefined;
}

function measurementOf(old: readonly Measurement[], date: IsoDate): Measurement | undefined {
  for (let i = 0; i < old.length; i++) if (old[i]!.date === date) return old[i];
  return undefined;
}

const byYear = (a: Target, b: Target) => a.year - b.year;
const byDate = (a: Measurement, b: Measurement) => a.date.localeCompare(b.date);

function mergeTargets(old: Target[], incoming: Map<number, Value>): Target[] {
  // The common case, every cell as stored: the stored list itself, which is what the merge below gives when it is
  // already in order with one entry per year.
  // forEach rather than for…of: no entry made per cell of every row.
  let same = true;
  incoming.forEach((value, year) => {
    if (!same) return;
    const current = targetOf(old, year);
    if (current ? !sameValue(current.value, value) : !isEmpty(value)) same = false;
  });
  if (same && isSorted(old, byYear)) return old;
  const merged = new Map(old.map((t) => [t.year, t]));
  for (const [year, value] of incoming) {
    const current = merged.get(year);
    if (current && sameValue(current.value, value)) continue;
    if (!current && isEmpty(value)) continue;
    merged.set(year, { year, value });
  }
  return [...merged.values()].sort(byYear);
}

function mergeMeasurements(old: Measurement[], incoming: Map<IsoDate, Value | null>, ctx: MergeContext): Measurement[] {
  let same = true;
  incoming.forEach((cell, date) => {
    if (!same) return;
    const current = measurementOf(old, date);
    const value: Value | null = cell === null && date === ctx.monitoringDate && current ? { kind: 'missing', mark: '' } : cell;
    const kept = value === null ? !current : current ? sameValue(current.value, value) : isEmpty(value) && date !== ctx.monitoringDate;
    if (!kept) same = false;
  });
  if (same && isSorted(old, byDate)) return old;
  const merged = new Map(old.map((m) => [m.date, m]));
  for (const [date, cell] of incoming) {
    const current = merged.get(date);
    const value: Value | null = cell === null && date === ctx.monitoringDate && current ? { kind: 'missing', mark: '' } : cell;
    if (value === null) merged.delete(date);
    else if (current && sameValue(current.value, value)) continue;
    else if (!current && isEmpty(value) && date !== ctx.monitoringDate) continue;
    else merged.set(date, { date, value });
  }
  return [...merged.values()].sort(byDate);
}

/** Strictly increasing: no two entries for one year or date (the merge below would keep only the last). */
function isSorted<T>(list: readonly T[], order: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (order(list[i - 1]!, list[i]!) >= 0) return false;
  return true;
}

function newIndicator(row: FileIndicator, ctx: MergeContext, problems: Problem[]): Indicator {
  const { fields } = row;
  if (!fields.operator && !row.defaultOperator) problems.push(problemAt(row.place, `manca l'operatore (>=, <= o =) del nuovo indicatore «${row.name}».`));
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
    operator: fields.operator ?? row.defaultOperator ?? '>=',
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
