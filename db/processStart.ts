/**
 * When a process started, as an opaque identity written into the lock beside its PID: a PID alone is reused by
 * the system, and a lock whose PID now belongs to another live process kept the file read-only, naming its own
 * user as the holder. On Linux the start comes from /proc/<pid>/stat (clock ticks since boot, with the boot's id);
 * elsewhere Node only knows its own start, so another process's start is unknown and the PID alone decides.
 * Why a module of its own: the one platform-specific bit of the lock, kept tiny and table-tested.
 */
import fs from 'node:fs';

type ReadText = (path: string) => string;

/** This process's start as Node knows it (computed once, so every lock it writes says the same). */
const OWN_START = `node:${new Date(Date.now() - Math.round(process.uptime() * 1000)).toISOString()}`;
const readText: ReadText = (path) => fs.readFileSync(path, 'utf8');

/** Field 22 of /proc/<pid>/stat (the start time, in ticks since boot); the name in field 2 may hold spaces and ")". */
export function startTicksOf(stat: string): string | null {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = fields[19];
  return ticks !== undefined && /^\d+$/.test(ticks) ? ticks : null;
}

/** The start identity of process `pid`, or null when this system cannot tell (another platform, a gone process). */
export function processStart(pid: number, platform: NodeJS.Platform = process.platform, read: ReadText = readText): string | null {
  if (platform === 'linux') {
    try {
      const ticks = startTicksOf(read(`/proc/${pid}/stat`));
      return ticks === null ? null : `linux:${read('/proc/sys/kernel/random/boot_id').trim()}:${ticks}`;
    } catch {
      return null;
    }
  }
  return pid === process.pid ? OWN_START : null;
}

