/**
 * The total under the Peso column: the sum of the weights and, in words, what the normalisation does with it.
 * Why: weights are relative (shared/weights.ts); a new indicator weighs 0% until it is given a weight, so the
 * officer must see the sum, the shares the score really uses, and which indicators do not count.
 */
import { checkWeightSum, sharesOf } from '../../../shared/weights';
import { formatPercent } from '../../../shared/values';

export interface WeightTotal {
  /** `100,0%`, `120,0%`. */
  sum: string;
  note: string;
  /** The weights are not all the same rounded share yet (the "equal weights" action would change something). */
  canEqualise: boolean;
}

export function describeWeightTotal(weights: readonly number[], equalWeight: number): WeightTotal {
  const check = checkWeightSum(weights);
  const sum = formatPercent(check.sum, check.displayedDecimals);
  const zero = weights.filter((w) => !(w > 0)).length;
  const canEqualise = weights.some((w) => w !== equalWeight);
  if (weights.length === 0) return { sum, note: '', canEqualise: false };
  if (zero === weights.length) {
    const share = formatPercent(sharesOf(weights)[0] ?? 0, 1);
    return { sum, note: `Tutti i pesi sono 0%: il calcolo conta gli indicatori in parti uguali (${share} ciascuno).`, canEqualise };
  }
  const parts: string[] = [];
  if (Math.abs(check.sum - 1) < 1e-9) parts.push('La somma è 100%: le quote usate nel calcolo coincidono con i pesi.');
  else if (check.withinRounding) parts.push(`La somma è ${sum} per arrotondamento: il calcolo usa le quote normalizzate a 100%, accanto a ogni peso.`);
  else parts.push(`La somma è ${sum}, non 100%: il calcolo usa le quote normalizzate (ogni peso diviso per ${sum}), accanto a ogni peso.`);
  if (zero === 1) parts.push('1 indicatore ha peso 0% e non conta nella media finché non gli si dà un peso.');
  if (zero > 1) parts.push(`${zero} indicatori hanno peso 0% e non contano nella media finché non gli si dà un peso.`);
  return { sum, note: parts.join(' '), canEqualise };
}
