/**
 * Weights are relative: only their normalised shares count (3 × 33,3% are three equal thirds).
 * Why: the seed publishes rounded displays of equal shares; scoring uses shares, validation checks the sum
 * against what rounding of the displayed digits can explain.
 */
import { roundClean } from './italianNumbers';

/** Normalised shares summing to 1; negative or non-finite weights count as 0; all zero → equal shares. */
export function sharesOf(weights: readonly number[]): number[] {
  const usable = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const total = usable.reduce((sum, w) => sum + w, 0);
  if (total <= 0) return weights.map(() => 1 / weights.length);
  return usable.map((w) => w / total);
}

/** Weighted mean of the entries whose value is not null (shares renormalised over them); null if none. */
export function weightedMean(entries: readonly { weight: number; value: number | null }[]): number | null {
  const present = entries.filter((e): e is { weight: number; value: number } => e.value !== null);
  if (present.length === 0) return null;
  const shares = sharesOf(present.map((e) => e.weight));
  return present.reduce((sum, e, i) => sum + e.value * (shares[i] ?? 0), 0);
}

export interface WeightSumCheck {
  /** Sum of the published weights as a fraction (0.996 for 12 × 8,3%). */
  sum: number;
  /** Largest distance from 100% that rounding of the displayed weights explains. */
  tolerance: number;
  /** Percentage decimals assumed displayed: those stored, at least one (the office writes `20,0%`). */
  displayedDecimals: number;
  withinRounding: boolean;
}

/** Compares the sum with 100% allowing n × half of the last displayed digit (12 × 8,3% = 99,6% is fine). */
export function checkWeightSum(weights: readonly number[]): WeightSumCheck {
  const displayedDecimals = Math.max(1, ...weights.map((w) => storedPercentDecimals(w)));
  const tolerance = (weights.length * 0.5 * 10 ** -displayedDecimals) / 100 + 1e-9;
  const sum = weights.reduce((total, w) => total + w, 0);
  return { sum, tolerance, displayedDecimals, withinRounding: Math.abs(sum - 1) <= tolerance };
}

function storedPercentDecimals(weight: number): number {
  for (let decimals = 0; decimals < 4; decimals += 1) {
    const scaled = weight * 100 * 10 ** decimals;
    if (Math.abs(scaled - roundClean(scaled)) < 1e-6) return decimals;
  }
  return 4;
}
