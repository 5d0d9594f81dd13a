// Issue 18 in a real browser: a colleague's workbook in a layout no synonym list knows is mapped in the import
// dialog with the KEYBOARD ONLY (Tab from control to control, typing the field's name in each select), the preview is
// recomputed at once, the layout is saved with «Salva come modello…», the import is applied and the same workbook is
// read back by the saved layout with no mapping; Impostazioni lists the layout. Screenshots at 1366×768; axe-core
// checks the step, unread and mapped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openPlanFile } from '../../db/planFile';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { xlsxFrom } from '../exchange/fixtures';
import { ONE_SHEET_HEADERS, oneSheetLayout } from '../exchange/unfamiliarLayouts';
import { axeViolations } from './axe';
import { openApp, readPlanFromFile, screenshot, type AppSession } from './support';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

/** Two cards of the sample in the one-sheet layout, the 30/06 value of the first indicator changed from 1 to 3. */
function colleagueWorkbook(): Buffer {
  const sheets = oneSheetLayout(samplePlan2024.cards.slice(0, 2));
  const rows = sheets['Foglio1']!;
  rows[1]![10] = { v: 3, z: '#,##0' };
  return xlsxFrom(sheets);
}

/** What is typed in each column's select: the start of the field's name (the select jumps to it). */
const TYPED: Record<string, string> = {
  SCOPO: 'Codice e',
  PARAMETRO: 'Indicatore',
  SPIEGAZIONE: 'Ignora',
  METODO: 'Algoritmo',
  CATEGORIA: 'Tipologia',
  GRANDEZZA: 'UdM',
  SOGLIA: 'Target 2024',
  'MISS.': 'Missione',
  'PROGR.': 'Programma',
  INCIDENZA: 'Peso',
  'RILEVAZIONE 30/06/2024': 'Valore al 30',
};

/** Presses Tab until `target` has the focus (at most `limit` times): the keyboard's way to reach a control. */
async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el: { ownerDocument: { activeElement: unknown } }) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`non raggiunto con Tab: ${String(target)}`);
}

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  const dialog = page.getByRole('dialog', { name: 'Importa da Excel' });
  await dialog.getByLabel('Cartelle di lavoro da importare (.xlsx o .ods, anche più di una)').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await dialog.getByRole('region', { name: "Anteprima dell'importazione" }).waitFor();
  return dialog;
}

describe('the mapping step of the import', () => {
  it('maps a workbook with the keyboard only, saves the layout, applies, and reads the file back with the layout', async () => {
    const { page } = app;
    await page.getByRole('link', { name: '01_01_OS01' }).waitFor();
    await page.getByRole('button', { name: 'Importa Excel' }).focus();
    await page.keyboard.press('Enter');
    const dialog = await chooseFile(page, 'collega.xlsx', colleagueWorkbook());
    const mapping = dialog.getByRole('region', { name: 'Colonne dei fogli' });
    expect(await mapping.textContent()).toContain('Foglio «Foglio1»: non letto: mancano Indicatore');
    expect(await dialog.getByRole('button', { name: 'Applica' }).isDisabled()).toBe(true);
    await screenshot(page, 'import-mapping-unread');
    // The mapping step meets WCAG 2.1 AA like every other dialog (issue 20): selects named, status announced.
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);

    for (const header of ONE_SHEET_HEADERS) {
      const select = mapping.getByRole('combobox', { name: `Significato della colonna «${header}»`, exact: false });
      await tabTo(page, select);
      await page.keyboard.type(TYPED[header] ?? '');
    }
    const preview = dialog.getByRole('region', { name: "Anteprima dell'importazione" });
    await expect.poll(async () => preview.textContent(), { timeout: 15_000 }).toContain('Applicando: 1 scheda aggiornata, 1 valore modificato');
    expect(await mapping.textContent()).toContain('Foglio «Foglio1»: letto con le colonne associate qui');
    // The changed card first; the 17 unchanged or absent ones after it, in one folded group (issue 20).
    const statuses = await preview.locator(':scope > details').evaluateAll((list: { getAttribute(name: string): string | null }[]) => list.map((d) => d.getAttribute('data-status')));
    expect(statuses.slice(-2)).toEqual(['changed', 'untouched']);
    expect(await preview.getByText('Schede invariate o assenti dal file: restano come sono (17)').isVisible()).toBe(true);
    for (const header of ONE_SHEET_HEADERS) {
      const select = mapping.getByRole('combobox', { name: `Significato della colonna «${header}»`, exact: false });
      const shown = await select.evaluate((el: { selectedOptions: ArrayLike<{ textContent: string | null }> }) => el.selectedOptions[0]?.textContent ?? '');
      expect(shown.startsWith(TYPED[header] ?? '?'), `${header}: ${shown}`).toBe(true);
    }
    await screenshot(page, 'import-mapping');
    expect(await axeViolations(page, '[role="dialog"]')).toEqual([]);

    await tabTo(page, mapping.getByRole('button', { name: 'Salva come modello…' }));
    await page.keyboard.press('Enter');
    await page.keyboard.type('Foglio unico del collega');
    await page.keyboard.press('Enter');
    await mapping.getByRole('status').filter({ hasText: 'Modello «Foglio unico del collega» salvato' }).waitFor();
    expect(await mapping.textContent()).toContain('Foglio «Foglio1»: letto con il modello "Foglio unico del collega"');
    await screenshot(page, 'import-mapping-saved');

    await tabTo(page, dialog.getByRole('button', { name: 'Applica' }), 120);
    await page.keyboard.press('Enter');
    await dialog.getByText('Importazione applicata: 1 scheda aggiornata, 1 valore modificato.').waitFor();
    const stored = readPlanFromFile(app.dbPath).cards[0]?.indicators[0]?.measurements.find((m) => m.date === '2024-06-30');
    expect(stored?.value).toEqual({ kind: 'number', value: 3, decimals: 0 });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The same workbook again: read by the saved layout, nothing to map, nothing left to change.
    await page.getByRole('button', { name: 'Importa Excel' }).focus();
    await page.keyboard.press('Enter');
    const again = await chooseFile(page, 'collega di nuovo.xlsx', colleagueWorkbook());
    const region = again.getByRole('region', { name: "Anteprima dell'importazione" });
    expect(await region.textContent()).toContain('Applicando: nessuna modifica');
    expect(await again.getByRole('region', { name: 'Colonne dei fogli' }).textContent()).toContain('letto con il modello "Foglio unico del collega"');
    await page.keyboard.press('Escape');

    const file = openPlanFile(app.dbPath, { readonly: true });
    expect(file.layouts.list().map((l) => [l.name, l.columns.length])).toEqual([['Foglio unico del collega', 11]]);
    file.close();
    expect(app.problems).toEqual([]);
  }, 120_000);

  it('lists the saved layout in Impostazioni, where it can be renamed', async () => {
    const { page } = app;
    await page.goto(`${app.harness.url}#/impostazioni`);
    const panel = page.getByRole('region', { name: 'Modelli di importazione' });
    await panel.getByText('Foglio unico del collega').waitFor();
    await panel.getByRole('button', { name: 'Rinomina il modello «Foglio unico del collega»' }).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Modello Lucca');
    await page.keyboard.press('Enter');
    await panel.getByRole('status').filter({ hasText: 'rinominato in «Modello Lucca»' }).waitFor();
    expect(await panel.getByRole('alert').count()).toBe(0);
    const file = openPlanFile(app.dbPath, { readonly: true });
    expect(file.layouts.list().map((l) => l.name)).toEqual(['Modello Lucca']);
    file.close();
    await screenshot(page, 'settings-import-layouts');
    expect(app.problems).toEqual([]);
  }, 60_000);
});
