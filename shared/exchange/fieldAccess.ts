/**
 * Every field an import can change, on a card or an indicator: its key, Italian label, how to read, write, show
 * and compare it. Why: the preview's diff, the merge of several workbooks (conflicts field by field) and the count
 * of changed values all walk the same list, and "the same" means the same thing everywhere (5 = 5,0; a text with
 * CRLF = the same text with LF).
 */
import { formatDate } from '../dates';
import type { Card, Indicator, IsoDate, Value } from '../model';
import { formatNumber, formatPercent, formatResources, formatValue } from '../values';
import { sameText } from './importedText';

export interface FieldAccess<T> {
  key: string;
  label: string;
  get(x: T): unknown;
  set(x: T, value: unknown): T;
  show(value: unknown): string;
  same(a: unknown, b: unknown): boolean;
  /** A value at a date or a target (what "5 valori modificati" counts). */
  isValue?: boolean;
}

const EPSILON = 1e-9;

/** Same kind and same number (the decimals shown do not count), or the same date, yes/no or missing mark. */
export function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  const empty = (v: Value | undefined) => v === undefined || (v.kind === 'missing' && v.mark === '');
  if (empty(a) || empty(b)) return empty(a) && empty(b);
  if (!a || !b || a.kind !== b.kind) return false;
  if ((a.kind === 'number' || a.kind === 'percent') && (b.kind === 'number' || b.kind === 'percent')) {
    return Math.abs(a.value - b.value) <= EPSILON * Math.max(1, Math.abs(a.value));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

const json = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const textSame = (a: unknown, b: unknown) => sameText(String(a ?? ''), String(b ?? ''));

function plain<T, K extends keyof T & string>(key: K, label: string, show: (v: T[K]) => string, same: (a: unknown, b: unknown) => boolean): FieldAccess<T> {
  return {
    key,
    label,
    get: (x) => x[key],
    set: (x, value) => ({ ...x, [key]: value }),
    show: (v) => show(v as T[K]),
    same,
  };
}

const asText = (v: unknown) => String(v ?? '');
const weightText = (w: number) => formatNumber(w, Number.isInteger(w) ? 0 : 2);

export const CARD_ACCESS: FieldAccess<Card>[] = [
  plain<Card, 'title'>('title', 'Obiettivo', asText, textSame),
  plain<Card, 'missione'>('missione', 'Missione', asText, textSame),
  plain<Card, 'programma'>('programma', 'Programma', asText, textSame),
  plain<Card, 'ambitoLine'>('ambitoLine', 'Ambito strategico', asText, textSame),
  plain<Card, 'obiettivoStrategico'>('obiettivoStrategico', 'Obiettivo strategico', asText, textSame),
  plain<Card, 'description'>('description', 'Descrizione', asText, textSame),
  plain<Card, 'resources'>('resources', 'Risorse economiche', formatResources, json),
  plain<Card, 'area'>('area', 'Area di responsabilità', asText, textSame),
  plain<Card, 'office'>('office', 'Ufficio', asText, textSame),
  plain<Card, 'footnotes'>('footnotes', 'Note della scheda', (f) => f.join('\n'), (a, b) => sameText((a as string[]).join('\n'), (b as string[]).join('\n'))),
  plain<Card, 'weight'>('weight', 'Peso obiettivo', weightText, json),
];

const capText = (cap: Indicator['cap']) => (cap === undefined ? 'limite del piano' : cap === 'none' ? 'nessuno' : formatPercent(cap, 0));
const overrideText = (o: Indicator['override']) => (o ? `${formatPercent(o.performance, 0)} (${o.justification})` : 'nessuna');

const STATIC_INDICATOR_ACCESS: FieldAccess<Indicator>[] = [
  plain<Indicator, 'name'>('name', 'Indicatore', asText, textSame),
  plain<Indicator, 'algoritmo'>('algoritmo', 'Algoritmo di calcolo', asText, textSame),
  plain<Indicator, 'tipologia'>('tipologia', 'Tipologia', asText, textSame),
  plain<Indicator, 'udm'>('udm', 'UdM', asText, textSame),
  plain<Indicator, 'operator'>('operator', 'Operatore', asText, json),
  plain<Indicator, 'weight'>('weight', 'Peso', (w) => formatPercent(w, 1), json),
  {
    key: 'cap',
    label: 'Limite performance',
    get: (i) => i.cap,
    set: (i, value) => withOptional(i, 'cap', value as Indicator['cap']),
    show: (v) => capText(v as Indicator['cap']),
    same: json,
  },
  {
    key: 'override',
    label: 'Performance manuale',
    get: (i) => i.override,
    set: (i, value) => withOptional(i, 'override', value as Indicator['override']),
    show: (v) => overrideText(v as Indicator['override']),
    same: json,
  },
  plain<Indicator, 'note'>('note', 'Note', asText, textSame),
  plain<Indicator, 'fonte'>('fonte', 'Fonte dei dati', asText, textSame),
  plain<Indicator, 'kpiCode'>('kpiCode', 'Codice KPI', asText, textSame),
];

function withOptional<K extends 'cap' | 'override'>(indicator: Indicator, key: K, value: Indicator[K]): Indicator {
  const next = { ...indicator };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

const showValue = (v: unknown) => (v ? formatValue(v as Value) : '');

export function measurementAccess(date: IsoDate): FieldAccess<Indicator> {
  return {
    key: `value:${date}`,
    label: `Valore al ${formatDate(date)}`,
    isValue: true,
    get: (i) => i.measurements.find((m) => m.date === date)?.value,
    set: (i, value) => ({
      ...i,
      measurements: [...i.measurements.filter((m) => m.date !== date), ...(value ? [{ date, value: value as Value }] : [])].sort((a, b) =>
        a.date.localeCompare(b.date),
      ),
    }),
    show: showValue,
    same: (a, b) => sameValue(a as Value | undefined, b as Value | undefined),
  };
}

export function targetAccess(year: number): FieldAccess<Indicator> {
  return {
    key: `target:${year}`,
    label: `Target ${year}`,
    isValue: true,
    get: (i) => i.targets.find((t) => t.year === year)?.value,
    set: (i, value) => ({
      ...i,
      targets: [...i.targets.filter((t) => t.year !== year), ...(value ? [{ year, value: value as Value }] : [])].sort((a, b) => a.year - b.year),
    }),
    show: showValue,
    same: (a, b) => sameValue(a as Value | undefined, b as Value | undefined),
  };
}

/** The static fields, then one value per date and one target per year found in any of `indicators`. */
export function indicatorAccess(indicators: readonly Indicator[]): FieldAccess<Indicator>[] {
  const dates = [...new Set(indicators.flatMap((i) => i.measurements.map((m) => m.date)))].sort();
  const years = [...new Set(indicators.flatMap((i) => i.targets.map((t) => t.year)))].sort((a, b) => a - b);
  return [...STATIC_INDICATOR_ACCESS, ...dates.map(measurementAccess), ...years.map(targetAccess)];
}
