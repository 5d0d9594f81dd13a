/**
 * The "in use" lock of a plan file: a small JSON file next to it (`.piano.pira.lock`) saying who edits it, from
 * which computer and since when, refreshed every minute while the file is open. A second opener reads it and is
 * offered read-only instead of silently editing the same file (issue 10, defect 2).
 * Why a lock file and not SQLite's locks: SQLite's locks do not say who, do not survive the working copy of a
 * shared folder (the database is then on another disk), and are unreliable on network shares.
 * The holder is a user on a computer in a process identified by PID AND start time (processStart.ts): a PID the
 * system gave to another process does not keep a dead lock alive. A heartbeat dated in the future (clocks differ
 * between PCs on a shared folder) says nothing about whether the holder is still there: the lock counts as held,
 * and the user may take it over after confirming, told whose it is (`takeOver`).
 * Limits (docs/reliability.md): the lock is advisory; a synchronised folder (OneDrive, Dropbox) copies it with a
 * delay, so two computers opening within that delay both get it.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FileHolder } from '../shared/fileHolder';
import { processStart } from './processStart';

export interface LockOwner {
  user: string;
  computer: string;
  pid: number;
  /** The process's start (processStart.ts): with the PID, it tells this process from a later one given the same PID. */
  started?: string | null;
}

interface LockContent extends FileHolder {
  app: 'PIRA Desk';
  pid: number;
  /** The process's start (processStart.ts), null where the system cannot tell: with the PID, the process. */
  started?: string | null;
  /** Last refresh (ISO): a lock not refreshed for `staleAfterMs` belongs to a computer that stopped. */
  heartbeat: string;
  token: string;
}

export interface FileLock {
  readonly lockPath: string;
  readonly holder: FileHolder;
  /** Rewrites the heartbeat; `lost` when another opener took the lock over meanwhile (this one then must not write). */
  refresh(): 'ok' | 'lost';
  /** Removes the lock if it is still ours. */
  release(): void;
}

export type LockAttempt =
  | { kind: 'owned'; lock: FileLock }
  /** `token` names this very lock, for a take-over the user confirmed (empty: the lock could not be read). */
  | { kind: 'held'; holder: FileHolder; token: string }
  /** The folder does not let us write the lock (read-only share, permissions): open read-only. */
  | { kind: 'unavailable'; error: unknown };

export interface LockOptions {
  owner?: LockOwner;
  now?: () => Date;
  /** Whether a process of this computer still runs (a lock of a dead process is taken over at once). */
  isAlive?: (pid: number) => boolean;
  /** When a process of this computer started (null: cannot tell); another start than the lock's is another process. */
  startOf?: (pid: number) => string | null;
  staleAfterMs?: number;
  /** The user confirmed taking over the lock they were shown (its `token`): replaced if it is still that one. */
  takeOver?: string;
}

/** How far ahead of our clock a heartbeat may be before the two clocks are said to disagree. */
const CLOCK_TOLERANCE_MS = 2 * 60_000;

/** A lock not refreshed for this long (the app refreshes every minute) is taken over. */
export const STALE_AFTER_MS = 10 * 60_000;

export function lockPathOf(filePath: string): string {
  return path.join(path.dirname(path.resolve(filePath)), `.${path.basename(filePath)}.lock`);
}

export function currentOwner(): LockOwner {
  let user = process.env.USER ?? process.env.USERNAME ?? '';
  try {
    user = os.userInfo().username || user;
  } catch {
    // no passwd entry: keep the environment's name
  }
  return { user, computer: os.hostname(), pid: process.pid, started: processStart(process.pid) };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

function readLock(lockPath: string): LockContent | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Partial<LockContent>;
    const strings = [parsed.user, parsed.computer, parsed.since, parsed.heartbeat, parsed.token];
    const started = parsed.started === undefined || parsed.started === null || typeof parsed.started === 'string';
    return strings.every((s) => typeof s === 'string') && typeof parsed.pid === 'number' && started ? (parsed as LockContent) : null;
  } catch {
    return null;
  }
}

type Settings = Required<Omit<LockOptions, 'owner' | 'takeOver'>> & { owner: LockOwner };

/** A process of this computer that is gone, or whose PID now belongs to a process started at another time. */
function holderGone(content: LockContent, options: Settings): boolean {
  if (!options.isAlive(content.pid)) return true;
  const now = content.started ? options.startOf(content.pid) : null;
  return now !== null && now !== content.started;
}

function isStale(content: LockContent | null, lockPath: string, options: Settings): boolean {
  const now = options.now().getTime();
  if (content === null) {
    // Unreadable (being written, or damaged): stale only once nobody touched it for a while.
    try {
      return now - fs.statSync(lockPath).mtimeMs > options.staleAfterMs;
    } catch {
      return true;
    }
  }
  if (content.computer === options.owner.computer && holderGone(content, options)) return true;
  // A heartbeat ahead of our clock proves nothing either way: held, and the user may take it over (see holderOf).
  return now - new Date(content.heartbeat).getTime() > options.staleAfterMs;
}

function writeAtomically(target: string, text: string): void {
  const temporary = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, target);
}

/** Takes the lock of `filePath`, or says who holds it. */
export function acquireLock(filePath: string, options: LockOptions = {}): LockAttempt {
  const settings: Settings = {
    owner: options.owner ?? currentOwner(),
    now: options.now ?? (() => new Date()),
    isAlive: options.isAlive ?? processAlive,
    startOf: options.startOf ?? processStart,
    staleAfterMs: options.staleAfterMs ?? STALE_AFTER_MS,
  };
  const lockPath = lockPathOf(filePath);
  const since = settings.now().toISOString();
  const content: LockContent = {
    app: 'PIRA Desk',
    user: settings.owner.user,
    computer: settings.owner.computer,
    pid: settings.owner.pid,
    started: settings.owner.started ?? null,
    since,
    heartbeat: since,
    token: randomUUID(),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(content, null, 2), { flag: 'wx' });
      return { kind: 'owned', lock: ownedLock(lockPath, content, settings.now) };
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') return { kind: 'unavailable', error };
    }
    const existing = readLock(lockPath);
    if (options.takeOver !== undefined && (existing?.token ?? '') === options.takeOver) {
      writeAtomically(lockPath, JSON.stringify(content, null, 2));
      if (readLock(lockPath)?.token === content.token) return { kind: 'owned', lock: ownedLock(lockPath, content, settings.now) };
    }
    if (!isStale(existing, lockPath, settings)) return held(existing, lockPath, settings.now());
    fs.rmSync(lockPath, { force: true }); // then try once more: another opener may win the race, and we see it
  }
  return held(readLock(lockPath), lockPath, settings.now());
}

function held(content: LockContent | null, lockPath: string, now: Date): LockAttempt {
  return { kind: 'held', holder: holderOf(content, lockPath, now), token: content?.token ?? '' };
}

/**
 * What a second opener is told: who, where, since when (an unreadable lock: since it was last written), the last
 * heartbeat, and whether that heartbeat is ahead of our clock.
 */
function holderOf(content: LockContent | null, lockPath: string, now: Date): FileHolder {
  if (content) {
    const clockAhead = new Date(content.heartbeat).getTime() > now.getTime() + CLOCK_TOLERANCE_MS;
    return { user: content.user, computer: content.computer, since: content.since, lastSeen: content.heartbeat, ...(clockAhead ? { clockAhead } : {}) };
  }
  let since = new Date().toISOString();
  try {
    since = new Date(fs.statSync(lockPath).mtimeMs).toISOString();
  } catch {
    // removed meanwhile
  }
  return { user: '', computer: '', since };
}

function ownedLock(lockPath: string, content: LockContent, now: () => Date): FileLock {
  let released = false;
  const stillOurs = () => readLock(lockPath)?.token === content.token;
  return {
    lockPath,
    holder: { user: content.user, computer: content.computer, since: content.since },
    refresh() {
      if (released) return 'lost';
      const current = readLock(lockPath);
      if (current !== null && current.token !== content.token) return 'lost';
      try {
        writeAtomically(lockPath, JSON.stringify({ ...content, heartbeat: now().toISOString() }, null, 2));
      } catch {
        // The folder is unreachable for a moment (network share): the lock is still ours, refresh next time.
      }
      return 'ok';
    },
    release() {
      if (released) return;
      released = true;
      if (stillOurs()) fs.rmSync(lockPath, { force: true });
    },
  };
}
