/**
 * Pure edits of a card and its indicators (set a value at a date, a target for a year, move/add/remove rows).
 * Why: the editor's components only describe *what* changed; these functions build the new card immutably
 * so each edit is one before/after snapshot, and they are tested without React.
 */
import type { Card, Indicator, IsoDate, Value } from '../../../shared/model';

/** The measurement of `date` replaced; an empty value removes it (nothing measured at that date yet). */
export function withMeasurement(ind: Indicator, date: IsoDate, value: Value): Indicator {
  const others = ind.measurements.filter((m) => m.date !== date);
  if (value.kind === 'missing' && value.mark === '') return others.length === ind.measurements.length ? ind : { ...ind, measurements: others };
  return { ...ind, measurements: [...others, { date, value }].sort((a, b) => a.date.localeCompare(b.date)) };
}

export function withTarget(ind: Indicator, year: number, value: Value): Indicator {
  const others = ind.targets.filter((t) => t.year !== year);
  return { ...ind, targets: [...others, { year, value }].sort((a, b) => a.year - b.year) };
}

export function updateIndicator(card: Card, index: number, recipe: (ind: Indicator) => Indicator): Card {
  const current = card.indicators[index];
  if (!current) return card;
  const next = recipe(current);
  if (next === current) return card;
  return { ...card, indicators: card.indicators.map((ind, i) => (i === index ? next : ind)) };
}

/** Moves the indicator at `from` to `to`; out-of-range moves leave the card unchanged. */
export function moveIndicator(card: Card, from: number, to: number): Card {
  const list = card.indicators;
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return card;
  const next = [...list];
  const [moved] = next.splice(from, 1);
  if (!moved) return card;
  next.splice(to, 0, moved);
  return { ...card, indicators: next };
}

export function removeIndicator(card: Card, index: number): Card {
  if (index < 0 || index >= card.indicators.length) return card;
  return { ...card, indicators: card.indicators.filter((_, i) => i !== index) };
}

/**
 * Inserts indicators after `index` (-1 = at the start, undefined = at the end) with the weights they bring: a new
 * blank indicator weighs 0% and does not count until the officer gives it a weight (or shares them equally),
 * so a 5 × 20% card never silently becomes 6 × 20% = 120%.
 */
export function insertIndicators(card: Card, added: Indicator[], index?: number): Card {
  const at = index === undefined ? card.indicators.length : index + 1;
  return { ...card, indicators: [...card.indicators.slice(0, at), ...added, ...card.indicators.slice(at)] };
}

/** Every indicator gets the same weight, as the office writes it (3 → 33,3% each, 6 → 16,7%). */
export function equalWeights(card: Card): Card {
  const count = card.indicators.length;
  if (count === 0) return card;
  const weight = Math.round(1000 / count) / 1000;
  return { ...card, indicators: card.indicators.map((ind) => (ind.weight === weight ? ind : { ...ind, weight })) };
}
