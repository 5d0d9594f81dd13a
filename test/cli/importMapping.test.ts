// Issue 18 on the command line: an unread sheet prints the `--map` options to complete; `--map` maps it (the same
// engine as the app's mapping step), `--save-layout` keeps the mapping in the plan file, the next workbook of that
// layout needs nothing (or `--layout NOME`), `layouts` lists, exports, imports and deletes layouts; a new plan without
// an ente is refused as in the app.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createPlanFile, openPlanFile } from '../../db/planFile';
import { tempFolder } from '../db/tempFiles';
import { xlsxFrom } from '../exchange/fixtures';
import { AMBITO_MAP, ONE_SHEET_MAP, ambitoSheetsLayout, oneSheetLayout, publishedReproduced, withoutJuneValues } from '../exchange/unfamiliarLayouts';
import { cli } from './captureCli';

const folders: ReturnType<typeof tempFolder>[] = [];
afterEach(() => folders.splice(0).forEach((f) => f.remove()));

function workspace(withPlan: boolean) {
  const folder = tempFolder();
  folders.push(folder);
  const db = folder.file('piano.pira');
  createPlanFile(db, withPlan ? [withoutJuneValues()] : []).close();
  const write = (name: string, bytes: Buffer) => {
    const file = folder.file(name);
    fs.writeFileSync(file, bytes);
    return file;
  };
  return { db, folder, write };
}

const mapArgs = (map: Record<string, string>) => Object.entries(map).flatMap(([header, field]) => ['--map', `${header}=${field}`]);

describe('import of a workbook no layout knows', () => {
  it('prints the --map options to complete and leaves the plan file as it was', async () => {
    const { db, write } = workspace(true);
    const input = write('collega.xlsx', xlsxFrom(oneSheetLayout()));
    const before = fs.readFileSync(db);
    const result = await cli('import', '--db', db, input);
    expect(result.code).toBe(1);
    expect(result.out).toContain('Foglio «Foglio1»: non letto.');
    expect(result.out).toContain('Foglio «Foglio1» (collega.xlsx) non letto: intestazione alla riga 1, mancano Indicatore, Codice (o Codice e titolo della scheda, o Obiettivo).');
    expect(result.out).toContain('--map "SCOPO=CAMPO" --map "PARAMETRO=CAMPO" --map "SPIEGAZIONE=CAMPO"');
    expect(result.out).toContain('CAMPO è uno tra: Codice, Obiettivo, Missione');
    expect(fs.readFileSync(db).equals(before)).toBe(true);
  });

  it('is read with --map, saved with --save-layout, and the next workbook needs nothing', async () => {
    const { db, write } = workspace(true);
    const input = write('collega.xlsx', xlsxFrom(oneSheetLayout()));
    const mapped = await cli('import', '--db', db, input, ...mapArgs(ONE_SHEET_MAP), '--save-layout', 'Foglio unico');
    expect(mapped).toMatchObject({ code: 0, err: '' });
    expect(mapped.out).toContain('Importazione applicata al piano 2024 (id 1): 18 schede aggiornate');
    expect(mapped.out).toContain('Modello «Foglio unico» salvato nel file del piano');
    const file = openPlanFile(db, { readonly: true });
    expect(publishedReproduced(file.repo.loadPlan(1))).toMatchObject({ published: 113, reproduced: 113 });
    file.close();

    const listed = await cli('layouts', '--db', db);
    expect(listed.out).toContain('• «Foglio unico»');
    expect(listed.out).toContain('    SCOPO → Codice e titolo della scheda');
    expect(listed.out).toContain("    RILEVAZIONE {data} → Valore alla data scritta nell'intestazione");
    const json = JSON.parse((await cli('layouts', '--db', db, '--json')).out) as { name: string; columns: unknown[] }[];
    expect(json.map((l) => [l.name, l.columns.length])).toEqual([['Foglio unico', 11]]);

    const next = write('collega dicembre.xlsx', xlsxFrom(oneSheetLayout()));
    const again = await cli('import', '--db', db, next, '--dry-run');
    expect(again.code).toBe(0);
    expect(again.out).toContain('Riepilogo: nessuna modifica.');
    expect(again.out).toContain('Foglio «Foglio1» (collega dicembre.xlsx): letto con il modello "Foglio unico".');
    const named = await cli('import', '--db', db, next, '--dry-run', '--layout', 'foglio UNICO');
    expect(named.code).toBe(0);
    const unknown = await cli('import', '--db', db, next, '--dry-run', '--layout', 'Altro');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Nel file del piano non c\'è un modello di importazione «Altro» (modelli salvati: «Foglio unico»)');
  });

  it('maps one sheet per ambito with --header-row and --first-row into an empty file, with --ente', async () => {
    const { db, write } = workspace(false);
    const input = write('ambiti.xlsx', xlsxFrom(ambitoSheetsLayout()));
    const before = fs.readFileSync(db);
    const args = ['import', '--db', db, input, ...mapArgs(AMBITO_MAP), '--header-row', '3', '--first-row', '5'];
    const noEnte = await cli(...args);
    expect(noEnte.code).toBe(1);
    expect(noEnte.out).toContain("ERRORE: L'ente del nuovo piano non è indicato nel file: scriverlo nel campo «Ente del nuovo piano» (da riga di comando: --ente");
    expect(fs.readFileSync(db).equals(before)).toBe(true);
    const created = await cli(...args, '--ente', 'Camera di Commercio di Pistoia-Prato');
    expect(created).toMatchObject({ code: 0, err: '' });
    expect(created.out).toContain('18 schede nuove, 123 indicatori nuovi');
    const file = openPlanFile(db, { readonly: true });
    const plan = file.repo.loadPlan(file.repo.listPlans()[0]!.id);
    file.close();
    expect(plan.settings.ente).toBe('Camera di Commercio di Pistoia-Prato');
    expect(publishedReproduced(plan).reproduced).toBeGreaterThanOrEqual(111);
  });

  it('refuses a Campo nobody knows, and --save-layout with --dry-run or without --map', async () => {
    const { db, write } = workspace(true);
    const input = write('collega.xlsx', xlsxFrom(oneSheetLayout()));
    const badField = await cli('import', '--db', db, input, '--map', 'SCOPO=Scopo', '--dry-run');
    expect(badField.code).toBe(2);
    expect(badField.err).toContain('--map "SCOPO=Scopo": «Scopo» non è un campo della cartella canonica. Campi: Codice, Obiettivo');
    expect((await cli('import', '--db', db, input, ...mapArgs(ONE_SHEET_MAP), '--save-layout', 'X', '--dry-run')).err).toContain('non si usa con --dry-run');
    expect((await cli('import', '--db', db, input, '--save-layout', 'X')).err).toContain('--save-layout salva le associazioni date con --map');
    const missing = await cli('import', '--db', db, input, '--map', 'ASSENTE=Indicatore', '--dry-run');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('--map: nessun foglio ha l\'intestazione «ASSENTE» nella riga di intestazione.');
  });
});

describe('layouts', () => {
  it('exports a layout to a JSON file that another plan file imports; delete removes it', async () => {
    const first = workspace(true);
    const input = first.write('collega.xlsx', xlsxFrom(oneSheetLayout()));
    expect((await cli('import', '--db', first.db, input, ...mapArgs(ONE_SHEET_MAP), '--save-layout', 'Lucca')).code).toBe(0);
    const json = first.folder.file('Modello Lucca.json');
    expect(await cli('layouts', '--db', first.db, '--export', 'Lucca', '--out', json)).toMatchObject({ code: 0, out: `Modello «Lucca» scritto in ${json}.\n` });
    expect((await cli('layouts', '--db', first.db, '--export', 'Lucca', '--out', json)).err).toContain('esiste già');

    const second = workspace(true);
    expect(await cli('layouts', '--db', second.db, '--import', json)).toMatchObject({ code: 0, out: 'Modello «Lucca» aggiunto al file del piano.\n' });
    const again = await cli('layouts', '--db', second.db, '--import', json);
    expect(again.code).toBe(1);
    expect(again.err).toContain('Esiste già un modello di importazione «Lucca»');
    const read = await cli('import', '--db', second.db, second.write('collega.xlsx', xlsxFrom(oneSheetLayout())), '--dry-run');
    expect(read.code).toBe(0);
    expect(await cli('layouts', '--db', second.db, '--delete', 'Lucca')).toMatchObject({ code: 0 });
    expect((await cli('layouts', '--db', second.db)).out).toContain('Nessun modello di importazione salvato');

    const broken = second.write('rotto.json', Buffer.from('{"formato":"PIRA Desk – modello di importazione","versione":1,"modello":{"name":"X"}}'));
    const refused = await cli('layouts', '--db', second.db, '--import', broken);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('«');
    expect(refused.err).toContain('il modello non è valido (campo «modello.headerRow»)');
  });
});
