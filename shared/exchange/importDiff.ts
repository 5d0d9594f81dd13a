/**
 * The preview's change list: for each card and indicator, added / changed / absent, and each changed field as
 * Italian label with old → new written as the user sees it (`64.488`, `46,56%`, `31/12/2024`).
 * Why: nothing is written before the user has seen exactly what the import would change.
 */
import type { CardDiff, FieldChange, IndicatorDiff } from '../api';
import { formatDate } from '../dates';
import type { Card, Indicator, Value } from '../model';
import { formatNumber, formatPercent, formatResources, formatValue } from '../values';
import type { IndicatorPair } from './mergeIndicators';
import type { CardPair } from './mergePlan';

const MAX_SHOWN = 300;

function shown(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ⏎ ');
  return flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN - 1)}…` : flat;
}

function weightText(w: number): string {
  return formatNumber(w, Number.isInteger(w) ? 0 : 2);
}

const CARD_FIELDS: { label: string; show: (c: Card) => string }[] = [
  { label: 'Obiettivo', show: (c) => c.title },
  { label: 'Missione', show: (c) => c.missione },
  { label: 'Programma', show: (c) => c.programma },
  { label: 'Ambito strategico', show: (c) => c.ambitoLine },
  { label: 'Obiettivo strategico', show: (c) => c.obiettivoStrategico },
  { label: 'Descrizione', show: (c) => c.description },
  { label: 'Risorse economiche', show: (c) => formatResources(c.resources) },
  { label: 'Area di responsabilità', show: (c) => c.area },
  { label: 'Ufficio', show: (c) => c.office },
  { label: 'Note della scheda', show: (c) => c.footnotes.join('\n') },
  { label: 'Peso obiettivo', show: (c) => weightText(c.weight) },
];

const INDICATOR_FIELDS: { label: string; show: (i: Indicator) => string }[] = [
  { label: 'Indicatore', show: (i) => i.name },
  { label: 'Algoritmo di calcolo', show: (i) => i.algoritmo },
  { label: 'Tipologia', show: (i) => i.tipologia },
  { label: 'UdM', show: (i) => i.udm },
  { label: 'Operatore', show: (i) => i.operator },
  { label: 'Peso', show: (i) => formatPercent(i.weight, 1) },
  { label: 'Limite performance', show: (i) => (i.cap === undefined ? 'limite del piano' : i.cap === 'none' ? 'nessuno' : formatPercent(i.cap, 0)) },
  {
    label: 'Performance manuale',
    show: (i) => (i.override ? `${formatPercent(i.override.performance, 0)} (${i.override.justification})` : 'nessuna'),
  },
  { label: 'Note', show: (i) => i.note },
  { label: 'Fonte dei dati', show: (i) => i.fonte },
  { label: 'Codice KPI', show: (i) => i.kpiCode },
];

function changesOf<T>(fields: { label: string; show: (x: T) => string }[], before: T, after: T): FieldChange[] {
  return fields
    .map((f) => ({ field: f.label, before: f.show(before), after: f.show(after) }))
    .filter((c) => c.before !== c.after)
    .map((c) => ({ field: c.field, before: shown(c.before), after: shown(c.after) }));
}

function keyedChanges(label: (key: string) => string, before: Map<string, Value>, after: Map<string, Value>): FieldChange[] {
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  return keys
    .filter((key) => JSON.stringify(before.get(key) ?? null) !== JSON.stringify(after.get(key) ?? null))
    .map((key) => ({ field: label(key), before: formatOrBlank(before.get(key)), after: formatOrBlank(after.get(key)) }));
}

function formatOrBlank(value: Value | undefined): string {
  return value ? formatValue(value) : '';
}

export function indicatorChanges(before: Indicator, after: Indicator): FieldChange[] {
  return [
    ...changesOf(INDICATOR_FIELDS, before, after),
    ...keyedChanges(
      (date) => `Valore al ${formatDate(date)}`,
      new Map(before.measurements.map((m) => [m.date, m.value])),
      new Map(after.measurements.map((m) => [m.date, m.value])),
    ),
    ...keyedChanges(
      (year) => `Target ${year}`,
      new Map(before.targets.map((t) => [String(t.year), t.value])),
      new Map(after.targets.map((t) => [String(t.year), t.value])),
    ),
  ];
}

function indicatorDiff(pair: IndicatorPair): IndicatorDiff | null {
  if (!pair.old) return { status: 'added', name: pair.next.name, changes: [] };
  if (!pair.inFile) return { status: 'absent', name: pair.old.name, changes: [] };
  const changes = indicatorChanges(pair.old, pair.next);
  return changes.length > 0 ? { status: 'changed', name: pair.next.name, changes } : null;
}

export function diffCards(pairs: CardPair[]): CardDiff[] {
  return pairs.map((pair): CardDiff => {
    const indicators = pair.indicators.map(indicatorDiff).filter((d): d is IndicatorDiff => d !== null);
    const base = { code: pair.next.code, title: pair.next.title };
    if (!pair.old) return { ...base, status: 'added', changes: [], indicators };
    if (!pair.inFile) return { ...base, status: 'absent', changes: [], indicators: [] };
    const changes = changesOf(CARD_FIELDS, pair.old, pair.next);
    const changed = changes.length > 0 || indicators.length > 0;
    return { ...base, status: changed ? 'changed' : 'unchanged', changes, indicators };
  });
}
