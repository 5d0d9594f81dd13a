// Issue 22, points 4 and 5 on the command line: an import is validated like `check` before it is applied (an empty
// «Obiettivo» cell is refused, even with --confirm, naming the cell), and a number cell is read or refused, never
// dropped: a blank cell that would clear a stored value is a decision to confirm.
import fs from 'node:fs';
import XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import { tempFolder } from '../db/tempFiles';
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

/** The sample's export with cells changed (`null` empties a cell). */
function workbookWith(cells: Record<string, Record<string, XLSX.CellObject | null>>): string {
  const workbook = XLSX.read(fs.readFileSync(exported), { cellNF: true });
  for (const [sheet, changes] of Object.entries(cells)) {
    for (const [ref, cell] of Object.entries(changes)) {
      if (cell === null) delete workbook.Sheets[sheet]![ref];
      else workbook.Sheets[sheet]![ref] = cell;
    }
  }
  const out = folder.file(`modificato${++counter}.xlsx`);
  fs.writeFileSync(out, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return out;
}

beforeAll(async () => {
  exported = folder.file('piano.xlsx');
  expect((await cli('export', '--db', samplePath(), '--out', exported)).code).toBe(0);
});

describe('point 5: an import validated like check', () => {
  it('refuses an empty «Obiettivo» cell, even with --confirm, and says which cell', async () => {
    const file = samplePath();
    const before = fs.readFileSync(file);
    const workbook = workbookWith({ Obiettivi: { B2: null } });
    const dry = await cli('import', '--db', file, workbook, '--dry-run');
    expect(dry.out).toMatch(/^ {2}ERRORE: Foglio «Obiettivi», riga 2: scheda 01_01_OS01: Il titolo dell’obiettivo è vuoto: inserire il titolo\. Il piano non si importa così: correggere il file\.$/m);
    const applied = await cli('import', '--db', file, workbook, '--confirm');
    expect(applied.code).toBe(1);
    expect(applied.err).toMatch(/Importazione non eseguita/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect((await cli('check', '--db', file)).code).toBe(0);
  });
});
