/**
 * Whole-process timings for the bench: runs a command several times and keeps the median wall time and, for Node
 * commands, two figures of memory: the sum of the lifetime peaks (maxRSS) of the processes alive at the same moment
 * — the command, its worker threads and the processes it starts — an upper bound of what they held at once, which
 * does not add up the parse processes an import of several workbooks starts one after the other; and, from one
 * extra run after the timed rounds, what the process tree actually held at once, sampled every 5 ms
 * (treeMemory.ts), kept out of the timed rounds because the sampling takes a little of the machine.
 * Why: what a user waits for is the whole command, start-up and exit included, not a function inside it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median } from './timing';
import { runSampled } from './treeMemory';

export interface RunStats {
  /** The median wall time, and each round's (in round order, so that alternated jobs pair up round by round). */
  ms: number;
  rounds: number[];
  /**
   * The sum of the peak resident memory (MB) of the processes alive together — an upper bound — when they could
   * report it (Node processes only).
   */
  peakMb: number | null;
  /** The largest resident memory (MB) of the whole process tree in one sample, and the samples, when sampled. */
  heldMb: number | null;
  samples: number | null;
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

interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** `node` commands load the peak reporter (through NODE_OPTIONS, so that the processes they start report too). */
function withReporter(command: string, options: RunOptions): { env: NodeJS.ProcessEnv; peakMb(): number | null } {
  const rssFile = path.join(os.tmpdir(), `pira-bench-rss-${process.pid}-${Date.now()}`);
  const reporter = command === process.execPath ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${RSS_REPORTER}`.trim() } : {};
  return {
    env: { ...process.env, ...options.env, ...reporter, PIRA_BENCH_RSS_FILE: rssFile },
    peakMb() {
      if (!fs.existsSync(rssFile)) return null;
      const lines = fs.readFileSync(rssFile, 'utf8').trim().split('\n');
      fs.rmSync(rssFile, { force: true });
      return peakAtOnceKb(lines.map((line) => line.split(' ').map(Number) as [number, number, number])) / 1024;
    },
  };
}

const failed = (command: string, args: readonly string[], code: number | null, stderr: unknown) =>
  new Error(`${path.basename(command)} ${args.join(' ')} è terminato con codice ${code}: ${stderr}`);

/** Runs once, timed; throws with the command's stderr when it fails. `node` commands also report their peaks. */
export function runOnce(command: string, args: readonly string[], options: RunOptions = {}): RunStats {
  const reporter = withReporter(command, options);
  const start = performance.now();
  const result = spawnSync(command, [...args], { cwd: options.cwd, env: reporter.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (result.status !== 0) throw failed(command, args, result.status, result.stderr || result.error);
  return { ms, rounds: [ms], peakMb: reporter.peakMb(), heldMb: null, samples: null, out: result.stdout };
}

/** Runs once with its process tree sampled (treeMemory.ts): for the memory, not for the time. */
export async function runSampledOnce(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunStats> {
  const reporter = withReporter(command, options);
  const run = await runSampled(command, args, { cwd: options.cwd, env: reporter.env });
  if (run.code !== 0) throw failed(command, args, run.code, run.stderr);
  return { ms: run.ms, rounds: [run.ms], peakMb: reporter.peakMb(), heldMb: run.peakKb / 1024, samples: run.samples, out: run.stdout };
}

/**
 * Runs each named job `rounds` times, alternating between jobs so that a slow moment of the machine hits all of
 * them alike; `before` runs untimed ahead of each round of a job (e.g. a fresh copy of the file). After the timed
 * rounds, each job with `sampled` runs once more (after its `before`) for what its processes held at once.
 */
export async function alternate(
  jobs: Record<string, { run(): RunStats; sampled?(): Promise<RunStats>; before?(): void }>,
  rounds: number,
): Promise<Record<string, RunStats>> {
  const samples: Record<string, RunStats[]> = Object.fromEntries(Object.keys(jobs).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, job] of Object.entries(jobs)) {
      job.before?.();
      samples[name]!.push(job.run());
    }
  }
  const held: Record<string, RunStats> = {};
  for (const [name, job] of Object.entries(jobs)) {
    if (!job.sampled) continue;
    job.before?.();
    held[name] = await job.sampled();
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => {
      // The sampled run's own sum of peaks counts too, so that the upper bound is never below the sampled figure.
      const peaks = [...list, ...(held[name] ? [held[name]] : [])].map((s) => s.peakMb).filter((p): p is number => p !== null);
      const rounds = list.map((s) => s.ms);
      const { heldMb = null, samples = null } = held[name] ?? {};
      return [name, { ms: median(rounds), rounds, peakMb: peaks.length > 0 ? Math.max(...peaks) : null, heldMb, samples, out: list.map((s) => s.out).join('\n') }];
    }),
  );
}
