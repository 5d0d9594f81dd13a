// Printing end to end: the print route of the harness printed the way the desktop app prints it (its PDF options and
// two-pass Indice, through Chromium's DevTools protocol: printPdf.ts), read back with pdftotext; checks content, page breaks, running footer and overflow, and leaves PNGs of
// the first page, a card and the longest card in test/e2e/screenshots for a human look.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Card, PlanDocument } from '../../shared/model';
import { scoreCard, scoringContext, currentValue, targetFor } from '../../shared/scoring';
import { formatDate, formatPercent, formatPerformance, formatResources, formatValue } from '../../shared/values';
import { expectedDashboardFigures, printedDashboardFigures } from './dashboardPdf';
import { printRouteToPdf } from './printPdf';
import { openApp, readPlanFromFile, SCREENSHOT_DIR, type AppSession } from './support';

/** A4 landscape content box (297 − 2 × 13 mm) at 96 dpi: the width the print layout must fit. */
const CONTENT_WIDTH_PX = Math.floor((271 / 25.4) * 96);

interface PrintedPdf {
  file: string;
  /** Per page: pdftotext reading order (cells kept together) and -layout (table rows on one line). */
  raw: string[];
  layout: string[];
}

/** Whitespace, soft hyphens and hyphenation marks removed: text compares whatever the line breaks. */
const squash = (text: string) => text.replace(/[\s\u00ad\u2010]+/g, '');

function pdfText(file: string, layout: boolean): string[] {
  const out = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return out.split('\f').slice(0, -1);
}

function todayItalian(): string {
  const now = new Date();
  const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return formatDate(iso);
}

/** The cells of a row that never wrap, in order, as they must appear on one line of the printed table. */
function rowSignature(plan: PlanDocument, card: Card, index: number) {
  const indicator = card.indicators[index]!;
  const ctx = scoringContext(plan.settings);
  const years: number[] = [];
  for (let y = plan.settings.horizonStart; y <= plan.settings.horizonEnd; y++) years.push(y);
  const performance = scoreCard(card, ctx).indicators[index]?.performance ?? null;
  const before = [
    indicator.udm,
    formatValue(currentValue(indicator, plan.settings.monitoringDate)),
    indicator.operator,
    ...years.map((y) => formatValue(targetFor(indicator, y))),
  ];
  return {
    before: squash(before.join('')),
    performance: formatPerformance(performance),
    weight: squash(formatPercent(indicator.weight, 1)),
  };
}

let app: AppSession;
let plan: PlanDocument;
let workDir: string;

async function printRoute(hash: string, name: string): Promise<PrintedPdf> {
  const file = path.join(workDir, `${name}.pdf`);
  writeFileSync(file, await printRouteToPdf(app.browser, app.harness.url, hash));
  return { file, raw: pdfText(file, false), layout: pdfText(file, true) };
}

/** Index of the page each card starts on: the page whose first line is "SCHEDA OBIETTIVO", then "<codice> <titolo>". */
function cardStarts(pdf: PrintedPdf, codes: string[]): Map<string, number> {
  const starts = new Map<string, number>();
  pdf.layout.forEach((text, pageIndex) => {
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    if (!/^\s*SCHEDA OBIETTIVO\b/.test(lines[0] ?? '')) return;
    const code = lines.slice(1, 4).map((line) => /^\s*(\S+)/.exec(line)?.[1] ?? '').find((first) => codes.includes(first));
    if (code) starts.set(code, pageIndex);
  });
  return starts;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The objective's performance ends one of the few lines under the side panel's "PERFORMANCE DELL’OBIETTIVO". */
function sidePanelShows(layoutPage: string, objective: string): boolean {
  const lines = layoutPage.split('\n');
  const at = lines.findIndex((line) => line.includes('PERFORMANCE DELL’OBIETTIVO'));
  const figure = new RegExp(`\\s${escapeRegExp(objective)}$`);
  return at >= 0 && lines.slice(at + 1, at + 6).some((line) => figure.test(line.trimEnd()));
}

/** The row's figures in one line, allowing the footnote numbers printed right after the performance. */
function rowPattern(signature: { before: string; performance: string; weight: string }): RegExp {
  return new RegExp(`${escapeRegExp(signature.before + signature.performance)}[\\d,]*${escapeRegExp(signature.weight)}`);
}

/** Checks every row of every listed card: name, algoritmo and figures together on one page of the card. */
function expectCardsPrinted(pdf: PrintedPdf, cards: Card[]) {
  const starts = cardStarts(pdf, cards.map((c) => c.code));
  const problems: string[] = [];
  const ordered = [...starts.values()].sort((a, b) => a - b);
  for (const card of cards) {
    const start = starts.get(card.code);
    if (start === undefined) {
      problems.push(`${card.code}: non inizia una nuova pagina`);
      continue;
    }
    const end = ordered.find((p) => p > start) ?? pdf.raw.length;
    const pages = Array.from({ length: end - start }, (_, i) => start + i);
    const first = squash(pdf.layout[start] ?? '');
    if (!first.includes(squash(formatResources(card.resources)).replace(/^r/, 'R'))) problems.push(`${card.code}: risorse`);
    const objective = formatPerformance(scoreCard(card, scoringContext(plan.settings)).performance);
    if (!sidePanelShows(pdf.layout[start] ?? '', objective)) problems.push(`${card.code}: performance obiettivo ${objective}`);
    card.indicators.forEach((indicator, i) => {
      const signature = rowSignature(plan, card, i);
      const figures = rowPattern(signature);
      const onOnePage = pages.some((p) => {
        const raw = squash(pdf.raw[p] ?? '');
        const lines = (pdf.layout[p] ?? '').split('\n').map(squash);
        return raw.includes(squash(indicator.name)) && raw.includes(squash(indicator.algoritmo)) && lines.some((l) => figures.test(l));
      });
      if (!onOnePage) problems.push(`${card.code} riga ${i + 1} «${indicator.name}»: non intera su una pagina (${figures.source})`);
    });
    for (const p of pages.slice(1)) {
      if (!(pdf.layout[p] ?? '').includes('Indicatore e algoritmo di calcolo')) problems.push(`${card.code}: pagina ${p + 1} senza intestazione della tabella`);
    }
  }
  expect(problems).toEqual([]);
}

function expectFooters(pdf: PrintedPdf) {
  const total = pdf.layout.length;
  const missing = pdf.layout
    .map((text, i) => ({ page: i + 1, text: squash(text) }))
    .filter(({ page, text }) => !text.includes(squash(`Stampato il ${todayItalian()} · pagina ${page} di ${total}`)) || !text.includes(squash(plan.settings.ente)))
    .map(({ page }) => page);
  expect(missing).toEqual([]);
}

function renderPngs(pdf: PrintedPdf, pages: number[], prefix: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const page of pages) {
    const target = path.join(SCREENSHOT_DIR, `${prefix}-p${page}`);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdf.file, target]);
  }
}

/** The DOM facts the layout test needs, typed locally: the Node-side tsconfig has no DOM library. */
interface PrintElement {
  tagName: string;
  className: string;
  textContent: string | null;
  clientWidth: number;
  scrollWidth: number;
  closest(selector: string): unknown;
}
interface PrintWindow {
  document: { querySelectorAll(selector: string): Iterable<PrintElement>; documentElement: { scrollWidth: number } };
  getComputedStyle(element: PrintElement): { breakInside: string; breakBefore: string; display: string };
}

/** Runs in the page (print media): overflowing elements, rows that could split, repeated headers, card breaks. */
function measurePrintLayout() {
  const { document, getComputedStyle } = globalThis as unknown as PrintWindow;
  const all = (selector: string) => [...document.querySelectorAll(selector)];
  const rows = all('[data-print-row]');
  return {
    overflowing: all('.pd-document *')
      .filter((el) => el.clientWidth > 0 && el.scrollWidth - el.clientWidth > 1)
      .map((el) => `${el.tagName}.${el.className}: ${el.textContent?.slice(0, 40)}`),
    pageWidth: document.documentElement.scrollWidth,
    rowCount: rows.filter((r) => r.closest('.pd-card')).length,
    splittable: rows.filter((r) => getComputedStyle(r).breakInside !== 'avoid').length,
    headers: all('.pd-card thead').map((h) => getComputedStyle(h).display),
    cardBreaks: all('[data-print-card]').map((c) => getComputedStyle(c).breakBefore),
  };
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'pira-print-'));
  app = await openApp();
  plan = readPlanFromFile(app.dbPath);
});

afterAll(async () => {
  await app?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('whole plan (#/stampa)', () => {
  let pdf: PrintedPdf;
  beforeAll(async () => {
    pdf = await printRoute('#/stampa', 'piano');
  });

  it('opens with the title page, premessa and the summary of every objective', () => {
    const first = squash(pdf.layout[0] ?? '');
    const expected = [plan.settings.ente.toUpperCase(), plan.settings.title, `Stato di attuazione al ${formatDate(plan.settings.monitoringDate)}`];
    expect(expected.filter((text) => !first.includes(squash(text)))).toEqual([]);
    expect(pdf.layout.some((text) => text.trimStart().startsWith('Premessa'))).toBe(true);
    const summaryPage = pdf.layout.findIndex((t) => t.includes('Riepilogo degli obiettivi'));
    expect(summaryPage).toBeGreaterThan(0);
    const summary = squash(pdf.layout.slice(summaryPage, summaryPage + 2).join(''));
    expect(plan.cards.map((c) => c.code).filter((code) => !summary.includes(code))).toEqual([]);
  });

  it('prints every card on its own pages with every indicator and figure, rows never split', () => {
    expect(plan.cards).toHaveLength(18);
    expect(plan.cards.reduce((n, c) => n + c.indicators.length, 0)).toBe(123);
    expectCardsPrinted(pdf, plan.cards);
  });

  it('shows the published figures of the seed (spot checks)', () => {
    const all = squash(pdf.layout.join(''));
    const published = ['439.846,96€', '>=4n.d.n.d.25%20,0%', '26/03/2024<=28/02/202428/02/202528/02/202657%', '100%>=96%100%100%104%'];
    expect(published.filter((figure) => !all.includes(figure))).toEqual([]);
    expect(squash(pdf.raw.join('')).includes(squash('Performance impostata manualmente al 57%'))).toBe(true);
  });

  it('puts ente, print date and "pagina N di M" on every page', () => {
    expectFooters(pdf);
  });

  it('carries the Cruscotto right after the summary: its figures, then the n.d. page, then the first card', () => {
    const summary = pdf.layout.findIndex((t) => t.includes('Riepilogo degli obiettivi'));
    const dashboard = pdf.layout.findIndex((t) => t.trimStart().startsWith('Cruscotto della performance al 30/06/2024'));
    expect(dashboard).toBeGreaterThan(summary);
    expect(pdf.layout.slice(summary + 1, dashboard).every((t) => !/SCHEDA OBIETTIVO|Cruscotto/.test(t))).toBe(true);
    expect(pdf.layout[1]?.trimStart().startsWith('Indice')).toBe(true); // issue 20: the Indice follows the title page
    expect(printedDashboardFigures(pdf.layout[dashboard]!)).toEqual(expectedDashboardFigures(plan));
    // two pages more than without it (overview, n.d. indicators), as when the dashboard is printed alone
    expect(pdf.layout[dashboard + 1]?.trimStart().startsWith('Indicatori n.d. al 30/06/2024 e motivo')).toBe(true);
    expect(cardStarts(pdf, [plan.cards[0]!.code]).get(plan.cards[0]!.code)).toBe(dashboard + 2);
    renderPngs(pdf, [dashboard + 1], 'print-piano-cruscotto');
  });

  it('fits the page width, keeps rows whole and starts each card on a new page (print media)', async () => {
    const page = await app.browser.newPage({ viewport: { width: CONTENT_WIDTH_PX, height: 760 } });
    try {
      await page.goto(new URL('/#/stampa', app.harness.url).href);
      await page.waitForSelector('body[data-ready="true"]');
      await page.emulateMedia({ media: 'print' });
      const layout = await page.evaluate(measurePrintLayout);
      expect(layout.overflowing).toEqual([]);
      expect(layout.pageWidth).toBeLessThanOrEqual(CONTENT_WIDTH_PX);
      expect(layout.rowCount).toBe(123);
      expect(layout.splittable).toBe(0);
      expect(new Set(layout.headers)).toEqual(new Set(['table-header-group']));
      expect(layout.cardBreaks).toEqual(plan.cards.map(() => 'page'));
    } finally {
      await page.close();
    }
  });

  it('renders pages to PNG for a look', () => {
    const longest = [...plan.cards].sort((a, b) => b.indicators.length - a.indicators.length)[0]!;
    const start = cardStarts(pdf, [longest.code, plan.cards[0]!.code]);
    const pages = [1, (start.get(plan.cards[0]!.code) ?? 0) + 1, (start.get(longest.code) ?? 0) + 1, (start.get(longest.code) ?? 0) + 2];
    renderPngs(pdf, pages, 'print-piano');
    expect(longest.code).toBe('03_01_OS05');
  });
});

describe('one card (#/stampa/<codice>) and a selection', () => {
  it('prints only that card, all its rows, with the footer', async () => {
    const card = plan.cards.find((c) => c.code === '03_01_OS05')!;
    const pdf = await printRoute(`#/stampa/${card.code}?piano=${plan.id}`, 'scheda');
    expectCardsPrinted(pdf, [card]);
    expectFooters(pdf);
    const others = plan.cards.filter((c) => c.code !== card.code).map((c) => c.code);
    expect([...cardStarts(pdf, plan.cards.map((c) => c.code)).keys()]).toEqual([card.code]);
    expect(others.filter((o) => pdf.layout.join('').includes(o))).toEqual([]);
    renderPngs(pdf, [1], 'print-scheda');
  });

  it('prints a selection in plan order, each card on a new page', async () => {
    const chosen = [plan.cards[5]!, plan.cards[1]!];
    const pdf = await printRoute(`#/stampa?codici=${chosen.map((c) => c.code).join(',')}`, 'selezione');
    expectCardsPrinted(pdf, chosen);
    const starts = cardStarts(pdf, chosen.map((c) => c.code));
    expect(starts.get(plan.cards[1]!.code)).toBe(0);
    expect(starts.get(plan.cards[5]!.code)).toBeGreaterThan(0);
  });
});
