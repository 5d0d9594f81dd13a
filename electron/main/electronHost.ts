/**
 * The desktop `Host`: produced files are saved through the native save dialog, files to compare are chosen in the
 * native open dialog, the print view is printed with the system dialog or rendered to an A4 PDF in a hidden window
 * (tagged, with bookmarks, the Indice's page numbers read back from a first PDF). Why: handlers stay plain Node; only this module
 * touches dialogs and webContents for them.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, type BrowserWindow, type WebContents } from 'electron';
import { ApiFailure } from '../app/apiFailure';
import type { Host } from '../app/host';
import { tocPagesScript } from '../../shared/printPages';
import { printWithTocPages, type PrintTarget } from '../app/tocPageNumbers';
import { PDF_OPTIONS } from './pdfOptions';
import { waitUntilReady, withPrintWindow } from './printWindow';

/** The print window as the Indice's two-pass printing needs it. */
function printTarget(contents: WebContents): PrintTarget {
  return {
    printToPdf: async () => new Uint8Array(await contents.printToPDF(PDF_OPTIONS)),
    async showTocPages(pages) {
      await contents.executeJavaScript(tocPagesScript(pages), false);
      await waitUntilReady(contents);
    },
  };
}

export interface ElectronHostDeps {
  preloadPath: string;
  /** The window dialogs are attached to (null before it exists). */
  parentWindow(): BrowserWindow | null;
  /** Folder proposed by save dialogs (the open plan's folder). */
  defaultFolder(): string;
}

export function createElectronHost(deps: ElectronHostDeps): Host {
  return {
    kind: 'electron',
    appVersion: app.getVersion(),
    async deliverFile({ suggestedName, data, filters }) {
      const options = { defaultPath: path.join(deps.defaultFolder(), suggestedName), filters };
      const parent = deps.parentWindow();
      const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { fileName: suggestedName, cancelled: true };
      try {
        await writeFile(choice.filePath, data);
      } catch (error) {
        const reason = (error as { code?: string }).code === 'EACCES' ? 'permesso negato' : 'errore di scrittura';
        throw new ApiFailure('locked', `Impossibile salvare «${path.basename(choice.filePath)}» (${reason}): scegliere un'altra cartella.`);
      }
      return { fileName: path.basename(choice.filePath), savedPath: choice.filePath };
    },
    async deliverFiles(files) {
      const options = { defaultPath: deps.defaultFolder(), properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[], title: 'Cartella in cui salvare le cartelle di lavoro' };
      const parent = deps.parentWindow();
      const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      const folder = choice.filePaths[0];
      if (choice.canceled || !folder) return { files: [], cancelled: true };
      const taken = files.filter((f) => existsSync(path.join(folder, f.name)));
      if (taken.length > 0) {
        throw new ApiFailure('conflict', `Nella cartella scelta esistono già ${taken.map((f) => `«${f.name}»`).join(', ')}: scegliere un'altra cartella.`);
      }
      try {
        for (const f of files) await writeFile(path.join(folder, f.name), f.data, { flag: 'wx' });
      } catch (error) {
        const reason = (error as { code?: string }).code === 'EACCES' ? 'permesso negato' : 'errore di scrittura';
        throw new ApiFailure('locked', `Impossibile salvare le cartelle di lavoro in ${folder} (${reason}): scegliere un'altra cartella.`);
      }
      return { files: files.map((f) => ({ fileName: f.name, savedPath: path.join(folder, f.name) })), folder };
    },
    async chooseFile(filters) {
      const options = { defaultPath: deps.defaultFolder(), filters, properties: ['openFile' as const] };
      const parent = deps.parentWindow();
      const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
    async choosePlanFilePath(suggestedPath) {
      const options = {
        title: 'Dove salvare la copia ripristinata',
        defaultPath: suggestedPath,
        filters: [{ name: 'Piano PIRA', extensions: ['pira'] }],
      };
      const parent = deps.parentWindow();
      const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return choice.canceled || !choice.filePath ? null : choice.filePath;
    },
    renderPdf(hashRoute) {
      return withPrintWindow(deps.preloadPath, hashRoute, (contents) => printWithTocPages(printTarget(contents)));
    },
    printRoute(hashRoute) {
      return withPrintWindow(deps.preloadPath, hashRoute, async (contents) => {
        await printWithTocPages(printTarget(contents)); // the paper gets the Indice's page numbers too
        return new Promise<boolean>((resolve, reject) => {
          contents.print({ printBackground: true }, (success, failureReason) => {
            if (success) resolve(true);
            else if (failureReason === 'Print job canceled' || failureReason === 'cancelled') resolve(false);
            else reject(new ApiFailure('unavailable', `La stampa non è riuscita (${failureReason}): verificare la stampante.`));
          });
        });
      });
    },
  };
}
