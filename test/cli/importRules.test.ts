// Issue 22, points 4 and 5 on the command line: an import is validated like `check` before it is applied (an empty
// «Obiettivo» cell is refused, even with --confirm, naming the cell), and a number cell is read or refused, never
// dropped: a blank cell that would clear a stored value is a decision to confirm.
import fs from 'node:fs';
import XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import type { Value } from '../../shared/model';
import { tempFolder } from '../db/tempFiles';
import { zipFrom } from '../exchange/fixtures';
import { runTsx } from '../stress/runTsx';
import { cli } from './captureCli';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;
let exported = '';
let exportedOds = '';

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

/** A copy of an exported workbook with one XML part rewritten: the raw cell texts no spreadsheet would write. */
function patched(source: string, part: string, edit: (xml: string) => string, extension: string, extra: { name: string; data: Buffer }[] = []): string {
  const archive = XLSX.CFB.read(fs.readFileSync(source), { type: 'buffer' });
  const entries = archive.FullPaths.flatMap((fullPath: string, i: number) => {
    const entry = archive.FileIndex[i]!;
    if (entry.type !== 2) return [];
    const name = fullPath.replace(/^[^/]*\//, '');
    const data = Buffer.from(entry.content as Uint8Array);
    return [{ name, data: name === part ? Buffer.from(edit(data.toString('utf8')), 'utf8') : data }];
  });
  const out = folder.file(`grezzo${++counter}.${extension}`);
  fs.writeFileSync(out, zipFrom([...entries, ...extra]));
  return out;
}

/** Indicatori!G2 (the first indicator's value at 30/06/2024, 1 in the plan) holding `written` as its stored number. */
const xlsxValue = (written: string) =>
  patched(exported, 'xl/worksheets/sheet3.xml', (xml) => xml.replace('<c r="G2" s="6"><v>1</v></c>', `<c r="G2" s="6"><v>${written}</v></c>`), 'xlsx');

/** The same cell in the ods export: its stored number `written`, its shown text `shown`. */
const odsValue = (written: string, shown: string) =>
  patched(
    exportedOds,
    'content.xml',
    (xml) => {
      const sheet = xml.indexOf('table:name="Indicatori"');
      const cell = '<table:table-cell office:value-type="float" office:value="1" table:style-name="ce74"><text:p>1</text:p></table:table-cell>';
      const at = xml.indexOf(cell, sheet);
      const replaced = `<table:table-cell office:value-type="float" office:value="${written}" table:style-name="ce74"><text:p>${shown}</text:p></table:table-cell>`;
      return `${xml.slice(0, at)}${replaced}${xml.slice(at + cell.length)}`;
    },
    'ods',
  );

const firstValue = (file: string): Value | undefined => {
  const opened = openPlanFile(file, { readonly: true });
  try {
    return opened.repo.loadPlan(1).cards[0]!.indicators[0]!.measurements.find((m) => m.date === '2024-06-30')?.value;
  } finally {
    opened.close();
  }
};

beforeAll(async () => {
  const source = samplePath();
  exported = folder.file('piano.xlsx');
  exportedOds = folder.file('piano.ods');
  expect((await cli('export', '--db', source, '--out', exported)).code).toBe(0);
  expect((await cli('export', '--db', source, '--out', exportedOds)).code).toBe(0);
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

describe('point 4: a number cell is read or refused, never dropped', () => {
  const where = 'Foglio «Indicatori», riga 2, colonna «Valore al 30/06/2024» \\(G\\)';
  it.each([
    ['1e309', 'è fuori dall’intervallo ammesso'],
    ['Infinity', 'non è un numero scritto come lo scrivono Excel e LibreOffice'],
    ['NaN', 'non è un numero scritto come lo scrivono Excel e LibreOffice'],
    ['0x10', 'non è un numero scritto come lo scrivono Excel e LibreOffice'],
    ['1,5', 'non è un numero scritto come lo scrivono Excel e LibreOffice'],
    ['1e-320', 'è troppo piccolo per un valore del piano'],
  ])('refuses «%s» in an xlsx, naming sheet, row and column, and keeps the stored value', async (written, message) => {
    const file = samplePath();
    const before = fs.readFileSync(file);
    const workbook = xlsxValue(written);
    const dry = await cli('import', '--db', file, workbook, '--dry-run');
    expect(dry.out).toMatch(new RegExp(`^ {2}ERRORE: ${where}: .*${message}`, 'm'));
    const applied = await cli('import', '--db', file, workbook, '--confirm');
    expect(applied.code).toBe(1);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(firstValue(file)).toEqual({ kind: 'number', value: 1, decimals: 0 });
  });

  it('reads a signed zero as 0 only once confirmed', async () => {
    const file = samplePath();
    const workbook = xlsxValue('-0');
    const dry = await cli('import', '--db', file, workbook, '--dry-run');
    expect(dry.out).toMatch(new RegExp(`\\[1\\] lettura: ${where}: scheda 01_01_OS01, .*Valore al 30/06/2024: la cella contiene «-0», uno zero con il segno meno; letto 0: confermare\\.`));
    expect(dry.out).toMatch(/opzioni: mostrato = 0 \(come mostrato\) \(proposta\); piano = tenere 1 \(valore del piano\) — DA SCEGLIERE/);
    expect((await cli('import', '--db', file, workbook)).code).toBe(1);
    expect(firstValue(file)).toEqual({ kind: 'number', value: 1, decimals: 0 });
    expect((await cli('import', '--db', file, workbook, '--confirm')).code).toBe(0);
    expect(firstValue(file)).toEqual({ kind: 'number', value: 0, decimals: 0 });
  });

  it('offers the number an ods cell shows when its stored number is empty, and keeps the plan’s when asked', async () => {
    const file = samplePath();
    const workbook = odsValue('', '4');
    const dry = await cli('import', '--db', file, workbook, '--dry-run');
    expect(dry.out).toMatch(/\[1\] lettura: .*la cella mostra «4» ma il numero che contiene è vuoto .*; letto 4: confermare\./);
    expect((await cli('import', '--db', file, workbook)).code).toBe(1);
    expect((await cli('import', '--db', file, workbook, '--choose', '1=piano')).code).toBe(0);
    expect(firstValue(file)).toEqual({ kind: 'number', value: 1, decimals: 0 });
    expect((await cli('import', '--db', file, workbook, '--confirm')).code).toBe(0);
    expect(firstValue(file)).toEqual({ kind: 'number', value: 4, decimals: 0 });
  });

  it('refuses an ods cell whose stored number is empty and which shows nothing readable', async () => {
    const file = samplePath();
    const dry = await cli('import', '--db', file, odsValue('', 'quattro'), '--dry-run');
    expect(dry.out).toMatch(new RegExp(`ERRORE: ${where}: la cella mostra «quattro» ma il numero che contiene è vuoto`));
  });

  it('clears a stored value with an empty cell only once confirmed', async () => {
    const file = samplePath();
    const workbook = workbookWith({ Indicatori: { G2: null } });
    const dry = await cli('import', '--db', file, workbook, '--dry-run');
    expect(dry.out).toMatch(new RegExp(`\\[1\\] lettura: ${where}: scheda 01_01_OS01, .*: la cella è vuota e il piano ha 1: svuotare il valore del piano\\? Confermare\\.`));
    expect((await cli('import', '--db', file, workbook)).code).toBe(1);
    expect(firstValue(file)).toEqual({ kind: 'number', value: 1, decimals: 0 });
    expect((await cli('import', '--db', file, workbook, '--choose', '1=piano')).code).toBe(0);
    expect(firstValue(file)).toEqual({ kind: 'number', value: 1, decimals: 0 });
    expect((await cli('import', '--db', file, workbook, '--confirm')).code).toBe(0);
    expect(firstValue(file)).toEqual({ kind: 'missing', mark: '' });
  });
});

describe('point 9: SheetJS’s own debugging lines', () => {
  it('never reach the command line’s output', async () => {
    const file = samplePath();
    // A damaged Apple Numbers part inside the workbook made SheetJS print «?? 1004 Invalid offset beyond length»; it
    // is now refused before SheetJS (issue 19), and whatever SheetJS prints stays in the parse process anyway.
    const garbage = Buffer.alloc(1004, 0xff);
    garbage[0] = 0;
    const workbook = patched(exported, '', (xml) => xml, 'xlsx', [{ name: 'Index/Document.iwa', data: garbage }]);
    const result = await runTsx('electron/cli/main.ts', ['import', '--db', file, workbook, '--dry-run'], { timeoutMs: 60_000 });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Errore: Il file è danneggiato.*Apple Numbers/m);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\?\? \d+|Invalid offset/);
  });
});
