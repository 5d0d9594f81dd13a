// Issue 22, point 8: a plan path that is a FIFO (or a folder, a device) and a data folder that is not a folder on a
// disk (under /proc, or a file) are refused at once in Italian, by the app and the CLI, leaving no lock behind.
// Each probe runs in a child process with a timeout: before the fix they blocked forever in a system call.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockPathOf } from '../../db/fileLock';
import { createSampleFile } from '../../db/planFile';
import { tempFolder } from '../db/tempFiles';
import { runTsx } from '../stress/runTsx';

const folder = tempFolder();
afterAll(() => folder.remove());
const CLI = path.join('electron', 'cli', 'main.ts');
const PROBE = path.join('test', 'electron', 'openProbe.ts');
const fifo = folder.file('x.pira');
execFileSync('mkfifo', [fifo]);
const workbook = folder.file('vuoto.xlsx');
fs.writeFileSync(workbook, 'non importa: il piano è rifiutato prima');

describe('a plan path that is a FIFO', () => {
  it.each([
    ['import', ['import', '--db', fifo, workbook]],
    ['undo-import', ['undo-import', '--db', fifo]],
    ['check (read-only)', ['check', '--db', fifo]],
  ])('is refused at once by %s, leaving no lock', async (_name, args) => {
    const result = await runTsx(CLI, args, { timeoutMs: 20_000, env: { PIRA_DESK_DATA_DIR: folder.file('dati') } });
    expect(result.signal, 'il comando non deve restare appeso').toBeNull();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/«x\.pira» non è un file di piano ma una coda \(FIFO\): scegliere un file \.pira\./);
    expect(fs.existsSync(lockPathOf(fifo))).toBe(false);
  });

  it('is refused at once when the app opens it, leaving no lock', async () => {
    const result = await runTsx(PROBE, [fifo, folder.file('dati')], { timeoutMs: 20_000 });
    expect(result.signal).toBeNull();
    expect(result.stdout).toMatch(/^rifiutato: «x\.pira» non è un file di piano ma una coda \(FIFO\)/m);
    expect(fs.existsSync(lockPathOf(fifo))).toBe(false);
  });
});

describe('a data folder that is not a folder on a disk', () => {
  it.each([
    ['under /proc', '/proc/self/pira', /La cartella dei dati di PIRA Desk «\/proc\/self\/pira» è una cartella di sistema \(proc\)/],
    ['a file', '@file', /La cartella dei dati di PIRA Desk «.*dati-file» non è una cartella ma un file/],
  ])('%s is refused at once by the app and by import, leaving no lock', async (_name, dir, message) => {
    const plan = folder.file(`piano-${path.basename(dir)}.pira`);
    createSampleFile(plan).close();
    const dataDir = dir === '@file' ? folder.file('dati-file') : dir;
    if (dir === '@file') fs.writeFileSync(dataDir, 'un file');
    const opened = await runTsx(PROBE, [plan, dataDir], { timeoutMs: 20_000 });
    expect(opened.signal).toBeNull();
    expect(opened.stdout).toMatch(new RegExp(`^rifiutato: ${message.source}`, 'm'));
    const before = fs.readFileSync(plan);
    const imported = await runTsx(CLI, ['import', '--db', plan, workbook], { timeoutMs: 20_000, env: { PIRA_DESK_DATA_DIR: dataDir } });
    expect(imported.signal).toBeNull();
    expect(imported.code).toBe(1);
    expect(imported.stderr).toMatch(message);
    expect(fs.existsSync(lockPathOf(plan))).toBe(false);
    expect(fs.readFileSync(plan).equals(before)).toBe(true);
  });
});
