// Compares a published whole-percent performance with our score, allowing for the rounding of the displayed values.
// Why: the seed shows actuals and targets rounded (7% vs 80% is published 8%, not 9%): a published figure is
// consistent when SOME actual and target within half a unit of their last displayed digit give it.
import type { Indicator, Value } from '../../shared/model';
import { scoreIndicator, type ScoringContext } from '../../shared/scoring';
import { roundPercent } from '../../shared/values';

export type Agreement = 'exact' | 'within-rounding' | 'mismatch';

/** Grid steps across each half-unit interval when looking for a witness. */
const STEPS = 40;

/**
 * Half a unit of the last displayed digit: percentages are rounded displays of ratios (`7%` is 6,5%…7,5%);
 * counts, dates and yes/no are exact.
 */
export function halfUnit(value: Value): number {
  return value.kind === 'percent' ? 0.5 * 10 ** -(value.decimals + 2) : 0;
}

function withValues(indicator: Indicator, ctx: ScoringContext, actual: Value, target: Value): Indicator {
  return {
    ...indicator,
    measurements: indicator.measurements.map((m) => (m.date === ctx.monitoringDate ? { ...m, value: actual } : m)),
    targets: indicator.targets.map((t) => (t.year === ctx.year ? { ...t, value: target } : t)),
  };
}

function shifted(value: Value, delta: number): Value {
  return value.kind === 'percent' || value.kind === 'number' ? { ...value, value: value.value + delta } : value;
}

function offsets(value: Value): number[] {
  const h = halfUnit(value);
  if (h === 0) return [0];
  return Array.from({ length: 2 * STEPS + 1 }, (_, i) => ((i - STEPS) / STEPS) * h);
}

function percentOf(indicator: Indicator, ctx: ScoringContext): number | null {
  const performance = scoreIndicator(indicator, ctx).performance;
  return performance === null ? null : roundPercent(performance);
}

/**
 * `published` is the whole percentage shown (null for `n.d.`). Exact when the displayed values give it;
 * within rounding when some actual/target in their rounding intervals give it; otherwise a mismatch.
 */
export function agreement(indicator: Indicator, ctx: ScoringContext, published: number | null): Agreement {
  if (percentOf(indicator, ctx) === published) return 'exact';
  if (published === null) return 'mismatch';
  const actual = indicator.measurements.find((m) => m.date === ctx.monitoringDate)?.value;
  const target = indicator.targets.find((t) => t.year === ctx.year)?.value;
  if (!actual || !target) return 'mismatch';
  for (const da of offsets(actual)) {
    for (const dt of offsets(target)) {
      const variant = withValues(indicator, ctx, shifted(actual, da), shifted(target, dt));
      if (percentOf(variant, ctx) === published) return 'within-rounding';
    }
  }
  return 'mismatch';
}
