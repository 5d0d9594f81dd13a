/**
 * From the cells of one or more workbooks to the preview: recognises the sheets (any layout of templates.ts), reads
 * settings, catalogues, cards and indicators, applies each file onto the target plan, merges the files field by
 * field and lists changes, decisions and problems. Deterministic: the same files and choices give the same preview.
 * Why: the one pure entry point the back end calls after the worker has read the files, again after each choice.
 */
import type { FilePreview, ImportDecision, ImportSummary, Problem, CardDiff, SheetColumns } from '../api';
import type { Card, PlanDocument } from '../model';
import { horizonYears } from '../planDefaults';
import { monitoringDatesOf } from '../monitoringDates';
import { readCatalogues } from './catalogueSheets';
import { CARDS_SHEET, readCardRows, type FileCard } from './cardsSheet';
import { combineFiles, type FileOutcome } from './combineFiles';
import { cellText, normalizeHeader } from './headerText';
import { diffCards, summarise } from './importDiff';
import { withoutControlCharacters } from './importedText';
import { readIndicatorRows, type FileIndicator } from './indicatorRows';
import { INDICATORS_SHEET } from './indicatorsSheet';
import { mergeFile, type FileContent } from './mergePlan';
import { newPlanSettings, YEAR_UNKNOWN } from './newPlanSettings';
import { CANONICAL_FORMAT, PLAN_SHEET, isPlanSheet, readPlanSheet, type FileSettings } from './planSheet';
import { recogniseSheets, type LayoutInUse, type RecognisedWorkbook } from './recogniseSheets';
import { cardsOfBlocks, cardsOfRows, mergeCardSources } from './rowCards';
import { sheetColumns } from './sheetColumns';
import { importCatalogues } from './importCatalogues';
import { isRoundFormat, roundEditable } from './roundTemplate';
import type { WorkbookData } from './sheetTypes';
import { TEMPLATES, type ExchangeTemplate } from './templates';
import { vocabularies } from './templateVocabulary';
import { documentIssues } from './documentIssues';
import { closedElsewhere, withImportedDates } from './importedDates';
import { keepClosedValues } from './closedValueDecisions';
import { implausibleValueProblems } from './implausibleValues';
import { importedPlanErrors } from './importedErrors';
import type { CellPlace } from './sheetLayout';
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
  const names = file.recognised.sheets.flatMap(({ readWith }) => {
    if (!readWith) return [];
    if (readWith.kind === 'saved') return [`letto con il modello "${readWith.name}"`];
    return [readWith.kind === 'mapped' ? 'colonne associate in questa importazione' : readWith.name];
  });
  return [...new Set(names)].join(', ') || 'nessun foglio riconosciuto';
}

/** True when some indicator table has a value column with a value in it. */
function carriesValues(recognised: RecognisedWorkbook): boolean {
  return recognised.indicatorTables.some(({ sheet, blocks }) =>
    blocks.some((block) => block.layout.columns.some((c) => c.meaning.kind === 'measurement' && block.rows.some((r) => cellText(sheet.rows[r]?.[c.index]) !== ''))),
  );
}

/** The first stored card of each code, as a scan from the top would find it: made once for all the files. */
function firstCardsByCode(stored: PlanDocument | null): ReadonlyMap<string, Card> {
  const byCode = new Map<string, Card>();
  for (const card of stored?.cards ?? []) if (!byCode.has(card.code)) byCode.set(card.code, card);
  return byCode;
}

function readContent(file: ReadFile, base: PlanDocument, stored: PlanDocument | null, storedCards: ReadonlyMap<string, Card>): FileContent {
  const { settings, catalogues } = base;
  const tableCards: FileCard[] = [];
  const rowCards: FileCard[] = [];
  for (const { sheet, layout, onIndicatorRows } of file.recognised.cardTables) {
    const read = readCardRows(sheet, layout, catalogues, settings.year, onIndicatorRows);
    (onIndicatorRows ? rowCards : tableCards).push(...read.cards);
    file.problems.push(...read.problems);
  }
  const ofRows = cardsOfRows(rowCards);
  file.problems.push(...ofRows.problems);
  const ofBlocks = file.recognised.indicatorTables.flatMap(({ sheet, blocks }) => cardsOfBlocks(sheet.name, blocks));
  const cards = mergeCardSources(tableCards, ofRows.cards, ofBlocks);
  // Cards by title, made only for a table that names its cards by title (normalising every title costs).
  let byTitle: Map<string, string> | undefined;
  const titled = () => new Map([...(stored?.cards ?? []), ...cards].map((c) => [normalizeHeader(c.title ?? ''), c.code] as const).filter(([title]) => title !== ''));
  const storedUdm = (cardCode: string, position: number | null, name: string) => {
    const indicators = storedCards.get(cardCode)?.indicators ?? [];
    const byName = indicators.find((i) => normalizeHeader(i.name) === normalizeHeader(name));
    return (byName ?? (position !== null ? indicators[position - 1] : undefined))?.udm;
  };
  const indicators: FileIndicator[] = [];
  const seen = new Set(file.problems.map((p) => p.message));
  const cardCodeOfTitle = (title: string) => (byTitle ??= titled()).get(normalizeHeader(title));
  const ctx = { planYear: settings.year, horizonStart: settings.horizonStart, monitoringDate: settings.monitoringDate, storedUdm, cardCodeOfTitle };
  for (const { sheet, blocks } of file.recognised.indicatorTables) {
    for (const block of blocks) {
      const read = readIndicatorRows(sheet, block, ctx);
      // A table that writes no operator at all (the performance portal's) gives its new indicators «>=», said once.
      if (!block.layout.columns.some((c) => c.meaning.kind === 'field' && c.meaning.field === 'operator') && read.indicators.every((i) => !i.fields.operator)) {
        for (const indicator of read.indicators) indicator.defaultOperator = '>=';
      }
      indicators.push(...read.indicators);
      // Each block repeats the sheet's header: a duplicated-column warning is said once per sheet.
      file.problems.push(...read.problems.filter((p) => p.row !== undefined || (!seen.has(p.message) && seen.add(p.message))));
    }
  }
  if (file.recognised.cardTables.length === 0 && file.recognised.indicatorTables.length === 0) {
    file.problems.push({
      severity: 'error',
      message:
        `Nessun foglio con le schede («${CARDS_SHEET}»: Codice, Obiettivo…) o con gli indicatori («${INDICATORS_SHEET}»: Codice obiettivo, Indicatore…) trovato nel file: ` +
        'indicare il significato delle colonne dei fogli non letti (nell’anteprima, «Colonne dei fogli»; da riga di comando, --map).',
    });
  }
  return { settings: file.settings, catalogues: null, cards, indicators, hasIndicatorTable: file.recognised.indicatorTables.length > 0 };
}

export function importWorkbooks(files: readonly ImportFile[], stored: PlanDocument | null, options: ImportOptions = {}): ImportOutcome {
  const choices = options.choices ?? {};
  const vocabs = vocabularies(options.templates ?? TEMPLATES);
  const read: ReadFile[] = files.map((f, i) => {
    const cleaned = withoutControlCharacters(f.workbook);
    const recognised = recogniseSheets(cleaned.workbook, vocabs, options.layouts, i);
    const settings = recognised.plan ? readPlanSheet(recognised.plan) : null;
    const sheet = cleaned.workbook.sheets.find(isMonitoringSheet);
    const monitoring = sheet ? readMonitoringSheet(sheet) : null;
    const problems = [...cleaned.problems, ...recognised.problems, ...(settings?.problems ?? []), ...(monitoring?.problems ?? [])];
    if (recognised.indicatorTables.length > 0 && !carriesValues(recognised)) {
      problems.push({ severity: 'warning', message: 'Il file non contiene valori rilevati (nessuna colonna «Valore al …» compilata): porta solo schede, indicatori e target; i valori del piano restano come sono.' });
    }
    return { name: f.fileName, key: `f${i + 1}`, workbook: cleaned.workbook, recognised, settings, monitoring, problems };
  });
  const general: Problem[] = [];
  if (stored && options.year !== undefined && options.year !== stored.settings.year) {
    general.push({ severity: 'error', message: `Il piano di destinazione è del ${stored.settings.year}, non del ${options.year}.` });
  }
  const catalogues = stored?.catalogues ?? importCatalogues(read.map((f) => readCatalogues(f.workbook.sheets)), general);
  const settings = stored?.settings ?? newPlanSettings(read.find((f) => f.settings)?.settings ?? null, read.map((f) => f.recognised), options, general);
  const base: PlanDocument = stored ?? { id: 0, settings, catalogues, cards: [] };
  const outcomes: FileOutcome[] = [];
  const decisions: ImportDecision[] = [];
  const closed = closedDates(base);
  const cardRows = new Map<string, CellPlace>();
  const storedCards = firstCardsByCode(stored);
  for (const file of read) {
    const content = readContent(file, base, stored, storedCards);
    for (const card of content.cards) if (!cardRows.has(card.code)) cardRows.set(card.code, card.place);
    const merged = mergeFile(base, content, choices, file.key);
    const kept = keepClosedValues(merged.pairs, closed, file);
    file.problems.push(...merged.problems, ...implausibleValueProblems(kept.pairs));
    decisions.push(...merged.decisions, ...kept.decisions);
    const round = isRoundFormat(file.settings?.info.format);
    outcomes.push({ fileKey: file.key, fileName: file.name, editable: round ? roundEditable(settings.monitoringDate) : null, pairs: kept.pairs });
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
  const yearKnown = !general.some((p) => p.message.startsWith(YEAR_UNKNOWN));
  // A file with no table read says so sheet by sheet: that, not a year no header could give, is what to fix first.
  const anyTable = read.some((f) => f.settings || f.recognised.cardTables.length > 0 || f.recognised.indicatorTables.length > 0);
  const problems = [
    ...general.filter((p) => anyTable || !p.message.startsWith(YEAR_UNKNOWN)),
    ...read.flatMap((f) => f.problems.map((p) => (several ? { ...p, fileName: f.name, message: `«${f.name}» – ${p.message}` } : p))),
    // Without a year the settings are not a plan yet: the schema's complaints about them would only repeat that.
    ...(yearKnown ? [...documentIssues(doc, combined.pairs.map((p) => p.old)), ...importedPlanErrors(stored, doc, cards, (code) => cardRows.get(code))] : []),
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
