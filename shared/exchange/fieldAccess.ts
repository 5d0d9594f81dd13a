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
  /** What `set` does, written into `draft`, a shallow copy the caller owns (withFields: one copy for many fields). */
  put(draft: T, value: unknown): void;
  show(value: unknown): string;
  same(a: unknown, b: unknown): boolean;
  /** A value at a date or a target (what "5 valori modificati" counts). */
  isValue?: boolean;
}

const EPSILON = 1e-9;

/** Same kind and same number (the decimals shown do not count), or the same date, yes/no or missing mark. */
export function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  // The same object is the same value, except a number that is not finite (it never equals itself below).
  if (a === b && (a === undefined || !(a.kind === 'number' || a.kind === 'percent') || Number.isFinite(a.value))) return true;
  const emptyA = isEmptyValue(a);
  const emptyB = isEmptyValue(b);
  if (emptyA || emptyB) return emptyA && emptyB;
  if (!a || !b || a.kind !== b.kind) return false;
  if ((a.kind === 'number' || a.kind === 'percent') && (b.kind === 'number' || b.kind === 'percent')) {
    return Math.abs(a.value - b.value) <= EPSILON * Math.max(1, Math.abs(a.value));
  }
  // Field by field, not as JSON: asked for every stored target and value of an import (tens of thousands at ×100).
  if (a.kind === 'missing') return b.kind === 'missing' && a.mark === b.mark;
  if (a.kind === 'date') return b.kind === 'date' && a.value === b.value;
  return a.kind === 'bool' && b.kind === 'bool' && a.value === b.value;
}

/**
 * `JSON.stringify(a) === JSON.stringify(b)`, answered without writing them out when both are plain objects holding
 * the same keys in the same order with the same strings, booleans or finite numbers (a date, a yes/no, «n.d.», a
 * card's resources: thousands per import).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (isPlainObject(a) && isPlainObject(b) && sameFlatObjects(a, b)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null) return false;
  const prototype = Object.getPrototypeOf(x);
  return prototype === Object.prototype || prototype === null;
}

/** True only when both surely write out the same JSON; false also when unsure (then JSON decides). */
function sameFlatObjects(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const x = a[key];
    if (key !== others[i] || x !== b[key] || !(typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x)))) return false;
  }
  return true;
}

/** No value, or the empty mark (sameValue runs for every stored cell of an import: no closure made per call). */
function isEmptyValue(v: Value | undefined): boolean {
  return v === undefined || (v.kind === 'missing' && v.mark === '');
}

const json = (a: unknown, b: unknown) => a === b || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** `set` as one copy of `x` with `put` written into it. */
function withSet<T>(access: Omit<FieldAccess<T>, 'set'>): FieldAccess<T> {
  return {
    ...access,
    set: (x, value) => {
      const draft = { ...x };
      access.put(draft, value);
      return draft;
    },
  };
}

/** `x` with each field of `fields` set to the value at the same index: what `set` after `set` gives, with one copy. */
export function withFields<T extends object>(x: T, fields: readonly FieldAccess<T>[], values: readonly unknown[]): T {
  const draft = { ...x };
  fields.forEach((field, i) => field.put(draft, values[i]));
  return draft;
}
const textSame = (a: unknown, b: unknown) => sameText(String(a ?? ''), String(b ?? ''));

function plain<T, K extends keyof T & string>(key: K, label: string, show: (v: T[K]) => string, same: (a: unknown, b: unknown) => boolean): FieldAccess<T> {
  return withSet<T>({
    key,
    label,
    get: (x) => x[key],
    put: (draft, value) => {
      draft[key] = value as T[K];
    },
    show: (v) => show(v as T[K]),
    same,
  });
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
  withSet<Indicator>({
    key: 'cap',
    label: 'Limite performance',
    get: (i) => i.cap,
    put: (draft, value) => putOptional(draft, 'cap', value as Indicator['cap']),
    show: (v) => capText(v as Indicator['cap']),
    same: json,
  }),
  withSet<Indicator>({
    key: 'override',
    label: 'Performance manuale',
    get: (i) => i.override,
    put: (draft, value) => putOptional(draft, 'override', value as Indicator['override']),
    show: (v) => overrideText(v as Indicator['override']),
    same: json,
  }),
  plain<Indicator, 'note'>('note', 'Note', asText, textSame),
  plain<Indicator, 'fonte'>('fonte', 'Fonte dei dati', asText, textSame),
  plain<Indicator, 'kpiCode'>('kpiCode', 'Codice KPI', asText, textSame),
];

function putOptional<K extends 'cap' | 'override'>(draft: Indicator, key: K, value: Indicator[K]): void {
  if (value === undefined) delete draft[key];
  else draft[key] = value;
}

const showValue = (v: unknown) => (v ? formatValue(v as Value) : '');

const sameValues = (a: unknown, b: unknown) => sameValue(a as Value | undefined, b as Value | undefined);

/** Accesses already built, by key: an import asks for the same few dates and years once per indicator. */
const built = new Map<string, FieldAccess<Indicator>>();
const REMEMBERED = 10_000;

function remembered(key: string, build: () => FieldAccess<Indicator>): FieldAccess<Indicator> {
  let access = built.get(key);
  if (!access) {
    access = build();
    if (built.size >= REMEMBERED) built.clear();
    built.set(key, access);
  }
  return access;
}

export function measurementAccess(date: IsoDate): FieldAccess<Indicator> {
  return remembered(`value:${date}`, () =>
    withSet<Indicator>({
      key: `value:${date}`,
      label: `Valore al ${formatDate(date)}`,
      isValue: true,
      get: (i) => i.measurements.find((m) => m.date === date)?.value,
      put: (draft, value) => {
        draft.measurements = [...draft.measurements.filter((m) => m.date !== date), ...(value ? [{ date, value: value as Value }] : [])].sort((a, b) =>
          a.date.localeCompare(b.date),
        );
      },
      show: showValue,
      same: sameValues,
    }),
  );
}

export function targetAccess(year: number): FieldAccess<Indicator> {
  return remembered(`target:${year}`, () =>
    withSet<Indicator>({
      key: `target:${year}`,
      label: `Target ${year}`,
      isValue: true,
      get: (i) => i.targets.find((t) => t.year === year)?.value,
      put: (draft, value) => {
        draft.targets = [...draft.targets.filter((t) => t.year !== year), ...(value ? [{ year, value: value as Value }] : [])].sort((a, b) => a.year - b.year);
      },
      show: showValue,
      same: sameValues,
    }),
  );
}

/** The static fields, then one value per date and one target per year found in any of `indicators`. */
export function indicatorAccess(indicators: readonly Indicator[]): FieldAccess<Indicator>[] {
  const dates = new Set<IsoDate>();
  const years = new Set<number>();
  for (const indicator of indicators) {
    for (const m of indicator.measurements) dates.add(m.date);
    for (const t of indicator.targets) years.add(t.year);
  }
  return [...STATIC_INDICATOR_ACCESS, ...[...dates].sort().map(measurementAccess), ...[...years].sort((a, b) => a - b).map(targetAccess)];
}
