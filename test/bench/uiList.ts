/**
 * The browser part of `npm run bench`: the real UI in Debian Chromium, through the HTTP harness, on a plan of
 * thousands of cards — first display of the list, a search, opening a card.
 * Why: "the list stays fast with thousands of cards" is a promise to measure in the browser, not only in Node.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPlanFile } from '../../db/planFile';
import { formatNumber } from '../../shared/values';
import { DEFAULT_WEB_ROOT, startHarness } from '../harness/server';
import { CHROMIUM_PATH, LAPTOP_VIEWPORT, launchBrowser } from '../e2e/support';
import type { BenchTable } from './benchTable';
import { largePlan } from './largePlan';

/** Whether the browser bench can run here (built UI and Debian Chromium); the reason when not. */
export function uiBenchUnavailable(): string | null {
  if (!fs.existsSync(path.join(DEFAULT_WEB_ROOT, 'index.html'))) return 'interfaccia non compilata (npm run build:web)';
  if (!fs.existsSync(CHROMIUM_PATH)) return `Chromium non trovato in ${CHROMIUM_PATH}`;
  return null;
}

export async function benchUiList(table: BenchTable, cardCount: number, indicatorsPerCard: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pira-bench-ui-'));
  const dbPath = path.join(dir, 'grande.pira');
  const plan = largePlan(cardCount, indicatorsPerCard);
  createPlanFile(dbPath, [plan]).close();
  const harness = await startHarness({ dbPath, port: 0 });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: LAPTOP_VIEWPORT, locale: 'it-IT' });
    const total = `${formatNumber(cardCount, 0)} schede`;
    await table.measure(`interfaccia: apertura ed elenco di ${total}`, async () => {
      await page.goto(harness.url);
      await page.getByText(total, { exact: true }).waitFor();
      await page.locator('.card-row').first().waitFor();
    });
    const lastCode = plan.cards.at(-1)?.code ?? '';
    await table.measure('interfaccia: ricerca di una scheda per codice', async () => {
      await page.getByLabel('Cerca schede (codice, obiettivo, indicatori)').fill(lastCode.toLowerCase());
      await page.getByText(`1 di ${total}`, { exact: true }).waitFor();
    });
    await table.measure('interfaccia: apertura della scheda trovata', async () => {
      await page.locator('.card-row').first().click();
      await page.getByText(lastCode, { exact: true }).first().waitFor();
      await page.getByLabel(/Valore al 30\/06\/2024 – indicatore 1/).waitFor();
    });
  } finally {
    await browser.close();
    await harness.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
