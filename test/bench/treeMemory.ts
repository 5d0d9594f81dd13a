/**
 * What a command's processes hold at once: the command runs asynchronously while this process samples, every few
 * milliseconds, the resident memory (VmRSS) of the command's process and of every process it started (found through
 * /proc/<pid>/task/<tid>/children, recursively), and keeps the largest sum seen and how many samples it took.
 * Why: the sum of each process's lifetime peak (processRun.ts) over-counts processes that peak at different moments
 * (the parse process ends before the import's comparison, where the CLI peaks); only the whole tree sampled at the
 * same instant says what they held together. Linux only; a spike shorter than the interval can fall between samples.
 * Also a command: `npx tsx test/bench/treeMemory.ts node out/cli/main.js import …` prints the peak on stderr.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** How the sampler sees processes; the real one reads /proc, the tests give a fake one. */
export interface ProcReader {
  /** The pids of the direct children of every thread of `pid`; none once it has ended. */
  children(pid: number): number[];
  /** Its resident memory in KB, or null once it has ended (a zombie has none either). */
  rssKb(pid: number): number | null;
}

const readOrNull = (file: string): string | null => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null; // the process or thread ended meanwhile
  }
};

export const linuxProc: ProcReader = {
  children(pid) {
    let threads: string[];
    try {
      threads = fs.readdirSync(`/proc/${pid}/task`);
    } catch {
      return [];
    }
    return threads.flatMap((tid) => (readOrNull(`/proc/${pid}/task/${tid}/children`) ?? '').split(/\s+/).filter(Boolean).map(Number));
  },
  rssKb(pid) {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readOrNull(`/proc/${pid}/status`) ?? '');
    return match ? Number(match[1]) : null;
  },
};

/** One sample: the resident KB of `root` and all its descendants still alive, and how many they are. */
export function treeRssKb(root: number, proc: ProcReader): { kb: number; processes: number } {
  const seen = new Set<number>();
  const pending = [root];
  let kb = 0;
  let processes = 0;
  while (pending.length > 0) {
    const pid = pending.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    const rss = proc.rssKb(pid);
    if (rss === null) continue;
    kb += rss;
    processes++;
    pending.push(...proc.children(pid));
  }
  return { kb, processes };
}

export interface SampledRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** The largest sum of the tree's resident memory seen in one sample (KB), and the number of samples taken. */
  peakKb: number;
  samples: number;
}

/** Runs `command` to its end, sampling its process tree every `intervalMs`. */
export function runSampled(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; intervalMs?: number; proc?: ProcReader } = {},
): Promise<SampledRun> {
  const proc = options.proc ?? linuxProc;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, [...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peakKb = 0;
    let samples = 0;
    const sample = () => {
      const { kb, processes } = treeRssKb(child.pid!, proc);
      if (processes === 0) return;
      samples++;
      peakKb = Math.max(peakKb, kb);
    };
    const timer = setInterval(sample, options.intervalMs ?? 5);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('spawn', sample);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - start;
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms, peakKb, samples });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error('uso: treeMemory.ts <comando> [argomenti…]');
  const run = await runSampled(command, args, { env: process.env });
  process.stdout.write(run.stdout);
  process.stderr.write(`${run.stderr}picco insieme ${Math.round(run.peakKb / 1024)} MB (${run.peakKb} KB), ${run.samples} campioni, ${Math.round(run.ms)} ms, codice ${run.code}\n`);
  process.exitCode = run.code ?? 1;
}
