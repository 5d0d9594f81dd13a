// Issue 10 in a real browser, checked in the FILE through the db layer: a second opener works read-only with
// every editing control disabled; two windows editing the same card get a conflict instead of a lost edit, and
// reload; a backup is restored as a copy; a page of another site cannot change the plan through the harness.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlanFile } from '../../db/planFile';
import { startHarness, type Harness } from '../harness/server';
import { LAPTOP_VIEWPORT, launchBrowser, makeSampleFile, readPlanFromFile, screenshot } from './support';

const CODE = '01_01_OS01';
const TITLE = 'Obiettivo (titolo)';
let sample: ReturnType<typeof makeSampleFile>;
let writer: Harness;
let browser: Browser;

beforeAll(async () => {
  sample = makeSampleFile();
  writer = await startHarness({ dbPath: sample.dbPath, port: 0 });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await writer?.close();
  sample?.cleanup();
});

async function pageOn(harness: Harness, viewport = LAPTOP_VIEWPORT): Promise<Page> {
  const page = await browser.newPage({ viewport, locale: 'it-IT' });
  await page.goto(harness.url);
  await page.getByRole('link', { name: CODE }).waitFor();
  return page;
}

const titleInFile = () => readPlanFromFile(sample.dbPath).cards.find((c) => c.code === CODE)?.title;
const saveStatus = (page: Page) => page.getByRole('status').filter({ hasText: /Salvato|Salvataggio|Errore|Nessuna/ });

describe('a second opener of the file', () => {
  it('works read-only: told who holds it, every editing control disabled, the file unchanged', async () => {
    const reader = await startHarness({ dbPath: sample.dbPath, port: 0 });
    const page = await pageOn(reader);
    try {
      const banner = page.getByTestId('banner-sola-lettura');
      await banner.waitFor();
      expect(await banner.textContent()).toMatch(/Sola lettura\. Il file «piano\.pira» è in uso da .+ su .+ dal \d\d\/\d\d\/\d{4} alle \d\d:\d\d/);
      expect(await page.getByRole('button', { name: '+ Nuova scheda' }).isDisabled()).toBe(true);
      expect(await page.getByRole('button', { name: 'Importa Excel' }).isDisabled()).toBe(true);
      await screenshot(page, 'sola-lettura-elenco');
      await page.getByRole('link', { name: CODE }).click();
      const title = page.getByLabel(TITLE, { exact: true });
      await title.waitFor();
      expect(await title.isDisabled()).toBe(true);
      expect(await page.getByLabel('Peso – indicatore 1', { exact: true }).isDisabled()).toBe(true);
      expect(await page.getByRole('button', { name: 'Elimina scheda' }).isDisabled()).toBe(true);
      await screenshot(page, 'sola-lettura-scheda');
      const refused = await page.evaluate(async () => {
        const api = (globalThis as unknown as { api: { loadPlan(r: unknown): Promise<{ ok: boolean; value: { cards: { id: number; version: number }[] } }>; deleteCard(r: unknown): Promise<{ ok: boolean; error?: { message: string } }> } }).api;
        const plan = await api.loadPlan({ planId: 1 });
        return api.deleteCard({ planId: 1, cardId: plan.value.cards[0]!.id, version: plan.value.cards[0]!.version });
      });
      expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/in uso da .* sola lettura/) } });
      expect(readPlanFromFile(sample.dbPath).cards).toHaveLength(18);
    } finally {
      await page.close();
      await reader.close();
    }
  });
});

describe('two windows editing the same card', () => {
  it('the stale window gets a conflict, not a lost edit, and reloads to the saved version', async () => {
    const first = await pageOn(writer);
    const second = await pageOn(writer);
    try {
      for (const page of [first, second]) {
        await page.getByRole('link', { name: CODE }).click();
        await page.getByLabel(TITLE, { exact: true }).waitFor();
      }
      const firstTitle = first.getByLabel(TITLE, { exact: true });
      await firstTitle.fill('Titolo salvato dalla prima finestra');
      await firstTitle.press('Tab');
      await expect.poll(() => saveStatus(first).textContent(), { timeout: 10_000 }).toContain('Salvato');
      expect(titleInFile()).toBe('Titolo salvato dalla prima finestra');

      const secondTitle = second.getByLabel(TITLE, { exact: true });
      await secondTitle.fill('Titolo della seconda finestra, da una copia vecchia');
      await secondTitle.press('Tab');
      const banner = second.getByTestId('banner-conflitto');
      await banner.waitFor({ timeout: 10_000 });
      expect(await banner.textContent()).toMatch(/Conflitto di modifica\. Il piano è stato modificato in un’altra finestra/);
      expect(await saveStatus(second).textContent()).toMatch(/Errore.*Conflitto: la scheda 01_01_OS01 è stata modificata/);
      expect(titleInFile()).toBe('Titolo salvato dalla prima finestra');
      await screenshot(second, 'conflitto');

      await second.getByRole('button', { name: 'Ricarica il piano' }).click();
      await expect.poll(() => secondTitle.inputValue()).toBe('Titolo salvato dalla prima finestra');
      // The card is read again before the change history: the banner goes once the whole reload is done.
      await expect.poll(() => banner.count()).toBe(0);
      await secondTitle.fill('Titolo ripreso dalla seconda finestra');
      await secondTitle.press('Tab');
      await expect.poll(() => saveStatus(second).textContent(), { timeout: 10_000 }).toContain('Salvato');
      expect(titleInFile()).toBe('Titolo ripreso dalla seconda finestra');
    } finally {
      await first.close();
      await second.close();
    }
  });
});

describe('Ripristina da backup…', () => {
  it('lists the backups and restores one as a copy next to the plan, the open file unchanged', async () => {
    const page = await pageOn(writer, { width: 1920, height: 1080 });
    try {
      const before = readPlanFromFile(sample.dbPath);
      // File › Ripristina da backup… (the harness delivers native menu commands as this event)
      await page.evaluate(`void window.dispatchEvent(new CustomEvent('pira:menu', { detail: 'restore-backup' }))`);
      const dialog = page.getByRole('dialog', { name: 'Ripristina da backup' });
      await dialog.getByRole('radio').first().waitFor();
      expect(await dialog.getByRole('radio').first().isChecked()).toBe(true);
      expect(await dialog.textContent()).toMatch(/n\. 1 — \d\d\/\d\d\/\d{4} alle \d\d:\d\d, all'apertura del file \(\d+ KB\)/);
      await screenshot(page, 'ripristino-elenco');
      await dialog.getByRole('button', { name: 'Ripristina come copia' }).click();
      const done = page.getByTestId('ripristino-eseguito');
      await done.waitFor();
      const name = /«(.+?)»/.exec((await done.textContent()) ?? '')?.[1] ?? '';
      expect(name).toMatch(/^piano \(ripristino del \d\d-\d\d-\d{4} \d\d\.\d\d\)\.pira$/);
      await screenshot(page, 'ripristino-eseguito');
      const copyPath = path.join(path.dirname(sample.dbPath), name);
      expect(existsSync(copyPath)).toBe(true);
      const copy = openPlanFile(copyPath, { readonly: true });
      expect(copy.repo.loadPlan(1).cards).toHaveLength(18);
      copy.close();
      expect(readPlanFromFile(sample.dbPath).cards.map((c) => c.title)).toEqual(before.cards.map((c) => c.title));
    } finally {
      await page.close();
    }
  });
});

describe('a page of another site', () => {
  let evil: Server;
  afterAll(() => new Promise<void>((resolve) => (evil ? evil.close(() => resolve()) : resolve())));

  it('cannot delete a card through the harness (text/plain POST without preflight)', async () => {
    const target = new URL('api/deleteCard', writer.url).href;
    const plan = readPlanFromFile(sample.dbPath);
    const body = JSON.stringify({ planId: plan.id, cardId: plan.cards[0]!.id, version: plan.cards[0]!.version });
    evil = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html><body><script>
        fetch(${JSON.stringify(target)}, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: ${JSON.stringify(body)} })
          .then(() => { document.title = 'inviata'; }, () => { document.title = 'bloccata'; });
      </script></body></html>`);
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', () => resolve()));
    const page = await browser.newPage();
    try {
      // Another origin (localhost vs 127.0.0.1, another port): the browser sends the request with its Origin.
      await page.goto(`http://localhost:${(evil.address() as AddressInfo).port}/`);
      await expect.poll(() => page.title(), { timeout: 10_000 }).toMatch(/inviata|bloccata/);
      expect(readPlanFromFile(sample.dbPath).cards).toHaveLength(18);
    } finally {
      await page.close();
    }
  });
});

describe('«Prendi il file…» (issue 22, point 7)', () => {
  it('takes the file from the user the lock names, after a confirmation that names them, and edits it', async () => {
    const own = makeSampleFile();
    const holder = await startHarness({ dbPath: own.dbPath, port: 0 });
    const reader = await startHarness({ dbPath: own.dbPath, port: 0 });
    const page = await pageOn(reader);
    try {
      const banner = page.getByTestId('banner-sola-lettura');
      await banner.waitFor();
      await banner.getByRole('button', { name: 'Prendi il file…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Prendere il file?' });
      await dialog.waitFor();
      const who = /risulta aperto da (\S+) su (\S+) dal/.exec((await dialog.textContent()) ?? '');
      expect(who, 'the dialog names the holder and their computer').not.toBeNull();
      expect(await dialog.textContent()).toMatch(/i salvataggi di .+ su questo file saranno rifiutati/);
      await screenshot(page, 'prendi-il-file');
      await dialog.getByRole('button', { name: `Prendi il file da ${who![1]}` }).click();
      await expect.poll(() => banner.count(), { timeout: 10_000 }).toBe(0);
      expect(await page.getByRole('button', { name: '+ Nuova scheda' }).isDisabled()).toBe(false);
      await page.getByRole('link', { name: CODE }).click();
      const title = page.getByLabel(TITLE, { exact: true });
      await title.fill('Titolo dopo aver preso il file');
      await title.press('Tab');
      await expect.poll(() => saveStatus(page).textContent(), { timeout: 10_000 }).toContain('Salvato');
      expect(readPlanFromFile(own.dbPath).cards.find((c) => c.code === CODE)?.title).toBe('Titolo dopo aver preso il file');
    } finally {
      await page.close();
      await reader.close();
      await holder.close();
      own.cleanup();
    }
  });
});
