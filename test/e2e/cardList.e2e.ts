// The card list's daily paths in a real browser, each checked in the file through the db layer: the new-card
// dialog (nothing written before confirming, a duplicate code refused in the dialog, one card written on confirm),
// the keyboard (Ctrl+F, arrows, Enter, Esc, focus on opening and closing, Tab stops to the first card) and the
// selection (ticked cards, not filtered ones, are what export and print contain).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { readFileSync } from 'node:fs';
import { openApp, readPlanFromFile, screenshot, type AppSession } from './support';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

const savedState = () => app.page.getByRole('status').filter({ hasText: /Salvato|Salvataggio|Errore|Nessuna/ });
const waitSaved = () => expect.poll(async () => (await savedState().textContent()) ?? '', { timeout: 10_000 }).toContain('Salvato');
const storedCodes = () => readPlanFromFile(app.dbPath).cards.map((c) => c.code);
/** The focused element's accessible name as the tests see it: aria-label, or its label, or its text. */
const focusedName = () =>
  app.page.evaluate<string>(`(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '';
    return el.getAttribute('aria-label') || (el.labels && el.labels[0] ? el.labels[0].textContent : '') || el.textContent || '';
  })()`);
const hash = () => app.page.evaluate<string>('window.location.hash');
const ambitoFilter = () => app.page.getByLabel('Filtra per ambito');

describe('new card dialog', () => {
  it('suggests the next free code of the filtered line and writes nothing when cancelled', async () => {
    const { page } = app;
    await page.getByRole('link', { name: '01_01_OS01' }).waitFor();
    await ambitoFilter().selectOption('01_01');
    await page.getByRole('button', { name: '+ Nuova scheda' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nuova scheda' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Linea dell’ambito strategico').inputValue()).toBe('01_01');
    expect(await dialog.getByLabel('Codice della nuova scheda').inputValue()).toBe('01_01_OS05');
    expect(await focusedName()).toBe('Titolo dell’obiettivo'); // the only field left to fill
    await dialog.getByLabel('Linea dell’ambito strategico').selectOption('03_01');
    expect(await dialog.getByLabel('Codice della nuova scheda').inputValue()).toBe('03_01_OS07');
    await screenshot(page, 'new-card-dialog');
    await dialog.getByRole('button', { name: 'Annulla' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(storedCodes()).toHaveLength(18);
    expect(await page.locator('tr.card-row').count()).toBe(4);
  });

  it('refuses an empty or duplicate code in the dialog itself, with an Italian message', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '+ Nuova scheda' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nuova scheda' });
    const code = dialog.getByLabel('Codice della nuova scheda');
    await code.fill('01_01_OS01');
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('Il codice «01_01_OS01» è già usato da un’altra scheda di questo piano: sceglierne un altro.');
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel('Titolo dell’obiettivo').fill('Doppione');
    await dialog.getByRole('button', { name: 'Crea la scheda' }).click();
    expect(await dialog.isVisible()).toBe(true);
    expect(await focusedName()).toBe('Codice della nuova scheda');
    await screenshot(page, 'new-card-duplicate');
    await code.fill('');
    await dialog.getByLabel('Titolo dell’obiettivo').press('Enter');
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Il codice è vuoto');
    expect(await dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(storedCodes()).toHaveLength(18);
    expect(readPlanFromFile(app.dbPath).cards.filter((c) => c.title === 'Doppione')).toEqual([]);
  });

  it('writes exactly one card on confirm, opens it on the first empty field, and never a placeholder card', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '+ Nuova scheda' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nuova scheda' });
    await dialog.getByLabel('Titolo dell’obiettivo').fill('Sportello digitale per le imprese');
    await dialog.getByRole('button', { name: 'Crea la scheda' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(hash).toBe('#/scheda/01_01_OS05');
    await expect.poll(focusedName).toBe('Missione'); // code, title and weight are filled
    await waitSaved();
    const stored = readPlanFromFile(app.dbPath).cards;
    expect(stored).toHaveLength(19);
    expect(stored.filter((c) => c.code === '01_01_OS05')).toMatchObject([{ title: 'Sportello digitale per le imprese', ambitoLine: '01_01', indicators: [] }]);
    expect(stored.filter((c) => c.code.startsWith('NUOVA'))).toEqual([]);

    // Esc (nothing typed) closes the card and gives the focus back to its row
    await page.keyboard.press('Escape');
    await expect.poll(hash).toMatch(/^#\/(\?.*)?$/);
    await expect.poll(focusedName).toBe('01_01_OS05');

    // undo removes it from the file again
    await page.keyboard.press('Control+z');
    await waitSaved();
    await expect.poll(() => storedCodes().length).toBe(18);
    await ambitoFilter().selectOption('');
  });
});

describe('keyboard', () => {
  it('Ctrl+F reaches the search box from a card, ↓/↑ move over the rows, Enter opens on the first field, Esc returns to the row', async () => {
    const { page } = app;
    await page.evaluate(`window.location.hash = '#/scheda/03_01_OS05'`);
    await page.getByLabel('Codice', { exact: true }).waitFor();
    await expect.poll(focusedName).toBe('Codice'); // opening a card puts the focus on its first field
    await page.evaluate('document.activeElement.blur()');
    await page.keyboard.press('Control+f');
    await expect.poll(focusedName).toBe('Cerca schede (codice, obiettivo, indicatori)');
    expect(await hash()).toMatch(/^#\/(\?.*)?$/);

    await page.keyboard.press('ArrowDown');
    expect(await focusedName()).toBe('01_01_OS01');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName()).toBe('01_02_OS01');
    await page.keyboard.press('ArrowUp');
    expect(await focusedName()).toBe('01_01_OS04');
    await page.keyboard.press('End');
    const last = readPlanFromFile(app.dbPath).cards.at(-1)!.code;
    await expect.poll(focusedName).toBe(last);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(hash).toBe('#/scheda/01_01_OS04');
    await expect.poll(focusedName).toBe('Codice');
    expect(await page.getByLabel('Codice', { exact: true }).inputValue()).toBe('01_01_OS04');

    // Esc first undoes the typing in a field (the card stays open), then closes the card
    await page.keyboard.type('X');
    await page.keyboard.press('Escape');
    expect(await hash()).toBe('#/scheda/01_01_OS04');
    expect(await page.getByLabel('Codice', { exact: true }).inputValue()).toBe('01_01_OS04');
    await page.keyboard.press('Escape');
    await expect.poll(focusedName).toBe('01_01_OS04');

    // "← Schede" returns to the row too
    await page.keyboard.press('Enter');
    await expect.poll(hash).toBe('#/scheda/01_01_OS04');
    await page.getByRole('button', { name: '← Schede' }).click();
    await expect.poll(focusedName).toBe('01_01_OS04');
    expect(storedCodes()).toHaveLength(18);
  });

  it('takes fewer than 5 Tab stops from the top bar to the first card', async () => {
    const { page } = app;
    await page.reload(); // a fresh list: the rows' one Tab stop is the first card
    await page.getByRole('link', { name: '01_01_OS01' }).waitFor();
    await page.evaluate(`(() => {
      const controls = [...document.querySelectorAll('header.toolbar :is(button, select, a[href], input, [tabindex="0"])')].filter((el) => !el.disabled && el.tabIndex >= 0);
      controls.at(-1).focus();
    })()`);
    const visited: string[] = [];
    for (let i = 0; i < 10 && visited.at(-1) !== '01_01_OS01'; i++) {
      await page.keyboard.press('Tab');
      visited.push(await focusedName());
    }
    expect(visited.at(-1), `Tab: ${visited.join(' → ')}`).toBe('01_01_OS01');
    expect(visited.length, `Tab: ${visited.join(' → ')}`).toBeLessThan(5);
  });
});

describe('selection', () => {
  it('ticks single rows, Shift-click ranges and the filtered rows', async () => {
    const { page } = app;
    const count = page.locator('.selection-count');
    await page.getByLabel('Seleziona 01_01_OS01').click();
    await page.getByLabel('Seleziona 01_02_OS01').click({ modifiers: ['Shift'] });
    await expect.poll(() => count.textContent()).toBe('3 schede selezionate.');
    expect(await page.getByLabel('Seleziona 01_01_OS04').isChecked()).toBe(true);
    expect(await hash()).toMatch(/^#\/(\?.*)?$/); // ticking never opens the card
    await page.getByRole('button', { name: 'Deseleziona tutte' }).click();
    await ambitoFilter().selectOption('03');
    const shown = await page.locator('tr.card-row').count();
    await page.getByLabel(/^Seleziona tutte le schede mostrate/).check();
    await expect.poll(() => count.textContent()).toBe(`${shown} schede selezionate.`);
    await ambitoFilter().selectOption('');
    await expect.poll(() => count.textContent()).toBe(`${shown} schede selezionate.`); // no filter: all of them are shown
    await page.getByLabel('Filtra per stato').selectOption('raggiunto');
    const hiddenNow = shown - (await page.locator('tr.card-row.is-selected').count());
    await expect.poll(() => count.textContent()).toBe(`${shown} schede selezionate, di cui ${hiddenNow} non ${hiddenNow === 1 ? 'mostrata' : 'mostrate'} dai filtri.`);
    await page.getByLabel('Filtra per stato').selectOption('');
    await page.getByRole('button', { name: 'Deseleziona tutte' }).click();
  });

  it('exports and prints exactly the two ticked cards, not the filtered ones', async () => {
    const { page } = app;
    const chosen = ['01_05_OS01', '03_01_OS05'];
    await ambitoFilter().selectOption('');
    for (const code of chosen) await page.getByLabel(`Seleziona ${code}`).check();
    await ambitoFilter().selectOption('01'); // a filter that shows other cards and hides 03_01_OS05
    await screenshot(page, 'list-selection');

    await page.getByRole('button', { name: 'Esporta le selezionate…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Esporta in Excel' });
    expect(await dialog.getByLabel('Solo le schede selezionate (2)').isChecked()).toBe(true);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Esporta' }).click();
    const workbook = XLSX.read(readFileSync(await (await download).path()));
    const cardRows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['Obiettivi']!, { header: 1 });
    const codeColumn = (cardRows[0] as string[]).indexOf('Codice');
    expect(cardRows.slice(1).map((r) => r[codeColumn])).toEqual(chosen);
    const indicatorRows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['Indicatori']!, { header: 1 });
    const cardColumn = (indicatorRows[0] as string[]).indexOf('Codice obiettivo');
    const stored = readPlanFromFile(app.dbPath).cards.filter((c) => chosen.includes(c.code));
    expect(new Set(indicatorRows.slice(1).map((r) => r[cardColumn]))).toEqual(new Set(chosen));
    expect(indicatorRows.length - 1).toBe(stored.reduce((n, c) => n + c.indicators.length, 0));
    await dialog.getByRole('button', { name: 'Chiudi', exact: true }).first().click();

    await page.getByRole('button', { name: 'Stampa le selezionate…' }).click();
    const preview = page.getByRole('dialog', { name: 'Anteprima di stampa – 2 schede' });
    await preview.waitFor();
    await expect.poll(() => preview.locator('.pd-card-code').allTextContents()).toEqual(chosen); // issue 20: the code heads the card's title
    const popup = page.waitForEvent('popup');
    await preview.getByRole('button', { name: 'Stampa…' }).click();
    const printPage = await popup;
    // issue 12: the job carries the date it scores at (the screen's, here the latest date with values)
    expect(new URL(printPage.url()).hash).toBe(`#/stampa?codici=${chosen.join(',')}&data=2024-06-30&piano=${readPlanFromFile(app.dbPath).id}`);
    await printPage.close();
    await preview.getByRole('button', { name: 'Chiudi' }).click();
    await ambitoFilter().selectOption('');
    expect(app.problems).toEqual([]);
  });
});
