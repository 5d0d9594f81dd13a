// Compact constructors for writing the embedded sample plan as readable data.
// Why: 123 indicators spelled out as raw model objects would bury the published figures under boilerplate
// (ids, measurement dates, target years); these helpers fill the fixed parts so each row reads like the seed's table.
import type { Card, Indicator, Operator, Override, Resources, Value } from '../model';

/** Monitoring date of the 2024 mid-year update: the date of every sample measurement. */
const SAMPLE_MONITORING_DATE = '2024-06-30';
/** Years of the sample's three-year horizon, in the order of `targets`. */
const SAMPLE_TARGET_YEARS = [2024, 2025, 2026] as const;

export const ND: Value = { kind: 'missing', mark: 'n.d.' };
export const DASH: Value = { kind: 'missing', mark: '--' };
export const EMPTY: Value = { kind: 'missing', mark: '' };
export const YES: Value = { kind: 'bool', value: true };
export const NO: Value = { kind: 'bool', value: false };

/** A count or amount as published: `num(64488)` for `64.488`, `num(5, 1)` for `5,0`. */
export function num(value: number, decimals = 0): Value {
  return { kind: 'number', value, decimals };
}

/** A percentage written as the document shows it: `pct(46.56, 2)` for `46,56%` (stored as the fraction 0.4656). */
export function pct(percent: number, decimals = 0): Value {
  // Shifting the decimal exponent gives the exact fraction (46.56 / 100 would add binary noise).
  return { kind: 'percent', value: Number(`${percent}e-2`), decimals };
}

/** A date, ISO `yyyy-mm-dd`. */
export function date(iso: string): Value {
  return { kind: 'date', value: iso };
}

export function euros(amount: number): Resources {
  return { kind: 'amount', euros: amount };
}

export const INTERNAL: Resources = { kind: 'internal' };

/** One row of a card's indicator table, as published. */
export interface IndicatorRow {
  name: string;
  algoritmo: string;
  tipologia: string;
  udm: string;
  operator: Operator;
  /** The value at the monitoring date (30/06/2024). */
  actual: Value;
  /** Targets 2024, 2025, 2026. */
  targets: [Value, Value, Value];
  weight: number;
  note?: string;
  cap?: number | 'none';
  override?: Override;
}

export function indicator(row: IndicatorRow): Indicator {
  const { actual, targets, note, ...rest } = row;
  return {
    id: 0,
    ...rest,
    targets: targets.map((value, i) => ({ year: SAMPLE_TARGET_YEARS[i] ?? 0, value })),
    measurements: [{ date: SAMPLE_MONITORING_DATE, value: actual }],
    note: note ?? '',
    fonte: '',
    kpiCode: '',
  };
}

/** A card as published; `position` and `weight` are filled when the plan is assembled. */
export type CardData = Omit<Card, 'id' | 'position' | 'weight' | 'indicators' | 'obiettivoStrategico'> & {
  indicators: IndicatorRow[];
};

export function card(data: CardData, position: number): Card {
  return {
    id: 0,
    ...data,
    obiettivoStrategico: '',
    weight: 1,
    position,
    indicators: data.indicators.map(indicator),
  };
}
