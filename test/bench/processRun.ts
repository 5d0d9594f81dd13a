/**
 * Whole-process timings for the bench: runs a command several times and keeps the median wall time and the
 * largest peak memory (RSS) of the process, worker threads and the processes it starts included (the sum of the
 * peaks of the processes alive at the same moment: an upper bound of what they held at once, which does not add
 * up the parse processes an import of several workbooks starts one after the other).
 * Why: what a user waits for is the whole command, start-up and exit included, not a function inside it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median } from './timing';

export interface RunStats {
  /** The median wall time, and each round's (in round order, so that alternated jobs pair up round by round). */
  ms: number;
  rounds: number[];
  /** Peak resident memory in MB, its child Node processes added, when it could report it (Node processes only). */
  peakMb: number | null;
  /** What the process printed (every round's, one after the other, for the figures it prints itself). */
  out: string;
}

const RSS_REPORTER = new URL('./reportPeakMemory.mjs', import.meta.url).href;

/**
 * The largest sum of peaks (KB) of the processes alive together, from each one's `[start, end, peak]` (ms, ms, KB):
 * the most is alive just after one of them starts (one ending in the millisecond another starts counts with it).
 */
export function peakAtOnceKb(processes: readonly (readonly [number, number, number])[]): number {
  const aliveAt = (moment: number) => processes.filter(([start, end]) => start <= moment && moment <= end).reduce((sum, [, , kb]) => sum + kb, 0);
  return Math.max(0, ...processes.map(([start]) => aliveAt(start)));
}

/** Runs once; throws with the command's stderr when it fails. `node` commands also report their peak memory. */
export function runOnce(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): RunStats {
  const isNode = command === process.execPath;
  const rssFile = path.join(os.tmpdir(), `pira-bench-rss-${process.pid}-${Date.now()}`);
  // Through NODE_OPTIONS, so that the processes it starts report theirs too.
  const reporter = isNode ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${RSS_REPORTER}`.trim() } : {};
  const start = performance.now();
  const result = spawnSync(command, [...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, ...reporter, PIRA_BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(`${path.basename(command)} ${args.join(' ')} è terminato con codice ${result.status}: ${result.stderr || result.error}`);
  }
  let peakMb: number | null = null;
  if (fs.existsSync(rssFile)) {
    const lines = fs.readFileSync(rssFile, 'utf8').trim().split('\n');
    peakMb = peakAtOnceKb(lines.map((line) => line.split(' ').map(Number) as [number, number, number])) / 1024;
    fs.rmSync(rssFile, { force: true });
  }
  return { ms, rounds: [ms], peakMb, out: result.stdout };
}

/**
 * Runs each named job `rounds` times, alternating between jobs so that a slow moment of the machine hits all of
 * them alike; `before` runs untimed ahead of each round of a job (e.g. a fresh copy of the file).
 */
export function alternate(
  jobs: Record<string, { run(): RunStats; before?(): void }>,
  rounds: number,
): Record<string, RunStats> {
  const samples: Record<string, RunStats[]> = Object.fromEntries(Object.keys(jobs).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, job] of Object.entries(jobs)) {
      job.before?.();
      samples[name]!.push(job.run());
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => {
      const peaks = list.map((s) => s.peakMb).filter((p): p is number => p !== null);
      const rounds = list.map((s) => s.ms);
      return [name, { ms: median(rounds), rounds, peakMb: peaks.length > 0 ? Math.max(...peaks) : null, out: list.map((s) => s.out).join('\n') }];
    }),
  );
}
