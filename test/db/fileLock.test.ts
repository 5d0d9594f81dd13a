// The "in use" lock of a plan file (issue 10, defect 2): who holds it is told to a second opener; a lock of a
// process that died on this computer, or of a computer that stopped refreshing it, is taken over; a lock taken
// over is noticed by its old owner, and nobody removes a lock that is not theirs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireLock, lockPathOf, STALE_AFTER_MS, type LockAttempt, type LockOwner } from '../../db/fileLock';
import { processStart, startTicksOf } from '../../db/processStart';
import { holderText } from '../../shared/fileHolder';
import { tempFolder } from './tempFiles';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;
const newPlan = () => {
  const file = folder.file(`piano${++counter}.pira`);
  fs.writeFileSync(file, '');
  return file;
};

const mario: LockOwner = { user: 'mario.rossi', computer: 'PC-UFFICIO-1', pid: 4242 };
const anna: LockOwner = { user: 'anna.bianchi', computer: 'PC-UFFICIO-2', pid: 77 };
const at = (iso: string) => () => new Date(iso);
const alive = () => true;

function owned(attempt: LockAttempt) {
  if (attempt.kind !== 'owned') throw new Error(`atteso owned, ottenuto ${attempt.kind}`);
  return attempt.lock;
}

describe('acquireLock', () => {
  it('writes who holds the file, and tells a second opener', () => {
    const plan = newPlan();
    const lock = owned(acquireLock(plan, { owner: mario, now: at('2024-06-30T12:05:00Z'), isAlive: alive }));
    expect(lock.lockPath).toBe(lockPathOf(plan));
    expect(fs.existsSync(lock.lockPath)).toBe(true);
    const second = acquireLock(plan, { owner: anna, now: at('2024-06-30T12:06:00Z'), isAlive: alive });
    expect(second).toEqual({
      kind: 'held',
      holder: { user: 'mario.rossi', computer: 'PC-UFFICIO-1', since: '2024-06-30T12:05:00.000Z', lastSeen: '2024-06-30T12:05:00.000Z' },
      token: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    if (second.kind === 'held') expect(holderText(second.holder)).toMatch(/^in uso da mario\.rossi su PC-UFFICIO-1 dal 30\/06\/2024 alle \d\d:05$/);
    lock.release();
    expect(fs.existsSync(lock.lockPath)).toBe(false);
    owned(acquireLock(plan, { owner: anna, isAlive: alive })).release();
  });

  it('takes over the lock of a process of this computer that no longer runs', () => {
    const plan = newPlan();
    owned(acquireLock(plan, { owner: mario, isAlive: alive }));
    const sameComputer = { ...anna, computer: mario.computer };
    const taken = acquireLock(plan, { owner: sameComputer, isAlive: (pid) => pid !== mario.pid });
    expect(taken.kind).toBe('owned');
  });

  it('takes over a lock whose computer stopped refreshing it, not a fresh one', () => {
    const plan = newPlan();
    const lock = owned(acquireLock(plan, { owner: mario, now: at('2024-06-30T08:00:00Z'), isAlive: alive }));
    const early = new Date(Date.parse('2024-06-30T08:00:00Z') + STALE_AFTER_MS - 60_000).toISOString();
    expect(acquireLock(plan, { owner: anna, now: at(early), isAlive: alive }).kind).toBe('held');
    const late = new Date(Date.parse('2024-06-30T08:00:00Z') + STALE_AFTER_MS + 60_000).toISOString();
    const taken = owned(acquireLock(plan, { owner: anna, now: at(late), isAlive: alive }));
    expect(lock.refresh()).toBe('lost'); // the old owner learns it may no longer write
    lock.release(); // and does not remove the new owner's lock
    expect(fs.existsSync(taken.lockPath)).toBe(true);
    expect(acquireLock(plan, { owner: mario, now: at(late), isAlive: alive })).toMatchObject({ kind: 'held', holder: { user: 'anna.bianchi' } });
  });

  it('keeps a lock alive with its heartbeat', () => {
    const plan = newPlan();
    let now = Date.parse('2024-06-30T08:00:00Z');
    const clock = () => new Date(now);
    const lock = owned(acquireLock(plan, { owner: mario, now: clock, isAlive: alive }));
    now += STALE_AFTER_MS - 1000;
    expect(lock.refresh()).toBe('ok');
    now += STALE_AFTER_MS - 1000;
    expect(acquireLock(plan, { owner: anna, now: clock, isAlive: alive }).kind).toBe('held');
  });

  it('treats an unreadable lock as held while it is recent, as stale once old', () => {
    const plan = newPlan();
    fs.writeFileSync(lockPathOf(plan), '{ mezzo scrit');
    expect(acquireLock(plan, { owner: anna, isAlive: alive })).toMatchObject({ kind: 'held', holder: { user: '', computer: '' } });
    const old = new Date(Date.now() - STALE_AFTER_MS - 60_000);
    fs.utimesSync(lockPathOf(plan), old, old);
    expect(acquireLock(plan, { owner: anna, isAlive: alive }).kind).toBe('owned');
  });

  it('answers unavailable when the folder cannot be written (the file then opens read-only)', () => {
    const attempt = acquireLock(folder.file('manca/piano.pira'), { owner: mario });
    expect(attempt.kind).toBe('unavailable');
  });
});

describe('issue 22, point 7: who holds a lock, and taking it over', () => {
  it('takes over at once a lock whose PID now belongs to another live process of this computer', async () => {
    const plan = newPlan();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => other.once('spawn', resolve));
      const pid = other.pid!;
      const me = { user: 'io', computer: 'QUESTO-PC', pid: process.pid, started: processStart(process.pid) };
      // A lock this user left from a process that died; the system has given its PID to `other` since.
      const left = { app: 'PIRA Desk', user: 'io', computer: 'QUESTO-PC', pid, started: 'linux:avvio-precedente:1', since: new Date().toISOString(), heartbeat: new Date().toISOString(), token: 'vecchio' };
      fs.writeFileSync(lockPathOf(plan), JSON.stringify(left));
      expect(processStart(pid)).not.toBeNull();
      expect(acquireLock(plan, { owner: me }).kind).toBe('owned');
      // The same PID with its true start is that very process: held.
      const plan2 = newPlan();
      fs.writeFileSync(lockPathOf(plan2), JSON.stringify({ ...left, started: processStart(pid) }));
      expect(acquireLock(plan2, { owner: me })).toMatchObject({ kind: 'held', holder: { user: 'io', computer: 'QUESTO-PC' } });
    } finally {
      other.kill();
    }
  });

  it('says when the holder’s heartbeat is ahead of our clock, and lets the user take the file over', () => {
    const plan = newPlan();
    const annaLock = owned(acquireLock(plan, { owner: anna, now: at('2024-06-30T12:00:00Z'), isAlive: alive }));
    const marioNow = at('2024-06-30T11:00:00Z'); // mario's clock is an hour behind anna's
    const held = acquireLock(plan, { owner: mario, now: marioNow, isAlive: alive });
    if (held.kind !== 'held') throw new Error('atteso held');
    expect(held.holder).toMatchObject({ user: 'anna.bianchi', clockAhead: true, lastSeen: '2024-06-30T12:00:00.000Z' });
    expect(holderText(held.holder)).toMatch(/data nel futuro, 30\/06\/2024 alle \d\d:00: gli orologi dei due computer non concordano/);
    // Ten minutes later for mario: still nothing proves anna left, so still held.
    expect(acquireLock(plan, { owner: mario, now: at('2024-06-30T11:15:00Z'), isAlive: alive }).kind).toBe('held');
    const taken = owned(acquireLock(plan, { owner: mario, now: marioNow, isAlive: alive, takeOver: held.token }));
    expect(annaLock.refresh()).toBe('lost');
    annaLock.release();
    expect(fs.existsSync(taken.lockPath)).toBe(true);
  });

  it('does not take over a lock that changed after it was shown', () => {
    const plan = newPlan();
    const first = owned(acquireLock(plan, { owner: anna, isAlive: alive }));
    const shown = acquireLock(plan, { owner: mario, isAlive: alive });
    if (shown.kind !== 'held') throw new Error('atteso held');
    first.release();
    const third = owned(acquireLock(plan, { owner: { ...anna, user: 'terzo' }, isAlive: alive }));
    expect(acquireLock(plan, { owner: mario, isAlive: alive, takeOver: shown.token })).toMatchObject({ kind: 'held', holder: { user: 'terzo' } });
    expect(third.refresh()).toBe('ok');
  });
});

describe('processStart', () => {
  it.each([
    ['4242 (node) S 1 4242 4242 0 -1 4194560 1 2 3 4 5 6 7 8 20 0 11 0 987654 100 200', '987654'],
    ['7 (a b) c) (d) R 1 7 7 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 31337 0 0', '31337'],
    ['rotto', null],
  ])('reads the start ticks of %j', (stat, ticks) => {
    expect(startTicksOf(stat)).toBe(ticks);
  });
  it('gives a start on Linux from /proc, this process’s own start elsewhere, and null for another process elsewhere', () => {
    const files: Record<string, string> = { '/proc/9/stat': '9 (x) S 1 9 9 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 555 0 0', '/proc/sys/kernel/random/boot_id': 'avvio\n' };
    expect(processStart(9, 'linux', (p) => files[p] ?? '')).toBe('linux:avvio:555');
    expect(processStart(10, 'linux', (p) => { if (!files[p]) throw new Error('ENOENT'); return files[p]!; })).toBeNull();
    expect(processStart(process.pid, 'win32')).toMatch(/^node:\d{4}-/);
    expect(processStart(process.pid, 'win32')).toBe(processStart(process.pid, 'darwin'));
    expect(processStart(process.pid + 1, 'darwin')).toBeNull();
  });
});
