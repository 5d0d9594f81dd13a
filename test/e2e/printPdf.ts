// The print path of the desktop app, in the e2e tests' Chromium: the print route loaded in a window of A4 landscape
// width, ready, then printed with the app's own PDF options (electron/main/pdfOptions.ts) through the DevTools
// protocol and the app's own two-pass Indice (electron/app/tocPageNumbers.ts). Given to the harness as its
// `renderPdf`, it makes "Esporta PDF…" produce the same PDF the desktop app would.
import type { Browser } from 'playwright-core';
import { printWithTocPages } from '../../electron/app/tocPageNumbers';
import { devToolsPdfParams } from '../../electron/main/pdfOptions';
import { tocPagesScript } from '../../shared/printPages';

/** Electron's hidden print window is 1123 × 794 (A4 landscape at 96 dpi): electron/main/printWindow.ts. */
const PRINT_WINDOW = { width: 1123, height: 794 };

export async function printRouteToPdf(browser: Browser, baseUrl: string, hashRoute: string): Promise<Uint8Array> {
  const page = await browser.newPage({ viewport: PRINT_WINDOW, locale: 'it-IT' });
  try {
    await page.goto(new URL(`/${hashRoute}`, baseUrl).href);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    const cdp = await page.context().newCDPSession(page);
    return await printWithTocPages({
      async printToPdf() {
        const { data } = await cdp.send('Page.printToPDF', devToolsPdfParams());
        return new Uint8Array(Buffer.from(data, 'base64'));
      },
      async showTocPages(pages) {
        await page.evaluate(tocPagesScript(pages));
        await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      },
    });
  } finally {
    await page.close();
  }
}
