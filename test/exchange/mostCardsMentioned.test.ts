// mergePlan.ts pairs the stored cards a workbook leaves out one by one when the workbook mentions most of them (a
// whole plan's export with a card's rows deleted): the card left out must still be in the preview, absent from the
// file, and kept as it is when the import is applied, in its place among the others.
import { afterEach, beforeEach, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { exchangeHandlers } from '../../electron/app/exchangeHandlers';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { documentWithoutIds } from '../db/tempFiles';
import { sampleContext } from './fixtures';

let env: ReturnType<typeof sampleContext>;
beforeEach(() => {
  env = sampleContext();
});
afterEach(() => env.cleanup());

/** Removes the rows whose first cell is `code` from a sheet (they are contiguous); the rows below move up. */
function withoutRowsOf(sheet: XLSX.WorkSheet, code: string): void {
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, blankrows: true });
  const first = rows.findIndex((r) => r[0] === code);
  const count = rows.filter((r) => r[0] === code).length;
  expect(first).toBeGreaterThan(0);
  const range = XLSX.utils.decode_range(sheet['!ref']!);
  for (let r = first; r <= range.e.r; r++) {
    for (let c = range.s.c; c <= range.e.c; c++) {
      const below = sheet[XLSX.utils.encode_cell({ r: r + count, c })];
      if (below) sheet[XLSX.utils.encode_cell({ r, c })] = below;
      else delete sheet[XLSX.utils.encode_cell({ r, c })];
    }
  }
  range.e.r -= count;
  sheet['!ref'] = XLSX.utils.encode_range(range);
}

it('keeps in its place a stored card left out of a workbook that has all the others', async () => {
  const handlers = exchangeHandlers(env.ctx);
  const produced = await handlers.exportWorkbook({ planId: 1, format: 'xlsx', selection: { kind: 'all' } });
  const workbook = XLSX.read(Buffer.from(produced.dataBase64 ?? '', 'base64'), { cellNF: true, cellStyles: true });
  const left = samplePlan2024.cards[1]!.code;
  for (const name of ['Obiettivi', 'Indicatori']) withoutRowsOf(workbook.Sheets[name]!, left);
  const dataBase64 = (XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', cellStyles: true }) as Buffer).toString('base64');
  const preview = await handlers.previewImportFiles({ planId: 1, files: [{ fileName: 'senza una scheda.xlsx', dataBase64 }] });
  expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(preview.cards.map((c) => [c.code, c.status])).toEqual(samplePlan2024.cards.map((c) => [c.code, c.code === left ? 'absent' : 'unchanged']));
  await handlers.applyImport({ token: preview.token });
  expect(documentWithoutIds(env.reopen().repo.loadPlan(1))).toEqual(documentWithoutIds(samplePlan2024));
});
