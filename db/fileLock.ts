/**
 * The "in use" lock of a plan file: a small JSON file next to it (`.piano.pira.lock`) saying who edits it, from
 * which computer and since when, refreshed every minute while the file is open. A second opener reads it and is
 * offered read-only instead of silently editing the same file (issue 10, defect 2).
 * Why a lock file and not SQLite's locks: SQLite's locks do not say who, do not survive the working copy of a
 * shared folder (the database is then on another disk), and are unreliable on network shares.
 * Limits (docs/reliability.md): the lock is advisory; a synchronised folder (OneDrive, Dropbox) copies it with a
 * delay, so two computers opening within that delay both get it.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FileHolder } from '../shared/fileHolder';

export interface LockOwner {
  user: string;
  computer: string;
  pid: number;
}

interface LockContent extends FileHolder {
  app: 'PIRA Desk';
  pid: number;
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
  | { kind: 'held'; holder: FileHolder }
  /** The folder does not let us write the lock (read-only share, permissions): open read-only. */
  | { kind: 'unavailable'; error: unknown };

export interface LockOptions {
  owner?: LockOwner;
  now?: () => Date;
  /** Whether a process of this computer still runs (a lock of a dead process is taken over at once). */
  isAlive?: (pid: number) => boolean;
  staleAfterMs?: number;
}

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
  return { user, computer: os.hostname(), pid: process.pid };
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
    return strings.every((s) => typeof s === 'string') && typeof parsed.pid === 'number' ? (parsed as LockContent) : null;
  } catch {
    return null;
  }
}

function isStale(content: LockContent | null, lockPath: string, options: Required<Omit<LockOptions, 'owner'>> & { owner: LockOwner }): boolean {
  const now = options.now().getTime();
  if (content === null) {
    // Unreadable (being written, or damaged): stale only once nobody touched it for a while.
    try {
      return now - fs.statSync(lockPath).mtimeMs > options.staleAfterMs;
    } catch {
      return true;
    }
  }
  if (content.computer === options.owner.computer && !options.isAlive(content.pid)) return true;
  return now - new Date(content.heartbeat).getTime() > options.staleAfterMs;
}

function writeAtomically(target: string, text: string): void {
  const temporary = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, target);
}

/** Takes the lock of `filePath`, or says who holds it. */
export function acquireLock(filePath: string, options: LockOptions = {}): LockAttempt {
  const settings = {
    owner: options.owner ?? currentOwner(),
    now: options.now ?? (() => new Date()),
    isAlive: options.isAlive ?? processAlive,
    staleAfterMs: options.staleAfterMs ?? STALE_AFTER_MS,
  };
  const lockPath = lockPathOf(filePath);
  const since = settings.now().toISOString();
  const content: LockContent = {
    app: 'PIRA Desk',
    user: settings.owner.user,
    computer: settings.owner.computer,
    pid: settings.owner.pid,
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
    if (!isStale(existing, lockPath, settings)) return { kind: 'held', holder: holderOf(existing, lockPath) };
    fs.rmSync(lockPath, { force: true }); // then try once more: another opener may win the race, and we see it
  }
  return { kind: 'held', holder: holderOf(readLock(lockPath), lockPath) };
}

/** What a second opener is told: who, where, since when (an unreadable lock: since it was last written). */
function holderOf(content: LockContent | null, lockPath: string): FileHolder {
  if (content) return { user: content.user, computer: content.computer, since: content.since };
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
