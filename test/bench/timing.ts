/**
 * Medians for the bench: in-process operations are repeated and the median kept, so one slow moment of a busy
 * machine does not become the figure.
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median wall time (ms) of `rounds` runs; `before` runs untimed ahead of each. */
export async function medianTime(rounds: number, fn: () => unknown, before?: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    await before?.();
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** A figure of several rounds: the median (what the table judges) and the extremes (how much the rounds moved). */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spreadOf(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/**
 * `a / b` of two jobs alternated round by round: the ratio of their medians, and the extremes of the ratios of each
 * round's pair (the ratio of the medians always lies between them).
 */
export function ratioSpread(a: readonly number[], b: readonly number[]): Spread {
  const ratios = a.map((value, round) => value / b[round]!);
  return { median: median(a) / median(b), min: Math.min(...ratios), max: Math.max(...ratios) };
}
