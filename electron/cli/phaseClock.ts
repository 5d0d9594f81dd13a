/**
 * Wall time of the phases of a command (`import --tempi`): what the user waits for, said phase by phase. Phases may
 * overlap (an import compares a workbook while the next is read): each says how long its own work took.
 * Why: "the import is slow" needs to say where — reading the workbooks, comparing, or writing — and the bench reads it.
 */
import { formatNumber } from '../../shared/values';

/** `order`: the phases in the order they are told, whatever order they are timed in. */
export function phaseClock(order: readonly string[] = []) {
  const phases: { name: string; ms: number }[] = [];
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return {
    /** `run`'s time, added to the phase `name` (a phase done in several stretches is their sum). */
    async time<T>(name: string, run: () => T | Promise<T>): Promise<T> {
      const start = performance.now();
      try {
        return await run();
      } finally {
        this.add(name, performance.now() - start);
      }
    },
    /** `ms` more for the phase `name`. */
    add(name: string, ms: number): void {
      const phase = phases.find((p) => p.name === name);
      if (phase) phase.ms += ms;
      else phases.push({ name, ms });
    },
    /** `Tempi: lettura dei file 812 ms, confronto con il piano 403 ms.` */
    text(): string {
      const told = [...phases].sort((a, b) => rank(a.name) - rank(b.name));
      return `Tempi: ${told.map((p) => `${p.name} ${formatNumber(p.ms, 0)} ms`).join(', ')}.\n`;
    },
  };
}
