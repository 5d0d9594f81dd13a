/**
 * The preview's change list: for each card and indicator, added / changed / absent, and each changed field as
 * Italian label with old → new written as the user sees it (`64.488`, `46,56%`, `31/12/2024`); and the summary
 * in numbers ("18 schede aggiornate, 5 valori modificati").
 * Why: nothing is written before the user has seen exactly what the import would change.
 */
import type { CardDiff, FieldChange, ImportSummary, IndicatorDiff } from '../api';
import { countOf } from '../italianText';
import type { Indicator } from '../model';
import { CARD_ACCESS, indicatorAccess, type FieldAccess } from './fieldAccess';
import type { IndicatorPair } from './mergeIndicators';
import type { CardPair } from './mergePlan';

const MAX_SHOWN = 300;

function shown(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ⏎ ');
  return flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN - 1)}…` : flat;
}

function changesOf<T>(fields: readonly FieldAccess<T>[], before: T, after: T): FieldChange[] {
  return fields
    .filter((f) => !f.same(f.get(before), f.get(after)))
    .map((f) => ({ field: f.label, before: shown(f.show(f.get(before))), after: shown(f.show(f.get(after))) }));
}

export function indicatorChanges(before: Indicator, after: Indicator): FieldChange[] {
  return changesOf(indicatorAccess([before, after]), before, after);
}

function indicatorDiff(pair: IndicatorPair): IndicatorDiff | null {
  if (!pair.old) return { status: 'added', name: pair.next.name, changes: [] };
  if (!pair.inFile) return { status: 'absent', name: pair.old.name, changes: [] };
  if (pair.next === pair.old) return null; // given back as stored (mergeIndicators.ts): nothing changed
  const changes = indicatorChanges(pair.old, pair.next);
  if (changes.length === 0) return null;
  return pair.match ? { status: 'changed', name: pair.next.name, changes, match: pair.match } : { status: 'changed', name: pair.next.name, changes };
}

export function diffCards(pairs: CardPair[]): CardDiff[] {
  return pairs.map((pair): CardDiff => {
    // A loop, not map then filter: a card's indicators given back as stored have no diff and make no entry.
    const indicators: IndicatorDiff[] = [];
    for (let i = 0; i < pair.indicators.length; i++) {
      const diff = indicatorDiff(pair.indicators[i]!);
      if (diff !== null) indicators.push(diff);
    }
    const base = { code: pair.next.code, title: pair.next.title };
    if (!pair.old) return { ...base, status: 'added', changes: [], indicators };
    if (!pair.inFile) return { ...base, status: 'absent', changes: [], indicators: [] };
    const changes = pair.next === pair.old ? [] : changesOf(CARD_ACCESS, pair.old, pair.next);
    const changed = changes.length > 0 || indicators.length > 0;
    return { ...base, status: changed ? 'changed' : 'unchanged', changes, indicators };
  });
}

/** What applying would do: "18 schede aggiornate, 5 valori modificati" (plus new cards and indicators). */
export function summarise(cards: readonly CardDiff[]): ImportSummary {
  const cardsAdded = cards.filter((c) => c.status === 'added').length;
  const cardsUpdated = cards.filter((c) => c.status === 'changed' && (c.changes.length > 0 || c.indicators.some((i) => i.status !== 'absent'))).length;
  const indicatorsAdded = cards.reduce((n, c) => n + c.indicators.filter((i) => i.status === 'added').length, 0);
  const valuesChanged = cards.reduce((n, c) => n + c.changes.length + c.indicators.reduce((m, i) => m + i.changes.length, 0), 0);
  const parts = [
    [cardsUpdated, countOf(cardsUpdated, 'scheda aggiornata', 'schede aggiornate')],
    [valuesChanged, countOf(valuesChanged, 'valore modificato', 'valori modificati')],
    [cardsAdded, countOf(cardsAdded, 'scheda nuova', 'schede nuove')],
    [indicatorsAdded, countOf(indicatorsAdded, 'indicatore nuovo', 'indicatori nuovi')],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([, words]) => words);
  return { cardsAdded, cardsUpdated, indicatorsAdded, valuesChanged, text: said.length > 0 ? said.join(', ') : 'nessuna modifica' };
}
