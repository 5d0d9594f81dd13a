// Issue 21: `pira import` copies the backup it needs while the workbooks are parsed. An import that writes keeps
// exactly one backup, of the plan before it; one that changes nothing, or is refused, leaves none (no folder either).
import fs from 'node:fs';
import XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupFolderFor, listBackups } from '../../db/backups';
import { defaultDataDir } from '../../db/dataDir';
import { createSampleFile } from '../../db/planFile';
import { firstCardTitle, tempFolder } from '../db/tempFiles';
import { cli } from './captureCli';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;
let exported = '';

const samplePath = () => {
  const file = folder.file(`piano${++counter}.pira`);
  createSampleFile(file).close();
  return file;
};

beforeAll(async () => {
  exported = folder.file('piano.xlsx');
  expect((await cli('export', '--db', samplePath(), '--out', exported)).code).toBe(0);
});

describe('the backup of pira import', () => {
  it('is kept when the import writes, holding the plan as it was', async () => {
    const file = samplePath();
    const title = firstCardTitle(file);
    const workbook = XLSX.read(fs.readFileSync(exported), { cellNF: true });
    workbook.Sheets.Obiettivi!.B2 = { t: 's', v: 'Titolo importato' };
    const edited = folder.file('modificato.xlsx');
    fs.writeFileSync(edited, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    expect((await cli('import', '--db', file, edited)).code).toBe(0);
    expect(firstCardTitle(file)).toBe('Titolo importato');
    const backups = listBackups(defaultDataDir(), file);
    expect(backups.map((b) => b.reason)).toEqual(['prima-importazione']);
    expect(firstCardTitle(backups[0]!.path)).toBe(title);
    expect(fs.readdirSync(backupFolderFor(defaultDataDir(), file)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('is not left by an import that changes nothing', async () => {
    const file = samplePath();
    const bytes = fs.readFileSync(file);
    const result = await cli('import', '--db', file, exported);
    expect(result.out).toContain('Il file del piano non è stato modificato');
    expect(fs.existsSync(backupFolderFor(defaultDataDir(), file))).toBe(false);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('is not left by a refused import', async () => {
    const file = samplePath();
    const damaged = folder.file('rotto.xlsx');
    fs.writeFileSync(damaged, fs.readFileSync(exported).subarray(0, 2000));
    expect((await cli('import', '--db', file, damaged)).code).not.toBe(0);
    expect(fs.existsSync(backupFolderFor(defaultDataDir(), file))).toBe(false);
  });
});
