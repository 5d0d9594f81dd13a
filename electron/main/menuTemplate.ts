/**
 * The Italian native menu as plain data: labels, shortcuts and what each item does.
 * Why: the Electron glue (menu.ts) only turns this into a `Menu`; what is in the menu, with which shortcut and
 * action, is decided and unit-tested here. Commands the UI performs travel as `MenuCommand`s.
 */
import path from 'node:path';
import type { MenuCommand } from '../../shared/api';

/** What the main process does itself, as opposed to what it forwards to the UI. */
export type MainAction =
  | { kind: 'open-file' }
  | { kind: 'open-recent'; filePath: string }
  | { kind: 'clear-recent' }
  | { kind: 'save-copy' };

export type MenuRole =
  | 'quit'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'hide'
  | 'hideOthers'
  | 'unhide';

export type MenuItemSpec =
  | { type: 'separator' }
  /**
   * `pageHandlesShortcut`: the UI's own keydown handler owns the key (undo/redo must first commit the field being
   * typed in); the menu only displays the shortcut, so one key press never runs the command twice.
   */
  | { label: string; accelerator?: string; command: MenuCommand; pageHandlesShortcut?: true }
  | { label: string; accelerator?: string; main: MainAction; enabled?: boolean }
  | { label?: string; accelerator?: string; role: MenuRole }
  | { label: string; submenu: MenuItemSpec[] };

export interface MenuOptions {
  platform: NodeJS.Platform;
  recentFiles: readonly string[];
  /** Developer tools only in development builds. */
  isPackaged: boolean;
}

const separator: MenuItemSpec = { type: 'separator' };

function recentSubmenu(recentFiles: readonly string[]): MenuItemSpec[] {
  if (recentFiles.length === 0) return [{ label: 'Nessun file recente', main: { kind: 'clear-recent' }, enabled: false }];
  return [
    ...recentFiles.map((filePath, i) => ({
      label: `${i + 1}. ${path.basename(filePath)} — ${path.dirname(filePath)}`,
      main: { kind: 'open-recent', filePath } as const,
    })),
    separator,
    { label: 'Cancella elenco', main: { kind: 'clear-recent' } },
  ];
}

export function buildMenuTemplate({ platform, recentFiles, isPackaged }: MenuOptions): MenuItemSpec[] {
  const mac = platform === 'darwin';
  const appMenu: MenuItemSpec[] = mac
    ? [
        {
          label: 'PIRA Desk',
          submenu: [
            { label: 'Informazioni su PIRA Desk', command: 'about' },
            separator,
            { label: 'Nascondi PIRA Desk', role: 'hide' },
            { label: 'Nascondi altre', role: 'hideOthers' },
            { label: 'Mostra tutte', role: 'unhide' },
            separator,
            { label: 'Esci da PIRA Desk', accelerator: 'Cmd+Q', role: 'quit' },
          ],
        },
      ]
    : [];
  const file: MenuItemSpec = {
    label: 'File',
    submenu: [
      { label: 'Nuovo piano…', accelerator: 'CmdOrCtrl+N', command: 'new-plan' },
      { label: 'Apri…', accelerator: 'CmdOrCtrl+O', main: { kind: 'open-file' } },
      { label: 'Apri recenti', submenu: recentSubmenu(recentFiles) },
      { label: 'Salva una copia con nome…', accelerator: 'CmdOrCtrl+Shift+S', main: { kind: 'save-copy' } },
      { label: 'Ripristina da backup…', command: 'restore-backup' },
      separator,
      { label: 'Importa Excel…', accelerator: 'CmdOrCtrl+I', command: 'import-excel' },
      { label: 'Esporta Excel…', accelerator: 'CmdOrCtrl+E', command: 'export-excel' },
      { label: 'Prepara raccolta dati…', command: 'prepare-round' },
      separator,
      { label: 'Stampa…', accelerator: 'CmdOrCtrl+P', command: 'print' },
      { label: 'Esporta PDF…', accelerator: 'CmdOrCtrl+Shift+P', command: 'export-pdf' },
      separator,
      { label: 'Confronta piani…', command: 'compare-plans' },
      ...(mac ? [] : [separator, { label: 'Esci', accelerator: 'CmdOrCtrl+Q', role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemSpec = {
    label: 'Modifica',
    submenu: [
      { label: 'Annulla', accelerator: 'CmdOrCtrl+Z', command: 'undo', pageHandlesShortcut: true },
      { label: 'Ripeti', accelerator: mac ? 'Cmd+Shift+Z' : 'CmdOrCtrl+Y', command: 'redo', pageHandlesShortcut: true },
      separator,
      { label: 'Taglia', accelerator: 'CmdOrCtrl+X', role: 'cut' },
      { label: 'Copia', accelerator: 'CmdOrCtrl+C', role: 'copy' },
      { label: 'Incolla', accelerator: 'CmdOrCtrl+V', role: 'paste' },
      { label: 'Seleziona tutto', accelerator: 'CmdOrCtrl+A', role: 'selectAll' },
      separator,
      { label: 'Trova…', accelerator: 'CmdOrCtrl+F', command: 'find', pageHandlesShortcut: true },
      separator,
      { label: 'Storico delle modifiche…', command: 'show-history' },
    ],
  };
  const view: MenuItemSpec = {
    label: 'Visualizza',
    submenu: [
      { label: 'Dimensioni reali', accelerator: 'CmdOrCtrl+0', role: 'resetZoom' },
      { label: 'Ingrandisci', accelerator: 'CmdOrCtrl+Plus', role: 'zoomIn' },
      { label: 'Riduci', accelerator: 'CmdOrCtrl+-', role: 'zoomOut' },
      separator,
      { label: 'Schermo intero', accelerator: mac ? 'Ctrl+Cmd+F' : 'F11', role: 'togglefullscreen' },
      ...(isPackaged
        ? []
        : [
            separator,
            { label: 'Ricarica', accelerator: 'CmdOrCtrl+R', role: 'reload' } as const,
            { label: 'Strumenti per sviluppatori', accelerator: 'F12', role: 'toggleDevTools' } as const,
          ]),
    ],
  };
  const help: MenuItemSpec = {
    label: 'Aiuto',
    submenu: [
      { label: 'Guida di PIRA Desk', accelerator: 'F1', command: 'help', pageHandlesShortcut: true },
      separator,
      { label: 'Informazioni su PIRA Desk', command: 'about' },
    ],
  };
  return [...appMenu, file, edit, view, help];
}
