/**
 * Import preview/apply and export on an open plan file: the steps shared by the API handlers and the CLI.
 * Why: the desktop app, the browser harness and `npm run pira -- import/export` must behave identically,
 * including the all-or-nothing apply and the refusal to apply over a plan edited after the preview.
 */
import type { PlanFile } from '../../db/planFile';
import type { ImportPreview, Problem, WorkbookFormat } from '../../shared/api';
import { buildWorkbookSpec } from '../../shared/exchange/exportSpec';
import { importWorkbook } from '../../shared/exchange/importWorkbook';
import type { PendingImport } from './importSessions';
import { DEFAULT_LIMITS, type ParseLimits } from './limits';
import { parseWorkbookInWorker } from './parseInWorker';
import { writeWorkbook } from './writeWorkbook';

/** A failure with the API's code and an Italian message (recognised by the dispatcher through `code`). */
export class ExchangeError extends Error {
  constructor(
    readonly code: 'not-found' | 'conflict' | 'invalid-request' | 'import-refused',
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'ExchangeError';
  }
}

export interface PreparedImport {
  preview: Omit<ImportPreview, 'token' | 'fileName'>;
  pending: PendingImport;
}

export async function prepareImport(
  file: PlanFile,
  planId: number | null,
  bytes: Uint8Array,
  options: { year?: number; limits?: ParseLimits } = {},
): Promise<PreparedImport> {
  const stored = planId === null ? null : file.repo.loadPlan(planId);
  const workbook = await parseWorkbookInWorker(bytes, options.limits ?? DEFAULT_LIMITS);
  const outcome = importWorkbook(workbook, stored, { year: options.year });
  const problems = [...outcome.problems];
  const doc = outcome.merge.doc;
  if (planId === null && file.repo.listPlans().some((p) => p.year === doc.settings.year && p.ente === doc.settings.ente)) {
    problems.push({
      severity: 'error',
      message: `Il file del piano contiene già il piano ${doc.settings.year} di «${doc.settings.ente}»: importare in quel piano invece di crearne uno nuovo.`,
    });
  }
  const canApply = !problems.some((p) => p.severity === 'error');
  return {
    preview: { planId, year: doc.settings.year, cards: outcome.cards, problems, canApply },
    pending: { filePath: file.path, planId, doc, storedSnapshot: JSON.stringify(stored), canApply },
  };
}

/** Writes a previewed import in one transaction; refuses when the plan changed since the preview. */
export function applyPending(file: PlanFile, pending: PendingImport): { planId: number } {
  if (!pending.canApply) {
    throw new ExchangeError('invalid-request', "L'importazione ha errori bloccanti: correggere il file e ripetere l'anteprima.");
  }
  if (file.path !== pending.filePath) {
    throw new ExchangeError('conflict', "Il file del piano aperto è cambiato dopo l'anteprima: ripetere l'importazione.");
  }
  return file.repo.transaction(() => {
    if (pending.planId === null) return { planId: file.repo.insertPlan(pending.doc).id };
    const current = file.repo.loadPlan(pending.planId);
    if (JSON.stringify(current) !== pending.storedSnapshot) {
      throw new ExchangeError('conflict', "Il piano è stato modificato dopo l'anteprima: ripetere l'importazione per vedere le differenze aggiornate.");
    }
    file.repo.replacePlanContent(pending.planId, pending.doc);
    return { planId: pending.planId };
  });
}

/** `PIRA 2024.xlsx`, `PIRA 2024 - 01_01_OS01.xlsx`, `PIRA 2024 - 3 schede.ods`. */
export function workbookFileName(year: number, codes: string[] | null, format: WorkbookFormat): string {
  const base = `PIRA ${year}`;
  if (codes === null) return `${base}.${format}`;
  if (codes.length === 1) return `${base} - ${(codes[0] ?? '').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')}.${format}`;
  return `${base} - ${codes.length} schede.${format}`;
}

export function exportPlanWorkbook(file: PlanFile, planId: number, format: WorkbookFormat, codes: string[] | null): { fileName: string; data: Buffer } {
  const doc = file.repo.loadPlan(planId);
  if (codes !== null) {
    if (codes.length === 0) throw new ExchangeError('invalid-request', 'Nessuna scheda selezionata da esportare.');
    const known = new Set(doc.cards.map((c) => c.code));
    const missing = codes.filter((c) => !known.has(c));
    if (missing.length > 0) throw new ExchangeError('not-found', `Schede inesistenti nel piano ${doc.settings.year}: ${missing.join(', ')}.`);
  }
  return { fileName: workbookFileName(doc.settings.year, codes, format), data: writeWorkbook(buildWorkbookSpec(doc, codes), format) };
}
