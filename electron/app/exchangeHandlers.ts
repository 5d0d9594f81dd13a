/**
 * The Excel exchange API: preview an import (parsed in a worker, nothing written), apply it in one transaction,
 * export a plan or a selection of cards as xlsx/ods handed to the host (save dialog or browser download).
 * Why thin: the steps live in electron/exchange/exchangeService.ts, shared with the CLI.
 */
import type { ApiHandlers } from '../../shared/api';
import { applyPending, exportPlanWorkbook, ExchangeError, prepareImport } from '../exchange/exchangeService';
import { ImportSessions } from '../exchange/importSessions';
import type { AppContext } from './context';

type ExchangeMethod = 'previewImport' | 'applyImport' | 'exportWorkbook';

const FILTERS = {
  xlsx: [{ name: 'Cartella di lavoro Excel', extensions: ['xlsx'] }],
  ods: [{ name: 'Foglio di calcolo OpenDocument', extensions: ['ods'] }],
};

export function exchangeHandlers(ctx: AppContext, sessions = new ImportSessions()): Pick<ApiHandlers, ExchangeMethod> {
  return {
    async previewImport({ planId, fileName, dataBase64, year }) {
      const bytes = Buffer.from(dataBase64, 'base64');
      const prepared = await prepareImport(ctx.file(), planId, bytes, { year });
      const token = sessions.put(prepared.pending);
      return { ...prepared.preview, token, fileName };
    },
    async applyImport({ token }) {
      const pending = sessions.take(token);
      if (!pending) {
        throw new ExchangeError('not-found', "L'anteprima dell'importazione è scaduta o è già stata applicata: ripetere l'importazione.");
      }
      if (pending.canApply) await ctx.document?.().backup('prima-importazione');
      return applyPending(ctx.file(), pending);
    },
    async exportWorkbook({ planId, format, selection }) {
      const codes = selection.kind === 'all' ? null : selection.codes;
      const { fileName, data } = exportPlanWorkbook(ctx.file(), planId, format, codes);
      return ctx.host.deliverFile({ suggestedName: fileName, data, filters: FILTERS[format] });
    },
  };
}
