/**
 * The field-by-field changes between two versions of a card or of an indicator: Italian label, old → new written as
 * the user reads it (`64.488`, `46,56%`, `31/12/2024`) and the typed value behind each text (for real spreadsheet
 * cells). Why one module: plan comparison, the import preview and a change log must list the same fields the same way.
 */
import type { FieldChange } from './api';
import { formatDate } from './dates';
import type { Card, Indicator, Value } from './model';
import { formatEuro, formatPercent, formatValue } from './values';

/** What a field holds: a typed value (count, percentage, date, yes/no, missing), an amount in euro, or plain text. */
export type FieldValue = Value | { kind: 'euro'; euros: number } | { kind: 'text'; text: string };

/** A change with a stable key (`title`, `indicator.weight`, `target.2025`, `value.2024-06-30`) and its typed values. */
export interface TypedFieldChange extends FieldChange {
  key: string;
  beforeValue: FieldValue;
  afterValue: FieldValue;
}

/** Which year-bound parts of an indicator to compare, and which target years. */
export interface IndicatorScope {
  /** Years whose targets are compared; `null` = every year either side has. */
  targetYears: readonly number[] | null;
  /** Observed values (by date) and the manual performance belong to a year: compared only within the same year. */
  yearBound: boolean;
}

const ALL_OF_IT: IndicatorScope = { targetYears: null, yearBound: true };

interface FieldSpec<T> {
  key: string;
  label: string;
  value: (x: T) => FieldValue;
}

const EMPTY: FieldValue = { kind: 'missing', mark: '' };
const text = (t: string): FieldValue => ({ kind: 'text', text: t });
const fraction = (value: number, decimals: number): FieldValue => ({ kind: 'percent', value, decimals });

export function formatFieldValue(value: FieldValue): string {
  if (value.kind === 'text') return value.text;
  if (value.kind === 'euro') return formatEuro(value.euros);
  return formatValue(value);
}

const CARD_FIELDS: readonly FieldSpec<Card>[] = [
  { key: 'code', label: 'Codice', value: (c) => text(c.code) },
  { key: 'title', label: 'Obiettivo', value: (c) => text(c.title) },
  { key: 'missione', label: 'Missione', value: (c) => text(c.missione) },
  { key: 'programma', label: 'Programma', value: (c) => text(c.programma) },
  { key: 'ambitoLine', label: 'Ambito strategico', value: (c) => text(c.ambitoLine) },
  { key: 'obiettivoStrategico', label: 'Obiettivo strategico', value: (c) => text(c.obiettivoStrategico) },
  { key: 'description', label: 'Descrizione', value: (c) => text(c.description) },
  {
    key: 'resources',
    label: 'Risorse economiche',
    value: (c) => (c.resources.kind === 'amount' ? { kind: 'euro', euros: c.resources.euros } : text('risorse interne')),
  },
  { key: 'area', label: 'Area di responsabilità', value: (c) => text(c.area) },
  { key: 'office', label: 'Ufficio', value: (c) => text(c.office) },
  { key: 'footnotes', label: 'Note della scheda', value: (c) => text(c.footnotes.join('\n')) },
  {
    key: 'weight',
    label: 'Peso obiettivo',
    value: (c) => ({ kind: 'number', value: c.weight, decimals: Number.isInteger(c.weight) ? 0 : 2 }),
  },
];

const OVERRIDE_KEY = 'indicator.override';

const INDICATOR_FIELDS: readonly FieldSpec<Indicator>[] = [
  { key: 'indicator.name', label: 'Indicatore', value: (i) => text(i.name) },
  { key: 'indicator.algoritmo', label: 'Algoritmo di calcolo', value: (i) => text(i.algoritmo) },
  { key: 'indicator.tipologia', label: 'Tipologia', value: (i) => text(i.tipologia) },
  { key: 'indicator.udm', label: 'UdM', value: (i) => text(i.udm) },
  { key: 'indicator.operator', label: 'Operatore', value: (i) => text(i.operator) },
  { key: 'indicator.weight', label: 'Peso', value: (i) => fraction(i.weight, 1) },
  {
    key: 'indicator.cap',
    label: 'Limite performance',
    value: (i) => (i.cap === undefined ? text('limite del piano') : i.cap === 'none' ? text('nessuno') : fraction(i.cap, 0)),
  },
  {
    key: OVERRIDE_KEY,
    label: 'Performance manuale',
    value: (i) =>
      text(i.override ? `${formatPercent(i.override.performance, 0)} (${i.override.justification})` : 'nessuna'),
  },
  { key: 'indicator.note', label: 'Note', value: (i) => text(i.note) },
  { key: 'indicator.fonte', label: 'Fonte dei dati', value: (i) => text(i.fonte) },
  { key: 'indicator.kpiCode', label: 'Codice KPI', value: (i) => text(i.kpiCode) },
];

/** Values equal member by member print the same: only the others are formatted (a change log details 123 cards). */
function sameMembers(a: FieldValue, b: FieldValue): boolean {
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  let count = 0;
  for (const key in x) {
    if (x[key] !== y[key]) return false;
    count++;
  }
  for (const _ in y) count--;
  return count === 0;
}

/** `label` is made only for a change (a date's label is formatted). */
function change(key: string, label: () => string, beforeValue: FieldValue, afterValue: FieldValue): TypedFieldChange | null {
  if (sameMembers(beforeValue, afterValue)) return null;
  const before = formatFieldValue(beforeValue);
  const after = formatFieldValue(afterValue);
  return before === after ? null : { field: label(), key, before, after, beforeValue, afterValue };
}

function fieldsChanges<T>(fields: readonly FieldSpec<T>[], before: T, after: T): TypedFieldChange[] {
  return fields.map((f) => change(f.key, () => f.label, f.value(before), f.value(after))).filter((c) => c !== null);
}

/** The changed fields of a card (its own fields only; indicators are compared one by one). */
export function cardFieldChanges(before: Card, after: Card): TypedFieldChange[] {
  return fieldsChanges(CARD_FIELDS, before, after);
}

function keyedChanges(
  keys: readonly string[],
  label: (key: string) => string,
  prefix: string,
  before: Map<string, Value>,
  after: Map<string, Value>,
): TypedFieldChange[] {
  return keys
    .map((k) => change(`${prefix}.${k}`, () => label(k), before.get(k) ?? EMPTY, after.get(k) ?? EMPTY))
    .filter((c) => c !== null);
}

/**
 * The changed fields of an indicator, in the order of the import preview: its fields, then the observed values by
 * date, then the targets by year. A target or value absent on one side counts as empty.
 */
export function indicatorFieldChanges(before: Indicator, after: Indicator, scope: IndicatorScope = ALL_OF_IT): TypedFieldChange[] {
  const fields = scope.yearBound ? INDICATOR_FIELDS : INDICATOR_FIELDS.filter((f) => f.key !== OVERRIDE_KEY);
  const measured = (i: Indicator) => new Map(i.measurements.map((m) => [m.date, m.value]));
  const targeted = (i: Indicator) => new Map(i.targets.map((t) => [String(t.year), t.value]));
  const dates = [...new Set([...before.measurements, ...after.measurements].map((m) => m.date))].sort();
  const years =
    scope.targetYears === null
      ? [...new Set([...before.targets, ...after.targets].map((t) => t.year))].sort((a, b) => a - b)
      : [...scope.targetYears];
  return [
    ...fieldsChanges(fields, before, after),
    ...(scope.yearBound ? keyedChanges(dates, (d) => `Valore al ${formatDate(d)}`, 'value', measured(before), measured(after)) : []),
    ...keyedChanges(years.map(String), (y) => `Target ${y}`, 'target', targeted(before), targeted(after)),
  ];
}
