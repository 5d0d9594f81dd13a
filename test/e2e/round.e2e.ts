// The data-collection round in a real browser against the harness: "Prepara raccolta dati" downloads one workbook per
// area; two of them get one value each (and one a protected cell) edited with SheetJS; both are imported at once:
// the preview says per file who changed what, the protected change is listed apart and not applied unless accepted,
// Applica writes the two values (checked in the plan file), the summary is shown and "Annulla importazione" undoes it.
import fs from 'node:fs';
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

function edit(bytes: Buffer, name: string, header: string, value: number): Buffer {
  const wb = XLSX.read(bytes, { cellNF: true });
  const sheet = wb.Sheets['Indicatori']!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
  const address = XLSX.utils.encode_cell({ r: rows.findIndex((r) => r[2] === name), c: (rows[0] as string[]).indexOf(header) });
  sheet[address] = { ...sheet[address], t: 'n', v: value };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const age = (dbPath: string) => readPlanFromFile(dbPath).cards.find((c) => c.code === '03_01_OS02')?.indicators.find((i) => i.name === 'Età media del personale');

describe('the data-collection round', () => {
  it('prepares per-area workbooks, takes two back at once and applies only the fill-in cells, then undoes it', async () => {
    const { page } = app;
    await page.getByRole('link', { name: '01_01_OS01' }).waitFor();
    await page.getByRole('button', { name: 'Esporta Excel' }).click();
    await page.getByRole('dialog', { name: 'Esporta in Excel' }).getByRole('button', { name: 'Prepara raccolta dati…' }).click();
    const prepare = page.getByRole('dialog', { name: 'Prepara raccolta dati' });
    await prepare.getByRole('region', { name: 'Cartelle da preparare' }).waitFor();
    expect(await prepare.getByRole('listitem').allTextContents()).toEqual([
      'Raccolta 30-06-2024 - Promozione e Sviluppo Economico.xlsx — 10 schede',
      'Raccolta 30-06-2024 - Obiettivo trasversale.xlsx — 6 schede',
      'Raccolta 30-06-2024 - Segretario Generale.xlsx — 1 scheda',
      'Raccolta 30-06-2024 - Responsabile Prevenzione Corruzione Trasparenza.xlsx — 1 scheda',
    ]);
    await screenshot(page, 'round-prepare');
    const downloads: { name: string; bytes: Buffer }[] = [];
    page.on('download', (d) => void d.path().then((p) => downloads.push({ name: d.suggestedFilename(), bytes: fs.readFileSync(p) })));
    await prepare.getByRole('button', { name: 'Prepara 4 cartelle' }).click();
    await expect.poll(() => downloads.length, { timeout: 15_000 }).toBe(4);
    await prepare.getByRole('status').waitFor();
    await prepare.getByRole('button', { name: 'Chiudi', exact: true }).first().click();

    const byName = (part: string) => downloads.find((d) => d.name.includes(part))!.bytes;
    const promozione = edit(byName('Promozione'), 'Ampiezza delle attività di assesment', 'Valore al 30/06/2024', 47);
    const trasversale = edit(edit(byName('trasversale'), 'Età media del personale', 'Valore al 30/06/2024', 55), 'Età media del personale', 'Target 2025', 50);

    await page.getByRole('button', { name: 'Importa Excel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importa da Excel' });
    await dialog.getByLabel('Cartelle di lavoro da importare (.xlsx o .ods, anche più di una)').setInputFiles([
      { name: 'promozione.xlsx', mimeType: MIME, buffer: promozione },
      { name: 'trasversale.xlsx', mimeType: MIME, buffer: trasversale },
    ]);
    const preview = dialog.getByRole('region', { name: "Anteprima dell'importazione" });
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Applicando: 2 schede aggiornate, 2 valori modificati.');
    const perFile = dialog.getByRole('region', { name: 'Modifiche per file' });
    expect(await perFile.textContent()).toContain('promozione.xlsx (Raccolta dati – Promozione e Sviluppo Economico): 1 modifica');
    expect(await perFile.textContent()).toContain('trasversale.xlsx (Raccolta dati – Obiettivo trasversale): 1 modifica, 1 fuori dalle celle da compilare');
    expect(await perFile.textContent()).toContain('03_01_OS02 «Età media del personale» – Target 2025: 58 → 50');
    const keep = dialog.getByRole('radio', { name: /^Decisione \d+: Non applicare/ });
    expect(await keep.isChecked()).toBe(true);
    await screenshot(page, 'round-import-preview');
    await dialog.getByRole('button', { name: 'Applica' }).click();
    await dialog.getByText('Importazione applicata: 2 schede aggiornate, 2 valori modificati.').waitFor();
    await screenshot(page, 'round-import-done');

    let stored = age(app.dbPath);
    expect(stored?.measurements.find((m) => m.date === '2024-06-30')?.value).toEqual({ kind: 'number', value: 55, decimals: 0 });
    expect(stored?.targets.find((t) => t.year === 2025)?.value).toEqual({ kind: 'number', value: 58, decimals: 0 });
    expect(readPlanFromFile(app.dbPath).cards[0]?.indicators[1]?.measurements[0]?.value).toEqual({ kind: 'number', value: 47, decimals: 0 });

    await dialog.getByRole('button', { name: 'Annulla importazione' }).click();
    // issue 17: asked first, nothing undone until confirmed
    await dialog.getByRole('alert').filter({ hasText: 'Annullare l’importazione di' }).waitFor();
    expect(readPlanFromFile(app.dbPath).cards[0]?.indicators[1]?.measurements[0]?.value).toEqual({ kind: 'number', value: 47, decimals: 0 });
    await dialog.getByRole('button', { name: 'Conferma l’annullamento' }).click();
    await dialog.getByText(/annullata \(2 schede aggiornate, 2 valori modificati\): il piano è tornato com’era prima/).waitFor();
    stored = age(app.dbPath);
    expect(stored?.measurements.find((m) => m.date === '2024-06-30')?.value).not.toEqual({ kind: 'number', value: 55, decimals: 0 });
    expect(readPlanFromFile(app.dbPath).cards[0]?.indicators[1]?.measurements[0]?.value).toEqual({ kind: 'number', value: 43, decimals: 0 });
    await dialog.getByRole('button', { name: 'Chiudi', exact: true }).last().click();
    await dialog.waitFor({ state: 'detached' });
    expect(app.problems).toEqual([]);
  });

  it('asks to confirm a number read without its format before Applica', async () => {
    const { page } = app;
    const rows = [
      ['Codice', 'Indicatore', 'UdM', 'Valore rilevato'],
      ['01_01_OS01', 'Grado di utilizzo delle risorse', '%', 0.09],
    ];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Foglio1');
    await page.getByRole('button', { name: 'Importa Excel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importa da Excel' });
    await dialog.getByLabel('Cartelle di lavoro da importare (.xlsx o .ods, anche più di una)').setInputFiles({
      name: 'collega.xlsx',
      mimeType: MIME,
      buffer: XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer,
    });
    await dialog.getByRole('region', { name: "Scelte dell'importazione" }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Applica' }).isDisabled()).toBe(true);
    expect(await dialog.getByRole('group').first().textContent()).toContain('letto 0,09 come 9% per la sua grandezza: confermare');
    await screenshot(page, 'round-import-guess');
    await dialog.getByRole('button', { name: /^Conferma le proposte/ }).click();
    await expect.poll(() => dialog.getByRole('button', { name: 'Applica' }).isEnabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Applica' }).click();
    await dialog.getByText('Importazione applicata: 1 scheda aggiornata, 1 valore modificato.').waitFor();
    const grado = readPlanFromFile(app.dbPath).cards[0]?.indicators.find((i) => i.name === 'Grado di utilizzo delle risorse');
    expect(grado?.measurements.find((m) => m.date === '2024-06-30')?.value).toEqual({ kind: 'percent', value: 0.09, decimals: 0 });
    await dialog.getByRole('button', { name: 'Chiudi', exact: true }).last().click();
  });
});
