/**
 * From the cells of one or more workbooks to the preview: each file read (fileContent.ts) and applied onto the
 * target plan, then the files merged field by field, with changes, decisions and problems listed. Deterministic: the
 * same files and choices give the same preview. The files can be given one by one as they arrive
 * (`WorkbookComparison`): with a target plan, each is compared while the next is still being read.
 * Why: the one pure entry point the back end calls after the parse process has read the files, again after each
 * choice.
 */
import type { FilePreview, ImportDecision, ImportSummary, Problem, CardDiff, SheetColumns } from '../api';
import type { Card, PlanDocument, PlanSettings } from '../model';
import { horizonYears } from '../planDefaults';
import { closedDates, monitoringDatesOf } from '../monitoringDates';
import { readCatalogues } from './catalogueSheets';
import { combineFiles, type FileOutcome } from './combineFiles';
import { normalizeHeader } from './headerText';
import { diffCards, summarise } from './importDiff';
import { describe, firstCardsByCode, readContent, readFile, type ReadFile } from './fileContent';
import { mergeFile } from './mergePlan';
import { newPlanSettings, YEAR_UNKNOWN } from './newPlanSettings';
import { PLAN_SHEET, isPlanSheet, readPlanSheet } from './planSheet';
import type { LayoutInUse } from './recogniseSheets';
import { sheetColumns } from './sheetColumns';
import { importCatalogues } from './importCatalogues';
import { isRoundFormat, roundEditable } from './roundTemplate';
import type { WorkbookData } from './sheetTypes';
import { TEMPLATES, type ExchangeTemplate } from './templates';
import { vocabularies, type Vocabulary } from './templateVocabulary';
import { documentIssues } from './documentIssues';
import { closedElsewhere, withImportedDates } from './importedDates';
import { keepClosedValues } from './closedValueDecisions';
import { implausibleValueProblems } from './implausibleValues';
import { importedPlanErrors } from './importedErrors';
import type { CellPlace } from './sheetLayout';

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
  /** Layouts mapped in this import and saved ones, tried on every sheet before the built-in layouts. */
  layouts?: readonly LayoutInUse[];
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
  /** Every sheet with its columns, for the mapping step. */
  sheets: SheetColumns[];
}

/** The plan the files are applied onto, and what every file's merge asks of it. */
interface Target {
  base: PlanDocument;
  settings: PlanSettings;
  closed: ReturnType<typeof closedDates>;
  storedCards: ReadonlyMap<string, Card>;
}

/**
 * An import's files given one by one (`add`), in order, then its outcome (`finish`), the same as `importWorkbooks`
 * of those files. With a target plan each file is read and applied onto it as it is added: the CLI adds a round's
 * workbooks as the parse process answers, and compares each while the next is read. Without one (a new plan), the
 * plan comes from all the files, which wait for `finish`.
 */
export class WorkbookComparison {
  private readonly choices: Readonly<Record<string, string>>;
  private readonly vocabs: readonly Vocabulary[];
  private readonly read: ReadFile[] = [];
  private readonly general: Problem[] = [];
  private readonly outcomes: FileOutcome[] = [];
  private readonly decisions: ImportDecision[] = [];
  private readonly cardRows = new Map<string, CellPlace>();
  private target: Target | null = null;

  constructor(
    private readonly stored: PlanDocument | null,
    private readonly options: ImportOptions = {},
  ) {
    this.choices = options.choices ?? {};
    this.vocabs = vocabularies(options.templates ?? TEMPLATES);
    if (stored && options.year !== undefined && options.year !== stored.settings.year) {
      this.general.push({ severity: 'error', message: `Il piano di destinazione è del ${stored.settings.year}, non del ${options.year}.` });
    }
    if (stored) this.target = targetOf(stored, stored);
  }

  add(file: ImportFile): void {
    const read = readFile(file, this.read.length, this.vocabs, this.options.layouts);
    this.read.push(read);
    if (this.target) this.apply(read, this.target);
  }

  private apply(file: ReadFile, { base, settings, closed, storedCards }: Target): void {
    const content = readContent(file, base, this.stored, storedCards);
    for (const card of content.cards) if (!this.cardRows.has(card.code)) this.cardRows.set(card.code, card.place);
    const merged = mergeFile(base, content, this.choices, file.key);
    const kept = keepClosedValues(merged.pairs, merged.mentioned, closed, file);
    file.problems.push(...merged.problems, ...implausibleValueProblems(merged.mentioned.map((at) => kept.pairs[at]!)));
    this.decisions.push(...merged.decisions, ...kept.decisions);
    const round = isRoundFormat(file.settings?.info.format);
    this.outcomes.push({ fileKey: file.key, fileName: file.name, editable: round ? roundEditable(settings.monitoringDate) : null, pairs: kept.pairs });
  }

  /** The plan the files make when there is no target plan: its catalogues and settings from all of them. */
  private newPlan(): Target {
    const { read, general, options } = this;
    const catalogues = importCatalogues(read.map((f) => readCatalogues(f.workbook.sheets)), general);
    const settings = newPlanSettings(read.find((f) => f.settings)?.settings ?? null, read.map((f) => f.recognised), options, general);
    const target = targetOf({ id: 0, settings, catalogues, cards: [] }, null);
    for (const file of read) this.apply(file, target);
    return target;
  }

  finish(): ImportOutcome {
    const { read, general, decisions, stored } = this;
    const { base, settings } = (this.target ??= this.newPlan());
    const combined = combineFiles(base, this.outcomes, this.choices);
    decisions.push(...combined.decisions);
    const cardsNext = combined.pairs.map((p) => p.next);
    const sheets = read.flatMap((f) => (f.monitoring ? [f.monitoring] : []));
    const dated = withImportedDates(base.settings, cardsNext, sheets);
    general.push(...dated.problems, ...closedElsewhere(base, sheets));
    const doc: PlanDocument = { ...base, settings: dated.settings, cards: cardsNext };
    const cards = diffCards(combined.pairs);
    const several = read.length > 1;
    const yearKnown = !general.some((p) => p.message.startsWith(YEAR_UNKNOWN));
    // A file with no table read says so sheet by sheet: that, not a year no header could give, is what to fix first.
    const anyTable = read.some((f) => f.settings || f.recognised.cardTables.length > 0 || f.recognised.indicatorTables.length > 0);
    const problems = [
      ...general.filter((p) => anyTable || !p.message.startsWith(YEAR_UNKNOWN)),
      ...read.flatMap((f) => f.problems.map((p) => (several ? { ...p, fileName: f.name, message: `«${f.name}» – ${p.message}` } : p))),
      // Without a year the settings are not a plan yet: the schema's complaints about them would only repeat that.
      ...(yearKnown ? [...documentIssues(doc, combined.pairs.map((p) => p.old)), ...importedPlanErrors(stored, doc, cards, (code) => this.cardRows.get(code))] : []),
    ];
    const frame = { planYear: doc.settings.year, horizonStart: doc.settings.horizonStart, monitoringDate: doc.settings.monitoringDate };
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
      sheets: read.flatMap((f, i) => f.recognised.sheets.map((reading) => sheetColumns(reading, i, f.name, frame))),
    };
  }
}

function targetOf(base: PlanDocument, stored: PlanDocument | null): Target {
  return { base, settings: base.settings, closed: closedDates(base), storedCards: firstCardsByCode(stored) };
}

export function importWorkbooks(files: readonly ImportFile[], stored: PlanDocument | null, options: ImportOptions = {}): ImportOutcome {
  const comparison = new WorkbookComparison(stored, options);
  for (const file of files) comparison.add(file);
  return comparison.finish();
}

/** The dates and years a column can be given in the mapping step: the plan's. */
export function mappingFrame(doc: PlanDocument): { monitoringDates: string[]; horizonYears: number[] } {
  if (doc.settings.year < 1990) return { monitoringDates: [], horizonYears: [] }; // a new plan whose year is not known yet
  return { monitoringDates: monitoringDatesOf(doc.settings), horizonYears: horizonYears(doc.settings) };
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
