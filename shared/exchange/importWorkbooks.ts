/**
 * From the cells of one or more workbooks to the preview: recognises the sheets (any layout of templates.ts), reads
 * settings, catalogues, cards and indicators, applies each file onto the target plan, merges the files field by
 * field and lists changes, decisions and problems. Deterministic: the same files and choices give the same preview.
 * Why: the one pure entry point the back end calls after the worker has read the files, again after each choice.
 */
import type { FilePreview, ImportDecision, ImportSummary, Problem, CardDiff } from '../api';
import type { Catalogues, PlanDocument } from '../model';
import { readCatalogues } from './catalogueSheets';
import { CARDS_SHEET, readCardRows, type FileCard } from './cardsSheet';
import { combineFiles, type FileOutcome } from './combineFiles';
import { normalizeHeader } from './headerText';
import { diffCards, summarise } from './importDiff';
import { withoutControlCharacters } from './importedText';
import { readIndicatorRows, type FileIndicator } from './indicatorRows';
import { INDICATORS_SHEET } from './indicatorsSheet';
import { mergeFile, type FileContent } from './mergePlan';
import { newPlanSettings } from './newPlanSettings';
import { CANONICAL_FORMAT, PLAN_SHEET, isPlanSheet, readPlanSheet, type FileSettings } from './planSheet';
import { recogniseSheets, type RecognisedWorkbook } from './recogniseSheets';
import { isRoundFormat, roundEditable } from './roundTemplate';
import type { WorkbookData } from './sheetTypes';
import { TEMPLATES, type ExchangeTemplate } from './templates';
import { vocabularies } from './templateVocabulary';
import { documentIssues } from './documentIssues';
import { importedPlanErrors } from './importedErrors';
import type { CellPlace } from './sheetLayout';
import { closedElsewhere, closedValueProblems, withImportedDates } from './importedDates';
import { closedDates } from '../monitoringDates';
import { isMonitoringSheet, readMonitoringSheet, type FileMonitoring } from './monitoringSheet';

export interface ImportFile {
  fileName: string;
  workbook: WorkbookData;
}

export interface ImportOptions {
  /** The year the user asked for (CLI `--year`). */
  year?: number;
  /** The ente of a plan the import creates, when the files do not say it. */
  ente?: string;
  /** Option id by decision id, as returned by earlier previews. */
  choices?: Readonly<Record<string, string>>;
  templates?: readonly ExchangeTemplate[];
}

export interface ImportOutcome {
  /** What apply stores. */
  doc: PlanDocument;
  cards: CardDiff[];
  files: FilePreview[];
  decisions: ImportDecision[];
  problems: Problem[];
  summary: ImportSummary;
  needsEnte: boolean;
  canApply: boolean;
}

const EMPTY_CATALOGUES: Catalogues = { missioni: [], programmi: [], ambiti: [], obiettiviStrategici: [], aree: [], uffici: [], tipologie: [], unita: [] };

interface ReadFile {
  name: string;
  key: string;
  workbook: WorkbookData;
  recognised: RecognisedWorkbook;
  settings: FileSettings | null;
  /** What the file's «Monitoraggi» sheet says, if it has one. */
  monitoring: FileMonitoring | null;
  problems: Problem[];
}

function describe(file: ReadFile): string {
  const info = file.settings?.info ?? {};
  if (isRoundFormat(info.format)) return `Raccolta dati${info.roundFor ? ` – ${info.roundFor}` : ''}`;
  if (info.format === CANONICAL_FORMAT) return TEMPLATES[0]?.name ?? '';
  return [...new Set(file.recognised.layouts.map((t) => t.name))].join(', ') || 'nessun foglio riconosciuto';
}

function readContent(file: ReadFile, base: PlanDocument, stored: PlanDocument | null): FileContent {
  const { settings, catalogues } = base;
  const cards: FileCard[] = [];
  for (const { sheet, layout } of file.recognised.cardTables) {
    const read = readCardRows(sheet, layout, catalogues, settings.year);
    cards.push(...read.cards);
    file.problems.push(...read.problems);
  }
  const storedUdm = (cardCode: string, position: number | null, name: string) => {
    const indicators = stored?.cards.find((c) => c.code === cardCode)?.indicators ?? [];
    const byName = indicators.find((i) => normalizeHeader(i.name) === normalizeHeader(name));
    return (byName ?? (position !== null ? indicators[position - 1] : undefined))?.udm;
  };
  const indicators: FileIndicator[] = [];
  const seen = new Set(file.problems.map((p) => p.message));
  const ctx = { planYear: settings.year, horizonStart: settings.horizonStart, monitoringDate: settings.monitoringDate, storedUdm };
  for (const { sheet, blocks } of file.recognised.indicatorTables) {
    for (const block of blocks) {
      const read = readIndicatorRows(sheet, block, ctx);
      indicators.push(...read.indicators);
      // Each block repeats the sheet's header: a duplicated-column warning is said once per sheet.
      file.problems.push(...read.problems.filter((p) => p.row !== undefined || (!seen.has(p.message) && seen.add(p.message))));
    }
  }
  if (file.recognised.cardTables.length === 0 && file.recognised.indicatorTables.length === 0) {
    file.problems.push({
      severity: 'error',
      message: `Nessun foglio con le schede («${CARDS_SHEET}»: Codice, Obiettivo…) o con gli indicatori («${INDICATORS_SHEET}»: Codice obiettivo, Indicatore…) trovato nel file.`,
    });
  }
  return { settings: file.settings, catalogues: null, cards, indicators, hasIndicatorTable: file.recognised.indicatorTables.length > 0 };
}

export function importWorkbooks(files: readonly ImportFile[], stored: PlanDocument | null, options: ImportOptions = {}): ImportOutcome {
  const choices = options.choices ?? {};
  const vocabs = vocabularies(options.templates ?? TEMPLATES);
  const read: ReadFile[] = files.map((f, i) => {
    const cleaned = withoutControlCharacters(f.workbook);
    const recognised = recogniseSheets(cleaned.workbook, vocabs);
    const settings = recognised.plan ? readPlanSheet(recognised.plan) : null;
    const sheet = cleaned.workbook.sheets.find(isMonitoringSheet);
    const monitoring = sheet ? readMonitoringSheet(sheet) : null;
    const problems = [...cleaned.problems, ...recognised.problems, ...(settings?.problems ?? []), ...(monitoring?.problems ?? [])];
    return { name: f.fileName, key: `f${i + 1}`, workbook: cleaned.workbook, recognised, settings, monitoring, problems };
  });
  const general: Problem[] = [];
  if (stored && options.year !== undefined && options.year !== stored.settings.year) {
    general.push({ severity: 'error', message: `Il piano di destinazione è del ${stored.settings.year}, non del ${options.year}.` });
  }
  let catalogues = stored?.catalogues;
  if (!catalogues) {
    const withCatalogues = read.map((f) => readCatalogues(f.workbook.sheets)).find((c) => c.catalogues !== null);
    catalogues = withCatalogues?.catalogues ?? EMPTY_CATALOGUES;
    if (withCatalogues) general.push(...withCatalogues.problems);
    else general.push({ severity: 'warning', message: 'Il file non contiene i cataloghi: il nuovo piano avrà cataloghi vuoti, da completare.' });
  }
  const settings = stored?.settings ?? newPlanSettings(read.find((f) => f.settings)?.settings ?? null, read.map((f) => f.recognised), options, general);
  const base: PlanDocument = stored ?? { id: 0, settings, catalogues, cards: [] };
  const outcomes: FileOutcome[] = [];
  const decisions: ImportDecision[] = [];
  const closed = closedDates(base);
  const cardRows = new Map<string, CellPlace>();
  for (const file of read) {
    const content = readContent(file, base, stored);
    for (const card of content.cards) if (!cardRows.has(card.code)) cardRows.set(card.code, card.place);
    const merged = mergeFile(base, content, choices, file.key);
    file.problems.push(...merged.problems, ...closedValueProblems(merged.pairs, closed));
    decisions.push(...merged.decisions);
    const round = isRoundFormat(file.settings?.info.format);
    outcomes.push({ fileKey: file.key, fileName: file.name, editable: round ? roundEditable(settings.monitoringDate) : null, pairs: merged.pairs });
  }
  const combined = combineFiles(base, outcomes, choices);
  decisions.push(...combined.decisions);
  const cardsNext = combined.pairs.map((p) => p.next);
  const sheets = read.flatMap((f) => (f.monitoring ? [f.monitoring] : []));
  const dated = withImportedDates(base.settings, cardsNext, sheets);
  general.push(...dated.problems, ...closedElsewhere(base, sheets));
  const doc: PlanDocument = { ...base, settings: dated.settings, cards: cardsNext };
  const cards = diffCards(combined.pairs);
  const several = files.length > 1;
  const problems = [
    ...general,
    ...read.flatMap((f) => f.problems.map((p) => (several ? { ...p, fileName: f.name, message: `«${f.name}» – ${p.message}` } : p))),
    ...documentIssues(doc),
    ...importedPlanErrors(stored, doc, cards, (code) => cardRows.get(code)),
  ];
  const pending = decisions.filter((d) => d.required && d.chosen === null);
  return {
    doc,
    cards,
    files: read.map((f) => ({ fileName: f.name, description: describe(f), ...(combined.changes.get(f.key) ?? { changes: [], outside: [] }) })),
    decisions,
    problems,
    summary: summarise(cards),
    needsEnte: stored === null && settings.ente === '',
    canApply: !problems.some((p) => p.severity === 'error') && pending.length === 0,
  };
}

/** The year the first Piano sheet of the files declares, if any: it names the plan to import into. */
export function declaredYear(files: readonly ImportFile[]): number | undefined {
  for (const { workbook } of files) {
    const plan = workbook.sheets.find((s) => normalizeHeader(s.name) === normalizeHeader(PLAN_SHEET) || isPlanSheet(s));
    const year = plan ? readPlanSheet(plan).values.year : undefined;
    if (year !== undefined) return year;
  }
  return undefined;
}
