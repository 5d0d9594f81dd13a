// `backups --db FILE [--json]` and `restore --db FILE --backup N --out COPY.pira` (issue 10): newest first,
// numbered from 1; a restore writes a new file, never touches the plan file and takes no backup (issue 22).
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeBackup } from '../../db/backups';
import { defaultDataDir } from '../../db/dataDir';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import { firstCardTitle, tempFolder } from '../db/tempFiles';
import { cli } from './captureCli';

const folder = tempFolder();
const plan = folder.file('piano.pira');
afterAll(() => folder.remove());

beforeAll(async () => {
  createSampleFile(plan).close();
  const file = openPlanFile(plan);
  const doc = file.repo.loadPlan(1);
  await takeBackup(file, plan, defaultDataDir(), 'apertura', new Date(2024, 5, 28, 9, 0));
  file.repo.saveCard(1, { ...doc.cards[0]!, title: 'Seconda versione' });
  await takeBackup(file, plan, defaultDataDir(), 'periodico', new Date(2024, 5, 29, 11, 30));
  file.repo.saveCard(1, { ...file.repo.loadPlan(1).cards[0]!, title: 'Versione attuale' });
  file.close();
});

describe('backups', () => {
  it('lists the backups newest first, numbered from 1, in Italian', async () => {
    const { code, out } = await cli('backups', '--db', plan);
    expect(code).toBe(0);
    expect(out).toMatch(/^ *1 +29\/06\/2024 alle 11:30 +periodico, durante il lavoro +\d+ KB$/m);
    expect(out).toMatch(/^ *2 +28\/06\/2024 alle 09:00 +all'apertura del file +\d+ KB$/m);
  });
  it('prints JSON with the documented keys', async () => {
    const { code, out } = await cli('backups', '--db', plan, '--json');
    expect(code).toBe(0);
    const rows = JSON.parse(out) as Record<string, unknown>[];
    expect(rows.map((r) => [r.number, r.reason])).toEqual([[1, 'periodico'], [2, 'apertura']]);
    expect(Object.keys(rows[0]!)).toEqual(['number', 'createdAt', 'future', 'reason', 'description', 'bytes', 'path']);
  });
  it('says so when a file has none', async () => {
    expect((await cli('backups', '--db', folder.file('altro.pira'))).out).toMatch(/^Nessuna copia di sicurezza di /);
  });
});

describe('restore', () => {
  it('writes backup N as a new file, leaving the plan file and the backups alone', async () => {
    const before = fs.readFileSync(plan);
    const listed = (await cli('backups', '--db', plan, '--json')).out;
    const out = folder.file('ripristinato.pira');
    const result = await cli('restore', '--db', plan, '--backup', '2', '--out', out);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/^Ripristinata la copia n\. 2 \(28\/06\/2024 alle 09:00, all'apertura del file\) in .*ripristinato\.pira\. Il file .*piano\.pira non è stato modificato\.$/m);
    expect(firstCardTitle(out)).toBe('La doppia transizione digitale ed ecologica (pgt 20%)');
    expect(fs.readFileSync(plan).equals(before)).toBe(true);
    expect((await cli('backups', '--db', plan, '--json')).out).toBe(listed);
  });
  it.each([
    [['--backup', '0', '--out', 'x.pira'], 2, /Numero di copia non valido/],
    [['--backup', '99', '--out', 'y.pira'], 1, /La copia n\. 99 non esiste/],
    [['--backup', '1', '--out', '@plan'], 2, /nome diverso dal file di piano/],
    [['--backup', '1', '--out', '@existing'], 1, /esiste già/],
  ])('refuses %j', async (args, code, message) => {
    const existing = folder.file('esistente.pira');
    fs.writeFileSync(existing, 'occupato');
    const resolved = args.map((a) => (a === '@plan' ? plan : a === '@existing' ? existing : a.endsWith('.pira') ? folder.file(a) : a));
    const before = fs.readFileSync(plan);
    const result = await cli('restore', '--db', plan, ...resolved);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message);
    expect(fs.readFileSync(plan).equals(before)).toBe(true);
    expect(fs.readFileSync(existing, 'utf8')).toBe('occupato');
  });
});
