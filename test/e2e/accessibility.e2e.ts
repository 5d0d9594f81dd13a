// Accessibility of every screen and dialog in a real browser: each input, select, textarea and button has an
// Italian accessible name (computed by Chromium itself, through the DevTools accessibility tree), editable fields
// are named by a <label> or aria-label (never by a placeholder or a tooltip), names are unique on the screen,
// element ids are unique, Tab runs through the controls in reading order without traps, and the dialogs are
// modal, titled, take the focus, close with Esc and give the focus back to the control that opened them.
// (issue 8: the toolbar gained "Monitoraggio" after "Schede", and the monitoring grid is audited like the others)
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Locator, Page } from 'playwright-core';
import { openApp, screenshot, type AppSession } from './support';

let app: AppSession;
let cdp: CDPSession;

beforeAll(async () => {
  app = await openApp();
  cdp = await app.page.context().newCDPSession(app.page);
  await cdp.send('Accessibility.enable');
});
afterAll(async () => {
  await app?.close();
});

/** English words that must not name a control (the browser's own "Choose File", a forgotten "Close"...). */
const ENGLISH = new Set(
  (
    'choose browse chosen submit close cancel save delete remove add edit open search reset clear undo redo print export import new ' +
    'select apply back next previous details detail move up down name value weight year title date settings yes untitled button ' +
    'input actions action expand collapse toggle filter sort show hide more less help about loading error warning the and of to with ' +
    'file files list row rows column item items menu dialog'
  ).split(' '),
);
// "file" is Italian too ("Scegli il file…"), so it is only refused with an English neighbour (see englishWords).
const ITALIAN_TOO = new Set(['file']);

function englishWords(name: string): string[] {
  const words = name.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((w) => ENGLISH.has(w));
  return english.every((w) => ITALIAN_TOO.has(w)) ? [] : english;
}

interface Control {
  /** Short description for failure messages: the start tag. */
  html: string;
  tag: string;
  type: string;
  role: string;
  name: string;
  /** Where Chromium took the name from: aria-labelledby, aria-label, label, contents, title, placeholder... */
  source: string;
  ignored: boolean;
  disabled: boolean;
  /** Radio buttons: only the checked one of a group is a Tab stop. */
  checked: boolean;
}

/** Chromium's accessible name, role and name source of the element an object id refers to. */
async function axOf(objectId: string): Promise<{ role: string; name: string; source: string; ignored: boolean }> {
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId, fetchRelatives: false });
  const node = nodes[0]!;
  const used = node.name?.sources?.find((s) => s.value !== undefined && String(s.value.value ?? '').trim() !== '' && !s.superseded);
  const source = !used ? '' : used.attribute && used.attribute !== 'value' ? used.attribute : (used.nativeSource ?? used.type);
  return { role: String(node.role?.value ?? ''), name: String(node.name?.value ?? '').trim(), source, ignored: node.ignored };
}

/** Every rendered input, select, textarea, button, link and <summary> under `scope` (a CSS selector), with its accessible name. */
async function controls(scope: string): Promise<Control[]> {
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `Array.from(document.querySelector(${JSON.stringify(scope)}).querySelectorAll('input, select, textarea, button, a[href], summary')).filter((el) => el.getClientRects().length > 0)`,
    objectGroup: 'a11y',
  });
  const { result: items } = await cdp.send('Runtime.getProperties', { objectId: result.objectId!, ownProperties: true });
  const found: Control[] = [];
  for (const item of items) {
    if (!/^\d+$/.test(item.name) || !item.value?.objectId) continue;
    const objectId = item.value.objectId;
    const { result: described } = await cdp.send('Runtime.callFunctionOn', {
      objectId,
      returnByValue: true,
      functionDeclaration: `function () {
        const start = this.outerHTML.slice(0, this.outerHTML.indexOf('>') + 1);
        return { html: start.slice(0, 160), tag: this.tagName.toLowerCase(), type: this.type || '', disabled: this.disabled === true, checked: this.checked === true };
      }`,
    });
    found.push({ ...(described.value as Pick<Control, 'html' | 'tag' | 'type' | 'disabled' | 'checked'>), ...(await axOf(objectId)) });
  }
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'a11y' });
  return found;
}

const BUTTON_TYPES = new Set(['button', 'submit', 'reset', 'image']);
const FIELD_NAME_SOURCES = new Set(['aria-labelledby', 'aria-label', 'labelfor', 'labelwrapped', 'label']);

/** The problems of one screen's controls; an empty list is a pass. */
function auditControls(list: Control[]): string[] {
  const problems: string[] = [];
  for (const c of list) {
    const what = `${c.html} (nome: «${c.name}»)`;
    if (c.ignored) problems.push(`${what}: nascosto alle tecnologie assistive ma presente e focalizzabile`);
    if (c.name === '') {
      problems.push(`${c.html}: nessun nome accessibile`);
      continue;
    }
    const isButton = ['button', 'a', 'summary'].includes(c.tag) || BUTTON_TYPES.has(c.type);
    if (!isButton && !FIELD_NAME_SOURCES.has(c.source)) problems.push(`${what}: campo nominato da «${c.source}» invece che da <label> o aria-label`);
    // A symbol is no name (an icon button needs aria-label, or at least a title): "×", "↑", "▸" say nothing.
    if (!/\p{L}/u.test(c.name)) problems.push(`${what}: il nome non contiene parole`);
    const english = englishWords(c.name);
    if (english.length > 0) problems.push(`${what}: parole inglesi nel nome (${english.join(', ')})`);
  }
  const byName = new Map<string, Control[]>();
  for (const c of list) if (c.name) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
  for (const [name, same] of byName) {
    if (same.length > 1) problems.push(`nome «${name}» ripetuto su ${same.length} controlli: ${same.map((c) => c.html).join(' | ')}`);
  }
  return problems;
}

async function duplicateIds(page: Page): Promise<string[]> {
  // (page code as text: the test project has no DOM typings)
  return page.evaluate<string[]>(`(() => {
    const seen = new Map();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id, n]) => id + ' ×' + n);
  })()`);
}

/** The whole accessibility audit of the screen (or of the dialog) under `scope`. */
async function expectAccessible(scope: string, minControls: number) {
  const list = await controls(scope);
  expect(list.length, `controlli trovati in ${scope}`).toBeGreaterThanOrEqual(minControls);
  expect(auditControls(list)).toEqual([]);
  expect(await duplicateIds(app.page)).toEqual([]);
  return list;
}

interface Focused {
  /** Stable per element for the page's lifetime (a probe attribute), 'body' when nothing is focused. */
  key: string;
  name: string;
  role: string;
  inDialog: boolean;
}

let probeCounter = 0;
async function focused(): Promise<Focused> {
  try {
    return await describeFocused();
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'focus' });
  }
}
async function describeFocused(): Promise<Focused> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement', objectGroup: 'focus' });
  if (!result.objectId) return { key: 'body', name: '', role: '', inDialog: false };
  const { result: described } = await cdp.send('Runtime.callFunctionOn', {
    objectId: result.objectId,
    returnByValue: true,
    arguments: [{ value: ++probeCounter }],
    functionDeclaration: `function (n) {
      if (this === document.body || this === document.documentElement) return { key: 'body', inDialog: false };
      if (!this.dataset.a11yProbe) this.dataset.a11yProbe = String(n);
      return { key: this.dataset.a11yProbe, inDialog: this.closest('dialog[open]') !== null };
    }`,
  });
  const info = described.value as { key: string; inDialog: boolean };
  if (info.key === 'body') return { key: 'body', name: '', role: '', inDialog: false };
  const ax = await axOf(result.objectId);
  return { ...info, name: ax.name, role: ax.role };
}

/**
 * Presses Tab until the focus leaves the last control (back to the document) or comes back to the first one.
 * Fails on a trap: the focus staying on the same control, or never coming round within `limit` presses.
 */
async function tabAround(page: Page, limit: number, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<Focused[]> {
  const visited: Focused[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const now = await focused();
    if (now.key === 'body' || now.key === visited[0]?.key) return visited;
    const previous = visited.at(-1);
    if (previous && previous.key === now.key) throw new Error(`trappola di tastiera su «${now.name}»: Tab non sposta il focus`);
    visited.push(now);
  }
  throw new Error(`il focus non torna all'inizio dopo ${limit} Tab (ultimo: «${visited.at(-1)?.name}»)`);
}

/** `expected` appears in `actual` in this order (other controls may stand between). */
function expectInOrder(actual: string[], expected: string[]) {
  let at = 0;
  const missing: string[] = [];
  for (const name of expected) {
    const found = actual.indexOf(name, at);
    if (found < 0) missing.push(name);
    else at = found + 1;
  }
  expect(missing, `ordine di Tab: ${actual.join(' → ')}`).toEqual([]);
}

/** Nothing focused and Tab starting from the top: a click on the toolbar's brand, as a user would do. */
async function fromPageStart(page: Page) {
  await page.evaluate('document.activeElement?.blur()');
  await page.locator('.brand').click({ position: { x: 2, y: 2 } });
  expect((await focused()).key).toBe('body');
}

async function go(hash: string, ready: (page: Page) => Locator) {
  const { page } = app;
  await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
  await ready(page).first().waitFor();
}

// (issue 20: Storico joined the main navigation; issue 17: the date being filled)
const TOOLBAR = ['Piano e anno', 'Nuovo piano', 'Schede', 'Cruscotto', 'Monitoraggio', 'Storico', 'Cataloghi', 'Impostazioni', 'Rilevazione in corso', 'Importa Excel', 'Esporta Excel', 'Stampa/Anteprima'];

describe('screens', () => {
  it('card list: named controls in Italian, toolbar, search, rows (one Tab stop), then selection and filters; no trap', async () => {
    const { page } = app;
    await page.getByRole('link', { name: '01_01_OS01' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('it');
    await expectAccessible('body', 20);
    await screenshot(page, 'a11y-list');

    await fromPageStart(page);
    const order = (await tabAround(page, 120)).map((f) => f.name);
    expect(order.slice(0, TOOLBAR.length)).toEqual(TOOLBAR);
    // (issue 8: the rows are one Tab stop, the filters come after them, sorting by "Ordina per")
    expectInOrder(order, [
      ...TOOLBAR,
      'Cerca schede (codice, obiettivo, indicatori)',
      '+ Nuova scheda',
      'Seleziona tutte le schede mostrate (18)',
      '01_01_OS01',
      'Filtra per ambito',
      'Filtra per missione',
      'Filtra per area',
      'Filtra per stato',
      'Ordina per',
    ]);
    expect(order.filter((n) => /^\d\d_\d\d_OS\d\d$/.test(n))).toEqual(['01_01_OS01']);
    // every card of the sample is reachable from the keyboard: ↓ from the rows' Tab stop
    await page.getByRole('link', { name: '01_01_OS01' }).focus();
    const reached = new Set<string>();
    for (let i = 0; i < 20; i++) {
      reached.add((await focused()).name);
      await page.keyboard.press('ArrowDown');
    }
    expect([...reached].filter((n) => /^\d\d_\d\d_OS\d\d$/.test(n))).toHaveLength(18);
  });

  it('card editor with a detail open: unique Italian names, value → operator → target by Tab', async () => {
    const { page } = app;
    await go('#/scheda/03_01_OS05', (p) => p.getByLabel('Valore al 30/06/2024 – indicatore 1', { exact: true }));
    const toggle = page.getByRole('button', { name: 'Dettagli – indicatore 2', exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByLabel('Algoritmo di calcolo – indicatore 2', { exact: true }).waitFor();
    const list = await expectAccessible('body', 60);
    const names = list.map((c) => c.name);
    for (const name of ['Valore al 30/06/2024 – indicatore 2', 'Operatore – indicatore 2', 'Target 2024 – indicatore 2', 'Sposta su – indicatore 2', 'Sposta giù – indicatore 2', 'Elimina – indicatore 2', 'Note – indicatore 2']) {
      expect(names).toContain(name);
    }
    await screenshot(page, 'a11y-editor');

    // inside the grid: values (one per monitoring date, issue 12) → operator → targets → weight, and back with Shift+Tab
    await page.getByLabel('Valore al 30/06/2024 – indicatore 2', { exact: true }).focus();
    const steps: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      steps.push((await focused()).name);
    }
    expect(steps).toEqual(['Valore al 31/12/2024 – indicatore 2', 'Operatore – indicatore 2', 'Target 2024 – indicatore 2', 'Target 2025 – indicatore 2', 'Target 2026 – indicatore 2', 'Peso – indicatore 2']);
    await page.keyboard.press('Shift+Tab');
    expect((await focused()).name).toBe('Target 2026 – indicatore 2');

    // the open detail comes right after its row's actions
    await page.getByRole('button', { name: 'Elimina – indicatore 2', exact: true }).focus();
    await page.keyboard.press('Tab');
    expect((await focused()).name).toBe('Algoritmo di calcolo – indicatore 2');

    await fromPageStart(page);
    const order = (await tabAround(page, 400)).map((f) => f.name);
    expectInOrder(order, [
      ...TOOLBAR,
      '← Schede',
      'Elimina scheda',
      'Codice',
      'Obiettivo (titolo)',
      'Peso dell’obiettivo',
      'Missione',
      'Programma',
      'Descrizione',
      'Incolla righe…',
      '+ Aggiungi indicatore',
      'Nome – indicatore 1',
      'Valore al 30/06/2024 – indicatore 1',
      'Operatore – indicatore 1',
      'Target 2024 – indicatore 1',
      'Dettagli – indicatore 2',
      'Algoritmo di calcolo – indicatore 2',
      'Nome – indicatore 3',
    ]);
  });

  it('cruscotto: every bar, count and n.d. card named in Italian and unique, in reading order, no trap', async () => {
    const { page } = app;
    await go('#/cruscotto', (p) => p.getByRole('heading', { name: 'Cruscotto della performance' }));
    const list = await expectAccessible('body', 50);
    const names = list.map((c) => c.name);
    expect(names).toContain('Area Promozione e Sviluppo Economico: 61%, 10 obiettivi');
    expect(names).toContain('Ufficio Obiettivo trasversale: 59%, 7 obiettivi');
    expect(names).toContain('Area Obiettivo trasversale: 65%, 6 obiettivi');
    await screenshot(page, 'a11y-dashboard');
    await fromPageStart(page);
    const order = (await tabAround(page, 200)).map((f) => f.name);
    expectInOrder(order, [
      ...TOOLBAR,
      'Stampa il cruscotto…',
      'Indicatori Raggiunto (100%): 46',
      'Indicatori Non disponibile (n.d.): 31',
      'Ambito 01 – Promozione e sostegno allo sviluppo e alla competitività del territorio e del sistema delle imprese: 61%, 10 obiettivi',
      'Linea 01_01 – Sostegno alla digitalizzazione dei processi aziendali e all\'ammodernamento tecnologico del sistema delle imprese: 69%, 4 obiettivi',
      'Missione 011 – Competitività e sviluppo delle imprese: 70%, 11 obiettivi',
      'Area Obiettivo trasversale: 65%, 6 obiettivi',
      '03_01_OS06 Salute finanziaria',
    ]);
  });

  it('monitoring: every cell named by column, card and indicator, unique, in Italian', async () => {
    const { page } = app;
    await go('#/monitoraggio', (p) => p.getByLabel('Valore al 30/06/2024 – 01_01_OS01, indicatore 1', { exact: true }));
    const list = await expectAccessible('body', 250);
    const names = list.map((c) => c.name);
    expect(names).toContain('Target 2024 – 03_01_OS06, indicatore 8');
    expect(names.filter((n) => n.startsWith('Valore al 30/06/2024 – '))).toHaveLength(123);
    expect(names.filter((n) => n.startsWith('Valore al 31/12/2024 – '))).toHaveLength(123); // issue 12: a column per date
    await screenshot(page, 'a11y-monitoring');
    await page.getByLabel('Target 2024 – 01_01_OS01, indicatore 1', { exact: true }).focus();
    await page.keyboard.press('Tab');
    expect((await focused()).name).toBe('Valore al 30/06/2024 – 01_01_OS01, indicatore 1');
    await page.keyboard.press('Tab');
    expect((await focused()).name).toBe('Valore al 31/12/2024 – 01_01_OS01, indicatore 1');
    await page.keyboard.press('Tab');
    expect((await focused()).name).toBe('Target 2024 – 01_01_OS01, indicatore 2');
  });

  it('catalogues: every entry named by column and row, no trap', async () => {
    const { page } = app;
    await go('#/cataloghi', (p) => p.getByRole('heading', { name: /Cataloghi del piano/ }));
    const list = await expectAccessible('body', 40);
    expect(list.map((c) => c.name)).toContain('Codice – missione 1');
    await screenshot(page, 'a11y-catalogues');
    await fromPageStart(page);
    const order = (await tabAround(page, 1500)).map((f) => f.name);
    expectInOrder(order, [...TOOLBAR, 'Codice – missione 1', 'Denominazione – missione 1', 'Elimina – missione 1', '+ Aggiungi missione', 'Codice – ambito 1']);
  });

  it('settings: labelled fields in reading order, no trap', async () => {
    const { page } = app;
    await go('#/impostazioni', (p) => p.getByRole('heading', { name: 'Impostazioni del piano' }));
    await expectAccessible('body', 15);
    await screenshot(page, 'a11y-settings');
    await fromPageStart(page);
    const order = (await tabAround(page, 100)).map((f) => f.name);
    expectInOrder(order, [
      ...TOOLBAR,
      'Ente',
      'Titolo del documento',
      'Anno del piano',
      'Data di monitoraggio',
      'Triennio: primo anno',
      'Triennio: ultimo anno',
      'Limite massimo della performance degli indicatori',
      'Scadenza rispettata in ritardo',
      'Scadenza non ancora maturata e non rispettata',
      'Indicatori n.d. nella media dell’obiettivo',
      // issue 8: the premessa spans the page under both columns, with its formatting buttons and print preview
      'Grassetto – Premessa',
      'Premessa',
    ]);
  });
});

/**
 * Opens a dialog from `opener` with the keyboard and checks it: modal, titled, focus inside, named controls,
 * Tab kept inside, Esc closes it and the focus goes back to the opener.
 */
async function checkDialog(opener: () => Promise<void>, title: RegExp, minControls: number, shot: string, firstFocus?: string) {
  const { page } = app;
  const before = await focused();
  expect(before.key, 'il test parte da un controllo con il focus').not.toBe('body');
  await opener();
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  expect(await dialog.getAttribute('aria-modal')).toBe('true');
  expect(await dialog.getAttribute('aria-labelledby')).toBeTruthy();
  await expect.poll(async () => (await focused()).inDialog, { timeout: 5_000, message: 'il focus entra nella finestra' }).toBe(true);
  if (firstFocus) expect((await focused()).name).toBe(firstFocus);

  const list = await expectAccessible('dialog[open]', minControls);
  await screenshot(page, shot);

  // Tab and Shift+Tab stay in the dialog (the page behind is inert) and reach each of its enabled controls
  // (a tab list is one Tab stop: its other tabs have tabindex -1 and are reached with the arrows)
  const tabStops = list.filter((c) => !c.disabled && (c.type !== 'radio' || c.checked) && !c.html.includes('tabindex="-1"')).map((c) => c.name);
  for (const key of ['Tab', 'Shift+Tab'] as const) {
    const reached = new Set<string>();
    for (let i = 0; i < tabStops.length * 2 + 4; i++) {
      await page.keyboard.press(key);
      const now = await focused();
      expect(now.key === 'body' || now.inDialog, `${key} porta il focus fuori dalla finestra: «${now.name}»`).toBe(true);
      reached.add(now.name);
    }
    expect(tabStops.filter((name) => !reached.has(name)), `controlli mai raggiunti con ${key}`).toEqual([]);
  }

  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expect
    .poll(async () => (await focused()).name, { timeout: 5_000, message: 'Esc chiude la finestra e il focus torna al controllo che l’ha aperta' })
    .toBe(before.name);
  expect((await focused()).key).toBe(before.key);
  return before;
}

async function openWithKeyboard(button: Locator) {
  await button.focus();
  await app.page.keyboard.press('Enter');
}

describe('dialogs', () => {
  afterEach(async () => {
    // a failed check must not leave its dialog over the next one
    for (let i = 0; i < 3 && (await app.page.locator('dialog[open]').count()) > 0; i++) await app.page.keyboard.press('Escape');
  });
  const toolbarButton = (name: string) => app.page.getByRole('banner').getByRole('button', { name, exact: true });

  it('Nuovo piano', async () => {
    await go('#/', (p) => p.getByRole('link', { name: '01_01_OS01' }));
    const opener = toolbarButton('Nuovo piano');
    await opener.focus();
    const before = await checkDialog(() => openWithKeyboard(opener), /^Nuovo piano$/, 5, 'a11y-new-plan', 'Anno');
    expect(before.name).toBe('Nuovo piano');
  });

  it('Nuova scheda (from the card list)', async () => {
    await go('#/', (p) => p.getByRole('link', { name: '01_01_OS01' }));
    const opener = app.page.getByRole('button', { name: '+ Nuova scheda', exact: true });
    await opener.focus();
    const before = await checkDialog(() => openWithKeyboard(opener), /^Nuova scheda$/, 5, 'a11y-new-card', 'Linea dell’ambito strategico');
    expect(before.name).toBe('+ Nuova scheda');
  });

  it('Importa Excel', async () => {
    const opener = toolbarButton('Importa Excel');
    await opener.focus();
    const before = await checkDialog(() => openWithKeyboard(opener), /^Importa da Excel$/, 4, 'a11y-import');
    expect(before.name).toBe('Importa Excel');
  });

  it('Esporta Excel', async () => {
    const opener = toolbarButton('Esporta Excel');
    await opener.focus();
    await checkDialog(() => openWithKeyboard(opener), /^Esporta in Excel$/, 6, 'a11y-export');
  });

  it('Prepara raccolta dati (File menu)', async () => {
    const opener = toolbarButton('Esporta Excel');
    await opener.focus();
    await checkDialog(
      () => app.page.evaluate(`void window.dispatchEvent(new CustomEvent('pira:menu', { detail: 'prepare-round' }))`),
      /^Prepara raccolta dati$/,
      6,
      'a11y-prepare-round',
    );
  });

  it('Stampa/Anteprima', async () => {
    const opener = toolbarButton('Stampa/Anteprima');
    await opener.focus();
    await checkDialog(
      async () => {
        await openWithKeyboard(opener);
        await app.page.getByRole('button', { name: 'Esporta PDF…' }).and(app.page.locator(':enabled')).waitFor();
      },
      /^Anteprima di stampa/,
      3,
      'a11y-print-preview',
    );
  });

  it('Aiuto (the «?» of the toolbar; F1 opens the same): its tabs move with the arrows', async () => {
    await go('#/', (p) => p.getByRole('link', { name: '01_01_OS01' }));
    const opener = toolbarButton('Aiuto (F1)');
    await opener.focus();
    await checkDialog(() => openWithKeyboard(opener), /^Aiuto di PIRA Desk$/, 3, 'a11y-help', 'Questa schermata: Elenco delle schede');
    await opener.focus();
    await app.page.keyboard.press('F1');
    const dialog = app.page.getByRole('dialog', { name: 'Aiuto di PIRA Desk' });
    await dialog.waitFor();
    await app.page.keyboard.press('ArrowRight');
    expect((await focused()).name).toBe('Il lavoro dell’anno');
    expect(await dialog.getByRole('tab', { name: 'Il lavoro dell’anno' }).getAttribute('aria-selected')).toBe('true');
    await app.page.keyboard.press('End');
    expect((await focused()).name).toBe('Scorciatoie da tastiera');
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('Informazioni', async () => {
    const opener = toolbarButton('Schede');
    await opener.focus();
    await checkDialog(
      // the harness's stand-in for the native menu's "Informazioni su PIRA Desk"
      () => app.page.evaluate(`void window.dispatchEvent(new CustomEvent('pira:menu', { detail: 'about' }))`),
      /^Informazioni su PIRA Desk$/,
      1,
      'a11y-about',
    );
  });

  it('Incolla righe (from the card editor)', async () => {
    await go('#/scheda/03_01_OS05', (p) => p.getByLabel('Valore al 30/06/2024 – indicatore 1', { exact: true }));
    const opener = app.page.getByRole('button', { name: 'Incolla righe…' });
    await opener.focus();
    await checkDialog(() => openWithKeyboard(opener), /^Incolla indicatori da Excel o Word$/, 3, 'a11y-paste', 'Righe copiate da Excel o Word');
    expect(app.problems).toEqual([]);
  });

  it('Confronta piani', async () => {
    await go('#/', (p) => p.getByRole('link', { name: '01_01_OS01' }));
    const opener = toolbarButton('Confronta piani…');
    await opener.focus();
    await checkDialog(() => openWithKeyboard(opener), /^Confronta piani$/, 4, 'a11y-compare');
  });

  it('comparison screen: named controls in Italian, no duplicate', async () => {
    const planId = await app.page.getByRole('combobox', { name: 'Piano e anno' }).inputValue();
    await go(`#/confronto?prima=${planId}&dopo=${planId}`, (p) => p.getByRole('button', { name: 'Esporta il confronto in Excel' }).and(p.locator(':enabled')));
    const names = (await expectAccessible('body', 14)).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Mostra anche le schede invariate', 'Stampa il confronto…', 'PDF del confronto…', 'Chiudi il confronto']));
    await screenshot(app.page, 'a11y-comparison');
    expect(app.problems).toEqual([]);
  });
});
