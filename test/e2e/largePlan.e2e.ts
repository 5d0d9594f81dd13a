// A ×100 plan (1.800 cards, 12.300 indicators, a closed date) in a real browser: the list shows from its rows alone,
// opening a card reads that card only (with what the closing kept for it), and the Cruscotto reads every card
// before it counts them. Why: the list-first data flow (docs/performance.md) must hold where the user sees it, at the
// scale it was built for; the figures themselves are the bench's, not a timed test's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanFile } from '../../db/planFile';
import { snapshotCard } from '../../shared/scoreSnapshot';
import { formatPerformance } from '../../shared/values';
import { scaledSample } from '../bench/scaledPlan';
import { startHarness, type Harness } from '../harness/server';
import { LAPTOP_VIEWPORT, launchBrowser } from './support';

let dir: string;
let harness: Harness;
let browser: Browser;
let page: Page;
let lastCode: string;
let keptPerformance: string;
/** The API calls the page made, with their payloads. */
let calls: { method: string; body: unknown }[] = [];
const called = (method: string) => calls.filter((c) => c.method === method);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pira-e2e-x100-'));
  const dbPath = path.join(dir, 'piano.pira');
  const file = createPlanFile(dbPath, [scaledSample(100)]);
  try {
    const planId = file.repo.listPlans()[0]!.id;
    file.repo.closeMonitoringDate(planId, '2024-06-30', 'mario.rossi');
    const doc = file.repo.loadPlan(planId);
    // the last card the closing kept a figure for (not «n.d.»: a figure can only come from the card's entry)
    const kept = doc.cards.map((card) => ({ card, entry: snapshotCard(doc.closures![0]!.snapshot, card) }));
    const last = kept.findLast(({ entry }) => typeof entry?.performance === 'number')!;
    lastCode = last.card.code;
    keptPerformance = formatPerformance(last.entry!.performance);
  } finally {
    file.close();
  }
  harness = await startHarness({ dbPath, port: 0 });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: LAPTOP_VIEWPORT, locale: 'it-IT' });
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/')) calls.push({ method: pathname.slice('/api/'.length), body: request.postDataJSON() as unknown });
  });
  await page.goto(harness.url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a ×100 plan', () => {
  it('lists its 1.800 cards from the rows alone, without reading a whole card', async () => {
    await page.getByText('1.800 schede', { exact: true }).waitFor({ timeout: 30_000 });
    await page.locator('.card-row').first().waitFor();
    expect(called('listLatestPlan')).toHaveLength(1); // asked with the session: the latest plan is the one shown
    expect(called('listCardRows')).toHaveLength(0);
    expect(called('loadPlan')).toHaveLength(0);
    expect(called('loadCards')).toHaveLength(0);
  });

  it('opens a card by reading that card only, with the performance the closed date kept for it', async () => {
    await page.getByLabel('Cerca schede (codice, obiettivo, indicatori)').fill(lastCode.toLowerCase());
    await page.getByText('1 di 1.800 schede', { exact: true }).waitFor();
    await page.getByRole('link', { name: new RegExp(`^${lastCode}`) }).click();
    const closing = page.getByRole('region', { name: 'Monitoraggi chiusi e rettifiche' });
    await closing.waitFor({ timeout: 30_000 });
    expect(await closing.textContent()).toContain(`Performance dell’obiettivo registrata alla chiusura: ${keptPerformance}`);
    expect(called('loadCards').map((c) => (c.body as { cardIds: number[] }).cardIds.length)).toEqual([1]);
    expect(called('loadPlan')).toHaveLength(0);
  });

  it('the Cruscotto reads the other 1.799 cards first, then counts every indicator', async () => {
    await page.goto(new URL('#/cruscotto', harness.url).href);
    await page.getByRole('heading', { name: 'Cruscotto della performance' }).waitFor({ timeout: 60_000 });
    // the sample's 31 indicators without a value, a hundred times
    await page.getByRole('button', { name: 'Indicatori Non disponibile (n.d.): 3.100' }).waitFor();
    const read = called('loadCards').flatMap((c) => (c.body as { cardIds: number[] }).cardIds);
    expect(new Set(read).size).toBe(1800);
  });
});
