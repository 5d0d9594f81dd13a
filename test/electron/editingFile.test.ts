// Issue 10, defect 2 (first half) and the automatic backups, through the back end the app and the harness use:
// a second opener of a file is told "in uso da … su … dal …" and gets it read-only (writes refused by the API),
// the CLI refuses to import into it, and backups are taken at open, before an import, before a migration and
// periodically while there are changes.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../db/backups';
import { openDatabase } from '../../db/connection';
import { lockPathOf, type LockOwner } from '../../db/fileLock';
import { MIGRATIONS } from '../../db/migrations/index';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import { dispatch } from '../../electron/app/dispatch';
import { createDocumentSession, type SessionSettings } from '../../electron/app/documentSession';
import { createHandlers } from '../../electron/app/handlers';
import { runCli } from '../../electron/cli/runCli';
import type { SessionInfo } from '../../shared/api';
import type { PlanDocument } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { exportPlanWorkbook } from '../../electron/exchange/exchangeService';
import { memoryHost } from '../exchange/fixtures';
import { firstCardTitle, tempFolder } from '../db/tempFiles';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;
const dataDir = folder.file('dati');

const mario: LockOwner = { user: 'mario.rossi', computer: 'PC-UFFICIO-1', pid: 1001 };
const anna: LockOwner = { user: 'anna.bianchi', computer: 'PC-UFFICIO-2', pid: 2002 };

function samplePlan(): string {
  const file = folder.file(`piano${++counter}.pira`);
  createSampleFile(file).close();
  return file;
}

function app(owner: LockOwner, extra: Partial<SessionSettings> = {}) {
  const session = createDocumentSession(memoryHost(), {
    dataDir,
    ...extra,
    editing: { lock: { owner, isAlive: () => true }, ...extra.editing },
  });
  const handlers = createHandlers(session.context);
  const call = async <T>(method: string, req: unknown) => {
    const result = await dispatch(handlers, method, req);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as T;
  };
  return { session, call };
}

describe('a file opened by a second user', () => {
  it('is read-only there, saying who holds it, and its writes are refused by the API', async () => {
    const file = samplePlan();
    const first = app(mario);
    const second = app(anna);
    await first.session.open(file);
    await second.session.open(file);
    const info = await second.call<SessionInfo>('getSession', {});
    expect(info.readOnly?.holder).toMatchObject({ user: 'mario.rossi', computer: 'PC-UFFICIO-1' });
    expect(info.readOnly?.reason).toMatch(/^Il file «piano\d+\.pira» è in uso da mario\.rossi su PC-UFFICIO-1 dal \d\d\/\d\d\/\d{4} alle \d\d:\d\d: è aperto in sola lettura/);
    const doc = await second.call<PlanDocument>('loadPlan', { planId: 1 });
    await expect(second.call('saveCard', { planId: 1, card: { ...doc.cards[0]!, title: 'da Anna' } })).rejects.toMatchObject({
      code: 'locked',
      message: expect.stringMatching(/in uso da mario\.rossi .* sola lettura/),
    });
    await expect(second.call('deleteCard', { planId: 1, cardId: doc.cards[0]!.id, version: doc.cards[0]!.version })).rejects.toMatchObject({ code: 'locked' });
    expect((await first.call<SessionInfo>('getSession', {})).readOnly).toBeUndefined();
    await first.call('saveCard', { planId: 1, card: { ...doc.cards[0]!, title: 'da Mario' } });
    await second.session.close();
    await first.session.close();
    expect(fs.existsSync(lockPathOf(file))).toBe(false);
    const reopened = openPlanFile(file, { readonly: true });
    expect(reopened.repo.loadPlan(1).cards[0]?.title).toBe('da Mario');
    reopened.close();
  });

  it('can be declined: the second app stays on the file it had', async () => {
    const file = samplePlan();
    const other = samplePlan();
    const first = app(mario);
    await first.session.open(file);
    const second = app(anna, { onHeld: () => false });
    await second.session.open(other);
    await expect(second.session.open(file)).rejects.toMatchObject({ code: 'locked', message: expect.stringMatching(/in uso da mario\.rossi.*apertura annullata/) });
    expect(second.session.current()?.path).toBe(other);
    await Promise.all([first.session.close(), second.session.close()]);
  });

  it('is refused by the CLI import, which leaves it unchanged', async () => {
    const file = samplePlan();
    const first = app(mario);
    await first.session.open(file);
    const workbook = folder.file(`piano${counter}.xlsx`);
    fs.writeFileSync(workbook, exportPlanWorkbook(first.session.context.file(), 1, 'xlsx', null).data);
    const before = fs.readFileSync(file);
    let err = '';
    const code = await runCli(['import', '--db', file, workbook, '--year', '2024'], { out: () => undefined, err: (t) => (err += t) });
    expect(code).toBe(1);
    expect(err).toMatch(/è in uso da mario\.rossi su PC-UFFICIO-1 dal .*: importazione non eseguita/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    await first.session.close();
  });
});

describe('issue 22, point 7: taking over a file after confirming, told whose it is', () => {
  it('through the API: a heartbeat ahead of our clock is told, and the file is taken only when asked', async () => {
    const file = samplePlan();
    const annaApp = app(anna, { editing: { lock: { owner: anna, isAlive: () => true, now: () => new Date(Date.now() + 3_600_000) }, heartbeatMs: 20 } });
    await annaApp.session.open(file);
    const marioApp = app(mario);
    await marioApp.session.open(file);
    const info = await marioApp.call<SessionInfo>('getSession', {});
    expect(info.readOnly?.holder).toMatchObject({ user: 'anna.bianchi', clockAhead: true });
    expect(info.readOnly?.reason).toMatch(/data nel futuro.*non si può sapere se lo stia ancora usando/);
    const taken = await marioApp.call<SessionInfo>('takeOverFile', {});
    expect(taken.readOnly).toBeUndefined();
    const doc = await marioApp.call<PlanDocument>('loadPlan', { planId: 1 });
    await marioApp.call('saveCard', { planId: 1, card: { ...doc.cards[0]!, title: 'presa da Mario' } });
    await new Promise((resolve) => setTimeout(resolve, 100)); // anna's heartbeat finds the lock is no longer hers
    const annaDoc = await annaApp.call<PlanDocument>('loadPlan', { planId: 1 });
    await expect(annaApp.call('saveCard', { planId: 1, card: { ...annaDoc.cards[1]!, title: 'da Anna' } })).rejects.toMatchObject({ code: 'locked' });
    await expect(marioApp.call('takeOverFile', {})).rejects.toMatchObject({ code: 'conflict' });
    await annaApp.session.close();
    await marioApp.session.close();
    expect(fs.existsSync(lockPathOf(file))).toBe(false);
    expect(firstCardTitle(file)).toBe('presa da Mario');
  });

  it('on the command line: refused with the way out, then taken with --take-over', async () => {
    const file = samplePlan();
    const annaApp = app(anna);
    await annaApp.session.open(file);
    const run = async (...extra: string[]) => {
      let out = '';
      let err = '';
      const code = await runCli(['undo-import', '--db', file, ...extra], { out: (t) => (out += t), err: (t) => (err += t) });
      return { code, out, err };
    };
    const refused = await run();
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/in uso da anna\.bianchi su PC-UFFICIO-2 .*Se si è certi che anna\.bianchi non lo stia più usando, ripetere il comando con --take-over/);
    const taken = await run('--take-over');
    expect(taken.err).toMatch(/^Nota: il file .* era in uso da anna\.bianchi .*preso con --take-over: da anna\.bianchi non si salva più\./m);
    expect(taken.err).toMatch(/non ha un'importazione da annullare/); // it got as far as the plan: the lock was taken
    await annaApp.session.close();
  });
});

describe('automatic backups', () => {
  const reasonsOf = (file: string) => listBackups(dataDir, file).map((b) => b.reason);

  it('are taken at open and before an import, holding the plan as it was', async () => {
    const file = samplePlan();
    const { session, call } = app(mario);
    await session.open(file);
    const doc = await call<PlanDocument>('loadPlan', { planId: 1 });
    const edited = exportPlanWorkbook(session.context.file(), 1, 'xlsx', null).data;
    await call('saveCard', { planId: 1, card: { ...doc.cards[0]!, title: 'prima dell’importazione' } });
    const preview = await call<{ token: string }>('previewImport', { planId: 1, fileName: 'x.xlsx', dataBase64: edited.toString('base64') });
    await call('applyImport', { token: preview.token });
    await session.close();
    expect(reasonsOf(file)).toEqual(['prima-importazione', 'apertura']);
    const beforeImport = openPlanFile(listBackups(dataDir, file)[0]!.path, { readonly: true });
    expect(beforeImport.repo.loadPlan(1).cards[0]?.title).toBe('prima dell’importazione');
    beforeImport.close();
  });

  it('are not taken for an import that changes nothing (the plan’s own export): nothing is written', async () => {
    const file = samplePlan();
    const { session, call } = app(mario);
    await session.open(file);
    const own = exportPlanWorkbook(session.context.file(), 1, 'xlsx', null).data;
    const preview = await call<{ token: string }>('previewImport', { planId: 1, fileName: 'x.xlsx', dataBase64: own.toString('base64') });
    await call('applyImport', { token: preview.token });
    await session.close();
    expect(reasonsOf(file)).toEqual(['apertura']);
  });

  it('are taken before a migration, keeping the old schema', async () => {
    const file = folder.file(`vecchio${++counter}.pira`);
    openDatabase(file, { create: true, migrations: [MIGRATIONS[0]!] }).db.close();
    const { session } = app(mario);
    await session.open(file);
    await session.close();
    const [backup] = listBackups(dataDir, file).filter((b) => b.reason === 'prima-aggiornamento');
    expect(backup).toBeDefined();
    const raw = new Database(backup!.path, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    raw.close();
  });

  it('are taken periodically while there are changes, and not when nothing changed', async () => {
    const file = samplePlan();
    const { session, call } = app(mario, { editing: { periodicBackupMs: 40 } });
    await session.open(file);
    const doc = await call<PlanDocument>('loadPlan', { planId: 1 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const idle = reasonsOf(file).filter((r) => r === 'periodico').length;
    expect(idle).toBe(0);
    await call('saveCard', { planId: 1, card: { ...doc.cards[0]!, title: 'cambiata' } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await session.close();
    expect(reasonsOf(file).filter((r) => r === 'periodico')).toHaveLength(1);
  });

  it('are listed and restored as a copy next to the plan, never over the open file, taking no backup', async () => {
    const file = samplePlan();
    const { session, call } = app(mario);
    await session.open(file);
    const doc = await call<PlanDocument>('loadPlan', { planId: 1 });
    await call('saveCard', { planId: 1, card: { ...doc.cards[0]!, title: 'dopo il backup' } });
    const backups = await call<{ number: number; reason: string }[]>('listBackups', {});
    expect(backups[0]).toMatchObject({ number: 1, reason: "all'apertura del file", future: false });
    const restored = await call<{ fileName: string; savedPath: string }>('restoreBackup', { number: 1 });
    expect(restored.fileName).toMatch(/^piano\d+ \(ripristino del \d\d-\d\d-\d{4} \d\d\.\d\d\)\.pira$/);
    expect(path.dirname(restored.savedPath)).toBe(path.dirname(file));
    const copy = openPlanFile(restored.savedPath, { readonly: true });
    expect(copy.repo.loadPlan(1).cards[0]?.title).toBe(samplePlan2024.cards[0]?.title);
    copy.close();
    expect(session.context.file().repo.loadPlan(1).cards[0]?.title).toBe('dopo il backup');
    // A restore as a copy changes nothing worth a backup: the list is as it was (issue 22, point 1).
    expect(await call('listBackups', {})).toEqual(backups);
    await session.close();
  });
});
