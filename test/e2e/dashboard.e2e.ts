// The Cruscotto in a real browser against the harness on a copy of the sample plan: the figures shown are those
// of the shared scoring on what the file holds, a bar and a count lead to the card list filtered to the right cards,
// an n.d. card opens, an edit shows up on the dashboard; the dashboard printed alone is read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueKey } from '../../shared/finding';
import type { PlanDocument } from '../../shared/model';
import { formatPerformance } from '../../shared/values';
import { describePolicy, performanceStatus, scoreCard, scorePlan, scoringContext } from '../../shared/scoring';
import { expectedDashboardFigures, printedDashboardFigures } from './dashboardPdf';
import { openApp, readPlanFromFile, SCREENSHOT_DIR, screenshot, type AppSession } from './support';

let app: AppSession;
let plan: PlanDocument;

beforeAll(async () => {
  app = await openApp();
  plan = readPlanFromFile(app.dbPath);
});
afterAll(async () => {
  await app?.close();
});

const squash = (text: string) => text.replace(/\s+/g, '');
const objectives = (n: number) => `${n} ${n === 1 ? 'obiettivo' : 'obiettivi'}`;
const listedCodes = async () => (await app.page.locator('tr.card-row td.col-code').allTextContents()).sort();

async function openDashboard() {
  const { page } = app;
  await page.getByRole('button', { name: 'Cruscotto', exact: true }).click();
  await page.getByRole('heading', { name: 'Cruscotto della performance' }).waitFor();
  expect(await page.evaluate('window.location.hash')).toBe('#/cruscotto');
}

/** The button of one bar, by the start of its accessible name ("Area Segretario Generale: 83%, 1 obiettivo"). */
const bar = (name: string) => app.page.getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `) });

describe('figures', () => {
  it('shows the ente, ambito, area and counts as the scoring of the file gives them (61%, 82%, 59%)', async () => {
    await openDashboard();
    const { page } = app;
    const score = scorePlan(plan);
    expect(await page.locator('[data-dashboard-overall] .db-overall-figure').textContent()).toBe(formatPerformance(score.performance));
    expect(formatPerformance(score.performance)).toBe('61%');
    for (const ambito of score.rollups.ambito) {
      const name = await bar(`Ambito ${ambito.key} – ${ambito.label}`).getAttribute('aria-label');
      expect(name).toBe(`Ambito ${ambito.key} – ${ambito.label}: ${formatPerformance(ambito.performance)}, ${objectives(ambito.cardCount)}`);
    }
    expect(score.rollups.ambito.map((r) => formatPerformance(r.performance))).toEqual(['61%', '82%', '59%']);
    // one area for the three spellings of the seed, with its 10 cards
    expect(await page.getByRole('button', { name: /^Area Promozione e sviluppo economico/i }).count()).toBe(1);
    expect(await bar('Area Promozione e Sviluppo Economico').getAttribute('aria-label')).toBe('Area Promozione e Sviluppo Economico: 61%, 10 obiettivi');
    // the figure is written on the bar itself (SVG text)
    const figure = page.locator('[data-dashboard-bar="ambito:02"] svg text');
    expect(await figure.textContent()).toBe('82%');
    expect(await page.locator('[data-dashboard-bar="ambito:02"] svg rect.db-fill-parziale').count()).toBe(1);

    const ctx = scoringContext(plan.settings);
    const statuses = plan.cards.flatMap((c) => scoreCard(c, ctx).indicators.map((s) => performanceStatus(s.performance)));
    const counts = await page.locator('[data-dashboard-count] .db-count-figure').allTextContents();
    expect(counts).toEqual(['raggiunto', 'parziale', 'critico', 'nd'].map((s) => String(statuses.filter((x) => x === s).length)));
    expect(counts).toEqual(['46', '11', '35', '31']);
    expect(await page.locator('.db-policy').textContent()).toBe(`Criteri di calcolo della performance. ${describePolicy(plan.settings.policy)}`);
    expect(await page.locator('[data-dashboard-nd]').count()).toBe(10);
    await screenshot(page, 'dashboard');
    expect(app.problems).toEqual([]);
  });
});

describe('from the dashboard to the cards', () => {
  it('a bar opens the list filtered to its cards: the area of three spellings gives its 10 cards', async () => {
    await openDashboard();
    const { page } = app;
    await bar('Area Promozione e Sviluppo Economico').click();
    await page.locator('tr.card-row').first().waitFor();
    expect(await page.evaluate('window.location.hash')).toBe('#/');
    const expected = plan.cards.filter((c) => catalogueKey(c.area) === 'promozione e sviluppo economico').map((c) => c.code).sort();
    expect(expected).toHaveLength(10);
    await expect.poll(listedCodes).toEqual(expected);
    expect(await page.locator('.list-count').textContent()).toBe('10 di 18 schede');
    expect(await page.getByRole('combobox', { name: 'Filtra per area' }).inputValue()).toBe('Promozione e Sviluppo Economico');
    // the area drop-down lists the area once too ("Tutte le aree" + 4 areas)
    expect(await page.locator('select[aria-label="Filtra per area"] option').allTextContents()).toEqual([
      'Tutte le aree',
      'Obiettivo trasversale',
      'Promozione e Sviluppo Economico',
      'Responsabile Prevenzione Corruzione Trasparenza',
      'Segretario Generale',
    ]);
  });

  it('a programme bar filters by programme, shown as a chip that can be removed', async () => {
    await openDashboard();
    const { page } = app;
    await bar('Programma 032.003 – Servizi e affari generali per le amministrazioni di competenza').click();
    const expected = plan.cards.filter((c) => c.programma === '032.003').map((c) => c.code).sort();
    await expect.poll(listedCodes).toEqual(expected);
    expect(expected).toHaveLength(6);
    expect(await page.locator('.filter-chip-text').textContent()).toMatch(/^Programma: 032\.003 – Servizi e affari generali/);
    await page.getByRole('button', { name: 'Togli il filtro programma' }).click();
    await expect.poll(() => page.locator('tr.card-row').count()).toBe(18);
  });

  it('a count opens the cards that have indicators in that status', async () => {
    await openDashboard();
    const { page } = app;
    await page.getByRole('button', { name: 'Indicatori Non disponibile (n.d.): 31' }).click();
    const ctx = scoringContext(plan.settings);
    const expected = plan.cards.filter((c) => scoreCard(c, ctx).indicators.some((s) => s.performance === null)).map((c) => c.code).sort();
    expect(expected).toHaveLength(10);
    await expect.poll(listedCodes).toEqual(expected);
    expect(await page.locator('.filter-chip-text').textContent()).toBe('Con indicatori: Non disponibile (n.d.)');
    await page.getByRole('button', { name: 'Azzera filtri' }).click();
    await expect.poll(() => page.locator('tr.card-row').count()).toBe(18);
  });

  it('an n.d. card of the list opens its editor', async () => {
    await openDashboard();
    const { page } = app;
    await page.getByRole('link', { name: '03_01_OS06 Salute finanziaria' }).click();
    await page.getByLabel('Valore al 30/06/2024 – indicatore 1', { exact: true }).waitFor();
    expect(await page.evaluate('window.location.hash')).toBe('#/scheda/03_01_OS06');
  });

  it('follows an edit saved in the file', async () => {
    const { page } = app;
    await page.evaluate('window.location.hash = "#/scheda/01_02_OS01"');
    const value = page.getByLabel('Valore al 30/06/2024 – indicatore 1', { exact: true });
    await value.waitFor();
    const before = formatPerformance(scorePlan(readPlanFromFile(app.dbPath)).rollups.linea.find((r) => r.key === '01_02')!.performance);
    expect(before).toBe('0%');
    await value.fill('1000');
    await value.press('Enter');
    await expect
      .poll(() => formatPerformance(scorePlan(readPlanFromFile(app.dbPath)).rollups.linea.find((r) => r.key === '01_02')!.performance), { timeout: 10_000 })
      .not.toBe(before);
    const stored = scorePlan(readPlanFromFile(app.dbPath));
    await openDashboard();
    const line = stored.rollups.linea.find((r) => r.key === '01_02')!;
    expect(await page.locator('[data-dashboard-bar="linea:01_02"] svg text').textContent()).toBe(formatPerformance(line.performance));
    expect(await page.locator('[data-dashboard-overall] .db-overall-figure').textContent()).toBe(formatPerformance(stored.performance));
  });

  it('"Stampa il cruscotto…" previews the dashboard alone', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Stampa il cruscotto…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Anteprima di stampa – cruscotto' });
    await dialog.locator('[data-print-section="cruscotto"]').waitFor();
    expect(await dialog.locator('[data-print-card]').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Chiudi' }).click();
  });
});

describe('printed alone (#/stampa?sezione=cruscotto)', () => {
  it('is vector, A4 landscape, with the figures, the n.d. page and the plan footer', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pira-dashboard-'));
    try {
      const page = await app.browser.newPage({ viewport: { width: 1024, height: 760 }, locale: 'it-IT' });
      await page.goto(new URL(`/#/stampa?sezione=cruscotto&piano=${plan.id}`, app.harness.url).href);
      await page.waitForSelector('body[data-ready="true"]');
      expect(await page.title()).toBe('PIRA 2024 - cruscotto');
      expect(await page.locator('[data-print-section="cruscotto"] svg.db-bar').count()).toBeGreaterThan(30);
      expect(await page.locator('canvas').count()).toBe(0);
      const file = path.join(dir, 'cruscotto.pdf');
      writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      await page.close();
      const pages = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
      expect(pages).toHaveLength(2);
      const first = pages[0]!;
      expect(first).toContain('Cruscotto della performance al 30/06/2024');
      // the file as it is now (an earlier test edited a value): the ente and every bar of every rollup
      const stored = readPlanFromFile(app.dbPath);
      const score = scorePlan(stored);
      expect(printedDashboardFigures(first)).toEqual(expectedDashboardFigures(stored));
      const reading = squash(execFileSync('pdftotext', ['-f', '1', '-l', '1', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
      const labels = [...score.rollups.ambito, ...score.rollups.linea, ...score.rollups.missione, ...score.rollups.programma].map((r) => `${r.key} ${r.label}`);
      const names = [...score.rollups.area, ...score.rollups.ufficio].map((r) => r.label);
      expect([...labels, ...names].filter((label) => !reading.includes(squash(label)))).toEqual([]);
      for (const text of [formatPerformance(score.performance), 'Indicatori per stato (123)', 'Criteri di calcolo della performance']) {
        expect(first, text).toContain(text);
      }
      // one area row whatever the spelling (the office "Dirigente area Promozione e sviluppo economico" aside)
      expect(first.match(/(?<!Dirigente area )Promozione e [Ss]viluppo [Ee]conomico/g)).toEqual(['Promozione e Sviluppo Economico']);
      expect(pages[1]).toContain('Indicatori n.d. al 30/06/2024 e motivo');
      expect(pages[1]).toContain('Valore della produzione');
      pages.forEach((text, i) => expect(text).toMatch(new RegExp(`pagina ${i + 1} di 2`)));
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+84[12](\.\d+)? x 59[45](\.\d+)? pts \(A4\)/);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      execFileSync('pdftoppm', ['-r', '80', '-png', '-singlefile', '-f', '1', '-l', '1', file, path.join(SCREENSHOT_DIR, 'print-cruscotto-p1')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
