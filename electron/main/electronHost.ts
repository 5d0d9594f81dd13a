/**
 * The desktop `Host`: produced files are saved through the native save dialog, the print view is printed with the
 * system dialog or rendered to an A4 PDF in a hidden window. Why: handlers stay plain Node; only this module
 * touches dialogs and webContents for them.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { ApiFailure } from '../app/apiFailure';
import type { Host } from '../app/host';
import { withPrintWindow } from './printWindow';

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
      return withPrintWindow(deps.preloadPath, hashRoute, async (contents) => {
        const pdf = await contents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
        return new Uint8Array(pdf);
      });
    },
    printRoute(hashRoute) {
      return withPrintWindow(deps.preloadPath, hashRoute, (contents) =>
        new Promise<boolean>((resolve, reject) => {
          contents.print({ printBackground: true }, (success, failureReason) => {
            if (success) resolve(true);
            else if (failureReason === 'Print job canceled' || failureReason === 'cancelled') resolve(false);
            else reject(new ApiFailure('unavailable', `La stampa non è riuscita (${failureReason}): verificare la stampante.`));
          });
        }),
      );
    },
  };
}
