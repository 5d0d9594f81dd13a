// WCAG 2.1 A and AA on every screen, dialog and print page, by axe-core (rules tagged wcag2a, wcag2aa, wcag21a,
// wcag21aa) in Chromium: the screens at 1366×768 and 1920×1080, each dialog with the states it can show (a preview,
// an error, a warning), the screens again in the states the work leaves them in (an unreadable value, a comparison
// between dates, an import applied, an approved plan, a closed date), and the print pages. Zero violations.
// (issue 20: 6 violations on 42 elements were measured on the code before it)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { colleagueWorkbook } from './colleagueWorkbook';
import { openApp, readPlanFromFile, screenshot, type AppSession } from './support';

let app: AppSession;
const page = (): Page => app.page;

beforeAll(async () => {
  app = await openApp();
  await page().context().grantPermissions(['clipboard-read', 'clipboard-write']);
  page().on('dialog', (dialog) => void dialog.accept().catch(() => undefined)); // the confirmations (closing a date)
  await page().getByRole('link', { name: '01_01_OS01' }).waitFor();
});
afterAll(async () => {
  await app?.close();
});

async function go(hash: string, ready: (p: Page) => Locator) {
  await page().evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
  await ready(page()).first().waitFor();
}

/** axe on the whole page, or on the open dialog; the screenshot is left for a look. */
async function expectNoViolations(name: string, scope?: string) {
  expect(await axeViolations(page(), scope), name).toEqual([]);
  await screenshot(page(), `axe-${name}`);
}

const SCREENS: Array<[string, string, (p: Page) => Locator]> = [
  ['elenco', '#/', (p) => p.getByRole('link', { name: '01_01_OS01' })],
  ['scheda', '#/scheda/03_01_OS05', (p) => p.getByLabel('Valore al 30/06/2024 – indicatore 1', { exact: true })],
  ['cruscotto', '#/cruscotto', (p) => p.getByRole('heading', { name: 'Cruscotto della performance' })],
  ['monitoraggio', '#/monitoraggio', (p) => p.getByLabel('Valore al 30/06/2024 – 01_01_OS01, indicatore 1', { exact: true })],
  ['storico', '#/storico', (p) => p.getByRole('heading', { name: /^Storico delle modifiche/ })],
  ['cataloghi', '#/cataloghi', (p) => p.getByRole('heading', { name: /Cataloghi del piano/ })],
  ['impostazioni', '#/impostazioni', (p) => p.getByRole('heading', { name: 'Impostazioni del piano' })],
];

describe('screens', () => {
  for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    it.each(SCREENS)(`%s at ${size.width}×${size.height}`, async (name, hash, ready) => {
      await page().setViewportSize(size);
      await go(hash, ready);
      await expectNoViolations(`${name}-${size.width}`);
    });
  }

  it('card editor with a row’s details and the findings open', async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await go('#/scheda/03_01_OS05', (p) => p.getByLabel('Valore al 30/06/2024 – indicatore 1', { exact: true }));
    await page().getByRole('button', { name: 'Dettagli – indicatore 2', exact: true }).click();
    await page().getByLabel('Algoritmo di calcolo – indicatore 2', { exact: true }).waitFor();
    await page().locator('.findings summary').click();
    await expectNoViolations('scheda-dettagli');
  });

  it('comparison of two plans', async () => {
    const planId = await page().getByRole('combobox', { name: 'Piano e anno' }).inputValue();
    await go(`#/confronto?prima=${planId}&dopo=${planId}`, (p) => p.getByRole('button', { name: 'Esporta il confronto in Excel' }).and(p.locator(':enabled')));
    await expectNoViolations('confronto');
  });
});

/** Opens a dialog, checks it (and the page behind it), closes it with Esc. */
async function checkDialog(name: string, title: RegExp, open: () => Promise<void>, before?: (dialog: Locator) => Promise<void>) {
  await open();
  const dialog = page().getByRole('dialog', { name: title });
  await dialog.waitFor();
  if (before) await before(dialog);
  await expectNoViolations(`dialogo-${name}`, 'dialog[open]');
  expect(await axeViolations(page()), `${name}: la pagina con la finestra aperta`).toEqual([]);
  await page().keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}

const toolbar = (name: string) => page().getByRole('banner').getByRole('button', { name, exact: true });
const menu = async (command: string) => {
  await page().evaluate(`void window.dispatchEvent(new CustomEvent('pira:menu', { detail: '${command}' }))`);
};

describe('dialogs', () => {
  beforeAll(async () => {
    await page().setViewportSize({ width: 1366, height: 768 });
    await go('#/', (p) => p.getByRole('link', { name: '01_01_OS01' }));
  });

  it('Nuovo piano', () => checkDialog('nuovo-piano', /^Nuovo piano$/, () => toolbar('Nuovo piano').click()));
  it('Nuova scheda, with a code that does not follow the line', () =>
    checkDialog('nuova-scheda', /^Nuova scheda$/, () => page().getByRole('button', { name: '+ Nuova scheda' }).click(), async (dialog) => {
      await dialog.getByLabel('Linea dell’ambito strategico').selectOption('01_01');
      await dialog.getByLabel('Codice della nuova scheda').fill('01_02_OS09');
      await dialog.getByRole('button', { name: 'Crea la scheda' }).click();
      await dialog.getByRole('button', { name: 'Crea comunque' }).waitFor();
    }));
  it('Importa Excel', () => checkDialog('importa', /^Importa da Excel$/, () => toolbar('Importa Excel').click()));
  it('Esporta Excel', () => checkDialog('esporta', /^Esporta in Excel$/, () => toolbar('Esporta Excel').click()));
  it('Prepara raccolta dati', () => checkDialog('raccolta', /^Prepara raccolta dati$/, () => menu('prepare-round')));
  it('Stampa/Anteprima', () =>
    checkDialog('anteprima', /^Anteprima di stampa/, () => toolbar('Stampa/Anteprima').click(), (dialog) =>
      dialog.getByRole('button', { name: 'Esporta PDF…' }).and(page().locator(':enabled')).waitFor(),
    ));
  it('Confronta piani', () => checkDialog('confronta', /^Confronta piani$/, () => toolbar('Confronta piani…').click()));
  it('Informazioni', () => checkDialog('informazioni', /^Informazioni su PIRA Desk$/, () => menu('about')));
  it('Ripristina da backup', () => checkDialog('ripristina', /^Ripristina da backup$/, () => menu('restore-backup')));
  it('Aiuto, each tab', () =>
    checkDialog('aiuto', /^Aiuto di PIRA Desk$/, () => page().keyboard.press('F1'), async (dialog) => {
      for (const tab of ['Il lavoro dell’anno', 'Scorciatoie da tastiera']) {
        await dialog.getByRole('tab', { name: tab }).click();
        expect(await axeViolations(page(), 'dialog[open]'), `Aiuto – ${tab}`).toEqual([]);
      }
    }));
  it('Incolla righe (card editor)', async () => {
    await go('#/scheda/03_01_OS05', (p) => p.getByLabel('Valore al 30/06/2024 – indicatore 1', { exact: true }));
    await checkDialog('incolla-righe', /^Incolla indicatori da Excel o Word$/, () => page().getByRole('button', { name: 'Incolla righe…' }).click());
  });
  it('Incolla nelle celle (a block over filled cells)', async () => {
    await page().getByLabel('Valore al 30/06/2024 – indicatore 1', { exact: true }).focus();
    await checkDialog('incolla-celle', /^Incolla nelle celle della griglia$/, async () => {
      await page().evaluate(`navigator.clipboard.writeText('1\\n2\\n3\\n')`);
      await page().keyboard.press('Control+v');
    });
  });
});

describe('screens and dialogs in the states the work leaves', () => {
  it('an unreadable value in a card: the red cell, its message, the toolbar’s count', async () => {
    await go('#/scheda/01_01_OS01', (p) => p.getByLabel('Valore al 30/06/2024 – indicatore 1', { exact: true }));
    const cell = page().getByLabel('Valore al 31/12/2024 – indicatore 1', { exact: true });
    await cell.fill('tre');
    await page().keyboard.press('Enter');
    await page().getByTestId('unsaved-count').waitFor();
    await cell.focus();
    await expectNoViolations('valore-illeggibile');
    await cell.press('Escape');
    await page().getByTestId('unsaved-count').waitFor({ state: 'detached' });
  });

  it('the Cruscotto comparing two dates (the change and the tick of the previous date in the legend)', async () => {
    const cell = page().getByLabel('Valore al 31/12/2024 – indicatore 1', { exact: true });
    await cell.fill('3');
    await page().keyboard.press('Enter');
    await page().locator('.save-status').filter({ hasText: 'Salvato' }).waitFor();
    await go('#/cruscotto', (p) => p.getByRole('heading', { name: 'Cruscotto della performance' }));
    await page().getByLabel('Valori al', { exact: true }).selectOption('2024-12-31');
    await page().locator('[data-legend="previous"]').waitFor();
    await expectNoViolations('cruscotto-confronto');
  });

  it('a colleague’s workbook: the import preview, then the import applied', async () => {
    const workbook = colleagueWorkbook(app.dbPath, 'Segretario', { 'Eventi Auditorium': 12 });
    await go('#/', (p) => p.getByRole('link', { name: '01_01_OS01' }));
    await toolbar('Importa Excel').click();
    const dialog = page().getByRole('dialog', { name: 'Importa da Excel' });
    await dialog.getByLabel('Cartelle di lavoro da importare (.xlsx o .ods, anche più di una)').setInputFiles({
      name: workbook.name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: workbook.buffer,
    });
    await dialog.getByRole('region', { name: "Anteprima dell'importazione" }).waitFor();
    await expectNoViolations('importa-anteprima', 'dialog[open]');
    await dialog.getByRole('button', { name: 'Applica' }).click();
    await dialog.getByText(/^Importazione applicata/).waitFor();
    await expectNoViolations('importa-applicata', 'dialog[open]');
    await page().keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('the Storico with entries, and «Annulla la modifica…»', async () => {
    await go('#/storico', (p) => p.getByRole('heading', { name: /^Storico delle modifiche/ }));
    await page().getByRole('button', { name: /^Annulla la modifica n\. \d+$/ }).first().waitFor();
    await expectNoViolations('storico-voci');
    await checkDialog('annulla-modifica', /^Annulla la modifica n\. \d+$/, () => page().getByRole('button', { name: /^Annulla la modifica n\. \d+$/ }).first().click());
  });

  it('approving the plan (with the error of a missing date), then a variation and its reason', async () => {
    await go('#/impostazioni', (p) => p.getByRole('heading', { name: 'Impostazioni del piano' }));
    await page().getByRole('button', { name: 'Approva il piano…' }).click();
    const approve = page().getByRole('dialog', { name: 'Approva il piano' });
    await approve.getByRole('button', { name: 'Approva' }).click();
    await expect.poll(() => approve.getByRole('alert').textContent()).toBe('Scrivere la data della delibera (gg/mm/aaaa, es. 30/01/2024).');
    await expectNoViolations('approva-errore', 'dialog[open]');
    await approve.getByLabel('Data della delibera').fill('30/01/2024');
    await approve.getByLabel('Numero della delibera').fill('12');
    await approve.getByRole('button', { name: 'Approva' }).click();
    await approve.waitFor({ state: 'detached' });
    await expectNoViolations('impostazioni-approvato');

    await go('#/scheda/01_01_OS01', (p) => p.getByLabel('Obiettivo (titolo)', { exact: true }));
    const title = page().getByLabel('Obiettivo (titolo)', { exact: true });
    await title.fill('La doppia transizione digitale ed ecologica');
    await title.press('Enter');
    const variation = page().getByRole('dialog', { name: 'Variazione al piano approvato' });
    await variation.waitFor();
    await expectNoViolations('variazione', 'dialog[open]');
    await variation.getByRole('button', { name: 'Non modificare' }).click();
    await variation.waitFor({ state: 'detached' });
  });

  it('a closed monitoring date: read-only values and «Rettifica…»', async () => {
    await go('#/impostazioni', (p) => p.getByRole('heading', { name: 'Impostazioni del piano' }));
    await page().getByRole('button', { name: 'Chiudi il monitoraggio al 30/06/2024' }).click();
    await page().getByRole('status').filter({ hasText: 'Monitoraggio al 30/06/2024 chiuso.' }).waitFor();
    await expectNoViolations('impostazioni-data-chiusa');
    await go('#/scheda/01_01_OS01', (p) => p.getByLabel('Valore al 30/06/2024 – indicatore 1', { exact: true }));
    await expectNoViolations('scheda-data-chiusa');
    await checkDialog('rettifica', /^Rettifica del valore al 30\/06\/2024$/, () =>
      page().getByRole('button', { name: 'Rettifica – Valore al 30/06/2024 – indicatore 2' }).click(),
    );
    expect(readPlanFromFile(app.dbPath).status?.stage).toBe('approvato');
  });
});

describe('print pages', () => {
  it.each([
    ['piano', '#/stampa'],
    ['scheda', '#/stampa/03_01_OS05'],
    ['cruscotto', '#/stampa?sezione=cruscotto'],
    ['variazioni', '#/stampa?sezione=variazioni'],
  ])('%s (%s)', async (_name, hash) => {
    const print = await app.browser.newPage({ viewport: { width: 1123, height: 794 }, locale: 'it-IT' });
    try {
      await print.goto(new URL(`/${hash}`, app.harness.url).href);
      await print.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      expect(await axeViolations(print)).toEqual([]);
    } finally {
      await print.close();
    }
  });

  it('comparison', async () => {
    const planId = await page().getByRole('combobox', { name: 'Piano e anno' }).inputValue();
    const print = await app.browser.newPage({ viewport: { width: 1123, height: 794 }, locale: 'it-IT' });
    try {
      await print.goto(new URL(`/#/stampa?sezione=confronto&prima=${planId}&dopo=${planId}`, app.harness.url).href);
      await print.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      expect(await axeViolations(print)).toEqual([]);
    } finally {
      await print.close();
    }
    expect(app.problems).toEqual([]);
  });
});
