/**
 * Registers the one IPC endpoint of the API: trusted sender check, then `dispatch` (payload validation, handler,
 * Italian errors). Why: the renderer can send anything; this is the process boundary of the desktop app.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { ApiHandlers, ApiResult } from '../../shared/api';
import { dispatch } from '../app/dispatch';
import { INVOKE_CHANNEL, isTrustedSender } from './ipcChannels';

const UNTRUSTED: ApiResult<never> = {
  ok: false,
  error: { code: 'invalid-request', message: 'Richiesta rifiutata: proviene da una pagina non autorizzata.' },
};

function senderFrame(event: IpcMainInvokeEvent): { url: string; isTopFrame: boolean } | null {
  const frame = event.senderFrame;
  return frame ? { url: frame.url, isTopFrame: frame.parent === null } : null;
}

export function registerApiIpc(handlers: ApiHandlers): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, req: unknown) => {
    if (!isTrustedSender(senderFrame(event))) {
      console.error('[PIRA Desk] chiamata IPC rifiutata da', event.senderFrame?.url ?? 'frame sconosciuto');
      return UNTRUSTED;
    }
    return dispatch(handlers, method, req);
  });
}
