// Issue 11: an import writes only what it changes. Re-importing the plan's own export writes nothing (no row
// version moves, the undo of the previous import stays); changing one value rewrites that one card only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { exchangeHandlers } from '../../electron/app/exchangeHandlers';
import type { PlanDocument } from '../../shared/model';
import { sampleContext } from './fixtures';

let env: ReturnType<typeof sampleContext>;
beforeEach(() => {
  env = sampleContext();
});
afterEach(() => env.cleanup());

const versions = (doc: PlanDocument) => ({
  settings: doc.settings.version,
  catalogues: doc.catalogues.version,
  cards: Object.fromEntries(doc.cards.map((card) => [card.code, card.version])),
});

/** The plan's canonical export, with `edit` applied to its Indicatori sheet (rows as arrays, header first). */
async function exported(edit?: (sheet: XLSX.WorkSheet, rows: unknown[][]) => void): Promise<string> {
  const produced = await exchangeHandlers(env.ctx).exportWorkbook({ planId: 1, format: 'xlsx', selection: { kind: 'all' } });
  if (!edit) return produced.dataBase64 ?? '';
  const wb = XLSX.read(Buffer.from(produced.dataBase64 ?? '', 'base64'), { cellNF: true });
  const sheet = wb.Sheets['Indicatori']!;
  edit(sheet, XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 }));
  return (XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64');
}

async function importAndApply(dataBase64: string) {
  const handlers = exchangeHandlers(env.ctx);
  const preview = await handlers.previewImport({ planId: 1, fileName: 'piano.xlsx', dataBase64 });
  expect(preview.canApply).toBe(true);
  return handlers.applyImport({ token: preview.token });
}

describe('what an import writes', () => {
  it('writes nothing when the workbook is the plan’s own export', async () => {
    const before = env.file.repo.loadPlan(1);
    const stamp = env.file.repo.planStamp(1);
    const applied = await importAndApply(await exported());
    expect(applied.summary.text).toBe('nessuna modifica');
    expect(env.file.repo.planStamp(1)).toBe(stamp);
    expect(versions(env.file.repo.loadPlan(1))).toEqual(versions(before));
    expect(await exchangeHandlers(env.ctx).lastImport({ planId: 1 })).toBeNull(); // nothing to undo was recorded
  });

  it('rewrites only the card whose value changed', async () => {
    const before = env.file.repo.loadPlan(1);
    const data = await exported((sheet, rows) => {
      const header = rows[0] as string[];
      const row = rows.findIndex((r) => r[2] === 'Età media del personale');
      const address = XLSX.utils.encode_cell({ r: row, c: header.indexOf('Target 2025') });
      sheet[address] = { ...sheet[address], t: 'n', v: 60 };
    });
    const changedCode = before.cards.find((card) => card.indicators.some((i) => i.name === 'Età media del personale'))!.code;
    await importAndApply(data);
    const after = versions(env.file.repo.loadPlan(1));
    const expected = versions(before);
    expect(after).toEqual({ ...expected, cards: { ...expected.cards, [changedCode]: (expected.cards[changedCode] ?? 0) + 1 } });
  });
});

describe('the plan read while the workbook is parsed', () => {
  it('is read again when a card was saved during the parse: the preview and the apply see that save', async () => {
    const data = await exported();
    const handlers = exchangeHandlers(env.ctx);
    const previewing = handlers.previewImport({ planId: 1, fileName: 'piano.xlsx', dataBase64: data });
    // The worker is parsing now; the plan was already read. A save lands before the preview is computed.
    const card = env.file.repo.loadPlan(1).cards[0]!;
    env.file.repo.saveCard(1, { ...card, title: 'Titolo cambiato durante la lettura' });
    const preview = await previewing;
    expect(preview.canApply).toBe(true);
    const changed = preview.cards.filter((c) => c.status !== 'unchanged');
    expect(changed.map((c) => c.code)).toEqual([card.code]); // the workbook brings the old title back
    const applied = await handlers.applyImport({ token: preview.token });
    expect(applied.summary.text).toMatch(/^1 scheda aggiornata/);
    expect(env.file.repo.loadPlan(1).cards[0]!.title).toBe(card.title);
  });
});
