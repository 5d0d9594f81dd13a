/**
 * Printing and PDF export of the print view (`#/stampa…`) through the host: system print dialog or A4 PDF.
 * Why: the handler checks the job against the plan (year for the file name, card codes that exist) and builds
 * the route; only the host knows how to load that route in a hidden window (Electron) or says it cannot (harness).
 */
import type { ApiHandlers, PrintScope } from '../../shared/api';
import { formatDate } from '../../shared/dates';
import type { PlanDocument } from '../../shared/model';
import { monitoringDatesOf } from '../../shared/monitoringDates';
import { printRouteFor } from '../../shared/printRoute';
import { ApiFailure } from './apiFailure';
import type { AppContext } from './context';

type PrintHandlers = Pick<ApiHandlers, 'printDocument' | 'exportPdf'>;

const PDF_FILTERS = [{ name: 'Documento PDF', extensions: ['pdf'] }];

/** Characters that Windows, macOS or Linux refuse in a file name. */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]/g;

/** `PIRA 2024.pdf` (whole plan), `PIRA 2024 - 01_01_OS01.pdf` (one card), `PIRA 2024 - 3 schede.pdf` (selection),
 * `PIRA 2024 - cruscotto.pdf` (the dashboard), `PIRA 2024 - variazioni.pdf` (the variations). */
export function pdfFileName(year: number, scope: PrintScope): string {
  const base = `PIRA ${year}`;
  if (scope.kind === 'plan') return `${base}.pdf`;
  if (scope.kind === 'dashboard') return `${base} - cruscotto.pdf`;
  if (scope.kind === 'variations') return `${base} - variazioni.pdf`;
  if (scope.codes.length === 1) return `${base} - ${(scope.codes[0] ?? '').replace(UNSAFE_IN_FILE_NAME, '_')}.pdf`;
  return `${base} - ${scope.codes.length} schede.pdf`;
}

/** Refuses a job that would print nothing, a card the plan does not have or a date that is not the plan's, before the host opens any window. */
export function checkPrintScope(doc: PlanDocument, scope: PrintScope): void {
  const dates = scope.date ? monitoringDatesOf(doc.settings) : [];
  if (scope.date && !dates.includes(scope.date)) {
    throw new ApiFailure(
      'invalid-request',
      `Il ${formatDate(scope.date)} non è una data di monitoraggio del piano ${doc.settings.year} (date: ${dates.map(formatDate).join(', ')}): impossibile stampare.`,
    );
  }
  if (scope.kind === 'plan' || scope.kind === 'dashboard' || scope.kind === 'variations') return;
  if (scope.codes.length === 0) throw new ApiFailure('invalid-request', 'Nessuna scheda selezionata da stampare.');
  const known = new Set(doc.cards.map((card) => card.code));
  const missing = scope.codes.filter((code) => !known.has(code));
  if (missing.length > 0) {
    const list = missing.join(', ');
    const what = missing.length === 1 ? `La scheda ${list} non esiste` : `Le schede ${list} non esistono`;
    throw new ApiFailure('not-found', `${what} nel piano ${doc.settings.year}: impossibile stampare.`);
  }
}

export function printHandlers(ctx: AppContext): PrintHandlers {
  const prepare = async (planId: number, scope: PrintScope) => {
    const doc = await ctx.file().repo.loadPlan(planId);
    checkPrintScope(doc, scope);
    return { doc, route: printRouteFor(scope, planId) };
  };
  return {
    async printDocument({ planId, scope }) {
      const { route } = await prepare(planId, scope);
      return { printed: await ctx.host.printRoute(route) };
    },
    async exportPdf({ planId, scope }) {
      const { doc, route } = await prepare(planId, scope);
      const data = await ctx.host.renderPdf(route);
      return ctx.host.deliverFile({ suggestedName: pdfFileName(doc.settings.year, scope), data, filters: PDF_FILTERS });
    },
  };
}
