// Issue 17 §7 in a real browser: after an import that touched 4 cards, «Storico della scheda» of 01_01_OS01 lists the
// fields of 01_01_OS01 only (the other cards' rows stay in the plan's history), and says how many other cards the
// same change touched. The import itself is checked in the file through the db layer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { openApp, readPlanFromFile, type AppSession } from './support';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

const CODES = ['01_01_OS01', '01_05_OS01', '01_03_OS01', '01_01_OS04'];

/** The exported workbook with the first indicator's 31/12 value of each card of CODES set to 5. */
async function workbookTouchingFourCards(): Promise<Buffer> {
  const produced = (await app.page.evaluate(`window.api.exportWorkbook({ planId: 1, format: 'xlsx', selection: { kind: 'all' } })`)) as { ok: boolean; value: { dataBase64: string } };
  const wb = XLSX.read(Buffer.from(produced.value.dataBase64, 'base64'), { cellNF: true });
  const sheet = wb.Sheets['Indicatori']!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
  const header = rows[0] as string[];
  for (const code of CODES) {
    const r = rows.findIndex((row) => row[0] === code);
    sheet[XLSX.utils.encode_cell({ r, c: header.indexOf('Valore al 31/12/2024') })] = { t: 'n', v: 5, z: '#,##0' };
  }
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

describe('the history of one card', () => {
  it('after an import touching 4 cards, lists the fields of that card only and says the others', async () => {
    const { page } = app;
    await page.getByRole('link', { name: '01_01_OS01' }).waitFor();
    await page.getByRole('button', { name: 'Importa Excel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importa da Excel' });
    await dialog.getByLabel('Cartelle di lavoro da importare (.xlsx o .ods, anche più di una)').setInputFiles({
      name: 'quattro schede.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await workbookTouchingFourCards(),
    });
    await dialog.getByRole('region', { name: "Anteprima dell'importazione" }).waitFor();
    await dialog.getByRole('button', { name: 'Applica' }).click();
    await dialog.getByText(/Importazione applicata: 4 schede aggiornate/).waitFor();
    await dialog.getByRole('button', { name: 'Chiudi', exact: true }).last().click();
    const plan = readPlanFromFile(app.dbPath);
    for (const code of CODES) expect(plan.cards.find((c) => c.code === code)!.indicators[0]!.measurements.find((m) => m.date === '2024-12-31')?.value).toEqual({ kind: 'number', value: 5, decimals: 0 });

    await page.evaluate(`window.location.hash = '#/scheda/01_01_OS01'`);
    await page.locator('details.hist-panel summary').click();
    const body = page.getByTestId('storico-scheda');
    const entry = body.locator('article.hist-entry.hist-kind-import');
    await entry.waitFor();
    const rows = await entry.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Valore al 31/12/2024');
    expect(await entry.textContent()).not.toMatch(/01_05_OS01|01_03_OS01|01_01_OS04/);
    expect(await entry.getByTestId('hist-other-cards').textContent()).toBe('La stessa modifica ha cambiato anche altre 3 schede: sono nello storico del piano.');
    expect(app.problems.filter((p) => !p.includes('HTTP 4'))).toEqual([]);
  });
});
