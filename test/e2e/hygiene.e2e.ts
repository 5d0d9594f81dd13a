// Catalogue hygiene and readable texts in a real browser, checked in the file through the db layer: merging the
// spellings of one area (every card rewritten, one undo step), area suggestions while typing, the premessa's
// formatting and print preview, whole texts of cut-off controls on hover and focus, and the undo history's scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueKey } from '../../shared/finding';
import { openApp, readPlanFromFile, screenshot, type AppSession } from './support';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

const AREA = 'Promozione e Sviluppo Economico';
const savedState = () => app.page.getByRole('status').filter({ hasText: /Salvato|Salvataggio|Errore|Nessuna/ });
const waitSaved = () => expect.poll(async () => (await savedState().textContent()) ?? '', { timeout: 10_000 }).toContain('Salvato');
const go = (hash: string) => app.page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
/** Every spelling of the promotion area in the file: in the catalogue, and on the cards (with their counts). */
function storedSpellings() {
  const plan = readPlanFromFile(app.dbPath);
  const same = (name: string) => catalogueKey(name) === catalogueKey(AREA);
  const cards = new Map<string, number>();
  for (const c of plan.cards.filter((c) => same(c.area))) cards.set(c.area, (cards.get(c.area) ?? 0) + 1);
  return { catalogue: plan.catalogues.aree.map((a) => a.name).filter(same), cards: Object.fromEntries(cards) };
}

describe('catalogue hygiene', () => {
  it('merges the spellings of an area into the chosen one, in the catalogue and on every card, undone in one step', async () => {
    const { page } = app;
    const before = storedSpellings();
    expect(before.catalogue).toHaveLength(3);
    await page.getByRole('link', { name: '01_01_OS01' }).waitFor();
    await page.getByRole('button', { name: 'Cataloghi' }).click();
    const box = page.getByRole('region', { name: 'Voci scritte in modi diversi' });
    await box.waitFor();
    await box.getByLabel(/«Promozione e sviluppo economico»/).check();
    await screenshot(page, 'catalogues-merge');
    await box.getByRole('button', { name: 'Unisci in «Promozione e sviluppo economico» (area, 8 schede da riscrivere)' }).click();
    await waitSaved();
    await expect.poll(() => box.getByRole('status').textContent()).toContain('8 schede riscritte');
    expect(storedSpellings()).toEqual({ catalogue: ['Promozione e sviluppo economico'], cards: { 'Promozione e sviluppo economico': 10 } });
    expect(await page.getByRole('button', { name: /^Unisci in «Promozione/ }).count()).toBe(0);

    await page.keyboard.press('Control+z');
    await waitSaved();
    await expect.poll(() => storedSpellings()).toEqual(before);
    await page.keyboard.press('Control+y');
    await waitSaved();
    await expect.poll(() => storedSpellings().catalogue).toEqual(['Promozione e sviluppo economico']);
    await page.keyboard.press('Control+z');
    await waitSaved();
    await expect.poll(() => storedSpellings()).toEqual(before);
  });

  it('suggests each area once while typing and saves a case/spacing variant as the existing entry', async () => {
    const { page } = app;
    await go('#/scheda/03_01_OS05');
    const area = page.getByLabel('Area di responsabilità', { exact: true });
    await area.waitFor();
    const listId = (await area.getAttribute('list'))!;
    const options = await page.locator(`datalist[id="${listId}"] option`).evaluateAll((els) => els.map((el) => (el as unknown as { value: string }).value));
    expect(options.filter((o) => catalogueKey(o ?? '') === catalogueKey(AREA))).toEqual([AREA]);
    await area.fill('  promozione e SVILUPPO   economico ');
    await area.press('Enter');
    await waitSaved();
    expect(readPlanFromFile(app.dbPath).cards.find((c) => c.code === '03_01_OS05')?.area).toBe(AREA);
    await page.getByLabel('Ufficio', { exact: true }).focus();
    expect(await area.inputValue()).toBe(AREA);
  });
});

describe('premessa', () => {
  it('shows bold and italics as the print does, and the bold button writes the markup that is saved', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Impostazioni' }).click();
    const preview = page.getByRole('region', { name: 'Anteprima di stampa – Premessa' });
    await preview.waitFor();
    expect(await preview.locator('strong').first().textContent()).toBe('Piano degli indicatori e dei risultati attesi di bilancio');
    expect(await preview.locator('em').count()).toBeGreaterThan(0);
    expect(await preview.textContent()).not.toContain('**');

    const text = page.getByLabel('Premessa', { exact: true });
    const original = await text.inputValue();
    await text.fill('Nota finale');
    await text.evaluate((el) => (el as unknown as { setSelectionRange(a: number, b: number): void }).setSelectionRange(5, 11));
    await page.getByRole('button', { name: 'Grassetto – Premessa' }).click();
    expect(await text.inputValue()).toBe('Nota **finale**');
    await expect.poll(() => preview.locator('strong').allTextContents()).toEqual(['finale']);
    await page.getByLabel('Ente', { exact: true }).focus(); // leaving the field saves it
    await waitSaved();
    expect(readPlanFromFile(app.dbPath).settings.premessa).toBe('Nota **finale**');
    await page.keyboard.press('Control+z');
    await waitSaved();
    expect(readPlanFromFile(app.dbPath).settings.premessa).toBe(original);
  });
});

describe('whole texts and the undo history', () => {
  /** The visible bubble next to the focused control (aria-hidden: the control itself carries the text). */
  const focusBubble = () => app.page.locator('.tip-anchor:focus-within > .full-text-tip');

  it('shows the whole missione, programma and plan names on hover (title) and on focus (bubble)', async () => {
    const { page } = app;
    await go('#/scheda/03_01_OS05');
    const missione = page.getByLabel('Missione', { exact: true });
    await missione.waitFor();
    const full = '032 – Servizi istituzionali e generali delle amministrazioni pubbliche';
    expect(await missione.getAttribute('title')).toBe(full);
    await missione.focus();
    await expect.poll(() => focusBubble().textContent()).toBe(full);
    const programma = page.getByLabel('Programma', { exact: true });
    await programma.focus();
    expect(await focusBubble().textContent()).toBe(await programma.getAttribute('title'));
    await screenshot(page, 'editor-focus-bubble');

    // (issue 20) at 1366 px the plan selector shows its whole text; in a narrow window it is cut and opens on focus
    const plan = page.getByLabel('Piano e anno');
    expect(await plan.getAttribute('title')).toMatch(/^2024 – .+ \(18 schede\)$/);
    await plan.focus();
    await page.waitForTimeout(100);
    expect(await focusBubble().count()).toBe(0);
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.getByLabel('Missione', { exact: true }).focus();
    await plan.focus();
    await expect.poll(() => focusBubble().textContent()).toBe(await plan.getAttribute('title'));
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('shows the whole cell texts of the list row that has the focus', async () => {
    const { page } = app;
    await page.keyboard.press('Escape');
    const row = page.locator('tr.card-row', { hasText: '03_01_OS05' });
    await row.waitFor();
    const title = row.locator('td.col-title');
    expect(await title.getAttribute('title')).toBe('Pari opportunità');
    const long = page.locator('tr.card-row', { hasText: '01_01_OS01' });
    const cell = long.locator('td.col-title .ellipsis');
    const cut = () => cell.evaluate((el) => {
      const box = el as unknown as { scrollWidth: number; clientWidth: number };
      return box.scrollWidth > box.clientWidth;
    });
    expect(await cut()).toBe(true);
    await page.getByRole('link', { name: '01_01_OS01' }).focus();
    await expect.poll(cut).toBe(false);
    expect(await long.locator('td.col-missione').getAttribute('title')).toMatch(/^011\.005 – /);
  });

  it('shows a cut-off save error whole on hover and when it has the focus', async () => {
    const { page } = app;
    const message = 'Il file del piano è bloccato da un altro programma (per esempio una copia di sicurezza in corso): attendere qualche secondo e ripetere la modifica.';
    await page.route('**/api/saveChanges', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'locked', message } }) }), { times: 1 });
    await go('#/scheda/01_01_OS04');
    const title = page.getByLabel('Obiettivo (titolo)', { exact: true });
    await title.fill('Titolo che non si salva');
    await title.press('Enter');
    const errorText = page.locator('.save-error-text');
    await expect.poll(() => errorText.textContent()).toContain(message);
    const full = (await errorText.textContent())!;
    expect(await page.locator('.save-status').getAttribute('title')).toBe(full);
    expect(await errorText.evaluate((el) => {
      const box = el as unknown as { scrollWidth: number; clientWidth: number };
      return box.scrollWidth > box.clientWidth;
    })).toBe(true);
    await errorText.focus();
    const bubble = page.locator('#save-error-full p');
    await expect.poll(() => bubble.isVisible()).toBe(true);
    expect(await bubble.textContent()).toBe(full);
    await screenshot(page, 'status-error-bubble');
    // The refused title is gone from the screen (it shows the file's) and is not sent again when the field is left.
    expect(await title.inputValue()).not.toBe('Titolo che non si salva');
    await page.getByRole('button', { name: 'Chiudi l’errore di salvataggio' }).click();
    await waitSaved();
    expect(readPlanFromFile(app.dbPath).cards.find((c) => c.code === '01_01_OS04')?.title).not.toBe('Titolo che non si salva');
  });

  it('says next to undo/redo what they undo and that the steps outlive a reload of the file (issue 13)', async () => {
    const { page } = app;
    const undo = page.getByRole('button', { name: 'Annulla (Ctrl+Z)' });
    await go('#/scheda/01_01_OS01');
    const title = page.getByLabel('Obiettivo (titolo)', { exact: true });
    await title.fill('Titolo provvisorio');
    await title.press('Enter');
    await waitSaved();
    expect(await undo.getAttribute('title')).toContain('Annulla: titolo (01_01_OS01)');
    expect(await undo.getAttribute('title')).toContain('valgono anche dopo aver chiuso e riaperto il file');
    const noteId = (await undo.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${noteId}"]`).textContent()).toContain('valgono anche dopo aver chiuso e riaperto il file');
    await undo.focus();
    expect(await page.locator('.undo-group:focus-within > .undo-note').isVisible()).toBe(true);
    await page.keyboard.press('Control+z');
    await waitSaved();
    expect(readPlanFromFile(app.dbPath).cards.find((c) => c.code === '01_01_OS01')?.title).not.toBe('Titolo provvisorio');
    expect(app.problems).toEqual([]);
  });
});
