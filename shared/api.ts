/**
 * The one typed contract between the UI and the back end (Electron main process or the HTTP test harness).
 * Why: the preload, the IPC registration, the harness and the renderer all derive their types from `ApiSpec`,
 * so a method added here and missing anywhere fails to compile. Results cross the boundary as `ApiResult`.
 */
import type { ChangeEntry, ChangeFilter, ChangeNote, ChangeSet, RevertMode, RevertResult, SavedChanges, StackItem } from './changeLog';
import type { FileHolder } from './fileHolder';
import type { Amendment, Card, Catalogues, Closure, IsoDate, PlanDocument, PlanSettings, PlanStage, PlanStatus, PlanSummary, Value } from './model';
import type { PlanComparison } from './planCompare';
import type { LoadedCards, PlanListing } from './planListing';
import type { FieldMeaning, SavedLayout } from './exchange/columnLayout';
import type { RolloverReport } from './rollover';

/** Where the UI runs: the desktop app (native dialogs, printing, PDF) or a browser on the test harness. */
export type HostKind = 'electron' | 'web';

export interface SessionInfo {
  host: HostKind;
  appVersion: string;
  /** Absolute path of the open plan file. */
  filePath: string;
  fileName: string;
  plans: PlanSummary[];
  /** Set when the file is open read-only: why (Italian), and who holds it when another user does. */
  readOnly?: { reason: string; holder?: FileHolder };
  /** Set when the file is in a network or synchronised folder: edits go to a local working copy, saved back. */
  sharedLocation?: { kind: 'network' | 'sync'; description: string };
}

/** An automatic backup of the open file (newest first, numbered from 1). */
export interface BackupInfo {
  number: number;
  /** ISO 8601 instant. */
  createdAt: string;
  /** Italian: when and why it was taken («all'apertura del file», «prima di un'importazione»…). */
  reason: string;
  bytes: number;
  /** Dated later than now (the clock was wrong when it was taken, or is now): listed after the others. */
  future: boolean;
}

/** A problem found in user input, located as precisely as possible (sheet/row/column for workbooks). */
export interface Problem {
  severity: 'error' | 'warning';
  message: string; // Italian, says what and where
  sheet?: string;
  row?: number; // 1-based, as shown by spreadsheets
  column?: string; // header text or column letter
  /** The workbook the problem is in, when several are imported at once. */
  fileName?: string;
}

export type ErrorCode =
  | 'invalid-request' // payload failed validation
  | 'not-found'
  | 'conflict' // duplicate code, stale edit
  | 'invalid-file' // not a plan file, corrupt, newer schema
  | 'locked' // database busy/locked by another program
  | 'import-refused' // workbook unreadable or hostile
  | 'unavailable' // not possible on this host (e.g. PDF in the browser)
  | 'internal'
  | 'stale'; // the file holds a newer version of what was saved (edited in another window or computer): reload

export interface ApiError {
  code: ErrorCode;
  /** Italian message for the user: what went wrong and where. */
  message: string;
  problems?: Problem[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Change summary of an import, shown to the user before anything is written. */
export interface FieldChange {
  field: string; // Italian label of the field
  before: string; // formatted as the user sees it
  after: string;
}
export interface IndicatorDiff {
  status: 'added' | 'changed' | 'absent';
  name: string;
  changes: FieldChange[];
  /** How a row was recognised when not by its exact name: "nome seguito dall'algoritmo", "somiglianza 92%". */
  match?: string;
}
export interface CardDiff {
  status: 'added' | 'changed' | 'unchanged' | 'absent';
  code: string;
  title: string;
  changes: FieldChange[];
  indicators: IndicatorDiff[];
}
export interface ImportPreview {
  /** Opaque handle of the parsed workbook kept by the back end until applied or discarded. */
  token: string;
  fileName: string;
  /** Target plan: an existing one, or `null` when the import creates a new plan. */
  planId: number | null;
  year: number;
  cards: CardDiff[];
  problems: Problem[];
  /** False when there are blocking problems or decisions still to take: the import cannot be applied. */
  canApply: boolean;
  /** Per workbook: who (which area or office) changed what. */
  files: FilePreview[];
  /** Readings, matches, conflicts and changes outside the fill-in cells, each with its options. */
  decisions: ImportDecision[];
  /** What applying would do, in numbers and in one Italian sentence. */
  summary: ImportSummary;
  /** True when the import creates a plan and the workbooks do not say which ente it belongs to. */
  needsEnte: boolean;
  /** Every sheet of the workbooks with its columns, as the mapping step shows them (read, or not read). */
  sheets: SheetColumns[];
  /** The target plan's monitoring dates and horizon years: the «Valore al …» and «Target …» a column can be given. */
  frame: { monitoringDates: IsoDate[]; horizonYears: number[] };
}

/** One sheet of an imported workbook in the mapping step. */
export interface SheetColumns {
  /** 0-based position of the workbook among the imported files. */
  fileIndex: number;
  fileName: string;
  sheet: string;
  /** How it is read: a built-in layout, a saved one («modello "NOME"»), this import's mapping; `null`: not read. */
  readWith: { kind: 'builtin' | 'saved' | 'mapped'; name: string } | null;
  /** 1-based header row and first data row (both can be moved). */
  headerRow: number;
  firstDataRow: number;
  rowCount: number;
  columns: SheetColumn[];
  /** Fields still needed for an unread sheet to be read (Italian labels). */
  missing: string[];
}

export interface SheetColumn {
  /** 0-based column index and its letter (`A`, `AB`). */
  index: number;
  letter: string;
  header: string;
  /** Up to three values of the column, as written. */
  samples: string[];
  /** What the column is read as; `null`: not understood (ignored). */
  meaning: FieldMeaning | null;
}

/** What the user said about one sheet in the mapping step: header row, first data row, a meaning per column. */
export interface SheetMappingRequest {
  fileIndex: number;
  sheet: string;
  headerRow: number;
  firstDataRow: number;
  /** Columns not listed are not read. */
  columns: { index: number; meaning: FieldMeaning }[];
}

/** One change a workbook brings, as the preview lists it per file. */
export interface FileChange {
  card: string; // card code
  indicator?: string; // indicator name
  field: string;
  before: string;
  after: string;
}

export interface FilePreview {
  fileName: string;
  /** What the workbook is: "raccolta dati – Area …", "cartella canonica", "foglio libero", a template's name. */
  description: string;
  changes: FileChange[];
  /** Changes to cells the round workbook had protected: applied only when accepted one by one. */
  outside: FileChange[];
}

/**
 * A choice taken before an import is applied: a number read without its format (`reading`), a row that is
 * probably a stored indicator (`match`), a value changed differently by two workbooks (`conflict`), a change to
 * a protected cell of a round workbook (`outside`).
 */
export interface ImportDecision {
  /** Stable key of the decision: choices are sent back under it. */
  id: string;
  /** `closed`: a value of a closed monitoring date the workbook would change («Non applicare» only). */
  kind: 'reading' | 'match' | 'conflict' | 'outside' | 'closed';
  /** Italian: what was found and where. */
  message: string;
  options: { id: string; label: string }[];
  /** The option the evidence points to (what "Conferma le proposte" chooses); null when there is none. */
  suggested: string | null;
  /** The option in force: the user's choice, or the default of a decision that needs none. */
  chosen: string | null;
  /** True when the import cannot be applied until an option is chosen. */
  required: boolean;
}

export interface ImportSummary {
  cardsAdded: number;
  cardsUpdated: number;
  indicatorsAdded: number;
  valuesChanged: number;
  /** "18 schede aggiornate, 5 valori modificati". */
  text: string;
}

/** The last import applied to a plan, kept in the plan file so that it can be undone after a restart. */
export interface ImportRecord {
  planId: number;
  /** ISO date and time of the import. */
  importedAt: string;
  fileNames: string[];
  summary: string;
  /** True when the import created the plan (undoing it removes the plan). */
  createdPlan: boolean;
  /** False when the plan was edited after the import: `reason` says why it cannot be undone. */
  undoable: boolean;
  reason?: string;
}

/** Who receives a data-collection workbook: one per area, one per ufficio, or one for the chosen cards. */
export type RoundGrouping = { kind: 'area' } | { kind: 'ufficio' } | { kind: 'cards'; codes: string[] };

export interface ProducedFiles {
  files: ProducedFile[];
  /** Where the desktop host saved them; absent in the browser, which downloads each file. */
  folder?: string;
  cancelled?: boolean;
}

export type CardSelection = { kind: 'all' } | { kind: 'codes'; codes: string[] };
export type WorkbookFormat = 'xlsx' | 'ods';

/** A file produced by the back end, handed to the UI (browser download) or saved by the host (desktop). */
export interface ProducedFile {
  fileName: string;
  /** Where the desktop host saved it; absent in the browser, which downloads `dataBase64`. */
  savedPath?: string;
  dataBase64?: string;
  /** True when the user cancelled the save dialog. */
  cancelled?: boolean;
}

/**
 * What a print job covers; the print view's route is derived from it. `date`: the monitoring date the print scores
 * at (absent: the plan's default, the latest date with values).
 */
export type PrintScope =
  | { kind: 'plan'; date?: IsoDate } // the whole plan document
  | { kind: 'cards'; codes: string[]; date?: IsoDate } // one card, a selection, or the cards of a filter
  | { kind: 'dashboard'; date?: IsoDate } // the Cruscotto alone
  | { kind: 'variations'; date?: IsoDate }; // the variations of an approved plan (changes recorded with their reason)

/** A plan of the open file (no `fileToken`) or of another plan file opened for a comparison. */
export interface PlanRef {
  planId: number;
  fileToken?: string;
}
export interface ComparisonRequest {
  before: PlanRef;
  after: PlanRef;
}
/** Another plan file opened read-only (kept by the back end behind `token` while the app runs). */
export interface ComparisonFile {
  token: string;
  fileName: string;
  plans: PlanSummary[];
}

/**
 * Every call: `req` is the single argument object, `res` the JSON result.
 * Methods are verb-first; ids are database ids from `PlanSummary`, `Card` and `Indicator`.
 */
export interface ApiSpec {
  getSession: { req: Record<string, never>; res: SessionInfo };
  /**
   * The open file is read-only because another user holds it (`SessionInfo.readOnly.holder`): takes it over once the
   * user confirmed, told who holds it, and reopens it for editing. Refused when the lock changed since.
   */
  takeOverFile: { req: Record<string, never>; res: SessionInfo };
  loadPlan: { req: { planId: number }; res: PlanDocument };
  /**
   * The plan's header and its cards as the list shows them, scored at each date with values (shared/planListing.ts):
   * what opening a plan reads, without any whole card.
   */
  listCardRows: { req: { planId: number }; res: PlanListing };
  /**
   * `listCardRows` of the plan a window opens on when its address names none (the latest year's: `openedPlanId`), or
   * null when the file holds no plan. Asked together with `getSession`, so that the back end reads the list while the
   * session's answer travels, instead of after it (issue 21).
   */
  listLatestPlan: { req: Record<string, never>; res: PlanListing | null };
  /**
   * Whole cards of the plan, in plan order (a card opened, or every card for a view that needs them), and what each
   * closed date kept for them; ids no longer in the plan are left out.
   */
  loadCards: { req: { planId: number; cardIds: number[] }; res: LoadedCards };
  /** Creates a plan (a new year) in the open file, optionally copying catalogues and cards of another plan. */
  createPlan: {
    req: { settings: PlanSettings; copyFromPlanId?: number; copyCards?: boolean };
    /** With copied cards, the report of what was carried over. */
    res: PlanSummary & { rollover?: RolloverReport };
  };
  /**
   * Every write is recorded in the plan file's change log in the same transaction. `change` (optional) says its
   * kind, label and, for a change to an approved plan, the reason (without it the change is refused).
   */
  savePlanSettings: { req: { planId: number; settings: PlanSettings; change?: ChangeNote }; res: PlanSettings };
  saveCatalogues: { req: { planId: number; catalogues: Catalogues; change?: ChangeNote }; res: Catalogues };
  /** Inserts (id 0) or replaces a card with all its indicators in one transaction; returns it with ids. */
  saveCard: { req: { planId: number; card: Card; change?: ChangeNote }; res: Card };
  /** `version`: the card's version as loaded (required); the delete is refused (`stale`) when the file holds a newer one. */
  deleteCard: { req: { planId: number; cardId: number; version: number; change?: ChangeNote }; res: { deleted: true } };
  /** Parses a workbook (in a worker, with limits) and returns the preview; writes nothing. */
  previewImport: {
    req: { planId: number | null; fileName: string; dataBase64: string; year?: number };
    res: ImportPreview;
  };
  /** Applies a previewed import (with the choices taken) in one transaction, or nothing. */
  applyImport: { req: { token: string; change?: Pick<ChangeNote, 'reason'> }; res: { planId: number; summary: ImportSummary } };
  /** `template`: a writable layout of shared/exchange/templates.ts (default: the canonical workbook). */
  exportWorkbook: {
    req: { planId: number; format: WorkbookFormat; selection: CardSelection; template?: string };
    res: ProducedFile;
  };
  /** Desktop only: system print dialog / PDF of the print view of `scope`. */
  printDocument: { req: { planId: number; scope: PrintScope }; res: { printed: boolean } };
  exportPdf: { req: { planId: number; scope: PrintScope }; res: ProducedFile };
  /** Parses several returned workbooks and merges them into one preview; writes nothing. */
  previewImportFiles: {
    req: { planId: number | null; files: { fileName: string; dataBase64: string }[]; year?: number; ente?: string };
    res: ImportPreview;
  };
  /**
   * Records the choices of a previewed import (option id by decision id) and returns the preview they give; for a new
   * plan, also the ente and the year the user wrote.
   */
  chooseImportOptions: { req: { token: string; choices: Record<string, string>; ente?: string; year?: number }; res: ImportPreview };
  /** The last import applied to the plan, if any is still recorded. */
  lastImport: { req: { planId: number }; res: ImportRecord | null };
  /** Restores the plan as it was before its last import (refused when the plan was edited since). */
  undoImport: { req: { planId: number; change?: Pick<ChangeNote, 'reason'> }; res: { planId: number | null; message: string } };
  /**
   * The mapping step: reads one sheet of a previewed import with the columns, header row and first data row given
   * (the same mapping reads every other sheet with the same headers) and returns the recomputed preview.
   */
  mapImportSheet: { req: { token: string; mapping: SheetMappingRequest }; res: ImportPreview };
  /** «Salva come modello…»: stores the layout a sheet of the preview is read with, under `name`, in the plan file. */
  saveImportLayout: { req: { token: string; fileIndex: number; sheet: string; name: string }; res: { layouts: SavedLayout[]; preview: ImportPreview } };
  /** The layouts saved in the plan file (name, headers, meanings, header row), by name. */
  listImportLayouts: { req: Record<string, never>; res: SavedLayout[] };
  renameImportLayout: { req: { name: string; newName: string }; res: SavedLayout[] };
  deleteImportLayout: { req: { name: string }; res: SavedLayout[] };
  /** A saved layout as a small JSON file for a colleague (the desktop asks where; the browser downloads it). */
  exportImportLayout: { req: { name: string }; res: ProducedFile };
  /** Adds the layout of a JSON file written by `exportImportLayout` (refused when the name is taken). */
  importImportLayout: { req: { fileName: string; dataBase64: string }; res: SavedLayout[] };
  /** "Prepara raccolta dati…": one protected workbook per area, per ufficio, or for the chosen cards. */
  prepareRound: { req: { planId: number; format: WorkbookFormat; grouping: RoundGrouping }; res: ProducedFiles };
  /** Opens another plan file read-only for a comparison: the desktop asks with its open dialog, a browser uploads it. */
  openComparisonFile: { req: { fileName?: string; dataBase64?: string }; res: ComparisonFile | { cancelled: true } };
  /** Two plans compared (`before` → `after`): settings, cards and indicators added, removed, changed field by field. */
  comparePlans: { req: ComparisonRequest; res: PlanComparison };
  exportComparison: { req: ComparisonRequest & { format: WorkbookFormat }; res: ProducedFile };
  /** Desktop only: system print dialog / PDF of the comparison's print view. */
  printComparison: { req: ComparisonRequest; res: { printed: boolean } };
  exportComparisonPdf: { req: ComparisonRequest; res: ProducedFile };
  /** The automatic backups of the open file, newest first. */
  listBackups: { req: Record<string, never>; res: BackupInfo[] };
  /** Restores backup `number` AS A NEW FILE (the desktop asks where; the browser puts it next to the plan). */
  restoreBackup: { req: { number: number }; res: ProducedFile };
  /**
   * "Chiudi il monitoraggio al …": the values of `date` become read-only (saves changing them are refused) and the
   * scores at that date are kept in the file as they are now.
   */
  closeMonitoringDate: { req: { planId: number; date: IsoDate }; res: Closure };
  /** Reopens a closed date with the reason (a change-log entry; the closing stays in the log): its values editable again. */
  reopenMonitoringDate: { req: { planId: number; date: IsoDate; reason: string }; res: void };
  /** Corrects a value of a closed date (`value` null = no value), recorded with who, when, before, after and why. */
  amendValue: {
    req: { planId: number; cardId: number; indicatorId: number; date: IsoDate; value: Value | null; reason: string };
    res: Amendment;
  };
  /** Cards, settings and catalogues changed together (a catalogue merge, a pasted block): one transaction, one log entry. */
  saveChanges: { req: ChangeSet & { planId: number; change?: ChangeNote }; res: SavedChanges };
  /** The plan's change log, newest first, filtered; `users` are those who changed the plan (for the filter). */
  listChanges: { req: Omit<ChangeFilter, 'planId'> & { planId: number }; res: { entries: ChangeEntry[]; users: string[]; more: boolean } };
  /**
   * Writes back what a logged change replaced (`undo`/`redo` from the editor, `revert` from the history); refused when
   * later changes touched the same rows. Recorded in the log like any change.
   */
  revertChange: { req: { planId: number; changeId: number; mode: RevertMode; change?: Pick<ChangeNote, 'reason'> }; res: RevertResult };
  /** This user's undo/redo steps on the plan, rebuilt from the log (after a reload of the file). */
  undoStack: { req: { planId: number }; res: { past: StackItem[]; future: StackItem[] } };
  /** bozza → approvato (date and number of the deliberation) → chiuso, and back where allowed with a reason. */
  setPlanStatus: {
    req: { planId: number; stage: PlanStage; approvedOn?: IsoDate; deliberation?: string; change?: Pick<ChangeNote, 'reason'> };
    res: PlanStatus;
  };
}

export type ApiMethod = keyof ApiSpec;
export type ApiRequest<M extends ApiMethod> = ApiSpec[M]['req'];
export type ApiResponse<M extends ApiMethod> = ApiSpec[M]['res'];

/** The list of methods, checked against `ApiSpec` both ways so the preload can expose exactly these. */
export const API_METHODS = [
  'getSession',
  'takeOverFile',
  'loadPlan',
  'listCardRows',
  'listLatestPlan',
  'loadCards',
  'createPlan',
  'savePlanSettings',
  'saveCatalogues',
  'saveCard',
  'deleteCard',
  'previewImport',
  'applyImport',
  'exportWorkbook',
  'printDocument',
  'exportPdf',
  'previewImportFiles',
  'chooseImportOptions',
  'lastImport',
  'undoImport',
  'prepareRound',
  'openComparisonFile',
  'comparePlans',
  'exportComparison',
  'printComparison',
  'exportComparisonPdf',
  'listBackups',
  'restoreBackup',
  'closeMonitoringDate',
  'reopenMonitoringDate',
  'amendValue',
  'saveChanges',
  'listChanges',
  'revertChange',
  'undoStack',
  'setPlanStatus',
  'mapImportSheet',
  'saveImportLayout',
  'listImportLayouts',
  'renameImportLayout',
  'deleteImportLayout',
  'exportImportLayout',
  'importImportLayout',
] as const satisfies readonly ApiMethod[];
type MissingMethods = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
const allMethodsListed: MissingMethods extends never ? true : never = true;
void allMethodsListed;

/** Commands of the native menu forwarded to the UI (the browser harness offers them as toolbar buttons). */
export const MENU_COMMANDS = [
  'new-plan',
  'import-excel',
  'export-excel',
  'print',
  'export-pdf',
  'undo',
  'redo',
  'find',
  'about',
  'document-changed',
  'prepare-round',
  'compare-plans',
  'restore-backup',
  'show-history',
  'help',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Subscribes to native menu commands; returns the unsubscribe function. */
export type MenuSubscription = (listener: (command: MenuCommand) => void) => () => void;

/**
 * What crosses the process boundary as `window.api`: exactly the contract's methods, each resolving to an
 * `ApiResult` (errors lose their fields when thrown across Electron's contextBridge), plus the menu subscription.
 * The Electron preload and the harness bridge both provide this shape.
 */
export type PiraBridge = {
  [M in ApiMethod]: (req: ApiRequest<M>) => Promise<ApiResult<ApiResponse<M>>>;
} & { onMenuCommand: MenuSubscription };

/** What the React code uses (built from the bridge by `createApiClient`): failures are thrown as `PiraApiError`. */
export type PiraApi = { [M in ApiMethod]: (req: ApiRequest<M>) => Promise<ApiResponse<M>> } & {
  onMenuCommand: MenuSubscription;
};

/** The back end's side: one handler per method, given an already validated request. */
export type ApiHandlers = { [M in ApiMethod]: (req: ApiRequest<M>) => Promise<ApiResponse<M>> | ApiResponse<M> };

/** Error thrown by the client when a call fails; `message` is the Italian text for the user. */
export class PiraApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'PiraApiError';
  }
}

/** Builds a bridge over one generic transport (IPC invoke in the preload, `fetch` in the harness). */
export function bridgeFromTransport(
  invoke: (method: ApiMethod, req: unknown) => Promise<ApiResult<unknown>>,
  onMenuCommand: MenuSubscription = () => () => undefined,
): PiraBridge {
  const methods = Object.fromEntries(API_METHODS.map((method) => [method, (req: unknown) => invoke(method, req ?? {})]));
  return { ...methods, onMenuCommand } as PiraBridge;
}

/** Builds the typed client the UI uses: a failed result becomes a `PiraApiError`. */
export function createApiClient(bridge: PiraBridge): PiraApi {
  const methods = Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      async (req: unknown) => {
        const call = bridge[method] as (r: unknown) => Promise<ApiResult<unknown>>;
        const result = await call(req ?? {});
        if (!result.ok) throw new PiraApiError(result.error.code, result.error.message, result.error.problems);
        return result.value;
      },
    ]),
  ) as { [M in ApiMethod]: (req: ApiRequest<M>) => Promise<ApiResponse<M>> };
  return { ...methods, onMenuCommand: (listener) => bridge.onMenuCommand(listener) };
}
