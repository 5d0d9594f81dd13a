/**
 * The desktop application once Electron is ready: opens the plan file (argv, double-click, or the sample plan in
 * userData), owns the main window, the menu, the recent files and the File commands (Apri, Salva una copia).
 * Why: one place holds the app's state; every decision it needs (menu, argv, window state) is in a tested module.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { createSampleFile } from '../../db/planFile';
import { holderText, type FileHolder } from '../../shared/fileHolder';
import { INTERNAL_MESSAGE, knownApiError } from '../app/apiFailure';
import { createDocumentSession } from '../app/documentSession';
import { createHandlers } from '../app/handlers';
import { copyPlanFile } from '../app/planFileCopy';
import { registerApiIpc } from './apiIpc';
import { createElectronHost } from './electronHost';
import { createMainWindow } from './mainWindow';
import { buildMenuTemplate, type MainAction } from './menuTemplate';
import { installMenu, sendMenuCommand } from './nativeMenu';
import { PLAN_EXTENSION } from './launchArgs';
import { addRecentFile, parseRecentFiles, removeRecentFile, serializeRecentFiles } from './recentFiles';
import { readTextIfPresent, writeTextAtomically } from './userDataFiles';

export interface DesktopPaths {
  preload: string;
  userData: string;
}

const PLAN_FILTERS = [
  { name: 'Piano PIRA', extensions: [PLAN_EXTENSION.slice(1)] },
  { name: 'Tutti i file', extensions: ['*'] },
];

export interface DesktopApp {
  /** Brings the window forward (second launch, macOS open-file) and opens the file it asked for, if any. */
  openFromOutside(filePath: string | null): void;
}

export async function startDesktopApp(paths: DesktopPaths, requestedFile: string | null): Promise<DesktopApp> {
  const stateFile = path.join(paths.userData, 'finestra.json');
  const recentFile = path.join(paths.userData, 'file-recenti.json');
  const samplePath = path.join(paths.userData, 'piano-esempio.pira');
  let window: BrowserWindow | null = null;
  let recent = parseRecentFiles(readTextIfPresent(recentFile));

  const host = createElectronHost({
    preloadPath: paths.preload,
    parentWindow: () => window,
    defaultFolder: () => path.dirname(session.current()?.path ?? app.getPath('documents')),
  });
  /** A second opener is told who holds the file and may read it (issue 10, defect 2). */
  const askReadOnly = async (holder: FileHolder, filePath: string): Promise<boolean> => {
    const options = {
      type: 'warning' as const,
      title: 'PIRA Desk',
      message: `«${path.basename(filePath)}» è ${holderText(holder)}.`,
      detail:
        'Si può aprire in sola lettura: si potrà consultarlo, stamparlo ed esportarlo, ma non modificarlo, così il ' +
        'lavoro dell’altro utente non viene sovrascritto. Se si è certi che non lo stia più usando, «Prendi il file…» ' +
        'nel messaggio in cima alla finestra lo apre per la modifica.',
      buttons: ['Apri in sola lettura', 'Annulla'],
      defaultId: 0,
      cancelId: 1,
    };
    const answer = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
    return answer.response === 0;
  };
  const session = createDocumentSession(host, { dataDir: paths.userData, onHeld: askReadOnly });
  registerApiIpc(createHandlers(session.context));
  const titleOf = (filePath: string) =>
    `${path.basename(filePath)}${session.current()?.readOnly ? ' (sola lettura)' : ''} — PIRA Desk`;

  const showError = async (title: string, error: unknown) => {
    const detail = knownApiError(error)?.message ?? INTERNAL_MESSAGE;
    if (!knownApiError(error)) console.error('[PIRA Desk]', error);
    const options = { type: 'error' as const, title: 'PIRA Desk', message: title, detail, buttons: ['OK'] };
    if (window) await dialog.showMessageBox(window, options);
    else await dialog.showMessageBox(options);
  };

  const refreshMenu = () =>
    installMenu(buildMenuTemplate({ platform: process.platform, recentFiles: recent, isPackaged: app.isPackaged }), () => window, onMainAction);

  const setRecent = (list: string[]) => {
    recent = list;
    writeTextAtomically(recentFile, serializeRecentFiles(recent));
    refreshMenu();
  };

  const openFile = async (filePath: string): Promise<boolean> => {
    try {
      await session.open(filePath);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'not-found') setRecent(removeRecentFile(recent, filePath));
      await showError(`Impossibile aprire «${path.basename(filePath)}»`, error);
      return false;
    }
    app.addRecentDocument(filePath);
    setRecent(addRecentFile(recent, filePath));
    window?.setTitle(titleOf(filePath));
    window?.setRepresentedFilename(filePath);
    sendMenuCommand(window, 'document-changed');
    return true;
  };

  const chooseAndOpen = async () => {
    if (!window) return;
    const choice = await dialog.showOpenDialog(window, {
      title: 'Apri un piano',
      defaultPath: path.dirname(session.current()?.path ?? app.getPath('documents')),
      filters: PLAN_FILTERS,
      properties: ['openFile'],
    });
    const chosen = choice.filePaths[0];
    if (!choice.canceled && chosen) await openFile(chosen);
  };

  const saveCopy = async () => {
    const current = session.current();
    if (!window || !current) return;
    const choice = await dialog.showSaveDialog(window, {
      title: 'Salva una copia del piano con nome',
      defaultPath: path.join(path.dirname(current.path), `Copia di ${path.basename(current.path)}`),
      filters: PLAN_FILTERS.slice(0, 1),
    });
    if (choice.canceled || !choice.filePath) return;
    const target = choice.filePath.toLowerCase().endsWith(PLAN_EXTENSION) ? choice.filePath : `${choice.filePath}${PLAN_EXTENSION}`;
    try {
      copyPlanFile(current.file, target);
    } catch (error) {
      await showError('Impossibile salvare la copia', error);
      return;
    }
    await openFile(target);
  };

  function onMainAction(action: MainAction): void {
    const run = async () => {
      if (action.kind === 'open-file') await chooseAndOpen();
      else if (action.kind === 'open-recent') await openFile(action.filePath);
      else if (action.kind === 'save-copy') await saveCopy();
      else {
        app.clearRecentDocuments();
        setRecent([]);
      }
    };
    run().catch((error: unknown) => void showError('Operazione non riuscita', error));
  }

  const openInitialFile = async () => {
    if (requestedFile && (await openFile(requestedFile))) return;
    try {
      if (!existsSync(samplePath)) createSampleFile(samplePath).close();
    } catch (error) {
      await showError('Impossibile creare il piano di esempio', error);
      return;
    }
    await openFile(samplePath);
  };

  // The file is open before the page loads, so the UI's first getSession already finds it.
  await openInitialFile();
  refreshMenu();
  window = createMainWindow({ preloadPath: paths.preload, stateFile });
  const opened = session.current();
  if (opened) window.setTitle(titleOf(opened.path));
  window.on('closed', () => {
    window = null;
  });
  // Quitting waits for the open file to close: a shared folder's working copy is saved back, the lock released.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void session
      .close()
      .catch((error: unknown) => console.error('[PIRA Desk] chiusura del file non riuscita:', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });

  return {
    openFromOutside(filePath) {
      if (window) {
        if (window.isMinimized()) window.restore();
        window.focus();
      }
      if (filePath) void openFile(filePath);
    },
  };
}
