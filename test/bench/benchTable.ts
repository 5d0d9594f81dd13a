/**
 * Collects benchmark rows (time and heap growth of each step) and prints them as an Italian table.
 * Why: `npm run bench` is where speed and memory targets are read, never in timed tests.
 */
import { formatNumber } from '../../shared/values';

interface Row {
  label: string;
  ms: number;
  heapMb: number;
}

export class BenchTable {
  private readonly rows: Row[] = [];

  /** Runs `fn` once, records its duration and the heap it left allocated. */
  async measure<T>(label: string, fn: () => T | Promise<T>): Promise<T> {
    const heapBefore = process.memoryUsage().heapUsed;
    const start = performance.now();
    const value = await fn();
    const ms = performance.now() - start;
    this.rows.push({ label, ms, heapMb: (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024 });
    return value;
  }

  print(notes: string[]): void {
    const width = Math.max(...this.rows.map((r) => r.label.length), 'Operazione'.length);
    console.log(`${'Operazione'.padEnd(width)}  ${'ms'.padStart(9)}  ${'Δ heap MB'.padStart(10)}`);
    console.log(`${'-'.repeat(width)}  ${'-'.repeat(9)}  ${'-'.repeat(10)}`);
    for (const r of this.rows) {
      console.log(`${r.label.padEnd(width)}  ${formatNumber(r.ms, 1).padStart(9)}  ${formatNumber(r.heapMb, 1).padStart(10)}`);
    }
    const peakMb = process.resourceUsage().maxRSS / 1024;
    console.log(['', ...notes, `Memoria massima del processo (RSS): ${formatNumber(peakMb, 0)} MB`].join('\n'));
  }
}
