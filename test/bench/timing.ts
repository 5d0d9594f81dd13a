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
