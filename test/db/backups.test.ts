// Automatic backups (issue 10): made with SQLite's online backup API while the file is in use, verified, listed
// newest first and numbered from 1, kept by a rolling retention, restored only as a new file.
import fs from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION, backupsToDelete } from '../../db/backupRetention';
import { backupFolderFor, listBackups, restoreBackupAsCopy, takeBackup, verifyPlanCopy } from '../../db/backups';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import { tempFolder } from './tempFiles';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;

function samplePlan() {
  const path = folder.file(`piano${++counter}.pira`);
  createSampleFile(path).close();
  return { path, dataDir: folder.file(`dati${counter}`) };
}

const day = (d: number, h = 12, m = 0) => new Date(2024, 5, d, h, m);

describe('retention', () => {
  it.each([
    ['keeps everything when there is little', [day(30, 9), day(30, 10), day(29)], day(30, 18), []],
    ['keeps the five newest of today', [1, 2, 3, 4, 5, 6, 7].map((h) => day(30, h)), day(30, 18), [0, 1]],
    ['keeps the newest of each earlier day', [day(28, 9), day(28, 17), day(29, 8), day(29, 20), day(30, 9)], day(30, 18), [0, 2]],
    ['forgets days beyond the window', Array.from({ length: 20 }, (_, i) => day(30 - i)), day(30, 18), [15, 16, 17, 18, 19]],
  ])('%s', (_name, dates, now, deleted) => {
    expect(backupsToDelete(dates, now)).toEqual(deleted);
  });
  it('never keeps more than the total', () => {
    const dates = [...Array.from({ length: 5 }, (_, h) => day(30, h + 1)), ...Array.from({ length: 14 }, (_, i) => day(29 - i))];
    expect(backupsToDelete(dates, day(30, 18), { ...DEFAULT_RETENTION, total: 10 })).toHaveLength(dates.length - 10);
  });
});

describe('takeBackup', () => {
  it('writes a verified single-file copy in the data folder, listed newest first from 1', async () => {
    const { path, dataDir } = samplePlan();
    const file = openPlanFile(path);
    const first = await takeBackup(file, path, dataDir, 'apertura', day(30, 9));
    const second = await takeBackup(file, path, dataDir, 'prima-importazione', day(30, 10));
    file.close();
    expect(listBackups(dataDir, path).map((b) => [b.number, b.reason])).toEqual([[1, 'prima-importazione'], [2, 'apertura']]);
    expect(second.path.startsWith(backupFolderFor(dataDir, path))).toBe(true);
    expect(fs.readdirSync(backupFolderFor(dataDir, path)).sort()).toEqual([first.path, second.path].map((p) => basename(p)).concat('origine.txt').sort());
    const copy = openPlanFile(second.path, { readonly: true });
    expect(copy.repo.listPlans()[0]?.cardCount).toBe(18);
    copy.close();
  });

  it('copies what is committed while another connection is writing (online backup, not a file copy)', async () => {
    const { path, dataDir } = samplePlan();
    const file = openPlanFile(path);
    const writer = new Database(path);
    writer.exec("BEGIN IMMEDIATE; UPDATE cards SET title = 'non ancora confermato'");
    const backup = await takeBackup(file, path, dataDir, 'periodico');
    writer.exec('ROLLBACK');
    writer.close();
    file.close();
    const copy = openPlanFile(backup.path, { readonly: true });
    const titles = copy.repo.loadPlan(1).cards.map((c) => c.title);
    copy.close();
    expect(titles).not.toContain('non ancora confermato');
    expect(titles).toHaveLength(18);
  });

  it('keeps the retention as backups accumulate', async () => {
    const { path, dataDir } = samplePlan();
    const file = openPlanFile(path);
    for (let d = 1; d <= 25; d++) await takeBackup(file, path, dataDir, 'apertura', day(d));
    file.close();
    const kept = listBackups(dataDir, path);
    expect(kept.length).toBeLessThanOrEqual(DEFAULT_RETENTION.total);
    expect(kept[0]?.createdAt).toBe(day(25).toISOString());
  });
});

describe('restoreBackupAsCopy', () => {
  it('writes the backup as a new file and never over an existing one', async () => {
    const { path, dataDir } = samplePlan();
    const file = openPlanFile(path);
    const backup = await takeBackup(file, path, dataDir, 'apertura');
    file.repo.deleteCard(1, file.repo.loadPlan(1).cards[0]!.id);
    file.close();
    const out = folder.file(`ripristino${counter}.pira`);
    await restoreBackupAsCopy(backup, out);
    const restored = openPlanFile(out, { readonly: true });
    expect(restored.repo.listPlans()[0]?.cardCount).toBe(18);
    restored.close();
    const before = fs.readFileSync(path);
    await expect(restoreBackupAsCopy(backup, path)).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/esiste già/) });
    expect(fs.readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a damaged backup, leaving nothing behind', async () => {
    const { path, dataDir } = samplePlan();
    const file = openPlanFile(path);
    const backup = await takeBackup(file, path, dataDir, 'apertura');
    file.close();
    const bytes = fs.readFileSync(backup.path);
    bytes.fill(0x5a, 4096, bytes.length);
    fs.writeFileSync(backup.path, bytes);
    expect(() => verifyPlanCopy(backup.path)).toThrow(/danneggiato|non è risultata integra/);
    const out = folder.file(`rotto${counter}.pira`);
    await expect(restoreBackupAsCopy(backup, out)).rejects.toMatchObject({ message: expect.stringMatching(/danneggiato|integra/) });
    expect(fs.existsSync(out)).toBe(false);
  });
});
