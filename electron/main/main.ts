/**
 * Electron entry (bundled to out/main/main.js): security set-up that must precede `ready`, the single-instance
 * lock, and the hand-over of files opened from outside (second launch, macOS open-file) to the running app.
 * Why: thin glue only; the application itself is in desktopApp.ts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, session, utilityProcess } from 'electron';
import { useParseProcessLauncher } from '../exchange/parseProcess';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { startDesktopApp, type DesktopApp } from './desktopApp';
import { hardenAllWebContents, hardenSession } from './hardening';
import { isPlanFilePath, planFileFromArgv } from './launchArgs';
import { utilityProcessLauncher } from './parseProcessLauncher';
import { invocationDir } from '../app/invocationDir';

const outDir = path.dirname(fileURLToPath(import.meta.url)); // out/main
const paths = {
  preload: path.join(outDir, '../preload/preload.cjs'),
  webRoot: path.join(outDir, '../renderer'),
};

registerAppScheme();
hardenAllWebContents();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let running: DesktopApp | null = null;
  let requestedFile = planFileFromArgv(process.argv, invocationDir());

  // macOS delivers double-clicked files as events, possibly before `ready`.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (!isPlanFilePath(filePath)) return;
    if (running) running.openFromOutside(filePath);
    else requestedFile = filePath;
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    running?.openFromOutside(planFileFromArgv(argv, workingDirectory));
  });
  app.on('window-all-closed', () => app.quit());

  app
    .whenReady()
    .then(async () => {
      hardenSession(session.defaultSession);
      handleAppProtocol(paths.webRoot);
      // Import files are parsed in a utility process (utilityProcess.fork exists only once the app is ready).
      useParseProcessLauncher(utilityProcessLauncher(utilityProcess.fork));
      running = await startDesktopApp({ ...paths, userData: app.getPath('userData') }, requestedFile);
    })
    .catch((error: unknown) => {
      console.error('[PIRA Desk] avvio non riuscito:', error);
      app.exit(1);
    });
}
