// Shared helpers of the browser end-to-end tests: a temporary copy of the sample plan, the HTTP harness on it,
// Debian Chromium through playwright-core, and screenshots. Reused by the editor, print and exchange suites.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import type { PlanDocument } from '../../shared/model';
import { startHarness, type Harness } from '../harness/server';
import { printRouteToPdf } from './printPdf';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SCREENSHOT_DIR = fileURLToPath(new URL('./screenshots', import.meta.url));
export const LAPTOP_VIEWPORT = { width: 1366, height: 768 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A fresh plan file holding the 2024 sample, in its own temporary folder. */
export function makeSampleFile(): { dbPath: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'pira-e2e-'));
  const dbPath = path.join(dir, 'piano.pira');
  createSampleFile(dbPath).close();
  return { dbPath, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Reads the first plan of a file through the db layer (what the app really wrote). */
export function readPlanFromFile(dbPath: string): PlanDocument {
  const file = openPlanFile(dbPath);
  try {
    const [first] = file.repo.listPlans();
    if (!first) throw new Error(`nessun piano in ${dbPath}`);
    return file.repo.loadPlan(first.id);
  } finally {
    file.close();
  }
}

export interface AppSession {
  harness: Harness;
  browser: Browser;
  page: Page;
  dbPath: string;
  /** Browser errors and failed requests seen so far (a clean run has none). */
  problems: string[];
  close(): Promise<void>;
}

/**
 * Harness on a sample copy + Chromium page at 1366×768, with console errors collected. `printPdf`: "Esporta PDF…"
 * works as in the desktop app (the harness prints with the app's PDF options and Indice, see printPdf.ts).
 */
export async function openApp(options: { printPdf?: boolean } = {}): Promise<AppSession> {
  const sample = makeSampleFile();
  const browser = await launchBrowser();
  let baseUrl = '';
  const harness = await startHarness({
    dbPath: sample.dbPath,
    port: 0,
    ...(options.printPdf ? { renderPdf: (route: string) => printRouteToPdf(browser, baseUrl, route) } : {}),
  });
  baseUrl = harness.url;
  const page = await browser.newPage({ viewport: LAPTOP_VIEWPORT, locale: 'it-IT' });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => {
    // failed loads are reported below with their address
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) problems.push(`console: ${msg.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(harness.url);
  return {
    harness,
    browser,
    page,
    dbPath: sample.dbPath,
    problems,
    close: async () => {
      await browser.close();
      await harness.close();
      sample.cleanup();
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
