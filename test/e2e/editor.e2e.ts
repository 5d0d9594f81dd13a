// The editor in a real browser against the harness on a copy of the sample plan: list, search, edit with live
// performance, persistence in the file, add/remove/paste indicators, undo, and a bad value kept with its error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreCard, scoringContext, currentValue } from '../../shared/scoring';
import { openApp, readPlanFromFile, screenshot, type AppSession } from './support';

let app: AppSession;
const CODE = '01_01_OS01';

beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

const savedState = () => app.page.getByRole('status').filter({ hasText: /Salvato|Salvataggio|Errore|Nessuna/ });
const waitSaved = () => expect.poll(async () => (await savedState().textContent()) ?? '', { timeout: 10_000 }).toContain('Salvato');

describe('card list', () => {
  it('shows the 18 cards of the sample with resources and performance', async () => {
    const { page } = app;
    await page.getByRole('link', { name: CODE }).waitFor();
    expect(await page.locator('tr.card-row').count()).toBe(18);
    await expect.poll(() => page.locator('.list-count').textContent()).toBe('18 schede');
    expect(await page.locator('tr.card-row', { hasText: CODE }).textContent()).toContain('439.846,96 €');
    await screenshot(page, 'list');
  });

  it('searches by indicator name and by code', async () => {
    const { page } = app;
    const search = page.getByRole('searchbox', { name: /Cerca schede/ });
    await search.fill('sportello energia');
    await expect.poll(() => page.locator('tr.card-row').count()).toBe(1);
    expect(await page.locator('tr.card-row').textContent()).toContain('01_01_OS04');
    await search.fill(CODE);
    await expect.poll(() => page.locator('tr.card-row').count()).toBe(1);
    await search.fill('');
    await expect.poll(() => page.locator('tr.card-row').count()).toBe(18);
  });
});

describe('card editor', () => {
  it('edits a value and updates the indicator and card performance, saved in the file', async () => {
    const { page } = app;
    await page.getByRole('link', { name: CODE }).click();
    const value = page.getByLabel('Valore al 30/06/2024 – indicatore 1', { exact: true });
    await value.waitFor();
    expect(await value.inputValue()).toBe('1');
    expect(await page.getByTestId('performance-1').textContent()).toBe('25%');
    const cardBefore = await page.getByTestId('card-performance').textContent();
    await screenshot(page, 'editor');

    await value.fill('3');
    await value.press('Enter');
    await expect.poll(() => page.getByTestId('performance-1').textContent()).toBe('75%');
    await expect.poll(() => page.getByTestId('card-performance').textContent()).not.toBe(cardBefore);
    await waitSaved();

    const stored = readPlanFromFile(app.dbPath);
    const card = stored.cards.find((c) => c.code === CODE)!;
    expect(currentValue(card.indicators[0]!, stored.settings.monitoringDate)).toMatchObject({ kind: 'number', value: 3 });
    const score = scoreCard(card, scoringContext(stored.settings));
    expect(await page.getByTestId('card-performance').textContent()).toBe(`${Math.round((score.performance ?? 0) * 100)}%`);

    await page.reload();
    const again = page.getByLabel('Valore al 30/06/2024 – indicatore 1', { exact: true });
    await again.waitFor();
    expect(await again.inputValue()).toBe('3');
  });

  it('keeps a bad value with its Italian error and does not save it', async () => {
    const { page } = app;
    const weight = page.getByLabel('Peso – indicatore 2', { exact: true });
    await weight.fill('venti');
    await weight.press('Tab');
    await expect.poll(() => weight.getAttribute('aria-invalid')).toBe('true');
    expect(await weight.inputValue()).toBe('venti');
    expect(await page.getByRole('alert').filter({ hasText: 'non è un peso valido' }).count()).toBe(1);
    const stored = readPlanFromFile(app.dbPath).cards.find((c) => c.code === CODE)!;
    expect(stored.indicators[1]?.weight).toBeCloseTo(0.2);
    await page.getByLabel('Nome – indicatore 1', { exact: true }).click();
    expect(await weight.inputValue()).toBe('venti'); // still there after leaving the field
    await weight.fill('25%');
    await weight.press('Enter');
    await expect.poll(() => weight.getAttribute('aria-invalid')).toBeNull();
    await waitSaved();
    expect(readPlanFromFile(app.dbPath).cards.find((c) => c.code === CODE)!.indicators[1]?.weight).toBeCloseTo(0.25);
  });

  it('adds and removes an indicator', async () => {
    const { page } = app;
    const rows = page.locator('.indicator-grid tbody tr[data-row]');
    const before = await rows.count();
    await page.getByRole('button', { name: '+ Aggiungi indicatore' }).click();
    await expect.poll(() => rows.count()).toBe(before + 1);
    const name = page.getByLabel(`Nome – indicatore ${before + 1}`, { exact: true });
    await name.fill('Indicatore di prova');
    await name.press('Enter');
    await waitSaved();
    expect(readPlanFromFile(app.dbPath).cards.find((c) => c.code === CODE)!.indicators.at(-1)?.name).toBe('Indicatore di prova');
    await page.getByRole('button', { name: `Elimina – indicatore ${before + 1}` }).click();
    await expect.poll(() => rows.count()).toBe(before);
    await waitSaved();
    expect(readPlanFromFile(app.dbPath).cards.find((c) => c.code === CODE)!.indicators).toHaveLength(before);
  });

  it('pastes rows copied from Word, reports the unreadable one, and undo removes them', async () => {
    const { page } = app;
    const rows = page.locator('.indicator-grid tbody tr[data-row]');
    const before = await rows.count();
    await page.getByRole('button', { name: 'Incolla righe…' }).click();
    const text = [
      'Indicatori\tTipologia\tUdM\t30/06/2024\tTarget 2024\tTarget 2025\tTarget 2026\tPerformance\tPeso indicatori',
      'Desk Numero di desk\tEfficienza\tn.\t1\t>= 2\tn.d.\tn.d.\t50%\t20,0%',
      'Sportello\tEfficacia\t%\t40%\t>=\t80%\tn.d.\tn.d.\t50%\t20,0%',
      'Riga rotta\tEfficacia\tn.\tabc\t>= 1\tn.d.\tn.d.\t0%\t20,0%',
    ].join('\n');
    await page.getByLabel('Righe copiate da Excel o Word').fill(text);
    await expect.poll(() => page.locator('.paste-problems').textContent()).toContain('Riga 4, colonna «Valore»');
    await page.getByRole('button', { name: 'Aggiungi 2 indicatori' }).click();
    await expect.poll(() => rows.count()).toBe(before + 2);
    expect(await page.getByTestId(`performance-${before + 1}`).textContent()).toBe('50%');
    await waitSaved();
    expect(readPlanFromFile(app.dbPath).cards.find((c) => c.code === CODE)!.indicators).toHaveLength(before + 2);

    await page.keyboard.press('Control+z');
    await expect.poll(() => rows.count()).toBe(before);
    await waitSaved();
    expect(readPlanFromFile(app.dbPath).cards.find((c) => c.code === CODE)!.indicators).toHaveLength(before);
    await page.keyboard.press('Control+y');
    await expect.poll(() => rows.count()).toBe(before + 2);
    await waitSaved();
    expect(app.problems).toEqual([]);
  });
});
