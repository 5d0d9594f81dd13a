// Issue 17 §2, §10 and §11 (paste on a closed column) in a real browser on a copy of the sample plan: a column of
// fractions pasted under a % indicator asks and, confirmed, stores 85% and 90%; a bare number typed under % is written
// with its % by a first Enter and stored by the second, never silently; a value out of scale is said while typing and
// in the paste preview; a paste on a closed column says it was not pasted. Every step checks the FILE via the db layer.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Card } from '../../shared/model';
import { openApp, readPlanFromFile, screenshot, type AppSession } from './support';

let app: AppSession;
const CODE = '01_03_OS02'; // 1. «Formazione funzionari…» (%, target 70%), 2. «Rispetto cronoprogramma…» (%, 100% at 30/06)

beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});
beforeEach(() => {
  page().removeAllListeners('dialog');
  page().on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
});

const page = (): Page => app.page;
const storedCard = (code = CODE): Card => readPlanFromFile(app.dbPath).cards.find((c) => c.code === code)!;
const valueAt = (n: number, date: string, code = CODE) => storedCard(code).indicators[n - 1]?.measurements.find((m) => m.date === date)?.value;
const saved = () => expect.poll(async () => (await page().locator('.save-status').textContent()) ?? '', { timeout: 10_000 }).toContain('Salvato');
const cell = (date: string, n: number, code = CODE) => page().getByLabel(`Valore al ${date} – ${code}, indicatore ${n}`, { exact: true });

async function openMonitoring() {
  await page().evaluate(`window.location.hash = '#/monitoraggio'`);
  await cell('30/06/2024', 1).waitFor();
}
/** Pastes `text` into the focused cell as Excel puts a copied column on the clipboard. */
async function paste(text: string) {
  await page().evaluate(
    `(() => { const data = new DataTransfer(); data.setData('text/plain', ${JSON.stringify(text)});
      document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })); })()`,
  );
}

describe('fractions pasted under a % indicator', () => {
  it('0,85⏎0,9 asks and, confirmed, stores 85% and 90% (never 0,85%)', async () => {
    await openMonitoring();
    await cell('31/12/2024', 1).focus();
    await paste('0,85\r\n0,9\r\n');
    const dialog = page().getByRole('dialog', { name: 'Incolla nelle celle della griglia' });
    await dialog.waitFor();
    expect(await dialog.locator('.paste-questions').textContent()).toContain('2 numeri senza % sotto indicatori in %');
    const reading = dialog.getByLabel(`Lettura di 0,85 – Valore al 31/12/2024 – ${CODE}, indicatore 1`, { exact: true });
    expect(await reading.locator('option').allTextContents()).toEqual(['85%', '0,85%']);
    expect(await reading.inputValue()).toBe('proposal');
    expect(valueAt(1, '2024-12-31')).toBeUndefined(); // nothing written before the answer
    await screenshot(page(), 'paste-percent-question');
    await dialog.getByRole('button', { name: 'Incolla 2 celle' }).click();
    await saved();
    expect(valueAt(1, '2024-12-31')).toEqual({ kind: 'percent', value: 0.85, decimals: 0 });
    expect(valueAt(2, '2024-12-31')).toEqual({ kind: 'percent', value: 0.9, decimals: 0 });
  });

  it('a bare number typed under % is the same question: the first Enter writes the proposal, the second stores it', async () => {
    await cell('31/12/2024', 5).focus();
    await page().keyboard.type('3');
    expect(await page().locator('.cell-hint').textContent()).toContain('«3» sotto un indicatore in %: si intende 3% oppure 300%?');
    await page().keyboard.press('Enter');
    expect(await cell('31/12/2024', 5).inputValue()).toBe('3%'); // the first Enter writes the proposal, the focus stays
    expect(valueAt(5, '2024-12-31')).toBeUndefined();
    await page().keyboard.press('Enter');
    await saved();
    expect(valueAt(5, '2024-12-31')).toEqual({ kind: 'percent', value: 0.03, decimals: 0 });
  });
});

describe('a value out of scale', () => {
  it('is said while typing, and in the paste preview before anything is written', async () => {
    await cell('31/12/2024', 3).focus(); // «Promozione dell'efficientamento…»: n., 2 at 30/06, target 1
    await page().keyboard.type('250');
    expect(await page().locator('.cell-hint').textContent()).toContain('attenzione: 250 è 250 volte più grande del target 2024 (1) e 125 volte più grande del valore al 30/06/2024 (2)');
    await page().keyboard.press('Escape');
    await paste('250\r\n4\r\n');
    const dialog = page().getByRole('dialog', { name: 'Incolla nelle celle della griglia' });
    await dialog.waitFor();
    expect(await dialog.locator('.paste-warnings').textContent()).toContain('1 valore sembra fuori scala');
    expect(await dialog.getByText(/Attenzione: 250 è 250 volte più grande del target 2024/).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Annulla', exact: true }).click();
    expect(valueAt(3, '2024-12-31')).toBeUndefined();
  });
});

describe('a paste on a closed column', () => {
  it('is not silent: the cell says it was not pasted', async () => {
    await page().evaluate(`window.location.hash = '#/impostazioni'`);
    await page().getByRole('button', { name: 'Chiudi il monitoraggio al 30/06/2024' }).click();
    await page().getByRole('status').filter({ hasText: 'Monitoraggio al 30/06/2024 chiuso.' }).waitFor();
    await openMonitoring();
    await cell('30/06/2024', 3).focus();
    await paste('9\r\n');
    const hint = page().getByRole('alert').filter({ hasText: 'Non incollato: monitoraggio al 30/06/2024 chiuso' });
    await hint.waitFor();
    expect(valueAt(3, '2024-06-30')).toEqual({ kind: 'number', value: 2, decimals: 0 });
    expect(app.problems.filter((p) => !p.includes('HTTP 4'))).toEqual([]);
  });
});
