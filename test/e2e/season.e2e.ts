// Issue 17, the season (the open date being filled) in a real browser on a copy of the sample plan, where 30/06 is
// full and 31/12 empty: Alt+V and Alt+N go to empty cells of an open date (never a filled or closed 30/06 cell), the
// season is shown and chosen in the toolbar and in #/monitoraggio and moved on with one click, typing over a value
// of another date asks first, «Prepara raccolta dati» says a closed season before the click. Every step checks the
// FILE through the db layer.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/runCli';
import type { ChangeEntry } from '../../shared/changeLog';
import type { Card } from '../../shared/model';
import { openApp, readPlanFromFile, screenshot, type AppSession } from './support';

let app: AppSession;
const CODE = '01_01_OS01';

beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

const page = (): Page => app.page;
const stored = () => readPlanFromFile(app.dbPath);
const storedCard = (code = CODE): Card => stored().cards.find((c) => c.code === code)!;
const valueAt = (n: number, date: string, code = CODE) => storedCard(code).indicators[n - 1]?.measurements.find((m) => m.date === date)?.value;
const saved = () => expect.poll(async () => (await page().locator('.save-status').textContent()) ?? '', { timeout: 10_000 }).toContain('Salvato');
const focusedName = () =>
  page().evaluate(`(() => { const el = document.activeElement; return el && el.id ? (document.querySelector('label[for="' + el.id + '"]')?.textContent ?? '') : ''; })()`) as Promise<string>;
const cell = (date: string, n: number, code = CODE) => page().getByLabel(`Valore al ${date} – ${code}, indicatore ${n}`, { exact: true });
const toolbarSeason = () => page().getByRole('combobox', { name: 'Rilevazione in corso', exact: true });

/** `pira log --db FILE --json`: the change log as the command line gives it, oldest first. */
async function cliLog(): Promise<ChangeEntry[]> {
  let out = '';
  expect(await runCli(['log', '--db', app.dbPath, '--json'], { out: (t) => (out += t), err: () => undefined })).toBe(0);
  return JSON.parse(out) as ChangeEntry[];
}

async function go(hash: string) {
  await page().evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
}
async function openMonitoring() {
  await go('#/monitoraggio');
  await cell('30/06/2024', 1).waitFor();
}

let questions: string[] = [];
let answer = true;
beforeEach(() => {
  questions = [];
  answer = true;
  page().removeAllListeners('dialog');
  page().on('dialog', (dialog) => {
    questions.push(dialog.message());
    void (answer ? dialog.accept() : dialog.dismiss()).catch(() => undefined);
  });
});

describe('Alt+V and Alt+N on the sample plan (30/06 full, 31/12 empty)', () => {
  it('go to the empty 31/12 cells, never to a filled 30/06 one, and what is typed lands at 31/12 only', async () => {
    const before = storedCard();
    await openMonitoring();
    await page().keyboard.press('Alt+KeyV');
    expect(await focusedName()).toBe(`Valore al 31/12/2024 – ${CODE}, indicatore 1`);
    expect(await toolbarSeason().inputValue()).toBe('2024-06-30');
    expect(await page().getByTestId('season-offer').textContent()).toContain('Tutti i 123 valori al 30/06/2024 sono inseriti');
    await page().keyboard.type('3');
    await page().keyboard.press('Enter');
    await saved();
    expect(valueAt(1, '2024-12-31')).toEqual({ kind: 'number', value: 3, decimals: 0 });
    expect(storedCard().indicators.map((i) => i.measurements.find((m) => m.date === '2024-06-30'))).toEqual(
      before.indicators.map((i) => i.measurements.find((m) => m.date === '2024-06-30')),
    );
    expect(await focusedName()).toBe(`Valore al 31/12/2024 – ${CODE}, indicatore 2`);
    await page().keyboard.press('Alt+KeyN');
    expect(await focusedName()).toBe(`Valore al 31/12/2024 – ${CODE}, indicatore 3`);
    await page().keyboard.press('Alt+KeyV');
    expect(await focusedName()).toBe(`Valore al 31/12/2024 – ${CODE}, indicatore 2`);
    await screenshot(page(), 'season-monitoring-offer');
  });
});

describe('the season, shown and chosen', () => {
  it('moves to 31/12 with one click on the offer, in the file, and the toolbar says it', async () => {
    await page().getByRole('button', { name: 'Passa la rilevazione al 31/12/2024' }).click();
    await saved();
    expect(stored().settings.monitoringDate).toBe('2024-12-31');
    expect(await toolbarSeason().inputValue()).toBe('2024-12-31');
    expect(await page().getByLabel('Valori da inserire al', { exact: true }).inputValue()).toBe('2024-12-31');
    expect(await page().getByTestId('season-offer').count()).toBe(0);
    await screenshot(page(), 'season-monitoring');
  });

  it('typing over a 30/06 value while 31/12 is filled asks first: refused, the file keeps 43; agreed, it is saved', async () => {
    const target = cell('30/06/2024', 2);
    await target.click();
    await page().keyboard.type('1234,5');
    expect(await page().locator('.cell-hint').textContent()).toContain('sostituisce 43 (valore al 30/06/2024; la rilevazione in corso è il 31/12/2024)');
    answer = false;
    await page().keyboard.press('Enter');
    await expect.poll(() => target.inputValue()).toBe('43');
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatch(/^Sostituire il valore al 30\/06\/2024 di 01_01_OS01, indicatore 2\?/);
    expect(valueAt(2, '2024-06-30')).toEqual({ kind: 'number', value: 43, decimals: 0 });

    answer = true;
    // the refused text is gone and the cell is selected again: typing replaces it
    await page().keyboard.type('44');
    await page().keyboard.press('Enter');
    await saved();
    expect(valueAt(2, '2024-06-30')).toEqual({ kind: 'number', value: 44, decimals: 0 });
    // a value of the season itself is typed over without a question
    questions = [];
    await cell('31/12/2024', 1).click();
    await page().keyboard.type('4');
    await page().keyboard.press('Enter');
    await saved();
    expect(questions).toEqual([]);
    expect(valueAt(1, '2024-12-31')).toEqual({ kind: 'number', value: 4, decimals: 0 });
  });

  it('is chosen in the toolbar from any view', async () => {
    await go('#/');
    await toolbarSeason().selectOption('2024-06-30');
    await saved();
    expect(stored().settings.monitoringDate).toBe('2024-06-30');
  });
});

describe('closing the season', () => {
  it('offers the next open date, «Prepara raccolta dati» says it is closed before the click, Alt+V skips it', async () => {
    await go('#/impostazioni');
    await page().getByRole('button', { name: 'Chiudi il monitoraggio al 30/06/2024' }).click();
    await page().getByRole('status').filter({ hasText: 'Monitoraggio al 30/06/2024 chiuso.' }).waitFor();
    expect(await page().getByTestId('season-offer').textContent()).toContain('Il monitoraggio al 30/06/2024 è chiuso: i prossimi valori vanno al 31/12/2024.');

    await go('#/');
    await page().getByRole('button', { name: 'Esporta Excel' }).click();
    await page().getByRole('dialog', { name: 'Esporta in Excel' }).getByRole('button', { name: 'Prepara raccolta dati…' }).click();
    const prepare = page().getByRole('dialog', { name: 'Prepara raccolta dati' });
    await prepare.getByRole('region', { name: 'Cartelle da preparare' }).waitFor();
    expect(await prepare.getByTestId('season-offer').textContent()).toContain('Il monitoraggio al 30/06/2024 è chiuso');
    expect(await prepare.getByRole('button', { name: /^Prepara \d+ cartelle$/ }).isDisabled()).toBe(true);
    await screenshot(page(), 'season-round-closed');
    await prepare.getByRole('button', { name: 'Passa la rilevazione al 31/12/2024' }).click();
    await saved();
    expect(stored().settings.monitoringDate).toBe('2024-12-31');
    expect(await prepare.getByRole('button', { name: /^Prepara \d+ cartelle$/ }).isDisabled()).toBe(false);
    expect((await prepare.getByRole('listitem').allTextContents())[0]).toMatch(/^Raccolta 31-12-2024 - /);
    await prepare.getByRole('button', { name: 'Chiudi', exact: true }).first().click();

    await openMonitoring();
    await page().keyboard.press('Alt+KeyV');
    expect(await focusedName()).toBe(`Valore al 31/12/2024 – ${CODE}, indicatore 2`);
    expect(app.problems.filter((p) => !p.includes('HTTP 4'))).toEqual([]);
  });
});

describe('closing and reopening are in the change log (issue 17 §5)', () => {
  it('the closing of 30/06 is in #/storico and in `pira log --json`; reopening asks a reason and is logged with it', async () => {
    const closings = (await cliLog()).filter((e) => e.kind === 'close-date');
    expect(closings).toHaveLength(1);
    expect(closings[0]).toMatchObject({ label: 'monitoraggio al 30/06/2024 chiuso', details: [{ key: 'closure.2024-06-30', before: 'aperto' }] });
    await go('#/storico');
    const entry = page().locator(`[data-change="${closings[0]!.id}"]`);
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Chiusura del monitoraggio');
    expect(await entry.textContent()).toContain('Monitoraggio al 30/06/2024');

    await go('#/impostazioni');
    await page().getByRole('button', { name: 'Riapri il monitoraggio al 30/06/2024…' }).click();
    const dialog = page().getByRole('dialog', { name: 'Riapri il monitoraggio al 30/06/2024' });
    await dialog.getByRole('button', { name: 'Riapri il monitoraggio' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('Indicare il motivo della riapertura.');
    expect(stored().closures?.map((c) => c.date)).toEqual(['2024-06-30']);
    await dialog.getByLabel('Motivo della riapertura').fill('Valori del PID da correggere prima della relazione');
    await dialog.getByRole('button', { name: 'Riapri il monitoraggio' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(stored().closures).toBeUndefined();
    const reopened = (await cliLog()).at(-1);
    expect(reopened).toMatchObject({ kind: 'reopen-date', reason: 'Valori del PID da correggere prima della relazione', details: [{ key: 'closure.2024-06-30', after: 'aperto' }] });
    expect(await page().getByRole('button', { name: 'Chiudi il monitoraggio al 30/06/2024' }).count()).toBe(1);
  });
});
