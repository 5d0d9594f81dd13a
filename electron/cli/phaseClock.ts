/**
 * Wall time of the phases of a command (`import --tempi`): what the user waits for, said phase by phase.
 * Why: "the import is slow" needs to say where — reading the workbooks, comparing, or writing — and the bench reads it.
 */
import { formatNumber } from '../../shared/values';

export function phaseClock() {
  const phases: { name: string; ms: number }[] = [];
  return {
    /** `run`'s time, counted from `start` when it began before (a reading started ahead). */
    async time<T>(name: string, run: () => T | Promise<T>, start = performance.now()): Promise<T> {
      try {
        return await run();
      } finally {
        phases.push({ name, ms: performance.now() - start });
      }
    },
    /** `Tempi: lettura dei file 812 ms, confronto con il piano 403 ms.` */
    text(): string {
      return `Tempi: ${phases.map((p) => `${p.name} ${formatNumber(p.ms, 0)} ms`).join(', ')}.\n`;
    },
  };
}
