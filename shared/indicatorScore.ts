/**
 * Performance of one indicator at the monitoring date (domain.md §3): operators, yes/no, deadlines, cap.
 * Why: the rules reproduce the office's published figures and every result carries an Italian reason,
 * so `n.d.` is never a silent 0 and each number on screen and in print can be explained.
 */
import { daysBetween, formatDate } from './dates';
import { countOf } from './italianText';
import type { Indicator, IsoDate, Operator, ScoringPolicy, Value } from './model';
import { formatPerformance, formatValue, normaliseUnit, numericValue } from './values';
import { valueAt } from './monitoringDates';
import { NOT_AVAILABLE } from './planDefaults';

export interface ScoringContext {
  /** The plan year whose target is compared. */
  year: number;
  /** The date of the measurement that counts as the current value. */
  monitoringDate: IsoDate;
  policy: ScoringPolicy;
}

export interface IndicatorScore {
  /** Fraction after the cap (1 = 100%); null for `n.d.`. */
  performance: number | null;
  /** Fraction before the cap. */
  raw: number | null;
  status: 'scored' | 'override' | 'nd';
  /** Italian explanation: "rapporto valore/target", "scadenza rispettata", or the override's justification. */
  reason: string;
  capped: boolean;
}

/** What scoring reads of an indicator (the list's rows are scored from indicators read with these fields only). */
export type ScoredIndicator = Pick<Indicator, 'udm' | 'operator' | 'targets' | 'measurements' | 'cap' | 'override'>;

const DEADLINE_UNITS = new Set(['data', 'entro']);
const TOLERANCE = 1e-9;

type Outcome = { raw: number | null; reason: string };

/** The measurement taken at `date`, or `n.d.` when there is none. */
export function currentValue(indicator: Pick<Indicator, 'measurements'>, date: IsoDate): Value {
  return indicator.measurements.find((m) => m.date === date)?.value ?? NOT_AVAILABLE;
}

/** The target for `year`, or `n.d.` when the horizon has none. */
export function targetFor(indicator: Pick<Indicator, 'targets'>, year: number): Value {
  return indicator.targets.find((t) => t.year === year)?.value ?? NOT_AVAILABLE;
}

/** A deadline: UdM `data`/`entro`, or a date as target for the year. */
export function isDeadline(indicator: Pick<Indicator, 'udm' | 'targets'>, year: number): boolean {
  return DEADLINE_UNITS.has(normaliseUnit(indicator.udm)) || targetFor(indicator, year).kind === 'date';
}

/** The cap in force for an indicator: its own (`'none'` = uncapped) or the plan's. */
export function capFor(indicator: Pick<Indicator, 'cap'>, policy: ScoringPolicy): number | null {
  if (indicator.cap === 'none') return null;
  return indicator.cap ?? policy.cap;
}

export function scoreIndicator(indicator: ScoredIndicator, ctx: ScoringContext): IndicatorScore {
  // A manual performance stands for a value the office entered (`n.d.` included), not for a date still empty.
  if (indicator.override && valueAt(indicator, ctx.monitoringDate) !== undefined) {
    const { performance, justification } = indicator.override;
    const reason = justification.trim() || 'prestazione impostata manualmente senza motivazione';
    return { performance, raw: performance, status: 'override', reason, capped: false };
  }
  const actual = currentValue(indicator, ctx.monitoringDate);
  const target = targetFor(indicator, ctx.year);
  const outcome: Outcome =
    actual.kind === 'missing'
      ? { raw: null, reason: missingValueReason(indicator, ctx.monitoringDate) }
      : target.kind === 'missing'
        ? { raw: null, reason: `target ${ctx.year} non definito` }
        : isDeadline(indicator, ctx.year)
          ? scoreDeadline(actual, target, ctx)
          : target.kind === 'bool'
            ? scoreYesNo(actual, target.value)
            : scoreNumeric(actual, target, indicator.operator);
  if (outcome.raw === null) return { performance: null, raw: null, status: 'nd', reason: outcome.reason, capped: false };
  const cap = capFor(indicator, ctx.policy);
  const capped = cap !== null && outcome.raw > cap;
  const reason = capped ? `${outcome.reason}, limitato a ${formatPerformance(cap)}` : outcome.reason;
  return { performance: capped ? cap : outcome.raw, raw: outcome.raw, status: 'scored', reason, capped };
}

/** Nothing entered at the date ("nessun valore al …"), or a value written as `n.d.`/`--` ("… non disponibile"). */
function missingValueReason(indicator: Pick<Indicator, 'measurements'>, date: IsoDate): string {
  return valueAt(indicator, date) !== undefined ? `valore al ${formatDate(date)} non disponibile` : `nessun valore al ${formatDate(date)}`;
}

function scoreDeadline(actual: Value, target: Value, ctx: ScoringContext): Outcome {
  if (target.kind !== 'date') return { raw: null, reason: `il target ${ctx.year} di una scadenza deve essere una data` };
  const due = formatDate(target.value);
  if (actual.kind === 'date') {
    const daysLate = daysBetween(target.value, actual.value);
    if (daysLate <= 0) return { raw: 1, reason: 'scadenza rispettata' };
    const late = `scadenza del ${due} superata di ${countOf(daysLate, 'giorno', 'giorni')}`;
    const policy = ctx.policy.lateDeadline;
    if (policy.mode === 'zero') return { raw: 0, reason: late };
    return { raw: Math.max(0, 1 - daysLate / policy.days), reason: `${late}, riduzione lineare su ${countOf(policy.days, 'giorno', 'giorni')}` };
  }
  if (actual.kind === 'bool' && actual.value) return { raw: 1, reason: 'adempimento realizzato' };
  if (isNotDone(actual)) {
    if (ctx.policy.notYetDue === 'nd' && ctx.monitoringDate < target.value) {
      return { raw: null, reason: `scadenza del ${due} non ancora raggiunta al ${formatDate(ctx.monitoringDate)}` };
    }
    return { raw: 0, reason: 'adempimento non realizzato' };
  }
  return { raw: null, reason: `valore ${formatValue(actual)} non valido per una scadenza: indicare la data, sì oppure no` };
}

function scoreYesNo(actual: Value, expected: boolean): Outcome {
  if (actual.kind === 'bool') {
    return actual.value === expected
      ? { raw: 1, reason: 'valore conforme al target' }
      : { raw: 0, reason: 'valore diverso dal target' };
  }
  if (expected && isNotDone(actual)) return { raw: 0, reason: 'adempimento non realizzato' };
  return { raw: null, reason: `valore ${formatValue(actual)} non confrontabile con il target sì/no` };
}

function scoreNumeric(actual: Value, target: Value, operator: Operator): Outcome {
  const a = numericValue(actual);
  const t = numericValue(target);
  if (actual.kind === 'bool' && !actual.value && t !== null) return { raw: 0, reason: 'adempimento non realizzato' };
  if (a === null || t === null) {
    return { raw: null, reason: `valore ${formatValue(actual)} non confrontabile con il target ${formatValue(target)}` };
  }
  if (actual.kind !== target.kind && a !== 0 && t !== 0) {
    return { raw: null, reason: 'valore e target di tipo diverso (numero e percentuale): correggere uno dei due' };
  }
  switch (operator) {
    case '>=':
      return a >= t - TOLERANCE ? met(a, t, 'valore/target') : ratio(a, t, 'rapporto valore/target');
    case '<=':
      return a <= t + TOLERANCE ? met(t, a, 'target/valore') : ratio(t, a, 'rapporto target/valore');
    case '=':
      if (Math.abs(a - t) <= TOLERANCE) return { raw: 1, reason: 'valore pari al target' };
      return a < t ? ratio(a, t, 'rapporto valore/target') : ratio(t, a, 'rapporto target/valore (valore oltre il target)');
  }
}

/** Target met: the over-achievement ratio when it is meaningful (100% vs 96% → 104%, before the cap), else 1. */
function met(numerator: number, denominator: number, label: string): Outcome {
  const r = numerator > 0 && denominator > 0 ? numerator / denominator : 1;
  return r > 1 + TOLERANCE ? { raw: r, reason: `target superato (rapporto ${label})` } : { raw: 1, reason: 'target raggiunto' };
}

/** `numerator / denominator`, or 0 with a reason when the denominator or the result is not positive. */
function ratio(numerator: number, denominator: number, label: string): Outcome {
  if (denominator <= 0) return { raw: 0, reason: 'target non raggiunto (rapporto non calcolabile con valori non positivi)' };
  const r = numerator / denominator;
  if (r < 0) return { raw: 0, reason: 'target non raggiunto (rapporto negativo)' };
  return { raw: r, reason: label };
}

function isNotDone(value: Value): boolean {
  return (value.kind === 'bool' && !value.value) || numericValue(value) === 0;
}
