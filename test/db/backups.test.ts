// Automatic backups (issue 10): made with SQLite's online backup API while the file is in use, verified, listed
// newest first and numbered from 1, kept by a rolling retention, restored only as a new file.
import fs from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_RETENTION, backupsToKeep, type RetainedBackup, type RetentionPolicy } from '../../db/backupRetention';
import { restoreBackupAsCopy } from '../../db/backupRestore';
import { backupFolderFor, listBackups, pruneBackups, takeBackup, verifyPlanCopy } from '../../db/backups';
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
  const at = (d: number, h = 12, m = 0, month = 5, year = 2024) => new Date(year, month, d, h, m);
  const work = (takenAt: Date, extra: Partial<RetainedBackup> = {}): RetainedBackup => ({ takenAt, kind: 'lavoro', bytes: 1000, ...extra });
  const kept = (backups: RetainedBackup[], now: Date, policy?: RetentionPolicy) => [...backupsToKeep(backups, now, policy)].sort((a, b) => a - b);
  const now = at(30, 18);

  it('keeps every backup of the last hour', () => {
    const backups = Array.from({ length: 12 }, (_, i) => work(at(30, 17, 5 * i)));
    expect(kept(backups, now)).toHaveLength(12);
  });
  it('keeps the newest of each of the 14 most recent days that have one, then the newest of each month', () => {
    const backups = [
      ...Array.from({ length: 20 }, (_, i) => work(at(30 - i, 9))),
      ...Array.from({ length: 20 }, (_, i) => work(at(30 - i, 10))),
      work(at(15, 9, 0, 4)),
      work(at(20, 9, 0, 4)),
    ];
    // The 10 o'clock backups of June 30 … 17 (the 14 most recent days), June 11 (June's newest is kept anyway), May 20.
    expect(kept(backups, now)).toEqual([...Array.from({ length: 14 }, (_, i) => 20 + i), 41]);
  });
  it('ranks days that have a backup, not calendar days: a month away leaves the last two weeks of work', () => {
    const backups = Array.from({ length: 20 }, (_, i) => work(at(30 - i, 9)));
    expect(kept(backups, at(30, 9, 0, 7))).toEqual(Array.from({ length: 14 }, (_, i) => i));
  });
  it('keeps each kind by its own tiers: undos never push imports out', () => {
    const imports = [at(30, 9), at(30, 10), at(30, 11)].map((date) => work(date, { kind: 'importazione' }));
    const undos = Array.from({ length: 30 }, (_, i) => work(at(30, 11, 30 + i), { kind: 'annullamento' }));
    const result = kept([...imports, ...undos], at(30, 23));
    expect(result.filter((i) => i < 3)).toEqual([2]);
    expect(result.filter((i) => i >= 3)).toEqual([32]);
    // Within the hour every backup of each kind is kept.
    expect(kept([...imports, ...undos], at(30, 12))).toEqual(Array.from({ length: 31 }, (_, i) => i + 2));
  });
  it('keeps backups dated in the future without ranking them among the newest', () => {
    const future = Array.from({ length: 5 }, (_, i) => work(at(1, 9, i, 0, 2027)));
    const past = Array.from({ length: 16 }, (_, i) => work(at(30 - i, 9)));
    const result = kept([...future, ...past], now);
    expect(result).toEqual([0, 1, 2, 3, 4, ...Array.from({ length: 14 }, (_, i) => 5 + i)]);
  });
  it('drops the oldest over the size budget, never the protected one nor the newest of a kind', () => {
    const backups = [
      work(at(20), { bytes: 400 }),
      work(at(21), { bytes: 400 }),
      work(at(22), { bytes: 400, kind: 'importazione' }),
      work(at(19), { bytes: 400, protected: true }),
      work(at(23), { bytes: 400 }),
    ];
    expect(kept(backups, now, { ...DEFAULT_RETENTION, budgetBytes: 1000 })).toEqual([2, 3, 4]);
  });
  it('treats a clock jump ahead as one more day, not as two years that wipe the history', () => {
    const backups = [...Array.from({ length: 14 }, (_, i) => work(at(30 - i, 9))), work(at(30, 9, 0, 5, 2026))];
    expect(kept(backups, at(30, 9, 30, 5, 2026))).toEqual([...Array.from({ length: 13 }, (_, i) => i), 14]);
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

  it('copies every page in one step once begun, instead of yielding the thread every 100 pages', async () => {
    const { path, dataDir } = samplePlan();
    const file = openPlanFile(path);
    const copy = vi.spyOn(Database.prototype, 'backup');
    try {
      await takeBackup(file, path, dataDir, 'prima-importazione');
      // better-sqlite3 asks the progress handler how many pages the next step copies (100 without one).
      const progress = copy.mock.calls[0]?.[1]?.progress;
      expect(progress?.({ totalPages: 2_000, remainingPages: 2_000 })).toBeGreaterThanOrEqual(2_000);
    } finally {
      copy.mockRestore();
      file.close();
    }
  });

  it('keeps the retention as backups accumulate', async () => {
    const { path, dataDir } = samplePlan();
    const file = openPlanFile(path);
    for (let d = 1; d <= 25; d++) await takeBackup(file, path, dataDir, 'apertura', day(d));
    file.close();
    const kept = listBackups(dataDir, path, day(25));
    // The 14 most recent days, then June's newest is among them: the others are gone.
    expect(kept.map((b) => b.createdAt)).toEqual(Array.from({ length: 14 }, (_, i) => day(25 - i).toISOString()));
  });

  it('says which backups the pruning left, numbered as a new listing numbers them, and the backup just taken among them', async () => {
    const { path, dataDir } = samplePlan();
    const file = openPlanFile(path);
    for (let d = 1; d <= 20; d++) await takeBackup(file, path, dataDir, 'apertura', day(d));
    // Taken in the future (a wrong clock): listed last, so the ones pruned before it shift its number.
    await takeBackup(file, path, dataDir, 'periodico', day(28));
    const taken = await takeBackup(file, path, dataDir, 'apertura', day(21));
    file.close();
    expect(taken).toEqual(listBackups(dataDir, path, day(21)).find((b) => b.path === taken.path));
    const left = pruneBackups(dataDir, path, day(25));
    expect(left).toEqual(listBackups(dataDir, path, day(25)));
    expect(left.length).toBeLessThan(22);
    expect(left.at(-1)).toMatchObject({ reason: 'periodico', future: true, number: left.length });
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
