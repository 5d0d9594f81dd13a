/**
 * The Excel exchange API: preview one or several workbooks (parsed in a worker, nothing written), record the user's
 * choices and column mappings (saving one as a layout), apply in one transaction, show and undo the last import, export a plan in a layout, prepare the
 * data-collection round, handing produced files to the host (save dialog or browser download).
 * Why thin: the steps live in electron/exchange/exchangeService.ts, shared with the CLI.
 */
import type { ApiHandlers, ImportPreview } from '../../shared/api';
import { applyPending, pendingCanApply, pendingChangesFile, exportPlanWorkbook, ExchangeError, prepareImportFiles, prepareRoundWorkbooks, withChoices, type PreparedImport } from '../exchange/exchangeService';
import { ImportSessions } from '../exchange/importSessions';
import { mapSheet, saveSheetLayout } from '../exchange/importMapping';
import type { AppContext } from './context';

type ExchangeMethod =
  | 'previewImport'
  | 'previewImportFiles'
  | 'chooseImportOptions'
  | 'applyImport'
  | 'lastImport'
  | 'undoImport'
  | 'exportWorkbook'
  | 'prepareRound'
  | 'mapImportSheet'
  | 'saveImportLayout';

const FILTERS = {
  xlsx: [{ name: 'Cartella di lavoro Excel', extensions: ['xlsx'] }],
  ods: [{ name: 'Foglio di calcolo OpenDocument', extensions: ['ods'] }],
};

const EXPIRED = "L'anteprima dell'importazione è scaduta o è già stata applicata: ripetere l'importazione.";

export function exchangeHandlers(ctx: AppContext, sessions = new ImportSessions()): Pick<ApiHandlers, ExchangeMethod> {
  const named = (prepared: PreparedImport, token: string): ImportPreview => ({
    ...prepared.preview,
    token,
    fileName: prepared.pending.files.map((f) => f.fileName).join(', '),
  });
  const preview = async (planId: number | null, files: { fileName: string; dataBase64: string }[], options: { year?: number; ente?: string }) => {
    const inputs = files.map((f) => ({ fileName: f.fileName, bytes: Buffer.from(f.dataBase64, 'base64') }));
    const prepared = await prepareImportFiles(ctx.file(), planId, inputs, options);
    return named(prepared, sessions.put(prepared.pending));
  };
  return {
    previewImport({ planId, fileName, dataBase64, year }) {
      return preview(planId, [{ fileName, dataBase64 }], { year });
    },
    previewImportFiles({ planId, files, year, ente }) {
      return preview(planId, files, { year, ente });
    },
    chooseImportOptions({ token, choices, ente, year }) {
      const pending = sessions.get(token);
      if (!pending) throw new ExchangeError('not-found', EXPIRED);
      const prepared = withChoices(ctx.file(), pending, choices, ente, year);
      sessions.replace(token, prepared.pending);
      return named(prepared, token);
    },
    mapImportSheet({ token, mapping }) {
      const pending = sessions.get(token);
      if (!pending) throw new ExchangeError('not-found', EXPIRED);
      const prepared = mapSheet(ctx.file(), pending, mapping);
      sessions.replace(token, prepared.pending);
      return named(prepared, token);
    },
    saveImportLayout({ token, fileIndex, sheet, name }) {
      const pending = sessions.get(token);
      if (!pending) throw new ExchangeError('not-found', EXPIRED);
      const { layouts, prepared } = saveSheetLayout(ctx.file(), pending, fileIndex, sheet, name);
      sessions.replace(token, prepared.pending);
      return { layouts, preview: named(prepared, token) };
    },
    async applyImport({ token, change }) {
      const pending = sessions.get(token);
      if (!pending) throw new ExchangeError('not-found', EXPIRED);
      if (pendingCanApply(pending) && pendingChangesFile(pending)) await ctx.document?.().backup('prima-importazione');
      const applied = applyPending(ctx.file(), pending, change?.reason);
      sessions.take(token);
      return applied;
    },
    lastImport({ planId }) {
      return ctx.file().repo.lastImport(planId);
    },
    async undoImport({ planId, change }) {
      await ctx.document?.().backup('prima-annullamento');
      return ctx.file().repo.undoLastImport(planId, change?.reason);
    },
    async exportWorkbook({ planId, format, selection, template }) {
      const codes = selection.kind === 'all' ? null : selection.codes;
      const { fileName, data } = exportPlanWorkbook(ctx.file(), planId, format, codes, template);
      return ctx.host.deliverFile({ suggestedName: fileName, data, filters: FILTERS[format] });
    },
    async prepareRound({ planId, format, grouping }) {
      const files = prepareRoundWorkbooks(ctx.file(), planId, format, grouping);
      return ctx.host.deliverFiles(files.map((f) => ({ name: f.fileName, data: f.data })));
    },
  };
}
