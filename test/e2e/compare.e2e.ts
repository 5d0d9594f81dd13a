// Rollover and comparison in a real browser against the harness: "Nuovo piano" shows what was carried over (and the
// file holds the linked copy), a target edited in 2025 appears in the comparison screen as that one field, the
// comparison exports as a real workbook and prints on A4 landscape; a colleague's file is uploaded and compared.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import type { PlanDocument } from '../../shared/model';
import { formatValue } from '../../shared/values';
import { openApp, screenshot, SCREENSHOT_DIR, type AppSession } from './support';

let app: AppSession;
let workDir: string;
beforeAll(async () => {
  app = await openApp();
  workDir = mkdtempSync(path.join(tmpdir(), 'pira-confronto-e2e-'));
});
afterAll(async () => {
  await app?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Every plan of the file, read through the db layer (what the app really wrote). */
function plansInFile(): PlanDocument[] {
  const file = openPlanFile(app.dbPath, { readonly: true });
  try {
    return file.repo.listPlans().map((p) => file.repo.loadPlan(p.id));
  } finally {
    file.close();
  }
}

const savedState = () => app.page.getByRole('status').filter({ hasText: /Salvato|Salvataggio|Errore|Nessuna/ });
const CARD = '03_01_OS02';
const INDICATOR = 'Età media del personale';

describe('rollover and comparison', () => {
  it('"Nuovo piano" copies 2024 into 2025 and shows what was carried over', async () => {
    const { page } = app;
    await page.getByRole('link', { name: '01_01_OS01' }).waitFor();
    await page.getByRole('button', { name: 'Nuovo piano' }).click();
    const form = page.getByRole('dialog', { name: 'Nuovo piano' });
    expect(await form.getByLabel('Titolo').inputValue()).toBe('Piano degli indicatori e dei risultati attesi di bilancio – aggiornamento 2025');
    expect(await form.getByLabel('Data di monitoraggio').inputValue()).toBe('30/06/2025');
    await form.getByRole('button', { name: 'Crea piano' }).click();

    const report = page.getByRole('dialog', { name: 'Piano 2025 creato' });
    const lines = report.getByRole('region', { name: 'Cosa è stato riportato' }).getByRole('listitem');
    await lines.first().waitFor();
    expect(await lines.allTextContents()).toEqual([
      'Piano 2025 creato dal piano 2024: 18 schede e 123 indicatori copiati (18 schede e 123 indicatori collegati alla loro origine, per il confronto).',
      'Triennio 2025–2027 (era 2024–2026); data di monitoraggio 30/06/2025 (era 30/06/2024).',
      'Target riportati con il loro anno: 2025 (63 scritti, 57 n.d. o --, 3 vuoti), 2026 (63 scritti, 57 n.d. o --, 3 vuoti).',
      'Target da scrivere: 2027 (vuoti in tutti gli indicatori).',
      'Target 2024 non riportati (fuori dal nuovo triennio): 123.',
      'Valori rilevati non riportati (appartengono al 2024): 123.',
      'Performance impostate a mano non riportate: 1.',
      'Cataloghi copiati: 55 voci.',
    ]);
    await screenshot(page, 'rollover-report');

    const [old, next] = plansInFile();
    expect(next!.settings).toMatchObject({ year: 2025, horizonStart: 2025, horizonEnd: 2027, monitoringDate: '2025-06-30' });
    expect(next!.cards.map((c) => c.originId)).toEqual(old!.cards.map((c) => c.id));
    expect(next!.cards.flatMap((c) => c.indicators).every((i) => i.measurements.length === 0)).toBe(true);
    await report.getByRole('button', { name: 'Chiudi', exact: true }).click();
    await report.waitFor({ state: 'detached' });
    expect(await page.getByRole('combobox', { name: 'Piano e anno' }).inputValue()).toBe(String(next!.id));
  });

  it('shows a target edited in 2025 as the one changed field, and exports the comparison as a workbook', async () => {
    const { page } = app;
    const before = plansInFile()[1]!.cards.find((c) => c.code === CARD)!;
    const index = before.indicators.findIndex((i) => i.name === INDICATOR);
    const old2025 = formatValue(before.indicators[index]!.targets.find((t) => t.year === 2025)!.value);
    await page.evaluate(`window.location.hash = '#/scheda/${CARD}'`);
    const target = page.getByLabel(`Target 2025 – indicatore ${index + 1}`, { exact: true });
    await target.fill('61');
    await target.press('Enter');
    await expect.poll(async () => (await savedState().textContent()) ?? '', { timeout: 10_000 }).toContain('Salvato');
    const stored = plansInFile()[1]!.cards.find((c) => c.code === CARD)!.indicators[index]!;
    expect(stored.targets.find((t) => t.year === 2025)?.value).toEqual({ kind: 'number', value: 61, decimals: 0 });

    await page.getByRole('button', { name: 'Confronta piani…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Confronta piani' });
    expect(await dialog.getByLabel('Piano da confrontare').locator('option:checked').textContent()).toMatch(/^2024 – /);
    expect(await dialog.getByRole('status').textContent()).toBe('Si confronta il piano 2024 (prima) con il piano 2025 aperto (dopo).');
    await dialog.getByRole('button', { name: 'Confronta', exact: true }).click();

    const view = page.getByRole('region', { name: 'Confronto: piano 2024 → piano 2025' });
    await view.getByText("Schede: 18 abbinate (18 per collegamento d'origine, 0 per codice), 1 modificate, 0 aggiunte, 0 tolte.").waitFor();
    const card = view.getByRole('region', { name: `Scheda ${CARD}` });
    const rows = card.getByRole('row');
    expect(await rows.allTextContents()).toEqual(['DoveCampoPiano 2024Piano 2025', `${index + 1}. ${INDICATOR}Target 2025${old2025}61`]);
    expect(await view.getByRole('region', { name: /^Scheda / }).count()).toBe(1);
    await screenshot(page, 'compare-view');

    const download = page.waitForEvent('download');
    await view.getByRole('button', { name: 'Esporta il confronto in Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Confronto PIRA 2024 - 2025.xlsx');
    const workbook = XLSX.read(readFileSync(await file.path()), { cellNF: true });
    const sheet = workbook.Sheets['Differenze']!;
    const table = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    expect(table).toHaveLength(2);
    expect(table[1]!.slice(0, 6)).toEqual([CARD, before.title, 'indicatore modificato', index + 1, INDICATOR, 'Target 2025']);
    expect(sheet['H2']).toMatchObject({ t: 'n', v: 61, z: '#,##0' });
    expect(await view.getByRole('status').textContent()).toBe('Scaricato Confronto PIRA 2024 - 2025.xlsx.');

    await view.getByLabel('Mostra anche le schede invariate').check();
    expect(await view.getByRole('region', { name: /^Scheda / }).count()).toBe(18);
    expect(app.problems).toEqual([]);
  });

  it('prints the comparison on A4 landscape with the changed field', async () => {
    const [old, next] = plansInFile();
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'it-IT' });
    try {
      await page.goto(new URL(`/#/stampa?sezione=confronto&prima=${old!.id}&dopo=${next!.id}`, app.harness.url).href);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      expect(await page.title()).toBe('Confronto PIRA 2024 - 2025');
      const pdf = path.join(workDir, 'confronto.pdf');
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('Confronto tra il piano 2024 e il piano 2025');
      expect(text).toMatch(/Target 2025 +\S.* +61/);
      expect(text).toMatch(/pagina 1 di \d/);
      const size = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(size).toMatch(/Page size: +841\.\d+ x 594\.\d+ pts \(A4\)/);
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(SCREENSHOT_DIR, 'compare-print')]);
    } finally {
      await page.close();
    }
  });

  it('compares the open plan with a colleague’s file, uploaded and opened read-only', async () => {
    const { page } = app;
    const colleague = path.join(workDir, 'collega.pira');
    const file = createSampleFile(colleague);
    const doc = file.repo.loadPlan(file.repo.listPlans()[0]!.id);
    file.repo.saveCard(doc.id, { ...doc.cards[1]!, office: 'Ufficio del collega' });
    file.close();
    const bytes = readFileSync(colleague);

    await page.getByRole('combobox', { name: 'Piano e anno' }).selectOption({ label: `2024 – ${doc.settings.ente} (18 schede)` });
    await page.getByRole('button', { name: 'Confronta piani…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Confronta piani' });
    await dialog.getByLabel('Un piano di un altro file (.pira), aperto in sola lettura').check();
    await dialog.getByLabel('File del piano da confrontare (.pira)').setInputFiles({ name: 'collega.pira', mimeType: 'application/octet-stream', buffer: bytes });
    await dialog.getByLabel('Piano dell’altro file').waitFor();
    expect(await dialog.getByRole('status').textContent()).toBe('Si confronta il piano 2024 aperto (prima) con il piano 2024 di collega.pira (dopo).');
    await screenshot(page, 'compare-dialog');
    await dialog.getByRole('button', { name: 'Confronta', exact: true }).click();

    const view = page.getByRole('region', { name: 'Confronto: piano 2024 (piano.pira) → piano 2024 (collega.pira)' });
    await view.getByText("Schede: 18 abbinate (0 per collegamento d'origine, 18 per codice), 1 modificate, 0 aggiunte, 0 tolte.").waitFor();
    const rows = view.getByRole('region', { name: `Scheda ${doc.cards[1]!.code}` }).getByRole('row');
    expect(await rows.allTextContents()).toEqual([
      'DoveCampoPiano 2024 (piano.pira)Piano 2024 (collega.pira)',
      `SchedaUfficio${doc.cards[1]!.office}Ufficio del collega`,
    ]);
    expect(readFileSync(colleague).equals(bytes)).toBe(true);
    expect(app.problems).toEqual([]);
  });
});
