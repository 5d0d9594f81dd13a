// Issue 9, defect 4: after "Applica" the summary says what happened ("1 scheda aggiornata, 1 valore modificato"), and
// "Annulla importazione" restores the exact previous state from the snapshot kept in the plan file, also after a
// restart; it is refused, with the plan untouched, once the plan was edited after the import.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { withoutVersions } from '../../db/importUndo';
import { exchangeHandlers } from '../../electron/app/exchangeHandlers';
import { planHandlers } from '../../electron/app/planHandlers';
import { runCli } from '../../electron/cli/runCli';
import { sampleContext } from './fixtures';

let env: ReturnType<typeof sampleContext>;
beforeEach(() => {
  env = sampleContext();
});
afterEach(() => env.cleanup());

/** The canonical export with the target 2025 of «Età media del personale» set to 60. */
async function editedExport(): Promise<string> {
  const produced = await exchangeHandlers(env.ctx).exportWorkbook({ planId: 1, format: 'xlsx', selection: { kind: 'all' } });
  const wb = XLSX.read(Buffer.from(produced.dataBase64 ?? '', 'base64'), { cellNF: true });
  const sheet = wb.Sheets['Indicatori']!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
  const address = XLSX.utils.encode_cell({ r: rows.findIndex((r) => r[2] === 'Età media del personale'), c: (rows[0] as string[]).indexOf('Target 2025') });
  sheet[address] = { ...sheet[address], t: 'n', v: 60 };
  return (XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64');
}

async function importEdited(handlers = exchangeHandlers(env.ctx)) {
  const preview = await handlers.previewImport({ planId: 1, fileName: 'colleghi.xlsx', dataBase64: await editedExport() });
  return handlers.applyImport({ token: preview.token });
}

describe('after Applica', () => {
  it('says what the import did', async () => {
    const applied = await importEdited();
    expect(applied).toEqual({
      planId: 1,
      summary: { cardsAdded: 0, cardsUpdated: 1, indicatorsAdded: 0, valuesChanged: 1, text: '1 scheda aggiornata, 1 valore modificato' },
    });
    expect(await exchangeHandlers(env.ctx).lastImport({ planId: 1 })).toMatchObject({
      planId: 1,
      fileNames: ['colleghi.xlsx'],
      summary: '1 scheda aggiornata, 1 valore modificato',
      createdPlan: false,
      undoable: true,
    });
  });

  it('"Annulla importazione" restores the exact previous plan, ids included, even after a restart', async () => {
    const before = env.file.repo.loadPlan(1);
    await importEdited();
    expect(env.file.repo.loadPlan(1)).not.toEqual(before);
    env.reopen();
    const afterRestart = exchangeHandlers(env.ctx);
    expect((await afterRestart.lastImport({ planId: 1 }))?.undoable).toBe(true);
    const undone = await afterRestart.undoImport({ planId: 1 });
    expect(undone).toEqual({ planId: 1, message: expect.stringMatching(/^Importazione del \d\d\/\d\d\/\d{4} alle \d\d:\d\d annullata \(1 scheda aggiornata, 1 valore modificato\): il piano è tornato com’era prima\.$/) });
    // the same content; row versions only grow (a window that loaded the imported plan cannot overwrite the undo)
    expect(withoutVersions(env.reopen().repo.loadPlan(1))).toEqual(withoutVersions(before));
    expect(await afterRestart.lastImport({ planId: 1 })).toBeNull();
  });

  it('is refused once the plan was edited after the import, leaving the plan as it is', async () => {
    await importEdited();
    const card = env.file.repo.loadPlan(1).cards[0]!;
    await planHandlers(env.ctx).saveCard({ planId: 1, card: { ...card, title: 'Titolo cambiato dopo' } });
    const handlers = exchangeHandlers(env.ctx);
    const record = await handlers.lastImport({ planId: 1 });
    expect(record).toMatchObject({ undoable: false, reason: expect.stringContaining("Il piano è stato modificato dopo l'importazione del") });
    const edited = env.file.repo.loadPlan(1);
    await expect(Promise.resolve().then(() => handlers.undoImport({ planId: 1 }))).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('non si può più annullare') });
    expect(env.file.repo.loadPlan(1)).toEqual(edited);
  });

  it('undoing an import that created a plan removes that plan', async () => {
    const produced = await exchangeHandlers(env.ctx).exportWorkbook({ planId: 1, format: 'ods', selection: { kind: 'all' } });
    const empty = sampleContext(false);
    try {
      const handlers = exchangeHandlers(empty.ctx);
      const preview = await handlers.previewImport({ planId: null, fileName: 'piano.ods', dataBase64: produced.dataBase64 ?? '' });
      const { planId, summary } = await handlers.applyImport({ token: preview.token });
      expect(summary.text).toBe('18 schede nuove, 123 indicatori nuovi');
      expect(await handlers.lastImport({ planId })).toMatchObject({ createdPlan: true, undoable: true });
      expect((await handlers.undoImport({ planId })).planId).toBeNull();
      expect(empty.reopen().repo.listPlans()).toEqual([]);
    } finally {
      empty.cleanup();
    }
  });

  it('undo-import on the command line', async () => {
    await importEdited();
    const before = env.file.repo.loadPlan(1);
    env.file.close();
    let out = '';
    const code = await runCli(['undo-import', '--db', env.path], { out: (t) => (out += t), err: () => undefined });
    expect(code).toBe(0);
    expect(out).toContain('il piano è tornato com’era prima');
    expect(env.reopen().repo.loadPlan(1)).not.toEqual(before);
    env.file.close();
    const bytes = fs.readFileSync(env.path);
    let err = '';
    expect(await runCli(['undo-import', '--db', env.path], { out: () => undefined, err: (t) => (err += t) })).toBe(1);
    expect(err).toContain("Il piano 2024 non ha un'importazione da annullare.");
    expect(fs.readFileSync(env.path).equals(bytes)).toBe(true);
    env.reopen();
  });
});
