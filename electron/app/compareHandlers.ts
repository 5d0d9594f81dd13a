/**
 * Plan comparison: open another plan file read-only, compare two plans (of the open file or of that one), export the
 * comparison as a workbook, print it or save it as PDF through the host.
 * Why here: the comparison itself is pure (shared/planCompare.ts); these handlers only find the two plans, and the
 * print goes through the same print view route the renderer shows (`#/stampa?sezione=confronto…`).
 */
import path from 'node:path';
import type { ApiHandlers, ComparisonRequest, PlanRef } from '../../shared/api';
import { comparePlans } from '../../shared/planCompare';
import { comparisonFileName, comparisonWorkbookSpec } from '../../shared/planCompareWorkbook';
import { buildRoute } from '../../shared/printRoute';
import { writeWorkbook } from '../exchange/writeWorkbook';
import { ApiFailure } from './apiFailure';
import { ComparisonFiles } from './comparisonFiles';
import type { AppContext } from './context';

type CompareMethod = 'openComparisonFile' | 'comparePlans' | 'exportComparison' | 'printComparison' | 'exportComparisonPdf';

const PLAN_FILE_FILTERS = [{ name: 'Piano PIRA Desk', extensions: ['pira'] }];
const WORKBOOK_FILTERS = {
  xlsx: [{ name: 'Cartella di lavoro Excel', extensions: ['xlsx'] }],
  ods: [{ name: 'Foglio di calcolo OpenDocument', extensions: ['ods'] }],
};
const PDF_FILTERS = [{ name: 'Documento PDF', extensions: ['pdf'] }];

export function compareHandlers(ctx: AppContext, files = new ComparisonFiles()): Pick<ApiHandlers, CompareMethod> {
  const source = (ref: PlanRef) => {
    if (ref.fileToken === undefined) return { file: ctx.file(), fileName: path.basename(ctx.file().path) };
    return files.get(ref.fileToken);
  };
  const compare = ({ before, after }: ComparisonRequest) => {
    const [from, to] = [source(before), source(after)];
    return comparePlans(from.file.repo.loadPlan(before.planId), to.file.repo.loadPlan(after.planId), {
      sameFile: before.fileToken === after.fileToken,
      fileNames: { before: from.fileName, after: to.fileName },
    });
  };
  const route = (req: ComparisonRequest) => buildRoute({ view: 'printComparison', before: req.before, after: req.after });
  return {
    async openComparisonFile({ fileName, dataBase64 }) {
      let opened;
      if (fileName !== undefined && dataBase64 !== undefined) {
        opened = files.openBytes(fileName, Buffer.from(dataBase64, 'base64'));
      } else {
        if (!ctx.host.chooseFile) throw new ApiFailure('unavailable', 'Scegliere il file del piano da confrontare e caricarlo.');
        const chosen = await ctx.host.chooseFile(PLAN_FILE_FILTERS);
        if (chosen === null) return { cancelled: true };
        opened = files.openPath(chosen);
      }
      return { token: opened.token, fileName: opened.opened.fileName, plans: opened.opened.file.repo.listPlans() };
    },
    comparePlans: compare,
    exportComparison(req) {
      const comparison = compare(req);
      const data = writeWorkbook(comparisonWorkbookSpec(comparison), req.format);
      return ctx.host.deliverFile({ suggestedName: comparisonFileName(comparison, req.format), data, filters: WORKBOOK_FILTERS[req.format] });
    },
    async printComparison(req) {
      compare(req);
      return { printed: await ctx.host.printRoute(route(req)) };
    },
    async exportComparisonPdf(req) {
      const comparison = compare(req);
      const data = await ctx.host.renderPdf(route(req));
      return ctx.host.deliverFile({ suggestedName: comparisonFileName(comparison, 'pdf'), data, filters: PDF_FILTERS });
    },
  };
}
