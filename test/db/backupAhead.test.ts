// Issue 21: the backup before an import is copied while the workbooks are parsed and counted only if the import
// writes. A copy kept is verified and holds the file as it was; a copy discarded leaves nothing, not even the folders
// it made; a copy the file was written after is never kept; and nothing is pruned before a copy is kept.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupFolderFor, listBackups, prepareBackup, takeBackup } from '../../db/backups';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import { openEditingFile } from '../../electron/app/editingFile';
import { firstCardTitle, tempFolder } from './tempFiles';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;

function samplePlan() {
  const file = folder.file(`piano${++counter}.pira`);
  createSampleFile(file).close();
  return { file, dataDir: folder.file(`dati${counter}`) };
}

describe('a backup prepared ahead', () => {
  it('kept: a verified backup of the file as it was when copied', async () => {
    const { file, dataDir } = samplePlan();
    const opened = openPlanFile(file);
    const prepared = await prepareBackup(opened, file, dataDir, 'prima-importazione');
    expect(listBackups(dataDir, file)).toEqual([]);
    const kept = prepared.keep();
    opened.close();
    expect(listBackups(dataDir, file)).toEqual([kept]);
    expect(kept.reason).toBe('prima-importazione');
    expect(firstCardTitle(kept.path)).toBe(firstCardTitle(file));
    expect(fs.readdirSync(backupFolderFor(dataDir, file)).sort()).toEqual([path.basename(kept.path), 'origine.txt'].sort());
  });

  it('discarded: leaves no file and removes the folders it created', async () => {
    const { file, dataDir } = samplePlan();
    fs.mkdirSync(dataDir);
    const opened = openPlanFile(file);
    const prepared = await prepareBackup(opened, file, dataDir, 'prima-importazione');
    prepared.discard();
    opened.close();
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('discarded next to older backups: they all stay, none is pruned for it', async () => {
    const { file, dataDir } = samplePlan();
    const opened = openPlanFile(file);
    const older = [];
    for (let i = 0; i < 12; i++) older.push(await takeBackup(opened, file, dataDir, 'periodico', new Date(Date.now() - (12 - i) * 60_000)));
    const before = listBackups(dataDir, file);
    (await prepareBackup(opened, file, dataDir, 'prima-importazione')).discard();
    opened.close();
    expect(listBackups(dataDir, file)).toEqual(before);
    expect(fs.readdirSync(backupFolderFor(dataDir, file)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('is not kept when the file was written after the copy began, and leaves nothing', async () => {
    const { file, dataDir } = samplePlan();
    const editing = await openEditingFile(file, { dataDir, backupAtOpen: false, log: () => undefined });
    try {
      const ahead = editing.backupAhead('prima-importazione');
      const card = editing.file.repo.loadPlan(1).cards[0]!;
      editing.file.repo.saveCard(1, { ...card, title: 'Scritto durante la copia' });
      const prepared = await ahead;
      expect(() => prepared.keep()).toThrow(/Impossibile creare la copia di sicurezza \(prima di un'importazione\).*modificato mentre se ne faceva la copia/);
      expect(listBackups(dataDir, file)).toEqual([]);
      expect(fs.existsSync(backupFolderFor(dataDir, file))).toBe(false);
    } finally {
      await editing.close();
    }
  });
});
