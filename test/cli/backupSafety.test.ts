// Issue 22, points 1-3 and the restore messages of point 9: backups that cannot eat themselves. Every test lists
// the backups before and after what it does: a restore as a copy adds none and removes none (not even the one it
// restores), undos never push imports out, backups dated in the future never block a new one.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupFolderFor, listBackups, takeBackup, type BackupEntry } from '../../db/backups';
import { defaultDataDir } from '../../db/dataDir';
import { latestVersion } from '../../db/migrate';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import { firstCardTitle, tempFolder } from '../db/tempFiles';
import { cli } from './captureCli';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;
let exported = '';

/** The sample plan's export with the first card's title changed: an import that rewrites one card. */
function editedWorkbook(title: string): string {
  const workbook = XLSX.read(fs.readFileSync(exported), { cellNF: true });
  workbook.Sheets.Obiettivi!.B2 = { t: 's', v: title };
  const out = folder.file(`modificato${++counter}.xlsx`);
  fs.writeFileSync(out, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return out;
}

const samplePath = () => {
  const file = folder.file(`piano${++counter}.pira`);
  createSampleFile(file).close();
  return file;
};

const listed = (file: string) => listBackups(defaultDataDir(), file).map((b) => ({ path: b.path, reason: b.reason, future: b.future }));
/** Three imports, each undone: six backups, the oldest taken before the first import. */
async function importedAndUndone(file: string): Promise<void> {
  for (const title of ['Prima', 'Seconda', 'Terza']) {
    expect((await cli('import', '--db', file, editedWorkbook(`Titolo ${title}`))).code).toBe(0);
    expect((await cli('undo-import', '--db', file)).code).toBe(0);
  }
}

beforeAll(async () => {
  const source = samplePath();
  exported = folder.file('piano.xlsx');
  expect((await cli('export', '--db', source, '--out', exported)).code).toBe(0);
});

describe('point 1: restoring the oldest kept backup', () => {
  it('writes the copy and keeps every backup, the restored one included (CLI)', async () => {
    const file = samplePath();
    await importedAndUndone(file);
    const before = listed(file);
    expect(before.filter((b) => b.reason === 'prima-importazione')).toHaveLength(3);
    const oldest = before.length;
    const out = folder.file(`ripristino${counter}.pira`);
    const result = await cli('restore', '--db', file, '--backup', String(oldest), '--out', out);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/^Ripristinata la copia n\. 6 \(.*, prima di un'importazione\) in .*\. Il file .* non è stato modificato\.$/m);
    expect(firstCardTitle(out)).toBe('La doppia transizione digitale ed ecologica (pgt 20%)');
    expect(listed(file)).toEqual(before);
    // The restored copy is a plan file: the backup's own stamp does not come with it.
    const db = new Database(out, { readonly: true });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'pira_backup'").get()).toBeUndefined();
    db.close();
  });
});

describe('point 2: backups do not push each other out', () => {
  it('keeps the three backups before imports after three undos and several restores, failed ones included', async () => {
    const file = samplePath();
    await importedAndUndone(file);
    const before = listed(file);
    expect(before.map((b) => b.reason)).toEqual([
      'prima-annullamento',
      'prima-importazione',
      'prima-annullamento',
      'prima-importazione',
      'prima-annullamento',
      'prima-importazione',
    ]);
    const taken = folder.file(`occupato${counter}.pira`);
    fs.writeFileSync(taken, 'occupato');
    expect((await cli('restore', '--db', file, '--backup', '2', '--out', taken)).code).toBe(1);
    expect((await cli('restore', '--db', file, '--backup', '4', '--out', folder.file(`r${counter}a.pira`))).code).toBe(0);
    expect((await cli('restore', '--db', file, '--backup', '6', '--out', folder.file(`r${counter}b.pira`))).code).toBe(0);
    expect(listed(file)).toEqual(before);
  });
});

describe('point 3: backups dated in the future', () => {
  it('are listed last as such, kept, and never block a new backup, an import, an undo or a restore', async () => {
    const file = samplePath();
    const opened = openPlanFile(file);
    const future: BackupEntry[] = [];
    for (let i = 0; i < 5; i++) future.push(await takeBackup(opened, file, defaultDataDir(), 'prima-importazione', new Date(Date.now() + (400 + i) * 86_400_000)));
    opened.close();
    const before = listed(file);
    expect(before.every((b) => b.future)).toBe(true);
    const imported = await cli('import', '--db', file, editedWorkbook('Dopo l’orologio sbagliato'));
    expect(imported).toMatchObject({ code: 0, err: '' });
    const after = listed(file);
    expect(after[0]).toMatchObject({ reason: 'prima-importazione', future: false });
    expect(after.slice(1)).toEqual(before);
    const text = (await cli('backups', '--db', file)).out;
    expect(text).toMatch(/^ *6 +\d\d\/\d\d\/\d{4} alle \d\d:\d\d \(nel futuro\) +prima di un'importazione/m);
    expect(text).toMatch(/l'orologio del computer era avanti/);
    expect((await cli('undo-import', '--db', file)).code).toBe(0);
    expect(listed(file)).toHaveLength(7);
    expect((await cli('restore', '--db', file, '--backup', '1', '--out', folder.file(`futuro${counter}.pira`))).code).toBe(0);
    expect(listed(file)).toHaveLength(7);
    expect(future.every((b) => fs.existsSync(b.path))).toBe(true);
  });

  it('are dated by what they hold, not by their name', async () => {
    const file = samplePath();
    const opened = openPlanFile(file);
    const backup = await takeBackup(opened, file, defaultDataDir(), 'apertura', new Date(2024, 5, 30, 9, 0));
    opened.close();
    const renamed = `${backupFolderFor(defaultDataDir(), file)}/2031-01-01_00-00-00-000_apertura.pira`;
    fs.renameSync(backup.path, renamed);
    expect(listBackups(defaultDataDir(), file)).toMatchObject([{ path: renamed, createdAt: new Date(2024, 5, 30, 9, 0).toISOString(), future: false }]);
  });
});

describe('point 9: what a restore says', () => {
  it.each([
    ['a folder that does not exist', () => folder.file('manca/copia.pira'), /La cartella «.*manca» in cui scrivere la copia ripristinata non esiste/],
    ['a name that is not .pira', () => folder.file(`copia${counter}.xlsx`), /il nome deve finire con \.pira/],
  ])('refuses %s in Italian, writing nothing', async (_what, target, message) => {
    const file = samplePath();
    expect((await cli('import', '--db', file, editedWorkbook('Uno'))).code).toBe(0);
    const before = listed(file);
    const out = target();
    const result = await cli('restore', '--db', file, '--backup', '1', '--out', out);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
    expect(result.err).not.toMatch(/[Cc]annot|directory|Errore interno/);
    expect(fs.existsSync(out)).toBe(false);
    expect(listed(file)).toEqual(before);
  });

  it('refuses a backup written by a newer PIRA Desk instead of reporting it restored', async () => {
    const file = samplePath();
    expect((await cli('import', '--db', file, editedWorkbook('Uno'))).code).toBe(0);
    const [backup] = listBackups(defaultDataDir(), file);
    const db = new Database(backup!.path);
    db.pragma(`user_version = ${latestVersion() + 1}`);
    db.close();
    const out = folder.file(`nuova${counter}.pira`);
    const result = await cli('restore', '--db', file, '--backup', '1', '--out', out);
    expect(result.code).toBe(1);
    expect(result.out).not.toMatch(/Ripristinata/);
    expect(result.err).toMatch(/versione più recente di PIRA Desk \(schema \d+, questa versione gestisce fino allo schema \d+\).*Nessun file è stato scritto/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
