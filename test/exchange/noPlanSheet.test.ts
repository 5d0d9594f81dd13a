// Issue 9, defect 3: a workbook without a "Piano" sheet updates the open plan (the CLI: the most recent plan, or
// --year); into an empty file it creates the plan, taking the year and monitoring date from its headers
// ("Valore al 30/06/2024") or a title row, and asks for the ente (UI: `needsEnte`, CLI: a warning) instead of refusing.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { exchangeHandlers } from '../../electron/app/exchangeHandlers';
import { openPlanFile } from '../../db/planFile';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { scorePlan } from '../../shared/scoring';
import { documentWithoutIds, tempFolder } from '../db/tempFiles';
import { sampleContext, xlsxFrom } from './fixtures';
import { cli } from '../cli/captureCli';

let env: ReturnType<typeof sampleContext>;
beforeEach(() => {
  env = sampleContext();
});
afterEach(() => env.cleanup());

/** The canonical export without its Piano sheet, the target 2025 of «Età media del personale» set to 60. */
async function withoutPlanSheet(): Promise<Buffer> {
  const produced = await exchangeHandlers(env.ctx).exportWorkbook({ planId: 1, format: 'xlsx', selection: { kind: 'all' } });
  const wb = XLSX.read(Buffer.from(produced.dataBase64 ?? '', 'base64'), { cellNF: true });
  wb.SheetNames = wb.SheetNames.filter((n) => n !== 'Piano');
  const sheet = wb.Sheets['Indicatori']!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
  const address = XLSX.utils.encode_cell({ r: rows.findIndex((r) => r[2] === 'Età media del personale'), c: (rows[0] as string[]).indexOf('Target 2025') });
  sheet[address] = { ...sheet[address], t: 'n', v: 60 };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

describe('a workbook without a Piano sheet', () => {
  it('updates the open plan with exactly its edit', async () => {
    const handlers = exchangeHandlers(env.ctx);
    const preview = await handlers.previewImport({ planId: 1, fileName: 'senza piano.xlsx', dataBase64: (await withoutPlanSheet()).toString('base64') });
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect([preview.planId, preview.year, preview.canApply]).toEqual([1, 2024, true]);
    expect(preview.summary.text).toBe('1 scheda aggiornata, 1 valore modificato');
    await handlers.applyImport({ token: preview.token });
    const age = env.reopen().repo.loadPlan(1).cards.find((c) => c.code === '03_01_OS02')?.indicators.find((i) => i.name === 'Età media del personale');
    expect(age?.targets.find((t) => t.year === 2025)?.value).toEqual({ kind: 'number', value: 60, decimals: 0 });
  });

  it('on the command line updates the most recent plan, or the plan of --year', async () => {
    const folder = tempFolder();
    const input = folder.file('senza piano.xlsx');
    fs.writeFileSync(input, await withoutPlanSheet());
    env.file.close();
    const dry = await cli('import', '--db', env.path, input, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('nel piano 2024:');
    expect(dry.out).not.toContain('nuovo piano');
    const applied = await cli('import', '--db', env.path, input, '--year', '2024');
    expect(applied).toMatchObject({ code: 0, err: '' });
    expect(applied.out).toContain('Importazione applicata al piano 2024 (id 1): 1 scheda aggiornata, 1 valore modificato.');
    folder.remove();
    env.reopen();
  });

  it('into an empty file creates the plan from the headers and asks for the ente', async () => {
    const empty = sampleContext(false);
    try {
      const handlers = exchangeHandlers(empty.ctx);
      const preview = await handlers.previewImport({ planId: null, fileName: 'senza piano.xlsx', dataBase64: (await withoutPlanSheet()).toString('base64') });
      // Without an ente the plan cannot be created: the dialog asks for it, the CLI refuses the same way (issue 18).
      expect(preview.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([expect.stringContaining("L'ente del nuovo piano non è indicato")]);
      expect([preview.planId, preview.year, preview.needsEnte, preview.canApply]).toEqual([null, 2024, true, false]);
      expect(preview.problems.map((p) => p.message)).toContainEqual(
        expect.stringContaining("anno 2024 ricavato dall'intestazione «Valore al 30/06/2024» (foglio «Indicatori»); data di monitoraggio 30/06/2024 ricavata"),
      );
      expect(preview.problems.map((p) => p.message)).toContainEqual(expect.stringContaining("L'ente del nuovo piano non è indicato"));
      const named = await handlers.chooseImportOptions({ token: preview.token, choices: {}, ente: 'Camera di Commercio di Pistoia-Prato' });
      expect([named.needsEnte, named.canApply]).toEqual([false, true]);
      const { planId } = await handlers.applyImport({ token: preview.token });
      const created = empty.reopen().repo.loadPlan(planId);
      expect(created.settings).toMatchObject({ ente: 'Camera di Commercio di Pistoia-Prato', year: 2024, monitoringDate: '2024-06-30', horizonStart: 2024, horizonEnd: 2026 });
      expect(created.cards).toHaveLength(18);
      expect(scorePlan(created).cards.filter((c) => c.code !== '03_01_OS02').map((c) => c.score.performance)).toEqual(
        scorePlan(samplePlan2024).cards.filter((c) => c.code !== '03_01_OS02').map((c) => c.score.performance),
      );
    } finally {
      empty.cleanup();
    }
  });

  it('takes the year from a title row when no header carries a date', async () => {
    const empty = sampleContext(false);
    try {
      const rows = [
        ['Piano degli indicatori e dei risultati attesi di bilancio 2025 – ufficio Promozione'],
        [],
        ['Codice', 'Indicatore', 'Operatore', 'Target', 'Peso'],
        ['01_01_OS01', 'Eventi realizzati', '>=', '4', '100%'],
      ];
      const cards = [
        ['Codice', 'Obiettivo', 'Risorse economiche'],
        ['01_01_OS01', 'Promozione', 'risorse interne'],
      ];
      const handlers = exchangeHandlers(empty.ctx);
      const dataBase64 = xlsxFrom({ Indicatori: rows, Obiettivi: cards }).toString('base64');
      const preview = await handlers.previewImportFiles({ planId: null, files: [{ fileName: 'titolo.xlsx', dataBase64 }], ente: 'CCIAA di Prova' });
      expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(preview.year).toBe(2025);
      expect(preview.problems.map((p) => p.message)).toContainEqual(expect.stringContaining('anno 2025 ricavato dal titolo «Piano degli indicatori'));
      const { planId } = await handlers.applyImport({ token: preview.token });
      const created = empty.reopen().repo.loadPlan(planId);
      expect(created.settings).toMatchObject({ ente: 'CCIAA di Prova', year: 2025, monitoringDate: '2025-12-31', title: rows[0]![0] });
      expect(documentWithoutIds(created).cards[0]?.indicators[0]?.targets.find((t) => t.year === 2025)?.value).toEqual({ kind: 'number', value: 4, decimals: 0 });
    } finally {
      empty.cleanup();
    }
  });
});

describe('the plan file after a refused command line import', () => {
  it('is left byte for byte when the workbook has no year anywhere', async () => {
    const empty = sampleContext(false);
    const folder = tempFolder();
    try {
      const input = folder.file('senza anno.xlsx');
      fs.writeFileSync(input, xlsxFrom({ F: [['Codice', 'Indicatore', 'Peso'], ['01_01_OS01', 'Eventi', '100%']] }));
      empty.file.close();
      const before = fs.readFileSync(empty.path);
      const result = await cli('import', '--db', empty.path, input);
      expect(result.code).toBe(1);
      expect(result.out).toContain("Impossibile stabilire l'anno del nuovo piano");
      expect(fs.readFileSync(empty.path).equals(before)).toBe(true);
      const reopened = openPlanFile(empty.path, { readonly: true });
      expect(reopened.repo.listPlans()).toEqual([]);
      reopened.close();
    } finally {
      folder.remove();
      empty.reopen();
      empty.cleanup();
    }
  });
});
