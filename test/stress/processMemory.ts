/**
 * Peak memory of a process and of the processes it starts (an import's parse process), read from Linux's /proc:
 * each process's high-water mark (VmHWM) can be reset (`clear_refs`) and is sampled while the work runs, so that a
 * parse process that dies of its heap cap is measured too, up to its last sample.
 * Why: since issue 19 a workbook is parsed in a process of its own; `process.resourceUsage().maxRSS` of the caller
 * no longer includes it, and the promise "under 1 GB" is about both at once (the figure is the sum of their peaks,
 * an upper bound of what they held together).
 */
import fs from 'node:fs';

/** Whether this machine lets us measure (Linux with /proc; the stress run says "non misurata" otherwise). */
export const MEASURABLE = fs.existsSync(`/proc/${process.pid}/status`);

function highWaterKb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null; // ended meanwhile
  }
}

/** Resets the high-water mark of `pid` to its current size (false where the system does not allow it). */
export function resetPeak(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/**
 * Samples the peaks of `root` and its descendants every `intervalMs` until `stop()`, which returns the sum of the
 * root's peak and of the largest peak of each descendant seen, in MB (null where /proc is missing).
 */
export function sampleTreePeak(root: number, intervalMs = 10): { stop(): number | null } {
  if (!MEASURABLE) return { stop: () => null };
  const peaks = new Map<number, number>();
  const sample = () => {
    const pending = [root];
    while (pending.length > 0) {
      const pid = pending.pop()!;
      const kb = highWaterKb(pid);
      if (kb !== null) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, kb));
      pending.push(...childrenOf(pid));
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      let kb = 0;
      for (const value of peaks.values()) kb += value;
      return Math.round(kb / 1024);
    },
  };
}
