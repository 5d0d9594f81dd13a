// Issue 9, defect 1: a workbook re-saved without number formats (what many tools do) must not be misread. The
// Piano sheet's date serial is accepted; a number under a `%` or date indicator is read by evidence (the plan's
// value, then the column, then its size) and every such reading is listed; one that would change the plan is a
// decision to confirm ("letto 0,09 come 9%: confermare"), never applied silently.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { exchangeHandlers } from '../../electron/app/exchangeHandlers';
import type { ImportPreview } from '../../shared/api';
import type { PlanDocument } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { scorePlan } from '../../shared/scoring';
import { documentWithoutIds } from '../db/tempFiles';
import { sampleContext, xlsxFrom } from './fixtures';

let env: ReturnType<typeof sampleContext>;
beforeEach(() => {
  env = sampleContext();
});
afterEach(() => env.cleanup());

const scoresOf = (doc: PlanDocument) => scorePlan(doc).cards.map((c) => [c.code, c.score.performance, c.score.indicators.map((i) => i.performance)]);
const readings = (preview: ImportPreview) => preview.decisions.filter((d) => d.kind === 'reading');

/** The canonical export read by SheetJS without formats and written back with default options. */
async function reSavedWithoutFormats(format: 'xlsx' | 'ods', edit?: (wb: XLSX.WorkBook) => void): Promise<string> {
  const produced = await exchangeHandlers(env.ctx).exportWorkbook({ planId: 1, format, selection: { kind: 'all' } });
  const workbook = XLSX.read(Buffer.from(produced.dataBase64 ?? '', 'base64'));
  // SheetJS keeps the ODS value types as formats: drop them as a format-less tool would.
  for (const sheet of Object.values(workbook.Sheets)) {
    for (const cell of Object.values(sheet)) if (typeof cell === 'object' && cell && 't' in cell) delete (cell as XLSX.CellObject).z;
  }
  edit?.(workbook);
  const bytes = XLSX.write(workbook, { type: 'buffer', bookType: format }) as Buffer;
  const check = XLSX.read(bytes, { cellNF: true }).Sheets['Indicatori']!;
  expect(Object.values(check).some((cell) => typeof cell === 'object' && cell && 'z' in cell && String(cell.z).includes('%'))).toBe(false);
  return bytes.toString('base64');
}

/** Sets the value at 30/06/2024 of an indicator (by card and name) to an unformatted number. */
function setValue(wb: XLSX.WorkBook, code: string, name: string, value: number): void {
  const sheet = wb.Sheets['Indicatori']!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
  const column = (rows[0] as string[]).indexOf('Valore al 30/06/2024');
  const row = rows.findIndex((r) => r[0] === code && r[2] === name);
  sheet[XLSX.utils.encode_cell({ r: row, c: column })] = { t: 'n', v: value };
}

describe.each(['xlsx', 'ods'] as const)('a %s re-saved without number formats', (format) => {
  it('imports to identical scores, listing its readings (none changes the plan)', async () => {
    const handlers = exchangeHandlers(env.ctx);
    const preview = await handlers.previewImportFiles({ planId: 1, files: [{ fileName: `senza formati.${format}`, dataBase64: await reSavedWithoutFormats(format) }] });
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(new Set(preview.cards.map((c) => c.status))).toEqual(new Set(['unchanged']));
    const listed = readings(preview);
    expect(listed.length).toBeGreaterThan(20);
    expect(listed.every((d) => !d.required && d.chosen === d.suggested)).toBe(true);
    expect(listed.map((d) => d.message)).toContainEqual(expect.stringContaining('letto 0,8 come 80% come il valore del piano'));
    expect(listed.map((d) => d.message)).toContainEqual(expect.stringMatching(/letto 45\.\d{3} come \d\d\/\d\d\/20\d\d come il valore del piano/));
    expect(preview.canApply).toBe(true);
    await handlers.applyImport({ token: preview.token });
    const stored = env.reopen().repo.loadPlan(1);
    expect(documentWithoutIds(stored)).toEqual(documentWithoutIds(samplePlan2024));
    expect(scoresOf(stored)).toEqual(scoresOf(samplePlan2024));
  });

  it('asks to confirm a changed number without format, read like the rest of its column', async () => {
    const handlers = exchangeHandlers(env.ctx);
    const data = await reSavedWithoutFormats(format, (wb) => setValue(wb, '01_01_OS01', 'Grado di utilizzo delle risorse', 0.09));
    const preview = await handlers.previewImportFiles({ planId: 1, files: [{ fileName: `modificato.${format}`, dataBase64: data }] });
    const open = readings(preview).filter((d) => d.required);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      suggested: 'frazione',
      chosen: null,
      options: [
        { id: 'frazione', label: '9%' },
        { id: 'punti', label: '0,09%' },
      ],
      message: expect.stringContaining('letto 0,09 come 9% come gli altri numeri senza formato della stessa colonna: confermare'),
    });
    expect(preview.canApply).toBe(false);
    await expect(Promise.resolve().then(() => handlers.applyImport({ token: preview.token }))).rejects.toMatchObject({ code: 'invalid-request', message: expect.stringContaining('ancora da fare') });
    const asPoints = await handlers.chooseImportOptions({ token: preview.token, choices: { [open[0]!.id]: 'punti' } });
    expect(asPoints.cards.find((c) => c.code === '01_01_OS01')?.indicators[0]?.changes).toEqual([{ field: 'Valore al 30/06/2024', before: '7%', after: '0,09%' }]);
    const confirmed = await handlers.chooseImportOptions({ token: preview.token, choices: { [open[0]!.id]: 'frazione' } });
    expect(confirmed.canApply).toBe(true);
    expect(confirmed.summary.text).toBe('1 scheda aggiornata, 1 valore modificato');
    await handlers.applyImport({ token: preview.token });
    const indicator = env.reopen().repo.loadPlan(1).cards[0]!.indicators.find((i) => i.name === 'Grado di utilizzo delle risorse');
    expect(indicator?.measurements.find((m) => m.date === '2024-06-30')?.value).toEqual({ kind: 'percent', value: 0.09, decimals: 0 });
  });
});

describe("a colleague's sheet without formats", () => {
  it('reads a bare number under a % indicator by its size, and says so', async () => {
    const handlers = exchangeHandlers(env.ctx);
    const rows = [
      ['Codice', 'Indicatore', 'UdM', 'Valore rilevato'],
      ['01_01_OS01', 'Grado di utilizzo delle risorse', '%', 45],
    ];
    const preview = await handlers.previewImport({ planId: 1, fileName: 'collega.xlsx', dataBase64: xlsxFrom({ Foglio1: rows }).toString('base64') });
    expect(readings(preview)).toEqual([
      expect.objectContaining({ required: true, suggested: 'punti', message: expect.stringContaining('letto 45 come 45% per la sua grandezza: confermare') }),
    ]);
    expect(preview.canApply).toBe(false);
  });
});
