// Issue 12, monitoring periods in a real browser on a copy of the sample plan: values at 31/12 beside those at 30/06,
// the list and the dashboard at 31/12 (the rest n.d., "nessun valore al 31/12/2024", the comparison), 30/06 closed
// (read-only cells, refused by the API, through export and import: a changed closed value is a decision «Non
// applicare»), an amendment on screen and on paper.
// Every step checks the FILE through the db layer.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import type { Card, Value } from '../../shared/model';
import { openApp, readPlanFromFile, screenshot, SCREENSHOT_DIR, type AppSession } from './support';

let app: AppSession;
const CODE = '01_01_OS01';
/** What is typed at 31/12 for the five indicators of 01_01_OS01, and what the file must then hold. */
const YEAR_END = ['3', '70', '12', '1', '62%'];
const YEAR_END_VALUES: Value[] = [
  { kind: 'number', value: 3, decimals: 0 },
  { kind: 'number', value: 70, decimals: 0 },
  { kind: 'number', value: 12, decimals: 0 },
  { kind: 'number', value: 1, decimals: 0 },
  { kind: 'percent', value: 0.62, decimals: 0 },
];

beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

const page = (): Page => app.page;
const stored = () => readPlanFromFile(app.dbPath);
const storedCard = (code = CODE): Card => stored().cards.find((c) => c.code === code)!;
const valuesAt = (card: Card, date: string) => card.indicators.map((ind) => ind.measurements.find((m) => m.date === date)?.value);
const saved = () => expect.poll(async () => (await page().locator('.save-status').textContent()) ?? '', { timeout: 10_000 }).toContain('Salvato');

async function go(hash: string) {
  await page().evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
}
async function openCard(code: string) {
  await go(`#/scheda/${code}`);
  await page().getByRole('region', { name: `Scheda ${code}` }).waitFor();
}

beforeEach(async () => {
  page().removeAllListeners('dialog');
  page().on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
});

describe('values at 31/12 beside those at 30/06', () => {
  it('are typed in their own column of the card grid and stored at 31/12, 30/06 untouched', async () => {
    const before = storedCard();
    await openCard(CODE);
    const yearEnd = (n: number) => page().getByLabel(`Valore al 31/12/2024 – indicatore ${n}`, { exact: true });
    expect(await page().getByLabel('Valore al 30/06/2024 – indicatore 1', { exact: true }).inputValue()).toBe('1');
    expect(await yearEnd(1).inputValue()).toBe('');
    await yearEnd(1).click();
    for (const text of YEAR_END) {
      await page().keyboard.type(text);
      await page().keyboard.press('Enter');
    }
    await saved();
    const after = storedCard();
    expect(valuesAt(after, '2024-12-31')).toEqual(YEAR_END_VALUES);
    expect(valuesAt(after, '2024-06-30')).toEqual(valuesAt(before, '2024-06-30'));
    // side by side, each scored against the 2024 target: 3 of 4 at 31/12, 1 of 4 at 30/06
    expect(await page().getByTestId('performance-1').textContent()).toBe('25%');
    expect(await page().getByTestId('performance-1-2024-12-31').textContent()).toBe('75%');
    // the card scores at the default date, still 30/06 (123 values against 5: issue 17) …
    expect(await page().getByTestId('card-performance').textContent()).toBe('38%');
    expect(await page().locator('.editor-head').textContent()).toContain('Performance obiettivo al 30/06/2024');
    // … and at 31/12 once that date is chosen, compared with 30/06
    await go('#/');
    await page().getByLabel('Valori al', { exact: true }).selectOption('2024-12-31');
    await openCard(CODE);
    expect(await page().getByTestId('card-performance').textContent()).toBe('84%');
    expect(await page().locator('.editor-head').textContent()).toContain('Performance obiettivo al 31/12/2024');
    expect(await page().getByTestId('card-performance-change').textContent()).toBe('+46 punti');
    await page().locator('.indicator-section').scrollIntoViewIfNeeded();
    await screenshot(page(), 'monitoring-dates-grid');
    await go('#/');
    await page().getByLabel('Valori al', { exact: true }).selectOption('2024-06-30');
  });
});

describe('the list and the dashboard at 31/12', () => {
  it('score the card with values and show the others n.d., "nessun valore al 31/12/2024", and say the date', async () => {
    await go('#/');
    const chooser = page().getByLabel('Valori al', { exact: true });
    await chooser.waitFor();
    // issue 17: the default is the latest date with the MOST values (123 at 30/06, 5 at 31/12), and says so
    expect(await chooser.inputValue()).toBe('2024-06-30');
    expect(await chooser.locator('option:checked').textContent()).toBe('30/06/2024 · 123 valori · predefinita');
    await chooser.selectOption('2024-12-31');
    const perf = (code: string) => page().locator('tr.card-row', { has: page().getByRole('link', { name: code, exact: true }) }).locator('.perf-badge');
    expect(await perf(CODE).textContent()).toBe('84%');
    expect(await perf('03_01_OS05').textContent()).toBe('n.d.');

    await go('#/cruscotto');
    await page().getByRole('heading', { name: 'Cruscotto della performance' }).waitFor();
    expect(await page().locator('.db-subtitle').textContent()).toContain('valori al 31/12/2024 · confronto con il 30/06/2024');
    expect(await page().locator('[data-dashboard-overall] .db-overall-figure').textContent()).toBe('84%');
    // compared on the objectives scored at both dates only (issue 17): one, 38% → 84%
    expect(await page().locator('[data-dashboard-overall-change]').textContent()).toBe('su 1 obiettivo valutabile a entrambe le date: 38% al 30/06/2024 → 84% · +46 punti');
    expect(await page().locator('[data-dashboard-scored]').textContent()).toBe('1 di 18 obiettivi valutabili');
    const changes = page().getByRole('region', { name: 'Che cosa è cambiato dal 30/06/2024 al 31/12/2024' });
    expect(await changes.locator(`[data-dashboard-change="${CODE}"]`).textContent()).toBe(`${CODE}${storedCard().title}38%84%+46 punti`);
    expect(await changes.locator('[data-dashboard-changes-summary]').textContent()).toContain('1 obiettivo migliorato, 0 peggiorati, 0 invariati, 17 non confrontabili');
    const nd = page().locator('[data-dashboard-nd="03_01_OS05"]');
    expect(await nd.locator('.db-nd-reason').first().textContent()).toBe('nessun valore al 31/12/2024');
    await screenshot(page(), 'monitoring-dates-dashboard');
    await changes.scrollIntoViewIfNeeded();
    await screenshot(page(), 'monitoring-dates-dashboard-changes');

    // back at 30/06 the figures of the sample come back
    await page().getByLabel('Valori al', { exact: true }).selectOption('2024-06-30');
    expect(await page().locator('[data-dashboard-overall] .db-overall-figure').textContent()).toBe('61%');
    expect(await page().getByRole('region', { name: /Che cosa è cambiato/ }).count()).toBe(0);
    await page().getByLabel('Valori al', { exact: true }).selectOption('2024-12-31');
  });

  it('a card without values at 31/12 says so instead of "Nessun problema"', async () => {
    await openCard('01_01_OS04');
    const summary = page().getByTestId('findings-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(
      'Nessun valore al 31/12/2024: la scheda e i suoi indicatori sono n.d. a questa data (valori inseriti al 30/06/2024).',
    );
    expect(await page().getByText('Nessun problema rilevato nella scheda.').count()).toBe(0);
    expect(await page().getByTestId('card-performance').textContent()).toBe('n.d.');
  });
});

describe('closing the monitoring at 30/06/2024', () => {
  it('is asked for, kept in the file with the scores of the day, and makes the 30/06 cells read-only', async () => {
    await go('#/impostazioni');
    let question = '';
    page().removeAllListeners('dialog');
    page().on('dialog', (dialog) => {
      question = dialog.message();
      void dialog.accept();
    });
    await page().getByRole('button', { name: 'Chiudi il monitoraggio al 30/06/2024' }).click();
    await page().getByRole('status').filter({ hasText: 'Monitoraggio al 30/06/2024 chiuso.' }).waitFor();
    expect(question).toMatch(/^Chiudere il monitoraggio al 30\/06\/2024\?\n\nI 123 valori a questa data diventano di sola lettura/);
    const plan = stored();
    expect(plan.closures?.map((c) => [c.date, c.snapshot.performance])).toEqual([['2024-06-30', expect.closeTo(0.61, 2)]]);
    expect(await page().locator('[data-monitoring-date="2024-06-30"]').textContent()).toMatch(/Chiuso il \d\d\/\d\d\/\d{4} alle \d\d:\d\d da /);

    await openCard(CODE);
    const closed = page().getByLabel('Valore al 30/06/2024 – indicatore 1', { exact: true });
    expect(await closed.getAttribute('readonly')).not.toBeNull();
    await closed.click();
    await page().keyboard.type('9');
    await page().keyboard.press('Enter');
    expect(await closed.inputValue()).toBe('1');
    expect(await page().getByLabel('Valore al 31/12/2024 – indicatore 1', { exact: true }).getAttribute('readonly')).toBeNull();
    await go('#/monitoraggio');
    const monitored = page().getByLabel(`Valore al 30/06/2024 – ${CODE}, indicatore 1`, { exact: true });
    await monitored.waitFor();
    expect(await monitored.getAttribute('aria-readonly')).toBe('true');
    expect(valuesAt(storedCard(), '2024-06-30')[0]).toEqual({ kind: 'number', value: 1, decimals: 0 });
  });

  it('is refused by the API: a save changing a closed value writes nothing', async () => {
    const card = storedCard();
    const changed: Card = { ...card, indicators: card.indicators.map((ind, i) => (i === 0 ? { ...ind, measurements: ind.measurements.map((m) => (m.date === '2024-06-30' ? { ...m, value: { kind: 'number', value: 9, decimals: 0 } } : m)) } : ind)) };
    const before = JSON.stringify(stored());
    const result = (await page().evaluate(`window.api.saveCard(${JSON.stringify({ planId: stored().id, card: changed })})`)) as { ok: boolean; error?: { code: string; message: string } };
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe('conflict');
    expect(result.error?.message).toMatch(/^Il monitoraggio al 30\/06\/2024 è chiuso: i suoi valori non si possono modificare/);
    expect(JSON.stringify(stored())).toBe(before);
  });

  it('survives export and import: the workbook says it, a changed closed value is refused, an untouched one passes', async () => {
    await go('#/');
    await page().getByRole('link', { name: CODE }).waitFor();
    await page().getByRole('button', { name: 'Esporta Excel' }).click();
    const exportDialog = page().getByRole('dialog', { name: 'Esporta in Excel' });
    await exportDialog.getByLabel('Tutto il piano').check();
    const download = page().waitForEvent('download');
    await exportDialog.getByRole('button', { name: 'Esporta' }).click();
    const workbookBytes = readFileSync((await (await download).path())!);
    await exportDialog.getByRole('button', { name: 'Chiudi', exact: true }).first().click();
    const workbook = XLSX.read(workbookBytes, { cellNF: true });
    const monitoring = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['Monitoraggi']!, { header: 1, raw: false });
    expect(monitoring.slice(1).map((row) => row[2])).toEqual(['chiuso', 'aperto']);

    const importBytes = async (name: string, bytes: Buffer) => {
      await page().getByRole('button', { name: 'Importa Excel' }).click();
      const dialog = page().getByRole('dialog', { name: 'Importa da Excel' });
      await dialog.getByLabel('Cartelle di lavoro da importare (.xlsx o .ods, anche più di una)').setInputFiles({
        name,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: bytes,
      });
      await dialog.getByRole('region', { name: "Anteprima dell'importazione" }).waitFor();
      return dialog;
    };
    const sheet = workbook.Sheets['Indicatori']!;
    const header = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })[0]!;
    const cell = XLSX.utils.encode_cell({ r: 1, c: header.indexOf('Valore al 30/06/2024') });
    const original = sheet[cell];
    sheet[cell] = { ...original, t: 'n', v: 9 };
    const before = JSON.stringify(stored());
    // issue 17: a changed closed value is a decision «Non applicare» that blocks nothing (here nothing else changes)
    const kept = await importBytes('chiuso modificato.xlsx', XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    await expect.poll(() => kept.textContent()).toContain('il file porta il valore al 30/06/2024 da 1 a 9, ma il monitoraggio al 30/06/2024 è chiuso');
    expect(await kept.getByRole('radio', { name: 'Decisione 1: Non applicare (resta il valore del piano)' }).isChecked()).toBe(true);
    expect(await kept.getByRole('button', { name: 'Applica' }).isDisabled()).toBe(false);
    await screenshot(page(), 'monitoring-dates-import-refused');
    await kept.getByRole('button', { name: 'Annulla', exact: true }).click();
    expect(JSON.stringify(stored())).toBe(before);

    sheet[cell] = original;
    const untouched = await importBytes('invariato.xlsx', XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    expect(await untouched.textContent()).toContain('0 schede nuove, 0 modificate, 18 invariate');
    await untouched.getByRole('button', { name: 'Applica' }).click();
    await untouched.getByText(/Importazione applicata/).waitFor();
    await untouched.getByRole('button', { name: 'Chiudi', exact: true }).last().click();
    expect(stored().closures?.map((c) => c.date)).toEqual(['2024-06-30']);
    await openCard(CODE);
    expect(await page().getByLabel('Valore al 30/06/2024 – indicatore 1', { exact: true }).getAttribute('readonly')).not.toBeNull();
  });
});

describe('an amendment of a closed value', () => {
  it('needs a reason, is recorded with who, when, before and after, and shows in the card and in print', async () => {
    await openCard(CODE);
    await page().getByRole('button', { name: 'Rettifica – Valore al 30/06/2024 – indicatore 2' }).click();
    const dialog = page().getByRole('dialog', { name: 'Rettifica del valore al 30/06/2024' });
    await dialog.getByLabel('Nuovo valore al 30/06/2024').fill('47');
    await dialog.getByRole('button', { name: 'Registra la rettifica' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('Indicare il motivo della rettifica.');
    await dialog.getByLabel('Motivo della rettifica').fill('Conteggio rivisto: 4 attività non registrate');
    await dialog.getByRole('button', { name: 'Registra la rettifica' }).click();
    await dialog.waitFor({ state: 'detached' });
    const plan = stored();
    expect(plan.amendments).toEqual([
      expect.objectContaining({ date: '2024-06-30', cardCode: CODE, before: { kind: 'number', value: 43, decimals: 0 }, after: { kind: 'number', value: 47, decimals: 0 }, reason: 'Conteggio rivisto: 4 attività non registrate' }),
    ]);
    expect(valuesAt(storedCard(), '2024-06-30')[1]).toEqual({ kind: 'number', value: 47, decimals: 0 });
    const row = page().locator(`[data-amendment="${plan.amendments![0]!.id}"]`);
    expect(await row.textContent()).toContain('4347Conteggio rivisto: 4 attività non registrate');
    expect(await page().locator('[data-closure="2024-06-30"]').textContent()).toMatch(/Performance dell’obiettivo registrata alla chiusura: 38%; oggi 39%/);
    await row.scrollIntoViewIfNeeded();
    await screenshot(page(), 'monitoring-dates-amendment');

    const dir = mkdtempSync(path.join(tmpdir(), 'pira-dates-'));
    try {
      const printed = await app.browser.newPage({ viewport: { width: 1024, height: 760 }, locale: 'it-IT' });
      await printed.goto(new URL(`/#/stampa/${CODE}?data=2024-06-30&piano=${plan.id}`, app.harness.url).href);
      await printed.waitForSelector('body[data-ready="true"]');
      const file = path.join(dir, 'scheda.pdf');
      writeFileSync(file, await printed.pdf({ preferCSSPageSize: true, printBackground: true }));
      await printed.close();
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      // the side panel: today's performance (amendment included) and the one kept when 30/06 was closed
      expect(text).toContain('PERFORMANCE DELL’OBIETTIVO AL 30/06/2024');
      expect(text).toContain('39% media ponderata degli indicatori');
      expect(text).toContain('VALORI CHIUSI AL 30/06/2024');
      expect(text).toContain('38% performance registrata alla chiusura del monitoraggio');
      expect(text).toMatch(/Rettifica del valore al 30\/06\/2024 dopo la chiusura del monitoraggio, il \d\d\/\d\d\/\d{4} alle \d\d:\d\d da \S+: 43 → 47\. Motivo: Conteggio rivisto: 4 attività non registrate/);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      execFileSync('pdftoppm', ['-r', '80', '-png', '-singlefile', '-f', '1', '-l', '1', file, path.join(SCREENSHOT_DIR, 'print-card-closed')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(app.problems.filter((p) => !p.includes('HTTP 4'))).toEqual([]);
  });
});
