/**
 * The browser part of `npm run bench`: the real UI in Debian Chromium through the HTTP harness — the list of a
 * large plan becoming interactive, one keystroke in the search box, opening a card, one value typed until the
 * performance shows it — and the PDF of a whole plan through the print route (what the desktop's printToPDF does).
 * Why: "instant" is a promise to measure where the user feels it, not only in Node.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { formatNumber } from '../../shared/values';
import { CHROMIUM_PATH, LAPTOP_VIEWPORT, launchBrowser } from '../e2e/support';
import { DEFAULT_WEB_ROOT, startHarness } from '../harness/server';

/** Whether the browser bench can run here (built UI and Debian Chromium); the reason when not. */
export function uiBenchUnavailable(): string | null {
  if (!fs.existsSync(path.join(DEFAULT_WEB_ROOT, 'index.html'))) return 'interfaccia non compilata (npm run build:web)';
  if (!fs.existsSync(CHROMIUM_PATH)) return `Chromium non trovato in ${CHROMIUM_PATH}`;
  return null;
}

export interface UiFigures {
  /** Every round's figure (each a fresh browser context: nothing cached; the bench prints median and extremes). */
  listRounds: number[];
  /** The floor, alternated with the list in the same run: Chromium creates a page and loads the UI on an empty plan. */
  emptyRounds: number[];
  /** Null when the keystroke did not update the list / the performance within 10 s. */
  filterKeystroke: number | null;
  openCard: number;
  editToScore: number | null;
}

/**
 * In the page, with its own clock: sets an input's text as one keystroke would (input event), waits until the text
 * of `watched` changes and the next frame is painted, and returns the milliseconds (null when nothing changed within 10 s). Plain JavaScript because it runs
 * in Chromium, not in Node (the Node type check has no DOM).
 */
const KEYSTROKE_TO_FRAME = `async ({ selector, text, watched }) => {
  const input = document.querySelector(selector);
  if (!input || !document.querySelector(watched)) throw new Error('elemento non trovato: ' + (input ? watched : selector));
  const before = document.querySelector(watched).textContent;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const start = performance.now();
  setValue.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  while (document.querySelector(watched)?.textContent === before) {
    if (performance.now() - start > 10000) return null;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.now() - start;
}`;

/** Marks the located input so that the in-page script finds it by a plain selector, then measures. */
async function keystrokeToFrame(input: Locator, text: string, watched: string): Promise<number | null> {
  type Marked = { setAttribute(name: string, value: string): void; removeAttribute(name: string): void };
  await input.evaluate((element: unknown) => (element as Marked).setAttribute('data-bench-input', ''));
  try {
    const args = { selector: '[data-bench-input]', text, watched };
    return (await input.page().evaluate(`(${KEYSTROKE_TO_FRAME})(${JSON.stringify(args)})`)) as number | null;
  } finally {
    await input.evaluate((element: unknown) => (element as Marked).removeAttribute('data-bench-input'));
  }
}

/**
 * In every page of a context, before the page's own scripts: notes the wall clock (ms since the epoch, the clock
 * Node's `performance.timeOrigin + performance.now()` reads too) of the first painted frame in which `.list-count`
 * reads `total` and, when `withRows`, a `.card-row` is there, and resolves `window.__benchListShown` then. Plain
 * JavaScript: it runs in Chromium.
 * Why in the page, and a promise: Playwright's own wait looks for a text at 0, 20, 70, 170, 270 and 770 ms after
 * `goto`, then every 500 ms, so what it finds can be up to half a second late, and each look runs its script on the
 * page's main thread (a visibility check of the page: 20–25 ms at ×100), work the app then waits for. The promise
 * is awaited once, with nothing run in the page until the list is there.
 */
const NOTE_LIST_SHOWN = `(({ total, withRows }) => {
  const listed = () => document.querySelector('.list-count')?.textContent === total && (!withRows || document.querySelector('.card-row') !== null);
  const observer = new MutationObserver(() => {
    if (!listed()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__benchListShownAt = performance.timeOrigin + performance.now();
      shown();
    });
  });
  let shown;
  window.__benchListShown = new Promise((resolve) => { shown = resolve; });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})`;

/** Awaits NOTE_LIST_SHOWN's promise in the page, failing after 30 s (a list that never shows must not hang the bench). */
const LIST_SHOWN_WITHIN_30_S =
  "Promise.race([window.__benchListShown, new Promise((_, reject) => setTimeout(() => reject(new Error('elenco non mostrato entro 30 s')), 30000))])";

/**
 * From creating a page (a fresh browser context: no cache) to the first frame painted with the list showing `total`
 * and, when the plan has cards, its first row, as noted in the page (NOTE_LIST_SHOWN); then Playwright checks that
 * the page shows them. Returns the page, still open, and the milliseconds.
 */
async function timeList(browser: Browser, url: string, total: string, withRows: boolean): Promise<{ page: Page; ms: number }> {
  const start = performance.timeOrigin + performance.now();
  const context = await browser.newContext({ viewport: LAPTOP_VIEWPORT, locale: 'it-IT' });
  await context.addInitScript(`(${NOTE_LIST_SHOWN})(${JSON.stringify({ total, withRows })})`);
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(LIST_SHOWN_WITHIN_30_S);
  const shownAt = (await page.evaluate('window.__benchListShownAt')) as number;
  await page.getByText(total, { exact: true }).waitFor();
  if (withRows) await page.locator('.card-row').first().waitFor();
  return { page, ms: shownAt - start };
}

/**
 * `rounds` alternated pairs: the plan's list, then the same UI on `emptyDbPath` (same settings, no card) — the floor
 * of the figure, measured in the same run. Then, on the plan: one keystroke in the search, opening a card, one value
 * typed until the performance shows it.
 */
export async function benchUi(dbPath: string, emptyDbPath: string, cardCount: number, searchedCode: string, rounds = 3): Promise<UiFigures> {
  const harness = await startHarness({ dbPath, port: 0 });
  const empty = await startHarness({ dbPath: emptyDbPath, port: 0 });
  const browser = await launchBrowser();
  try {
    const total = `${formatNumber(cardCount, 0)} schede`;
    const listRounds: number[] = [];
    const emptyRounds: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const listed = await timeList(browser, harness.url, total, true);
      listRounds.push(listed.ms);
      await listed.page.context().close();
      const floor = await timeList(browser, empty.url, '0 schede', false);
      emptyRounds.push(floor.ms);
      await floor.page.context().close();
    }

    const { page } = await timeList(browser, harness.url, total, true);
    const search = page.getByLabel('Cerca schede (codice, obiettivo, indicatori)');
    const filterKeystroke = await keystrokeToFrame(search, searchedCode.toLowerCase(), '.list-count');
    await page.getByText(`1 di ${total}`, { exact: true }).waitFor();

    const start = performance.now();
    await page.locator('.card-row').first().click();
    const value = page.getByLabel('Valore al 30/06/2024 – indicatore 1', { exact: true });
    await value.waitFor();
    const openCard = performance.now() - start;

    await value.focus();
    const editToScore = await keystrokeToFrame(value, '3', '[data-testid="performance-1"]');
    return { listRounds, emptyRounds, filterKeystroke, openCard, editToScore };
  } finally {
    await browser.close();
    await harness.close();
    await empty.close();
  }
}

/** Wall time from opening the whole-plan print route to the PDF written; returns the page count too. */
export async function benchPdf(dbPath: string, pdfPath: string): Promise<{ ms: number; pages: number }> {
  const harness = await startHarness({ dbPath, port: 0 });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: LAPTOP_VIEWPORT, locale: 'it-IT' });
    const start = performance.now();
    await page.goto(new URL('/#/stampa', harness.url).href);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const ms = performance.now() - start;
    fs.writeFileSync(pdfPath, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    return { ms, pages };
  } finally {
    await browser.close();
    await harness.close();
  }
}
