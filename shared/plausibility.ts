/**
 * Plausibility of a value that reads fine but is probably mistyped or misread: a percentage over 100% where every
 * target of the indicator is at most 100% (65 in a `%` cell read as 6.500%), a number ten times off both its target
 * and the value at the previous date (1.234,5 typed where 43 was; with no earlier value, ten times above the target). Warnings only: the value is stored if confirmed,
 * but never without being said — while typing, in the paste preview and in the import preview.
 * Why one pure module: every path that writes a value must say the same thing about it.
 */
import { formatDate } from './dates';
import type { Indicator, IsoDate, Value } from './model';
import { targetFor } from './scoring';
import { formatValue, formatNumber } from './values';

const FACTOR = 10;

type Quantity = Extract<Value, { kind: 'number' | 'percent' }>;
const quantity = (value: Value | undefined): Quantity | null => (value && (value.kind === 'number' || value.kind === 'percent') ? value : null);

/** How many times `a` is `b` or `b` is `a` (≥ 1); null when either is zero or they are of different kinds. */
function ratio(a: Quantity, b: Quantity): number | null {
  if (a.kind !== b.kind || a.value === 0 || b.value === 0 || Math.sign(a.value) !== Math.sign(b.value)) return null;
  const r = Math.abs(a.value / b.value);
  return r >= 1 ? r : 1 / r;
}

/** The latest value before `date` (a measured number or percentage), with its date. */
function previousValue(indicator: Indicator, date: IsoDate): { date: IsoDate; value: Quantity } | null {
  const earlier = indicator.measurements
    .filter((m) => m.date < date && quantity(m.value) !== null)
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
  return earlier ? { date: earlier.date, value: quantity(earlier.value)! } : null;
}

/** `15 volte più grande del`, `40 volte più piccolo del`. */
function offBy(a: Quantity, b: Quantity, r: number): string {
  return `${formatNumber(Math.round(r), 0)} volte ${Math.abs(a.value) > Math.abs(b.value) ? 'più grande' : 'più piccolo'} del`;
}

/** The warnings on `value` measured at `date` for `indicator` (empty: nothing odd). */
export function plausibilityWarnings(indicator: Indicator, date: IsoDate, value: Value): string[] {
  const measured = quantity(value);
  if (!measured) return [];
  const warnings: string[] = [];
  const shown = formatValue(measured);
  const targets = indicator.targets.map((t) => quantity(t.value)).filter((t): t is Quantity => t !== null && t.kind === 'percent');
  if (measured.kind === 'percent' && measured.value > 1 && targets.length > 0 && targets.every((t) => t.value <= 1)) {
    const highest = targets.reduce((a, b) => (b.value > a.value ? b : a));
    warnings.push(`${shown} supera il 100%, mentre i target dell’indicatore arrivano al massimo a ${formatValue(highest)}: controllare il valore (una percentuale scritta come numero?)`);
  }
  const year = Number(date.slice(0, 4));
  const target = quantity(targetFor(indicator, year));
  const offTarget = target ? ratio(measured, target) : null;
  if (target && offTarget !== null && offTarget >= FACTOR) {
    const previous = previousValue(indicator, date);
    const offPrevious = previous ? ratio(measured, previous.value) : null;
    // Mid-year a count or a rate far below the year's target is normal: below it warns only against an earlier value.
    const above = Math.abs(measured.value) > Math.abs(target.value);
    if (previous ? offPrevious !== null && offPrevious >= FACTOR : above) {
      const then = previous ? ` e ${offBy(measured, previous.value, offPrevious!)} valore al ${formatDate(previous.date)} (${formatValue(previous.value)})` : '';
      warnings.push(`${shown} è ${offBy(measured, target, offTarget)} target ${year} (${formatValue(target)})${then}: controllare il valore`);
    }
  }
  return warnings;
}
