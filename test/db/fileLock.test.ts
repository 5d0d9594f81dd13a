// The "in use" lock of a plan file (issue 10, defect 2): who holds it is told to a second opener; a lock of a
// process that died on this computer, or of a computer that stopped refreshing it, is taken over; a lock taken
// over is noticed by its old owner, and nobody removes a lock that is not theirs.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireLock, lockPathOf, STALE_AFTER_MS, type LockAttempt, type LockOwner } from '../../db/fileLock';
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
    expect(second).toEqual({ kind: 'held', holder: { user: 'mario.rossi', computer: 'PC-UFFICIO-1', since: '2024-06-30T12:05:00.000Z' } });
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
