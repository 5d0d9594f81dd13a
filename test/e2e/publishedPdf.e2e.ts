// The plan as it is published: "Esporta PDF…" of the whole plan, through the app's own print path (the harness
// renders the route as Electron's print window does, with the app's PDF options and two-pass Indice: printPdf.ts),
// read back with poppler: tagged, Italian, a descriptive title, an Indice whose page numbers are where each section
// and card really starts, bookmarks for the sections and every card, and every card that fits kept on one page.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../shared/model';
import { cardsInPlanOrder } from '../../renderer/features/print/printDocument';
import { openApp, readPlanFromFile, SCREENSHOT_DIR, type AppSession } from './support';

let app: AppSession;
let plan: PlanDocument;
let dir: string;
let pdf: string;
let pages: string[];

/** pdftotext per page, table rows kept on one line. */
const textPages = (file: string) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
const squash = (text: string) => text.replace(/[\s\u00ad\u2010]+/g, '');

interface OutlineItem {
  title: string;
  page: number;
  depth: number;
}

/** The PDF's outline (bookmarks) as poppler reads it (pdftohtml -xml writes it with each item's page). */
function outline(file: string): OutlineItem[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const items: OutlineItem[] = [];
  let depth = 0;
  for (const token of xml.slice(xml.indexOf('<outline>')).matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (token[0] === '<outline>') depth++;
    else if (token[0] === '</outline>') depth--;
    else items.push({ page: Number(token[1]), title: (token[2] ?? '').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"'), depth });
  }
  return items;
}

/** The Indice's lines: label (code and title for a card) and page number, as printed. */
function indice(): Array<{ text: string; page: number }> {
  const page = pages.findIndex((p) => p.trimStart().startsWith('Indice'));
  expect(page, 'pagina dell’Indice').toBeGreaterThan(0);
  return pages[page]!
    .split('\n')
    .map((line) => /^\s*(.+?)\s+(\d+)\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && !/pagina \d+ di \d+/.test(m[0]))
    .map((m) => ({ text: m[1]!.replace(/\s+/g, ' '), page: Number(m[2]) }));
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pira-published-'));
  app = await openApp({ printPdf: true });
  plan = readPlanFromFile(app.dbPath);
  const { page } = app;
  await page.getByRole('link', { name: '01_01_OS01' }).waitFor();
  await page.getByRole('banner').getByRole('button', { name: 'Stampa/Anteprima' }).click();
  const preview = page.getByRole('dialog', { name: /^Anteprima di stampa – piano completo/ });
  const exportButton = preview.getByRole('button', { name: 'Esporta PDF…' });
  await exportButton.and(page.locator(':enabled')).waitFor();
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await exportButton.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('PIRA 2024.pdf');
  pdf = path.join(dir, 'PIRA 2024.pdf');
  writeFileSync(pdf, readFileSync((await file.path())!));
  await preview.getByRole('status').filter({ hasText: 'Scaricato «PIRA 2024.pdf».' }).waitFor();
  pages = textPages(pdf);
}, 240_000);

afterAll(async () => {
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the published plan PDF', () => {
  it('is tagged, in Italian, A4 landscape, with a title that says what it is', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/Page size:\s+841\.\d+ x 594\.\d+ pts \(A4\)/);
    expect(info).toContain(`Title:           ${plan.settings.title} – ${plan.settings.ente}`);
    const catalog = readFileSync(pdf, 'latin1');
    expect(catalog).toMatch(/\/Lang \(it\)/);
    expect(catalog).toMatch(/\/StructTreeRoot \d+ 0 R/);
  });

  it('opens with an Indice of the premessa, each ambito and every card by code and title, each with the page it starts on', () => {
    const lines = indice();
    const pageOf = (label: string) => lines.find((l) => l.text.startsWith(label))?.page;
    // the premessa and the sections
    expect(pages[pageOf('Premessa')! - 1]?.trimStart().startsWith('Premessa')).toBe(true);
    expect(pages[pageOf('Riepilogo degli obiettivi al 30/06/2024')! - 1]?.trimStart().startsWith('Riepilogo degli obiettivi al 30/06/2024')).toBe(true);
    expect(pages[pageOf('Cruscotto della performance al 30/06/2024')! - 1]?.trimStart().startsWith('Cruscotto della performance al 30/06/2024')).toBe(true);
    // each ambito, on the ambiti page
    for (const ambito of plan.catalogues.ambiti) {
      const page = pageOf(`${ambito.code} ${ambito.name.slice(0, 30)}`);
      expect(page, `ambito ${ambito.code} nell’Indice`).toBeDefined();
      expect(squash(pages[page! - 1] ?? '')).toContain(squash(`${ambito.code} ${ambito.name}`));
    }
    // every card: its line in the Indice, and its page starts with it
    const problems: string[] = [];
    for (const card of cardsInPlanOrder(plan)) {
      const page = pageOf(`${card.code} ${card.title.slice(0, 25)}`);
      if (page === undefined) {
        problems.push(`${card.code}: non è nell’Indice`);
        continue;
      }
      const head = (pages[page - 1] ?? '').split('\n').filter((l) => l.trim() !== '');
      if (!/^\s*SCHEDA OBIETTIVO\b/.test(head[0] ?? '') || !head.slice(1, 4).some((l) => l.trimStart().startsWith(`${card.code} `))) {
        problems.push(`${card.code}: l’Indice dice pagina ${page}, che inizia con «${head[0]?.trim()} / ${head[1]?.trim()}»`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has bookmarks for the plan, the Indice, the sections and every card, on the pages the Indice gives', () => {
    const items = outline(pdf);
    const lines = indice();
    expect(items[0]).toMatchObject({ page: 1, depth: 1 });
    expect(squash(items[0]!.title)).toBe(squash(plan.settings.title));
    const titles = items.map((i) => i.title);
    for (const section of ['Indice', 'Premessa', 'Ambiti strategici e linee di intervento', 'Riepilogo degli obiettivi al 30/06/2024', 'Cruscotto della performance al 30/06/2024']) {
      expect(titles).toContain(section);
    }
    const problems: string[] = [];
    for (const card of cardsInPlanOrder(plan)) {
      const mark = items.find((i) => squash(i.title) === squash(`${card.code} ${card.title}`));
      const listed = lines.find((l) => l.text.startsWith(`${card.code} `));
      if (!mark) problems.push(`${card.code}: nessun segnalibro`);
      else if (mark.page !== listed?.page) problems.push(`${card.code}: segnalibro a pagina ${mark.page}, Indice ${listed?.page}`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps a card on one page when it fits: the 5 indicators of 01_01_OS01 on one page, no card’s last row alone', () => {
    const lines = indice();
    const cards = cardsInPlanOrder(plan);
    const starts = cards.map((card) => lines.find((l) => l.text.startsWith(`${card.code} `))!.page);
    const card = cards.find((c) => c.code === '01_01_OS01')!;
    expect(card.indicators).toHaveLength(5);
    const at = cards.indexOf(card);
    expect(starts[at + 1]! - starts[at]!, '01_01_OS01 occupa una pagina').toBe(1);
    const problems: string[] = [];
    cards.forEach((c, i) => {
      const end = (starts[i + 1] ?? pages.length + 1) - 1;
      if (end === starts[i]) return;
      const last = squash(pages[end - 1] ?? '');
      const rows = c.indicators.filter((ind) => last.includes(squash(ind.name))).length;
      if (rows < 2) problems.push(`${c.code}: ${rows} righe sull’ultima pagina (${end})`);
    });
    expect(problems).toEqual([]);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const indicePage = pages.findIndex((p) => p.trimStart().startsWith('Indice')) + 1;
    for (const [name, page] of [['indice', indicePage], ['01_01_OS01', starts[at]!]] as const) {
      execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdf, path.join(SCREENSHOT_DIR, `published-${name}`)]);
    }
  });
});
