/**
 * Import preview, choices and apply, and the exports (a layout, a data-collection round) on an open plan file: the
 * steps shared by the API handlers and the CLI. Why: the desktop app, the browser harness and `npm run pira --`
 * must behave identically, including the all-or-nothing apply, the refusal to apply over a plan edited after the
 * preview, and the undo snapshot written with it.
 */
import type { RecordNote } from '../../db/changeJournal';
import { planDelta } from '../../db/planDelta';
import type { PlanFile } from '../../db/planFile';
import type { ImportPreview, ImportSummary, Problem, RoundGrouping, WorkbookFormat } from '../../shared/api';
import { buildWorkbookSpec } from '../../shared/exchange/exportSpec';
import { importWorkbooks, mappingFrame, type ImportFile, type WorkbookComparison } from '../../shared/exchange/importWorkbooks';
import { startComparison, usableAhead, type ComparisonAhead } from './comparisonAhead';
import { ExchangeError } from './exchangeError';
import { layoutsInUse } from './layoutsInUse';
import { buildRoundSpec, roundFileNames, roundGroups } from '../../shared/exchange/roundSpec';
import { buildTemplateSpec } from '../../shared/exchange/templateSpec';
import { DEFAULT_TEMPLATE_ID, templateById } from '../../shared/exchange/templates';
import { formatDate } from '../../shared/dates';
import type { PlanDocument } from '../../shared/model';
import { closureOf } from '../../shared/monitoringDates';
import type { PendingImport } from './importSessions';
import type { ParseLimits } from './limits';
import { startImportParsing } from './importParsing';
import { writeWorkbook } from './writeWorkbook';

export { ExchangeError } from './exchangeError';

export type PreviewBody = Omit<ImportPreview, 'token' | 'fileName'>;

export interface PreparedImport {
  preview: PreviewBody;
  pending: PendingImport;
}

export interface ImportOptions {
  year?: number;
  ente?: string;
  limits?: ParseLimits;
  /** A saved layout to read the workbooks with (`import --layout NOME`). */
  layoutName?: string;
}

function previewOf(pending: PendingImport): PreviewBody {
  const { outcome } = pending;
  const problems = [...outcome.problems, ...pending.extraProblems];
  return {
    planId: pending.planId,
    year: outcome.doc.settings.year,
    cards: outcome.cards,
    problems,
    canApply: outcome.canApply && !problems.some((p) => p.severity === 'error'),
    files: outcome.files,
    decisions: outcome.decisions,
    summary: outcome.summary,
    needsEnte: outcome.needsEnte,
    sheets: outcome.sheets,
    frame: mappingFrame(outcome.doc),
  };
}

/** The preview of `pending` as it stands (its choices, mappings and options); exported for importMapping.ts. */
export function evaluate(file: PlanFile, pending: Omit<PendingImport, 'outcome' | 'extraProblems'>, compared?: WorkbookComparison): PreparedImport {
  // `compared`: the same comparison, made as the files arrived (comparisonAhead.ts).
  const outcome = compared ? compared.finish() : importWorkbooks(pending.files, pending.stored, { ...pending.options, choices: pending.choices, layouts: layoutsInUse(file, pending) });
  const extraProblems: Problem[] = [];
  if (pending.layoutName !== undefined && !outcome.sheets.some((s) => s.readWith?.kind === 'saved' && s.readWith.name.toLowerCase() === pending.layoutName?.trim().toLowerCase())) {
    extraProblems.push({ severity: 'error', message: `Il modello «${pending.layoutName}» non corrisponde a nessun foglio: le sue intestazioni non sono tutte in una stessa riga.` });
  }
  const { settings } = outcome.doc;
  if (pending.planId === null && settings.ente !== '' && file.repo.listPlans().some((p) => p.year === settings.year && p.ente === settings.ente)) {
    extraProblems.push({
      severity: 'error',
      message: `Il file del piano contiene già il piano ${settings.year} di «${settings.ente}»: importare in quel piano invece di crearne uno nuovo.`,
    });
  }
  const full: PendingImport = { ...pending, outcome, extraProblems };
  return { preview: previewOf(full), pending: full };
}

/** The plan an import is compared with and its stamp, read one after the other (the apply refuses if the stamp moved). */
export interface StoredPlan {
  planId: number;
  doc: PlanDocument;
  stamp: string;
}

export function readStoredPlan(file: PlanFile, planId: number): StoredPlan {
  return { planId, doc: file.repo.loadPlan(planId), stamp: file.repo.planStamp(planId) };
}

/**
 * The merged preview of already parsed workbooks against plan `planId` (`null`: a new plan). `preloaded`: that plan,
 * when it was read while the workbooks were parsing (used only if it is the same plan and nothing was saved since);
 * `ahead`: the comparison with it, made as the files arrived (used only if it is the one this preview makes).
 */
export function previewParsed(
  file: PlanFile,
  planId: number | null,
  files: ImportFile[],
  options: Omit<ImportOptions, 'limits'> = {},
  preloaded?: StoredPlan,
  ahead?: ComparisonAhead,
): PreparedImport {
  const fresh = preloaded !== undefined && preloaded.planId === planId && preloaded.stamp === file.repo.planStamp(planId);
  const stored = planId === null ? null : fresh ? preloaded : readStoredPlan(file, planId);
  const { year, ente, layoutName } = options;
  const pending = {
    filePath: file.path,
    planId,
    files,
    stored: stored?.doc ?? null,
    storedStamp: stored?.stamp ?? null,
    options: { ...(year !== undefined ? { year } : {}), ...(ente !== undefined ? { ente } : {}) },
    choices: {},
    mappings: [],
    ...(layoutName !== undefined ? { layoutName } : {}),
  };
  return evaluate(file, pending, usableAhead(ahead, stored, files, options));
}

/** Reads the files of `inputs` and compares each with the plan as it arrives (comparisonAhead.ts), then previews. */
export async function prepareImportFiles(
  file: PlanFile,
  planId: number | null,
  inputs: readonly { fileName: string; bytes: Uint8Array }[],
  options: ImportOptions = {},
): Promise<PreparedImport> {
  const parsing = startImportParsing(inputs, options.limits);
  parsing.files.catch(() => undefined); // awaited below; this only keeps a refusal from counting as unhandled meanwhile
  // The plan is read on this thread while the worker parses, instead of after it.
  await parsing.handedOver;
  const preloaded = planId === null ? undefined : readStoredPlan(file, planId);
  const ahead = preloaded && startComparison(file, preloaded, options);
  if (ahead) for (const each of parsing.each) ahead.add(await each);
  return previewParsed(file, planId, await parsing.files, options, preloaded, ahead);
}

/** One workbook (kept for the single-file callers). */
export function prepareImport(file: PlanFile, planId: number | null, bytes: Uint8Array, options: ImportOptions = {}): Promise<PreparedImport> {
  return prepareImportFiles(file, planId, [{ fileName: 'cartella.xlsx', bytes }], options);
}

/** The preview with new choices (merged over the earlier ones) and, for a new plan, the ente and year the user wrote. */
export function withChoices(file: PlanFile, pending: PendingImport, choices: Record<string, string>, ente?: string, year?: number): PreparedImport {
  return evaluate(file, {
    ...pending,
    choices: { ...pending.choices, ...choices },
    options: { ...pending.options, ...(ente === undefined ? {} : { ente }), ...(year === undefined || pending.planId !== null ? {} : { year }) },
  });
}

/** Whether "Applica" would write: no blocking problem and no choice left to make. */
export function pendingCanApply(pending: PendingImport): boolean {
  return previewOf(pending).canApply;
}

/** Whether applying would change the file at all (else no backup is needed, and nothing is written). */
export function pendingChangesFile(pending: PendingImport): boolean {
  return pending.stored === null || !planDelta(pending.stored, pending.outcome.doc).empty;
}

/**
 * Writes a previewed import in one transaction and ONE entry of the change log, with the snapshot that lets it be
 * undone; refuses when the plan changed. `reason`: needed when the import changes an approved plan (a variation).
 */
export function applyPending(file: PlanFile, pending: PendingImport, reason?: string): { planId: number; summary: ImportSummary } {
  const preview = previewOf(pending);
  if (!preview.canApply) {
    const open = preview.decisions.filter((d) => d.required && d.chosen === null).length;
    throw new ExchangeError(
      'invalid-request',
      open > 0 && !preview.problems.some((p) => p.severity === 'error')
        ? `L'importazione ha ${open === 1 ? 'una scelta' : `${open} scelte`} ancora da fare (letture da confermare, abbinamenti, conflitti): nulla è stato scritto.`
        : "L'importazione ha errori bloccanti: correggere il file e ripetere l'anteprima.",
    );
  }
  if (file.path !== pending.filePath) {
    throw new ExchangeError('conflict', "Il file del piano aperto è cambiato dopo l'anteprima: ripetere l'importazione.");
  }
  const { doc, summary } = pending.outcome;
  const names = pending.files.map((f) => f.fileName);
  const note: RecordNote = { kind: 'import', label: `importazione di ${names.join(', ')}`, info: { files: names, summary: summary.text }, ...(reason ? { reason } : {}) };
  return file.repo.transaction(() => {
    if (pending.planId === null) {
      const planId = file.repo.insertPlan(doc).id;
      file.repo.recordImport(planId, null, names, summary.text);
      return { planId, summary };
    }
    if (file.repo.planStamp(pending.planId) !== pending.storedStamp || pending.stored === null) {
      throw new ExchangeError('conflict', "Il piano è stato modificato dopo l'anteprima: ripetere l'importazione per vedere le differenze aggiornate.");
    }
    // Unchanged since the preview (same stamp): the plan loaded then is the plan stored now.
    const { written, restore } = file.repo.replacePlanContent(pending.planId, doc, pending.stored);
    // An import that changed nothing wrote nothing: it leaves the undo of the previous import in place.
    if (written > 0) file.repo.recordImport(pending.planId, restore, names, summary.text);
    return { planId: pending.planId, summary };
  }, note);
}

/** `PIRA 2024.xlsx`, `PIRA 2024 - 01_01_OS01.xlsx`, `PIRA 2024 - 3 schede.ods`, `PIRA 2024 - portale.xlsx`. */
export function workbookFileName(year: number, codes: string[] | null, format: WorkbookFormat, templateId = DEFAULT_TEMPLATE_ID): string {
  const base = `PIRA ${year}${templateId === DEFAULT_TEMPLATE_ID ? '' : ` - ${templateId}`}`;
  if (codes === null) return `${base}.${format}`;
  if (codes.length === 1) return `${base} - ${(codes[0] ?? '').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')}.${format}`;
  return `${base} - ${codes.length} schede.${format}`;
}

function checkedCodes(doc: PlanDocument, codes: string[] | null): void {
  if (codes === null) return;
  if (codes.length === 0) throw new ExchangeError('invalid-request', 'Nessuna scheda selezionata da esportare.');
  const known = new Set(doc.cards.map((c) => c.code));
  const missing = codes.filter((c) => !known.has(c));
  if (missing.length > 0) throw new ExchangeError('not-found', `Schede inesistenti nel piano ${doc.settings.year}: ${missing.join(', ')}.`);
}

/** The plan (or some cards) in the canonical workbook or in another writable layout of templates.ts. */
export function exportPlanWorkbook(
  file: PlanFile,
  planId: number,
  format: WorkbookFormat,
  codes: string[] | null,
  templateId = DEFAULT_TEMPLATE_ID,
): { fileName: string; data: Buffer } {
  const doc = file.repo.loadPlan(planId);
  checkedCodes(doc, codes);
  const template = templateById(templateId);
  if (!template?.writable) throw new ExchangeError('invalid-request', `Modello di esportazione sconosciuto: «${templateId}».`);
  const spec = template.id === DEFAULT_TEMPLATE_ID ? buildWorkbookSpec(doc, codes) : buildTemplateSpec(doc, codes, template);
  return { fileName: workbookFileName(doc.settings.year, codes, format, template.id), data: writeWorkbook(spec, format) };
}

/** "Prepara raccolta dati…": one protected workbook per area, per ufficio, or for the chosen cards. */
export function prepareRoundWorkbooks(file: PlanFile, planId: number, format: WorkbookFormat, grouping: RoundGrouping): { fileName: string; data: Buffer }[] {
  const doc = file.repo.loadPlan(planId);
  if (grouping.kind === 'cards') checkedCodes(doc, grouping.codes);
  if (closureOf(doc, doc.settings.monitoringDate)) {
    const date = formatDate(doc.settings.monitoringDate);
    throw new ExchangeError('conflict', `Il monitoraggio al ${date} è chiuso: per raccogliere nuovi valori scegliere in Impostazioni come data di monitoraggio una data aperta.`);
  }
  const groups = roundGroups(doc, grouping);
  if (groups.length === 0) throw new ExchangeError('invalid-request', 'Il piano non ha schede da inviare.');
  const names = roundFileNames(doc, groups, format);
  return groups.map((group, i) => ({ fileName: names[i] ?? `raccolta-${i + 1}.${format}`, data: writeWorkbook(buildRoundSpec(doc, group), format) }));
}
