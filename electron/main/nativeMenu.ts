/**
 * Turns the menu data of menuTemplate.ts into Electron's application menu: UI commands are sent to the focused
 * window on the menu channel, main actions call back into the app. Why: no decision lives here, only wiring.
 */
import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api';
import { MENU_COMMAND_CHANNEL } from './ipcChannels';
import type { MainAction, MenuItemSpec } from './menuTemplate';

export function sendMenuCommand(win: BrowserWindow | null, command: MenuCommand): void {
  if (win && !win.isDestroyed()) win.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function toElectron(
  item: MenuItemSpec,
  target: () => BrowserWindow | null,
  onMain: (action: MainAction) => void,
): MenuItemConstructorOptions {
  if ('type' in item) return { type: 'separator' };
  if ('submenu' in item) return { label: item.label, submenu: item.submenu.map((i) => toElectron(i, target, onMain)) };
  if ('role' in item) return { role: item.role, label: item.label, accelerator: item.accelerator };
  if ('command' in item) {
    const { command } = item;
    return {
      label: item.label,
      accelerator: item.accelerator,
      registerAccelerator: !item.pageHandlesShortcut,
      click: () => sendMenuCommand(target(), command),
    };
  }
  const { main } = item;
  return { label: item.label, accelerator: item.accelerator, enabled: item.enabled ?? true, click: () => onMain(main) };
}

export function installMenu(
  spec: MenuItemSpec[],
  target: () => BrowserWindow | null,
  onMain: (action: MainAction) => void,
): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(spec.map((item) => toElectron(item, target, onMain))));
}
