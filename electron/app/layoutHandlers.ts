/**
 * The saved import layouts of the open plan file (Impostazioni → «Modelli di importazione»): listed, renamed,
 * deleted, exported as a small JSON file for a colleague and imported from one. No electron import.
 * Why: an office maps a colleague's workbook once; the layout then travels with the plan file and by e-mail.
 */
import type { ApiHandlers } from '../../shared/api';
import { layoutFileName, layoutFileText, readLayoutFile } from '../../shared/exchange/layoutFile';
import { ExchangeError } from '../exchange/exchangeService';
import type { AppContext } from './context';

type LayoutMethod = 'listImportLayouts' | 'renameImportLayout' | 'deleteImportLayout' | 'exportImportLayout' | 'importImportLayout';

const FILTERS = [{ name: 'Modello di importazione PIRA Desk', extensions: ['json'] }];

export function layoutHandlers(ctx: AppContext): Pick<ApiHandlers, LayoutMethod> {
  return {
    listImportLayouts: () => ctx.file().layouts.list(),
    renameImportLayout: ({ name, newName }) => ctx.file().layouts.rename(name, newName),
    deleteImportLayout: ({ name }) => ctx.file().layouts.remove(name),
    exportImportLayout({ name }) {
      const layout = ctx.file().layouts.find(name);
      if (!layout) throw new ExchangeError('not-found', `Nel file non c'è un modello di importazione «${name}».`);
      return ctx.host.deliverFile({ suggestedName: layoutFileName(layout.name), data: Buffer.from(layoutFileText(layout), 'utf8'), filters: FILTERS });
    },
    importImportLayout({ fileName, dataBase64 }) {
      const read = readLayoutFile(Buffer.from(dataBase64, 'base64').toString('utf8'));
      if (!read.ok) throw new ExchangeError('invalid-request', `«${fileName}»: ${read.error}`);
      return ctx.file().layouts.save(read.value, read.value.name);
    },
  };
}
