// Issue 10, shared folders and failed saves: a file in a network or synchronised folder is never the live
// database (a local working copy is, saved back after each change: temporary file, verify, rename); a shared
// file changed behind our back is not overwritten; a full disk or a refused permission during a save leaves the
// previous state intact and says so in Italian; a working copy left by a crash ends up among the backups.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { listBackups } from '../../db/backups';
import type { LockOwner } from '../../db/fileLock';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import { dispatch } from '../../electron/app/dispatch';
import { createDocumentSession } from '../../electron/app/documentSession';
import { createHandlers } from '../../electron/app/handlers';
import type { SessionInfo } from '../../shared/api';
import type { PlanDocument } from '../../shared/model';
import { memoryHost } from '../exchange/fixtures';
import { tempFolder } from '../db/tempFiles';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;
const dataDir = folder.file('dati');
const NETWORK = { kind: 'network' as const, description: 'cartella di rete (cifs)' };
const owner: LockOwner = { user: 'mario.rossi', computer: 'PC-UFFICIO-1', pid: 1001 };

const sample = folder.file('esempio.pira');
createSampleFile(sample).close();

/** A copy of the sample plan in `dir` (a plain copy: the sample is closed, and the disk may be tiny). */
function sharedPlan(dir = folder.file(`condivisa${++counter}`)): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'piano.pira');
  fs.copyFileSync(sample, file);
  return file;
}

function app(lockOwner: LockOwner = owner, isAlive: (pid: number) => boolean = () => true) {
  const session = createDocumentSession(memoryHost(), { dataDir, editing: { location: NETWORK, lock: { owner: lockOwner, isAlive } } });
  const handlers = createHandlers(session.context);
  const call = async <T>(method: string, req: unknown) => {
    const result = await dispatch(handlers, method, req);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as T;
  };
  return { session, call };
}

/** The first card's title as the shared file holds it (read without opening it live). */
function sharedTitle(file: string): string | undefined {
  const reader = openPlanFile(file, { readonly: true });
  try {
    return reader.repo.loadPlan(1).cards[0]?.title;
  } finally {
    reader.close();
  }
}

const sideFiles = (file: string) => fs.readdirSync(path.dirname(file)).filter((name) => name !== 'piano.pira' && name !== '.piano.pira.lock');

describe('a plan file in a shared folder', () => {
  it('is edited in a local working copy, saved back after each change, with nothing left beside it', async () => {
    const file = sharedPlan();
    const { session, call } = app();
    await session.open(file);
    expect(session.context.file().path.startsWith(path.join(dataDir, 'copie-di-lavoro'))).toBe(true);
    expect((await call<SessionInfo>('getSession', {})).sharedLocation).toEqual(NETWORK);
    for (const title of ['prima modifica', 'seconda modifica']) {
      const doc = await call<PlanDocument>('loadPlan', { planId: 1 });
      await call('saveCard', { planId: 1, card: { ...doc.cards[0]!, title } });
      expect(sharedTitle(file)).toBe(title);
      expect(sideFiles(file)).toEqual([]); // no -wal, -shm or temporary file in the shared folder
    }
    const local = session.context.file().path;
    await session.close();
    expect(fs.existsSync(local)).toBe(false);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['piano.pira']);
  });

  it('is not overwritten when it changed behind our back; the edit stays in the working copy', async () => {
    const file = sharedPlan();
    const { session, call } = app();
    await session.open(file);
    const other = new Database(file);
    other.prepare("UPDATE cards SET title = 'scritto da un programma che ignora il blocco' WHERE id = (SELECT min(id) FROM cards)").run();
    other.close();
    const doc = await call<PlanDocument>('loadPlan', { planId: 1 });
    await expect(call('saveCard', { planId: 1, card: { ...doc.cards[1]!, title: 'mia modifica' } })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/è stato cambiato da un altro programma o computer .* NON vi sono state scritte/),
    });
    expect(sharedTitle(file)).toBe('scritto da un programma che ignora il blocco');
    expect(session.context.file().repo.loadPlan(1).cards[1]?.title).toBe('mia modifica');
    await session.close();
  });

  it('keeps the shared file as it was when saving back is refused (permission), and says so; the next save catches up', async () => {
    const file = sharedPlan();
    const before = fs.readFileSync(file);
    const { session, call } = app();
    await session.open(file);
    const doc = await call<PlanDocument>('loadPlan', { planId: 1 });
    const denied = Object.assign(new Error('EACCES: permission denied, rename'), { code: 'EACCES' });
    const rename = vi.spyOn(fs, 'renameSync').mockImplementationOnce(() => {
      throw denied;
    });
    await expect(call('saveCard', { planId: 1, card: { ...doc.cards[0]!, title: 'non ancora nella cartella' } })).rejects.toMatchObject({
      code: 'locked',
      message: expect.stringMatching(/^La modifica è salvata nella copia di lavoro .*Permesso negato.*Il file condiviso è rimasto com’era/),
    });
    rename.mockRestore();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(sideFiles(file)).toEqual([]);
    const now = session.context.file().repo.loadPlan(1);
    await call('saveCard', { planId: 1, card: { ...now.cards[1]!, title: 'seconda' } });
    expect(sharedTitle(file)).toBe('non ancora nella cartella');
    await session.close();
  });

  it('keeps a working copy left by a crash among the backups of the shared file', async () => {
    const file = sharedPlan();
    const crashed = app({ ...owner, pid: 1 });
    await crashed.session.open(file);
    const doc = await crashed.call<PlanDocument>('loadPlan', { planId: 1 });
    vi.spyOn(fs, 'renameSync').mockImplementationOnce(() => {
      throw Object.assign(new Error('EIO'), { code: 'EIO' });
    });
    await expect(crashed.call('saveCard', { planId: 1, card: { ...doc.cards[0]!, title: 'lavoro mai riportato' } })).rejects.toThrow();
    vi.restoreAllMocks();
    // The process dies here: no close. Later, on the same computer, the app starts again (the old pid is gone).
    const restarted = app({ ...owner, pid: 2 }, (pid) => pid === 2);
    await restarted.session.open(file);
    const rescued = listBackups(dataDir, file).find((b) => b.reason === 'copia-di-lavoro');
    expect(rescued).toBeDefined();
    const copy = openPlanFile(rescued!.path, { readonly: true });
    expect(copy.repo.loadPlan(1).cards[0]?.title).toBe('lavoro mai riportato');
    copy.close();
    await restarted.session.close();
    crashed.session.context.file().close();
  });
});

/** A real full disk: a tmpfs of `sizeKb` (needs root; elsewhere the test is skipped and says so). */
function tinyDisk(sizeKb: number): { dir: string; unmount(): void } | null {
  const dir = folder.file(`disco${++counter}`);
  fs.mkdirSync(dir);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return { dir, unmount: () => execFileSync('umount', ['-l', dir], { stdio: 'ignore' }) };
}
const canMount = (() => {
  const probe = tinyDisk(64);
  probe?.unmount();
  return probe !== null;
})();

describe.skipIf(!canMount)('a save on a full disk (real tmpfs)', () => {
  it('on a shared folder whose disk is full: the shared file stays as it was, the edit is in the working copy', async () => {
    const disk = tinyDisk(Math.ceil((fs.statSync(sample).size * 1.5) / 1024))!; // the plan fits, a second copy does not
    try {
      const file = sharedPlan(disk.dir);
      const before = fs.readFileSync(file);
      const { session, call } = app();
      await session.open(file);
      const doc = await call<PlanDocument>('loadPlan', { planId: 1 });
      await expect(call('saveCard', { planId: 1, card: { ...doc.cards[0]!, title: 'su disco pieno' } })).rejects.toMatchObject({
        message: expect.stringMatching(/^La modifica è salvata nella copia di lavoro .*disco pieno|spazio su disco/i),
      });
      expect(fs.readFileSync(file).equals(before)).toBe(true);
      expect(sideFiles(file)).toEqual([]);
      expect(session.context.file().repo.loadPlan(1).cards[0]?.title).toBe('su disco pieno');
      await session.close();
    } finally {
      disk.unmount();
    }
  });

  it('on a local file whose disk is full: the save is refused in Italian and nothing changes', async () => {
    const disk = tinyDisk(400)!;
    try {
      const file = sharedPlan(disk.dir);
      const session = createDocumentSession(memoryHost(), { dataDir, editing: { location: { kind: 'local', description: 'disco locale' }, lock: { owner } } });
      const handlers = createHandlers(session.context);
      await session.open(file);
      const doc = session.context.file().repo.loadPlan(1);
      fs.writeFileSync(path.join(disk.dir, 'riempitivo'), Buffer.alloc(fs.statfsSync(disk.dir).bavail * fs.statfsSync(disk.dir).bsize));
      const huge = { ...doc.cards[0]!, description: 'x'.repeat(90_000) };
      const full = await dispatch(handlers, 'saveCard', { planId: 1, card: huge });
      expect(full).toMatchObject({ ok: false, error: { message: expect.stringMatching(/disco pieno.*nulla è stato modificato/) } });
      expect(session.context.file().repo.loadPlan(1).cards[0]).toMatchObject({ description: doc.cards[0]!.description });
      fs.rmSync(path.join(disk.dir, 'riempitivo'));
      expect(await dispatch(handlers, 'saveCard', { planId: 1, card: { ...doc.cards[0]!, title: 'con spazio' } })).toMatchObject({ ok: true });
      await session.close();
      const reopened = openPlanFile(file, { readonly: true });
      expect(reopened.repo.loadPlan(1).cards[0]).toMatchObject({ title: 'con spazio', description: doc.cards[0]!.description });
      reopened.close();
    } finally {
      disk.unmount();
    }
  });
});
