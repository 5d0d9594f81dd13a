/**
 * Creates the single main window at its remembered size and position, and remembers them when it closes.
 * Why: the window must reopen where the user left it, but never off-screen (windowState.ts decides).
 */
import { BrowserWindow, dialog, screen } from 'electron';
import { appPageUrl } from './appUrl';
import { leavesAnyway, UNSAVED_LEAVE_DIALOG } from './unsavedLeave';
import { readTextIfPresent, writeTextAtomically } from './userDataFiles';
import { secureWebPreferences } from './webPreferences';
import { DEFAULT_SIZE, MIN_SIZE, fitToDisplays, parseWindowState, serializeWindowState } from './windowState';

export function createMainWindow(options: { preloadPath: string; stateFile: string }): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const state = fitToDisplays(parseWindowState(readTextIfPresent(options.stateFile)), workAreas);
  const win = new BrowserWindow({
    ...(state.bounds ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'PIRA Desk',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  // The title names the open file (set by the app), not the page's <title>.
  win.on('page-title-updated', (event) => event.preventDefault());
  // The page refuses to unload while values typed in it are unsaved: ask, and close only if the user says so.
  win.webContents.on('will-prevent-unload', (event) => {
    if (leavesAnyway(dialog.showMessageBoxSync(win, { ...UNSAVED_LEAVE_DIALOG, buttons: [...UNSAVED_LEAVE_DIALOG.buttons] }))) event.preventDefault();
  });
  win.on('close', () => {
    const bounds = win.isMaximized() || win.isFullScreen() ? win.getNormalBounds() : win.getBounds();
    writeTextAtomically(options.stateFile, serializeWindowState({ bounds, maximized: win.isMaximized() }));
  });
  void win.loadURL(appPageUrl());
  return win;
}
