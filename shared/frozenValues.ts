/**
 * Which edits of a card touch the values of a closed monitoring date (changed, added or removed with an indicator
 * or the card), and the Italian refusal that names them.
 * Why one pure function: the db refuses such a save and the screen makes those cells read-only with the same rule;
 * the only way to change a closed value is an amendment (with a reason), which does not go through a card save.
 */
import { formatDate } from './dates';
import type { Card, Indicator, IsoDate, Value } from './model';
import { valueAt } from './monitoringDates';
import { formatValue } from './values';

export interface FrozenEdit {
  date: IsoDate;
  cardCode: string;
  indicatorName: string;
  /** null = no value on that side. */
  before: Value | null;
  after: Value | null;
}

/** Same stored value: same kind and same fields (5 and 5,0 differ: the file would change). */
export function identicalValues(a: Value | null, b: Value | null): boolean {
  if (a === null || b === null) return a === b;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: Value): unknown[] {
  switch (value.kind) {
    case 'number':
    case 'percent':
      return [value.kind, value.value, value.decimals];
    case 'date':
    case 'bool':
      return [value.kind, value.value];
    case 'missing':
      return [value.kind, value.mark];
  }
}

function valuesAt(indicator: Indicator | undefined, date: IsoDate): Value | null {
  return indicator ? (valueAt(indicator, date) ?? null) : null;
}

/**
 * The closed values that saving `after` over `before` would change (`before` null = a new card, `after` null = the
 * card deleted). Indicators are followed by id: a new indicator (id 0) brings only additions.
 */
export function frozenEdits(before: Card | null, after: Card | null, closed: ReadonlySet<IsoDate>): FrozenEdit[] {
  if (closed.size === 0) return [];
  const dates = [...closed].sort();
  const stored = new Map((before?.indicators ?? []).map((indicator) => [indicator.id, indicator]));
  const kept = new Set<number>();
  const edits: FrozenEdit[] = [];
  const cardCode = (after ?? before)?.code ?? '';
  const compare = (old: Indicator | undefined, next: Indicator | undefined) => {
    for (const date of dates) {
      const was = valuesAt(old, date);
      const now = valuesAt(next, date);
      if (!identicalValues(was, now)) edits.push({ date, cardCode, indicatorName: (next ?? old)?.name ?? '', before: was, after: now });
    }
  };
  for (const indicator of after?.indicators ?? []) {
    const old = indicator.id !== 0 ? stored.get(indicator.id) : undefined;
    if (old) kept.add(old.id);
    compare(old, indicator);
  }
  for (const old of before?.indicators ?? []) if (!kept.has(old.id)) compare(old, undefined);
  return edits;
}

const SHOWN = 3;

function shown(value: Value | null): string {
  return value === null ? 'vuoto' : formatValue(value);
}

/** "Il monitoraggio al 30/06/2024 è chiuso: …" naming the first edits, and the way out (an amendment). */
export function frozenEditsMessage(edits: readonly FrozenEdit[]): string {
  const dates = [...new Set(edits.map((e) => formatDate(e.date)))];
  const closed = dates.length === 1 ? `Il monitoraggio al ${dates[0]} è chiuso` : `I monitoraggi al ${dates.join(', ')} sono chiusi`;
  const listed = edits
    .slice(0, SHOWN)
    .map((e) => `scheda ${e.cardCode}, «${e.indicatorName}», valore al ${formatDate(e.date)}: ${shown(e.before)} → ${shown(e.after)}`);
  const more = edits.length === SHOWN + 1 ? '; e un altro' : edits.length > SHOWN ? `; e altri ${edits.length - SHOWN}` : '';
  return (
    `${closed}: i suoi valori non si possono modificare né eliminare (${listed.join('; ')}${more}). ` +
    'Per correggere un valore usare «Rettifica…» nella scheda, indicando il motivo.'
  );
}
