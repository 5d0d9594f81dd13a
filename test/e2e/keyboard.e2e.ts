// The officer's year with the keyboard alone (issue 20): a season of values entered in Monitoraggio, a colleague's
// workbook imported, the plan approved, the plan printed to PDF — no mouse, only keys, as a user who cannot use one
// works. Every step is checked in the plan file (or in the PDF) afterwards.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatValue } from '../../shared/values';
import { unitExpectation } from '../../shared/valueEntry';
import type { Value } from '../../shared/model';
import { colleagueWorkbook } from './colleagueWorkbook';
import { openApp, readPlanFromFile, screenshot, type AppSession } from './support';

let app: AppSession;
let dir: string;
const page = (): Page => app.page;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pira-keyboard-'));
  app = await openApp({ printPdf: true });
  await page().getByRole('link', { name: '01_01_OS01' }).waitFor();
});
afterAll(async () => {
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What a screen reader would call the focused control, near enough to find it: aria-label, its label, its text. */
const focusedName = () =>
  page().evaluate<string>(`(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '';
    return (el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].textContent) || el.textContent || '').trim();
  })()`);

/** Presses Tab (or Shift+Tab) until the control named `name` has the focus. */
async function tabTo(name: string, backwards = false, limit = 80) {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    if ((await focusedName()) === name) return;
    await page().keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    seen.push(await focusedName());
  }
  throw new Error(`«${name}» non raggiunto con ${backwards ? 'Maiusc+Tab' : 'Tab'}: ${seen.slice(-12).join(' → ')}`);
}

/** From anywhere to a toolbar control: Ctrl+F lands in the list's search box, right after the toolbar. */
async function toToolbar(name: string) {
  await page().keyboard.press('Control+f');
  await expect.poll(focusedName).toBe('Cerca schede (codice, obiettivo, indicatori)');
  await tabTo(name, true);
}

const ofDate = (values: { date: string; value: Value }[], date: string) => values.find((m) => m.date === date)?.value;

describe('the year with the keyboard alone', () => {
  it('enters a season of values: the date in Impostazioni, then every value of it in Monitoraggio', async () => {
    await toToolbar('Impostazioni');
    await page().keyboard.press('Enter');
    await tabTo('Data di monitoraggio');
    await page().keyboard.press('Control+a');
    await page().keyboard.type('31/12/2024');
    await page().keyboard.press('Enter');
    await expect.poll(() => readPlanFromFile(app.dbPath).settings.monitoringDate, { timeout: 10_000 }).toBe('2024-12-31');

    await toToolbar('Monitoraggio');
    await page().keyboard.press('Enter');
    await page().getByLabel('Valore al 31/12/2024 – 01_01_OS01, indicatore 1', { exact: true }).waitFor();
    // what to type, row by row: each indicator's value of June again (or n.d. where June's does not fit its UdM)
    const cells = await page().evaluate<string[]>(`[...document.querySelectorAll('.monitoring-grid input[name="value"]')].map((el) => el.getAttribute('aria-label') || (el.labels[0] && el.labels[0].textContent) || '')`);
    const plan = readPlanFromFile(app.dbPath);
    const typed = cells.map((label) => {
      const [, code, n] = /– (\S+), indicatore (\d+)$/.exec(label)!;
      const indicator = plan.cards.find((c) => c.code === code)!.indicators[Number(n) - 1]!;
      const june = ofDate(indicator.measurements, '2024-06-30');
      return { code: code!, n: Number(n), text: june && unitExpectation(june, indicator.udm) === null ? formatValue(june) : 'n.d.' };
    });
    expect(typed).toHaveLength(123);
    await page().keyboard.press('Alt+v');
    await expect.poll(focusedName).toBe('Valore al 31/12/2024 – 01_01_OS01, indicatore 1');
    for (const { text } of typed) {
      await page().keyboard.type(text);
      await page().keyboard.press('Enter');
    }
    await expect.poll(() => page().locator('.save-status').textContent(), { timeout: 30_000 }).toContain('Salvato');
    await screenshot(page(), 'keyboard-season');
    const stored = readPlanFromFile(app.dbPath);
    const missing = typed.filter(({ code, n, text }) => {
      const value = ofDate(stored.cards.find((c) => c.code === code)!.indicators[n - 1]!.measurements, '2024-12-31');
      return !value || formatValue(value) !== text;
    });
    expect(missing).toEqual([]);
  }, 240_000);

  it('imports a colleague’s workbook: Importa Excel, the file chosen with Space, Applica', async () => {
    const workbook = colleagueWorkbook(app.dbPath, 'Segretario', { 'Eventi Auditorium': 12 });
    // Playwright intercepts the file chooser from the first 'filechooser' listener on: set well before Space is
    // pressed, or a Space that comes first opens the real (headless) chooser and no event ever arrives.
    const intercept = () => undefined;
    page().on('filechooser', intercept);
    await toToolbar('Importa Excel');
    await page().keyboard.press('Enter');
    const dialog = page().getByRole('dialog', { name: 'Importa da Excel' });
    await dialog.waitFor();
    await tabTo('Cartelle di lavoro da importare (.xlsx o .ods, anche più di una)');
    const chooser = page().waitForEvent('filechooser');
    await page().keyboard.press('Space');
    await (await chooser).setFiles({ name: workbook.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook.buffer });
    page().off('filechooser', intercept);
    await dialog.getByRole('region', { name: "Anteprima dell'importazione" }).waitFor();
    await tabTo('Applica');
    await page().keyboard.press('Enter');
    await dialog.getByText(/^Importazione applicata: 1 scheda aggiornata, 1 valore modificato/).waitFor();
    await screenshot(page(), 'keyboard-import');
    await page().keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    const auditorium = readPlanFromFile(app.dbPath).cards.flatMap((c) => c.indicators).find((i) => i.name === 'Eventi Auditorium')!;
    expect(ofDate(auditorium.measurements, '2024-12-31')).toEqual({ kind: 'number', value: 12, decimals: 0 });
  });

  it('approves the plan: Impostazioni, «Approva il piano…», date and number of the deliberation', async () => {
    await toToolbar('Impostazioni');
    await page().keyboard.press('Enter');
    await tabTo('Approva il piano…');
    await page().keyboard.press('Enter');
    const dialog = page().getByRole('dialog', { name: 'Approva il piano' });
    await dialog.waitFor();
    await expect.poll(focusedName).toBe('Data della delibera');
    await page().keyboard.type('30/01/2024');
    await page().keyboard.press('Tab');
    await page().keyboard.type('12');
    await tabTo('Approva');
    await page().keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(readPlanFromFile(app.dbPath).status).toMatchObject({ stage: 'approvato', approvedOn: '2024-01-30', deliberation: '12' });
  });

  it('prints the plan: Stampa/Anteprima, «Esporta PDF…»; the PDF has its Indice and the values of 31/12', async () => {
    await toToolbar('Stampa/Anteprima');
    await page().keyboard.press('Enter');
    const preview = page().getByRole('dialog', { name: /^Anteprima di stampa – piano completo/ });
    await preview.getByRole('button', { name: 'Esporta PDF…' }).and(page().locator(':enabled')).waitFor();
    await tabTo('Esporta PDF…');
    const download = page().waitForEvent('download', { timeout: 120_000 });
    await page().keyboard.press('Enter');
    const file = path.join(dir, 'piano.pdf');
    writeFileSync(file, readFileSync((await (await download).path())!));
    await page().keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Stato di attuazione al 31/12/2024');
    const indice = text.split('\f').find((p) => p.trimStart().startsWith('Indice')) ?? '';
    expect(indice).toMatch(/01_01_OS01\s+La doppia transizione digitale ed ecologica \(pgt 20%\)\s+\d+/);
    expect(app.problems).toEqual([]);
  }, 180_000);
});
