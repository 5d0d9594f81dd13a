/**
 * The zod schema of every API request, checked both ways against `ApiSpec`, and Italian messages for failures.
 * Why: `dispatch` validates each payload before any handler runs, so the back end never sees a malformed or
 * hostile request (unknown keys, huge strings, a workbook over ~50 MB).
 */
import { z } from 'zod';
import type { ApiMethod, ApiRequest } from './api';
import { CHANGE_KINDS, EDIT_KINDS, type ChangeKind } from './changeLog';
import { writableTemplates } from './exchange/templates';
import { fieldMeaningSchema, layoutNameSchema, MAX_LAYOUT_COLUMNS } from './exchange/layoutSchema';
import { cardSchema, cataloguesSchema, idSchema, isoDateSchema, LIMITS, planSettingsSchema, text, valueSchema, yearSchema } from './schemas';

/** Base64 text of an imported workbook: about 52 MB of file at most. */
export const MAX_BASE64_LENGTH = 70_000_000;

/** Workbooks taken back at once (one per area or office of a round, with room to spare). */
export const MAX_IMPORT_FILES = 50;
const MAX_CHOICES = 20_000;

const planId = idSchema.min(1);
const codes = z.array(text(LIMITS.code)).min(1).max(LIMITS.cardsPerPlan);
const printDate = isoDateSchema.optional();
const printScope = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('plan'), date: printDate }),
  z.strictObject({ kind: z.literal('cards'), codes, date: printDate }),
  z.strictObject({ kind: z.literal('dashboard'), date: printDate }),
  z.strictObject({ kind: z.literal('variations'), date: printDate }),
]);
const fileName = text(255)
  .min(1)
  .refine((name) => !/[\\/]/.test(name), { error: 'deve essere un nome di file, senza cartelle' });
const base64 = z
  .string()
  .refine((data) => data.length <= MAX_BASE64_LENGTH, { error: 'il file è troppo grande (massimo circa 50 MB)', abort: true })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'non è un contenuto in base64' });

const token = text(200).min(1);
const format = z.enum(['xlsx', 'ods']);
const templateIds = writableTemplates().map((t) => t.id) as [string, ...string[]];
const importFiles = z
  .array(z.strictObject({ fileName, dataBase64: base64 }))
  .min(1)
  .max(MAX_IMPORT_FILES)
  .refine((files) => files.reduce((n, f) => n + f.dataBase64.length, 0) <= MAX_BASE64_LENGTH, { error: 'i file insieme sono troppo grandi (massimo circa 50 MB)' });
const choices = z
  .record(text(300), text(40))
  .refine((c) => Object.keys(c).length <= MAX_CHOICES, { error: 'troppe scelte' });
const planRef = z.strictObject({ planId, fileToken: text(200).min(1).optional() });
const comparison = { before: planRef, after: planRef };
const reason = text(LIMITS.name);
/** What a write says about itself (shared/changeLog.ts); the db refuses a change to an approved plan without a reason. */
const change = z.strictObject({ kind: z.enum(EDIT_KINDS).optional(), label: text(LIMITS.shortText).optional(), reason: reason.optional() }).optional();
const reasonOnly = z.strictObject({ reason: reason.optional() }).optional();
const version = z.int().min(1).max(Number.MAX_SAFE_INTEGER);
const fileIndex = z.int().min(0).max(MAX_IMPORT_FILES - 1);
const sheetName = text(100).min(1);
const sheetRow = z.int().min(1).max(1_048_576);
/** A layout file is a few kilobytes: 1 MB of base64 is plenty. */
const layoutFileBase64 = base64.refine((data) => data.length <= 1_400_000, { error: 'il file è troppo grande per un modello (massimo 1 MB)' });
const changeId = z.int().min(1).max(Number.MAX_SAFE_INTEGER);

/**
 * A save of a row the file already holds must say which version of it was edited (issue 22, point 6): without one
 * the file could not tell an edit made on a stale copy, and another window's acknowledged save was overwritten.
 */
const VERSION_NEEDED = 'manca la versione letta dal file: senza, un salvataggio potrebbe sovrascrivere quello di un’altra finestra; ricaricare il piano';
const savedCard = cardSchema.refine((card) => card.id === 0 || card.version !== undefined, { error: VERSION_NEEDED, path: ['version'] });
const savedSettings = planSettingsSchema.refine((settings) => settings.version !== undefined, { error: VERSION_NEEDED, path: ['version'] });
const savedCatalogues = cataloguesSchema.refine((catalogues) => catalogues.version !== undefined, { error: VERSION_NEEDED, path: ['version'] });
const deletedCard = z.strictObject({ cardId: idSchema.min(1), version });

export const apiRequestSchemas: { [M in ApiMethod]: z.ZodType<ApiRequest<M>> } = {
  getSession: z.strictObject({}),
  takeOverFile: z.strictObject({}),
  loadPlan: z.strictObject({ planId }),
  listCardRows: z.strictObject({ planId }),
  listLatestPlan: z.strictObject({}),
  loadCards: z.strictObject({ planId, cardIds: z.array(idSchema.min(1)).min(1).max(LIMITS.cardsPerPlan) }),
  createPlan: z.strictObject({
    settings: planSettingsSchema,
    copyFromPlanId: planId.optional(),
    copyCards: z.boolean().optional(),
  }),
  savePlanSettings: z.strictObject({ planId, settings: savedSettings, change }),
  saveCatalogues: z.strictObject({ planId, catalogues: savedCatalogues, change }),
  saveCard: z.strictObject({ planId, card: savedCard, change }),
  deleteCard: z.strictObject({ planId, cardId: idSchema.min(1), version, change }),
  previewImport: z.strictObject({
    planId: planId.nullable(),
    fileName,
    dataBase64: base64,
    year: yearSchema.optional(),
  }),
  applyImport: z.strictObject({ token, change: reasonOnly }),
  exportWorkbook: z.strictObject({
    planId,
    format,
    selection: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('all') }), z.strictObject({ kind: z.literal('codes'), codes })]),
    template: z.enum(templateIds).optional(),
  }),
  printDocument: z.strictObject({ planId, scope: printScope }),
  exportPdf: z.strictObject({ planId, scope: printScope }),
  previewImportFiles: z.strictObject({
    planId: planId.nullable(),
    files: importFiles,
    year: yearSchema.optional(),
    ente: text(LIMITS.name).optional(),
  }),
  chooseImportOptions: z.strictObject({ token, choices, ente: text(LIMITS.name).optional(), year: yearSchema.optional() }),
  lastImport: z.strictObject({ planId }),
  undoImport: z.strictObject({ planId, change: reasonOnly }),
  prepareRound: z.strictObject({
    planId,
    format,
    grouping: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('area') }),
      z.strictObject({ kind: z.literal('ufficio') }),
      z.strictObject({ kind: z.literal('cards'), codes }),
    ]),
  }),
  openComparisonFile: z
    .strictObject({ fileName: fileName.optional(), dataBase64: base64.optional() })
    .refine((req) => (req.fileName === undefined) === (req.dataBase64 === undefined), {
      error: 'indicare sia il nome sia il contenuto del file, o nessuno dei due',
    }),
  comparePlans: z.strictObject(comparison),
  exportComparison: z.strictObject({ ...comparison, format }),
  printComparison: z.strictObject(comparison),
  exportComparisonPdf: z.strictObject(comparison),
  listBackups: z.strictObject({}),
  restoreBackup: z.strictObject({ number: z.int().min(1).max(10_000) }),
  closeMonitoringDate: z.strictObject({ planId, date: isoDateSchema }),
  reopenMonitoringDate: z.strictObject({
    planId,
    date: isoDateSchema,
    reason: text(LIMITS.name).refine((reason) => reason.trim() !== '', { error: 'indicare il motivo della riapertura' }),
  }),
  amendValue: z.strictObject({
    planId,
    cardId: idSchema.min(1),
    indicatorId: idSchema.min(1),
    date: isoDateSchema,
    value: valueSchema.nullable(),
    reason: text(LIMITS.name).refine((reason) => reason.trim() !== '', { error: 'indicare il motivo della rettifica' }),
  }),
  saveChanges: z.strictObject({
    planId,
    cards: z.array(savedCard).max(LIMITS.cardsPerPlan).optional(),
    deletedCards: z.array(deletedCard).max(LIMITS.cardsPerPlan).optional(),
    settings: savedSettings.optional(),
    catalogues: savedCatalogues.optional(),
    change,
  }),
  listChanges: z.strictObject({
    planId,
    card: z.strictObject({ id: idSchema.min(1).optional(), code: text(LIMITS.code).optional() }).optional(),
    since: isoDateSchema.optional(),
    until: isoDateSchema.optional(),
    user: text(LIMITS.shortText).optional(),
    kind: z.enum(Object.keys(CHANGE_KINDS) as [ChangeKind, ...ChangeKind[]]).optional(),
    variationsOnly: z.boolean().optional(),
    beforeId: changeId.optional(),
    limit: z.int().min(1).max(2_000).optional(),
  }),
  revertChange: z.strictObject({ planId, changeId, mode: z.enum(['undo', 'redo', 'revert']), change: reasonOnly }),
  undoStack: z.strictObject({ planId }),
  setPlanStatus: z.strictObject({
    planId,
    stage: z.enum(['bozza', 'approvato', 'chiuso']),
    approvedOn: isoDateSchema.optional(),
    deliberation: text(LIMITS.shortText).optional(),
    change: reasonOnly,
  }),
  mapImportSheet: z.strictObject({
    token,
    mapping: z.strictObject({
      fileIndex,
      sheet: sheetName,
      headerRow: sheetRow,
      firstDataRow: sheetRow,
      columns: z.array(z.strictObject({ index: z.int().min(0).max(16_383), meaning: fieldMeaningSchema })).max(MAX_LAYOUT_COLUMNS),
    }),
  }),
  saveImportLayout: z.strictObject({ token, fileIndex, sheet: sheetName, name: layoutNameSchema }),
  listImportLayouts: z.strictObject({}),
  renameImportLayout: z.strictObject({ name: layoutNameSchema, newName: layoutNameSchema }),
  deleteImportLayout: z.strictObject({ name: layoutNameSchema }),
  exportImportLayout: z.strictObject({ name: layoutNameSchema }),
  importImportLayout: z.strictObject({ fileName, dataBase64: layoutFileBase64 }),
};

const EXPECTED: Record<string, string> = {
  string: 'un testo',
  number: 'un numero',
  int: 'un numero intero',
  boolean: 'vero o falso',
  object: 'un oggetto',
  array: 'un elenco',
  null: 'null',
};
const SIZE_UNIT: Record<string, string> = { string: 'caratteri', array: 'elementi' };
const SHOWN_ISSUES = 5;

/** Italian summary naming each offending field: `campo «card.indicators.2.weight»: deve essere al massimo 1000000`. */
export function formatZodIssues(error: z.ZodError): string {
  const lines = error.issues.slice(0, SHOWN_ISSUES).map((issue) => `${where(issue.path)}: ${describeIssue(issue)}`);
  const more = error.issues.length - SHOWN_ISSUES;
  if (more > 0) lines.push(`e ${more === 1 ? 'un altro problema' : `altri ${more} problemi`}`);
  return `Richiesta non valida: ${lines.join('; ')}.`;
}

function where(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'richiesta';
  const shown = path.map((key) => (typeof key === 'symbol' ? key.toString() : String(key))).join('.');
  return `campo «${shown.length > 120 ? `${shown.slice(0, 117)}…` : shown}»`;
}

/** One zod issue in Italian (`troppo lungo (al massimo 1000 caratteri)`), without its path. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `valore mancante o non valido, atteso ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'too_big':
      return SIZE_UNIT[issue.origin]
        ? `troppo lungo (al massimo ${String(issue.maximum)} ${SIZE_UNIT[issue.origin]})`
        : `deve essere al massimo ${String(issue.maximum)}`;
    case 'too_small':
      return SIZE_UNIT[issue.origin]
        ? `troppo corto (almeno ${String(issue.minimum)} ${SIZE_UNIT[issue.origin]})`
        : `deve essere ${issue.inclusive === false ? 'maggiore di' : 'almeno'} ${String(issue.minimum)}`;
    case 'unrecognized_keys':
      return `campi non previsti: ${issue.keys.slice(0, 5).map((k) => `«${k.slice(0, 40)}»`).join(', ')}`;
    case 'invalid_value':
      return `valore non ammesso (ammessi: ${issue.values.map((v) => JSON.stringify(v)).join(', ')})`;
    case 'invalid_union':
      return issue.inclusive !== false && issue.discriminator && issue.options
        ? `valore non ammesso (ammessi: ${issue.options.map((o) => JSON.stringify(o)).join(', ')})`
        : 'forma non riconosciuta';
    case 'invalid_format':
    case 'custom':
      return issue.message;
    default:
      return 'valore non valido';
  }
}
