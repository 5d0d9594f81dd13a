/**
 * The preload of every window (sandboxed, so bundled alone as CommonJS): exposes `window.api`, exactly the
 * contract's methods plus `onMenuCommand`, over two IPC channels. Why: the page gets no `ipcRenderer`, no Node,
 * only functions whose arguments the main process validates again (dispatch).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { MENU_COMMANDS, bridgeFromTransport, type ApiResult, type MenuCommand } from '../../shared/api';
import { INVOKE_CHANNEL, MENU_COMMAND_CHANNEL } from '../main/ipcChannels';

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

const bridge = bridgeFromTransport(
  (method, req) => ipcRenderer.invoke(INVOKE_CHANNEL, method, req) as Promise<ApiResult<unknown>>,
  (listener) => {
    const relay = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, relay);
    };
  },
);

contextBridge.exposeInMainWorld('api', bridge);
