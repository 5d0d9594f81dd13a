// Excel exchange in a real browser against the harness: export downloads a workbook, a workbook edited in one cell
// shows exactly that change in the preview and is written on "Applica"; a non-Excel file is refused in Italian.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { openApp, readPlanFromFile, screenshot, type AppSession } from './support';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

async function exportWorkbook(): Promise<Buffer> {
  const { page } = app;
  await page.getByRole('button', { name: 'Esporta Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Esporta in Excel' });
  await dialog.getByLabel('Tutto il piano').check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Esporta' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('PIRA 2024.xlsx');
  const path = await file.path();
  await dialog.getByRole('button', { name: 'Chiudi', exact: true }).first().click();
  return (await import('node:fs')).readFileSync(path);
}

describe('excel exchange', () => {
  it('exports, previews one edited cell and applies it', async () => {
    const { page } = app;
    await page.getByRole('link', { name: '01_01_OS01' }).waitFor();
    const workbook = XLSX.read(await exportWorkbook(), { cellNF: true });
    const sheet = workbook.Sheets['Indicatori']!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    const column = (rows[0] as string[]).indexOf('Target 2025');
    const row = rows.findIndex((r) => r[2] === 'Età media del personale');
    const address = XLSX.utils.encode_cell({ r: row, c: column });
    sheet[address] = { ...sheet[address], t: 'n', v: 60 };
    const edited = XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer;

    await page.getByRole('button', { name: 'Importa Excel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importa da Excel' });
    await dialog.getByLabel('Cartelle di lavoro da importare (.xlsx o .ods, anche più di una)').setInputFiles({
      name: 'modificato.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: edited,
    });
    const preview = dialog.getByRole('region', { name: "Anteprima dell'importazione" });
    await preview.waitFor();
    expect(await preview.textContent()).toContain('0 schede nuove, 1 modificata, 17 invariate'); // issue 20: singular
    const row2025 = preview.getByRole('row', { name: /Target 2025/ });
    expect(await row2025.textContent()).toBe('Target 20255860');
    await screenshot(page, 'import-preview');
    await dialog.getByRole('button', { name: 'Applica' }).click();
    // Since issue 9 the dialog stays open with what the import did and "Annulla importazione".
    await dialog.getByText('Importazione applicata: 1 scheda aggiornata, 1 valore modificato.').waitFor();
    await dialog.getByRole('button', { name: 'Chiudi', exact: true }).last().click();
    await dialog.waitFor({ state: 'detached' });
    const stored = readPlanFromFile(app.dbPath);
    const indicator = stored.cards.find((c) => c.code === '03_01_OS02')?.indicators.find((i) => i.name === 'Età media del personale');
    expect(indicator?.targets.find((t) => t.year === 2025)?.value).toEqual({ kind: 'number', value: 60, decimals: 0 });
  });

  it('asks before an empty cell clears a value of the plan, and keeps it when told to (issue 22, point 4)', async () => {
    const { page } = app;
    const workbook = XLSX.read(await exportWorkbook(), { cellNF: true });
    const sheet = workbook.Sheets['Indicatori']!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    const column = (rows[0] as string[]).indexOf('Valore al 30/06/2024');
    const row = rows.findIndex((r) => r[2] === 'Età media del personale');
    delete sheet[XLSX.utils.encode_cell({ r: row, c: column })];
    const before = readPlanFromFile(app.dbPath).cards.find((c) => c.code === '03_01_OS02')!.indicators.find((i) => i.name === 'Età media del personale')!;
    await page.getByRole('button', { name: 'Importa Excel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importa da Excel' });
    await dialog.getByLabel('Cartelle di lavoro da importare (.xlsx o .ods, anche più di una)').setInputFiles({
      name: 'cella vuota.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer,
    });
    await dialog.getByRole('region', { name: "Scelte dell'importazione" }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Applica' }).isDisabled()).toBe(true);
    const decision = dialog.getByRole('group').filter({ hasText: 'la cella è vuota e il piano ha' });
    expect(await decision.textContent()).toMatch(/Età media del personale», Valore al 30\/06\/2024: la cella è vuota e il piano ha [\d.,]+: svuotare il valore del piano\? Confermare\./);
    await screenshot(page, 'import-cella-vuota');
    await decision.getByRole('radio', { name: /^Decisione \d+: tenere / }).check(); // shown chosen at once, before the preview is recomputed
    await expect.poll(() => dialog.getByRole('button', { name: 'Applica' }).isEnabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Applica' }).click();
    await dialog.getByText(/Importazione applicata|nessuna modifica|non è stato modificato/).first().waitFor();
    await dialog.getByRole('button', { name: 'Chiudi', exact: true }).last().click();
    const after = readPlanFromFile(app.dbPath).cards.find((c) => c.code === '03_01_OS02')!.indicators.find((i) => i.name === 'Età media del personale')!;
    expect(after.measurements).toEqual(before.measurements);
  });

  it('refuses a file that is not a workbook, with an Italian message', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Importa Excel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importa da Excel' });
    await dialog.getByLabel('Cartelle di lavoro da importare (.xlsx o .ods, anche più di una)').setInputFiles({
      name: 'appunti.xlsx',
      mimeType: 'text/plain',
      buffer: Buffer.from('non sono un foglio di calcolo'),
    });
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('non è una cartella di lavoro Excel');
    expect(await dialog.getByRole('button', { name: 'Applica' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Annulla', exact: true }).click();
    expect(app.problems.filter((p) => !p.includes('HTTP 4'))).toEqual([]);
  });
});
