// The round on the command line: `export --by area --out-dir DIR` writes one workbook per area, `import` of several
// files prints one merged preview (--dry-run writes nothing), a conflict stops the import until `--choose` resolves
// it, and the plan file is untouched by every refused run.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import { tempFolder } from '../db/tempFiles';
import { cli } from './captureCli';

const folder = tempFolder();
afterAll(() => folder.remove());

/** Sets the value at a date (30/06/2024) of an indicator (by name) in a round workbook on disk, as a colleague would. */
function fillIn(file: string, name: string, value: number, column = 'Valore al 30/06/2024'): void {
  const wb = XLSX.read(fs.readFileSync(file), { cellNF: true });
  const sheet = wb.Sheets['Indicatori']!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
  const address = XLSX.utils.encode_cell({ r: rows.findIndex((r) => r[2] === name), c: (rows[0] as string[]).indexOf(column) });
  sheet[address] = { ...sheet[address], t: 'n', v: value };
  fs.writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

describe('the round on the command line', () => {
  const db = folder.file('piano.pira');
  createSampleFile(db).close();
  const out = folder.file('raccolta');

  it('export --by area --out-dir writes one protected workbook per area and refuses to overwrite them', async () => {
    const result = await cli('export', '--db', db, '--by', 'area', '--out-dir', out);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(fs.readdirSync(out).sort()).toEqual([
      'Raccolta 30-06-2024 - Obiettivo trasversale.xlsx',
      'Raccolta 30-06-2024 - Promozione e Sviluppo Economico.xlsx',
      'Raccolta 30-06-2024 - Responsabile Prevenzione Corruzione Trasparenza.xlsx',
      'Raccolta 30-06-2024 - Segretario Generale.xlsx',
    ]);
    expect(XLSX.read(fs.readFileSync(path.join(out, 'Raccolta 30-06-2024 - Segretario Generale.xlsx'))).SheetNames[0]).toBe('Istruzioni');
    const again = await cli('export', '--db', db, '--by', 'area', '--out-dir', out);
    expect(again.code).toBe(1);
    expect(again.err).toContain('esistono già');
    expect((await cli('export', '--db', db, '--by', 'provincia', '--out-dir', out)).err).toContain('--by deve essere area oppure ufficio');
  });

  it('import of several files prints one merged preview; a conflict waits for --choose', async () => {
    const promozione = path.join(out, 'Raccolta 30-06-2024 - Promozione e Sviluppo Economico.xlsx');
    const copy = folder.file('copia promozione.xlsx');
    fs.copyFileSync(promozione, copy);
    fillIn(promozione, 'Ampiezza delle attività di assesment', 47);
    fillIn(copy, 'Ampiezza delle attività di assesment', 52);
    const before = fs.readFileSync(db);
    const dry = await cli('import', '--db', db, promozione, copy, '--dry-run');
    expect(dry.code).toBe(1);
    expect(dry.out).toContain("Anteprima dell'importazione di Raccolta 30-06-2024 - Promozione e Sviluppo Economico.xlsx, copia promozione.xlsx nel piano 2024:");
    expect(dry.out).toMatch(/\[1\] CONFLITTO: Scheda 01_01_OS01, «Ampiezza delle attività di assesment», Valore al 30\/06\/2024: i file scrivono valori diversi/);
    expect(dry.out).toContain('opzioni: v1 = 47 («Raccolta 30-06-2024 - Promozione e Sviluppo Economico.xlsx»); v2 = 52 («copia promozione.xlsx»); piano = 43 (lascia il valore del piano) — DA SCEGLIERE');
    expect(dry.out).toContain('File copia promozione.xlsx (Raccolta dati – Promozione e Sviluppo Economico): 1 modifica');
    expect(dry.err).toContain('Importazione non eseguita');
    expect(fs.readFileSync(db).equals(before)).toBe(true);
    expect((await cli('import', '--db', db, promozione, copy, '--choose', '1=v9')).err).toContain("La scelta 1 non ha l'opzione «v9»");
    const applied = await cli('import', '--db', db, promozione, copy, '--choose', '1=v2');
    expect(applied).toMatchObject({ code: 0, err: '' });
    expect(applied.out).toContain('Importazione applicata al piano 2024 (id 1): 1 scheda aggiornata, 1 valore modificato.');
    expect(applied.out).toContain(`Per annullarla: npm run pira -- undo-import --db ${db} --year 2024`);
    const file = openPlanFile(db, { readonly: true });
    expect(file.repo.loadPlan(1).cards[0]?.indicators[1]?.measurements[0]?.value).toEqual({ kind: 'number', value: 52, decimals: 0 });
    file.close();
  });

  it('a workbook whose colleague changed a closed (locked) value applies its other values, with or without --choose N=ignora (issue 17 §3)', async () => {
    const closedDb = folder.file('chiuso.pira');
    createSampleFile(closedDb).close();
    const setup = openPlanFile(closedDb);
    setup.repo.closeMonitoringDate(1, '2024-06-30', 'mrossi');
    setup.repo.savePlanSettings(1, { ...setup.repo.loadPlan(1).settings, monitoringDate: '2024-12-31' });
    setup.close();
    const dir = folder.file('raccolta-31-12');
    expect((await cli('export', '--db', closedDb, '--by', 'area', '--out-dir', dir)).code).toBe(0);
    const workbook = path.join(dir, 'Raccolta 31-12-2024 - Promozione e Sviluppo Economico.xlsx');
    fillIn(workbook, 'Ampiezza delle attività di assesment', 47); // the locked 30/06 cell (43)
    fillIn(workbook, 'Ampiezza delle attività di assesment', 70, 'Valore al 31/12/2024');
    const dry = await cli('import', '--db', closedDb, workbook, '--dry-run');
    expect(dry.out).toMatch(/\[1\] data chiusa: «Raccolta 31-12-2024 - Promozione e Sviluppo Economico\.xlsx» – foglio «Indicatori», riga 3, colonna «Valore al 30\/06\/2024»: scheda 01_01_OS01, «Ampiezza delle attività di assesment»: il file porta il valore al 30\/06\/2024 da 43 a 47/);
    expect(dry.out).toContain('opzioni: ignora = Non applicare (resta il valore del piano) (proposta) — scelta: ignora');
    expect(dry.out).not.toContain('ERRORE');
    const applied = await cli('import', '--db', closedDb, workbook, '--choose', '1=ignora');
    expect(applied).toMatchObject({ code: 0, err: '' });
    const file = openPlanFile(closedDb, { readonly: true });
    expect(file.repo.loadPlan(1).cards[0]?.indicators[1]?.measurements).toEqual([
      { date: '2024-06-30', value: { kind: 'number', value: 43, decimals: 0 } },
      { date: '2024-12-31', value: { kind: 'number', value: 70, decimals: 0 } },
    ]);
    file.close();
  });
});
