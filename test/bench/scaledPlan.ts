/**
 * The bench's workloads: the 2024 sample plan repeated N times (×10 = 180 cards and 1.230 indicators, ×100 = 1.800
 * and 12.300), each copy with its own codes, and a variant with a given share of the values changed.
 * Why: reproducible sizes made of real cards, as a regional union consolidating many chambers' plans would have.
 */
import type { Card, PlanDocument, Value } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';

export function scaledSample(times: number): PlanDocument {
  const cards: Card[] = [];
  for (let copy = 1; copy <= times; copy++) {
    for (const card of samplePlan2024.cards) {
      cards.push({
        ...card,
        id: 0,
        code: copy === 1 ? card.code : `${card.code}_${String(copy).padStart(3, '0')}`,
        title: copy === 1 ? card.title : `${card.title} (copia ${copy})`,
        position: cards.length + 1,
        indicators: card.indicators.map((indicator) => ({ ...indicator, id: 0 })),
      });
    }
  }
  return { ...samplePlan2024, id: 0, cards };
}

function bumped(value: Value): Value {
  switch (value.kind) {
    case 'number':
      return { ...value, value: value.value + 1 };
    case 'percent':
      return { ...value, value: Math.round(value.value * 100 + 1) / 100 };
    default:
      return { kind: 'number', value: 1, decimals: 0 };
  }
}

/** `doc` with the value at the monitoring date of every `1 / share`-th indicator changed (deterministic). */
export function withChangedValues(doc: PlanDocument, share: number): { doc: PlanDocument; changed: number } {
  const every = Math.max(1, Math.round(1 / share));
  const date = doc.settings.monitoringDate;
  let seen = 0;
  let changed = 0;
  const cards = doc.cards.map((card) => ({
    ...card,
    indicators: card.indicators.map((indicator) => {
      seen += 1;
      if (seen % every !== 0) return indicator;
      changed += 1;
      const others = indicator.measurements.filter((m) => m.date !== date);
      const current = indicator.measurements.find((m) => m.date === date)?.value ?? { kind: 'missing', mark: '' };
      return { ...indicator, measurements: [...others, { date, value: bumped(current) }] };
    }),
  }));
  return { doc: { ...doc, cards }, changed };
}
