/**
 * Pure edits of a card and its indicators (set a value at a date, a target for a year, move/add/remove rows).
 * Why: the editor's components only describe *what* changed; these functions build the new card immutably
 * so each edit is one before/after snapshot, and they are tested without React.
 */
import type { Card, Indicator, IsoDate, Value } from '../../../shared/model';

export function withMeasurement(ind: Indicator, date: IsoDate, value: Value): Indicator {
  const others = ind.measurements.filter((m) => m.date !== date);
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
 * Inserts indicators after `index` (-1 = at the start, undefined = at the end). New indicators without a weight
 * get the average weight of the card so that equal-share tables (the seed's 20% × 5) stay equal.
 */
export function insertIndicators(card: Card, added: Indicator[], index?: number): Card {
  const weights = card.indicators.map((i) => i.weight).filter((w) => w > 0);
  const average = weights.length > 0 ? weights.reduce((a, b) => a + b, 0) / weights.length : 1 / Math.max(1, added.length);
  const filled = added.map((ind) => (ind.weight > 0 ? ind : { ...ind, weight: average }));
  const at = index === undefined ? card.indicators.length : index + 1;
  return { ...card, indicators: [...card.indicators.slice(0, at), ...filled, ...card.indicators.slice(at)] };
}
