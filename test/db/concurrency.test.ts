// Issue 10, defect 3: two connections writing the same file. Write transactions start IMMEDIATE, so a second
// writer waits for the first (busy timeout) instead of failing at once with SQLITE_BUSY_SNAPSHOT.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import { tempFolder } from './tempFiles';

const folder = tempFolder();
afterAll(() => folder.remove());
const betterSqlite = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * Another connection (in its own thread, so both really run at once) takes the write lock, changes the plan's
 * title, holds the lock for `holdMs` and commits. Resolves once it holds the lock; `done` when it committed.
 */
async function otherWriter(file: string, holdMs: number): Promise<{ done: Promise<void> }> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const Database = require(workerData.betterSqlite);
    const db = new Database(workerData.file, { timeout: 5000 });
    db.exec('BEGIN IMMEDIATE');
    db.prepare("UPDATE plans SET title = 'scritto da un altro programma'").run();
    parentPort.postMessage('locked');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.holdMs);
    db.exec('COMMIT');
    db.close();`;
  const worker = new Worker(code, { eval: true, workerData: { file, holdMs, betterSqlite } });
  const done = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', () => resolve());
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  return { done };
}

describe('two writers on one file', () => {
  it('the second writer waits for the first and then saves, on top of what the first committed', async () => {
    const path = folder.file('piano.pira');
    createSampleFile(path).close();
    const file = openPlanFile(path, { busyTimeoutMs: 5000 });
    const [summary] = file.repo.listPlans();
    const doc = file.repo.loadPlan(summary!.id);
    const card = doc.cards[0]!;
    const other = await otherWriter(path, 300);
    const started = Date.now();
    const saved = file.repo.saveCard(doc.id, { ...card, title: 'salvato dopo aver atteso' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(saved.title).toBe('salvato dopo aver atteso');
    await other.done;
    const after = file.repo.loadPlan(doc.id);
    expect(after.settings.title).toBe('scritto da un altro programma');
    expect(after.cards[0]?.title).toBe('salvato dopo aver atteso');
    file.close();
  });

  it('every kind of write waits the same way (settings, catalogues, new plan, delete)', async () => {
    const path = folder.file('piano2.pira');
    createSampleFile(path).close();
    const file = openPlanFile(path, { busyTimeoutMs: 5000 });
    const doc = file.repo.loadPlan(file.repo.listPlans()[0]!.id);
    const writes: [string, () => unknown][] = [
      ['savePlanSettings', () => file.repo.savePlanSettings(doc.id, { ...doc.settings, premessa: 'nuova' })],
      ['saveCatalogues', () => file.repo.saveCatalogues(doc.id, doc.catalogues)],
      ['createPlan', () => file.repo.createPlan({ ...doc.settings, year: 2025, horizonStart: 2025, horizonEnd: 2027 })],
      ['deleteCard', () => file.repo.deleteCard(doc.id, doc.cards[1]!.id)],
      ['transaction', () => file.repo.transaction(() => file.repo.saveCard(doc.id, doc.cards[2]!))],
    ];
    for (const [name, write] of writes) {
      const other = await otherWriter(path, 200);
      expect(write, name).not.toThrow();
      await other.done;
    }
    file.close();
  });
});
