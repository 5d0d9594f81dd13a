/**
 * Loads the print view of a hash route in a hidden window with the same secure settings as the main one, waits
 * until the view says it is laid out (`document.body.dataset.ready === 'true'`), then hands it to `use`.
 * Why: PDF export and printing render the very same React print view the user previews, not a second layout.
 */
import { BrowserWindow, type WebContents } from 'electron';
import { ApiFailure } from '../app/apiFailure';
import { appPageUrl } from './appUrl';
import { secureWebPreferences } from './webPreferences';

const READY_TIMEOUT_MS = 60_000;
const POLL_MS = 100;

export async function waitUntilReady(contents: WebContents): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const ready = (await contents.executeJavaScript("document.body?.dataset.ready ?? ''", false)) as string;
    if (ready === 'true') return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new ApiFailure('unavailable', 'La vista di stampa non si è preparata entro un minuto: riprovare.');
}

export async function withPrintWindow<T>(
  preloadPath: string,
  hashRoute: string,
  use: (contents: WebContents) => Promise<T>,
): Promise<T> {
  const win = new BrowserWindow({
    show: false,
    width: 1123, // A4 landscape at 96 dpi: the view lays out as on paper
    height: 794,
    webPreferences: secureWebPreferences(preloadPath),
  });
  try {
    await win.loadURL(appPageUrl(hashRoute));
    await waitUntilReady(win.webContents);
    return await use(win.webContents);
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}
