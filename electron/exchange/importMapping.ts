/**
 * The mapping step on a previewed import, shared by the API and the CLI: the meanings the user gives a sheet's
 * columns (the dialog's selects, or `--map "INTESTAZIONE=Campo"` on every sheet where that header is), the header row
 * and first data row, and «Salva come modello…» / `--save-layout`. Each step rebuilds the layout through the pure
 * engine (shared/exchange) and recomputes the preview from the workbooks already read.
 * Why apart from exchangeService.ts: the mapping is its own concern, and both front ends must build the same layout.
 */
import type { PlanFile } from '../../db/planFile';
import type { SheetColumns, SheetMappingRequest } from '../../shared/api';
import type { ColumnLayout, FieldMeaning, SavedLayout } from '../../shared/exchange/columnLayout';
import { normalizeHeader } from '../../shared/exchange/headerText';
import { layoutFromSheet, type PlanFrame } from '../../shared/exchange/layoutFromSheet';
import { locateLayout } from '../../shared/exchange/mappedTables';
import { guessedReading } from '../../shared/exchange/sheetReadings';
import type { SheetData } from '../../shared/exchange/sheetTypes';
import { TEMPLATES } from '../../shared/exchange/templates';
import { vocabularies } from '../../shared/exchange/templateVocabulary';
import { evaluate, ExchangeError, type PreparedImport } from './exchangeService';
import type { PendingImport } from './importSessions';

type Source = PendingImport['mappings'][number]['source'];

function frameOf(pending: PendingImport): PlanFrame {
  const { settings } = pending.outcome.doc;
  return { planYear: settings.year, horizonStart: settings.horizonStart, monitoringDate: settings.monitoringDate };
}

function sheetOf(pending: PendingImport, fileIndex: number, name: string): SheetData {
  const sheet = pending.files[fileIndex]?.workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new ExchangeError('not-found', `Nell'importazione non c'è il foglio «${name}»: ripetere l'anteprima.`);
  return sheet;
}

function viewOf(pending: PendingImport, fileIndex: number, sheet: string): SheetColumns | undefined {
  return pending.outcome.sheets.find((s) => s.fileIndex === fileIndex && s.sheet === sheet);
}

/** The pending import with `layout` as the mapping of `source` (replacing an earlier one), recomputed. */
function withMapping(file: PlanFile, pending: PendingImport, source: Source, layout: ColumnLayout | null): PreparedImport {
  const others = pending.mappings.filter((m) => m.source.fileIndex !== source.fileIndex || m.source.sheet !== source.sheet);
  return evaluate(file, { ...pending, mappings: layout ? [...others, { source, layout }] : others });
}

/**
 * The dialog's mapping of one sheet. A moved header row with no meanings given starts from what the built-in
 * vocabularies understand of the new header row.
 */
export function mapSheet(file: PlanFile, pending: PendingImport, request: SheetMappingRequest): PreparedImport {
  const sheet = sheetOf(pending, request.fileIndex, request.sheet);
  const headerIndex = Math.min(request.headerRow - 1, Math.max(0, sheet.rows.length - 1));
  const firstDataIndex = Math.max(request.firstDataRow - 1, headerIndex + 1);
  const columns =
    request.columns.length > 0
      ? request.columns
      : guessedReading(sheet, vocabularies(TEMPLATES), headerIndex, firstDataIndex).columns.flatMap((c) => (c.meaning ? [{ index: c.index, meaning: c.meaning }] : []));
  const layout = layoutFromSheet(sheet, { headerIndex, firstDataIndex, columns }, frameOf(pending));
  return withMapping(file, pending, { fileIndex: request.fileIndex, sheet: request.sheet }, layout);
}

/**
 * `--map "INTESTAZIONE=Campo"` (and `--header-row`, `--first-row`): every sheet whose header row holds one of the
 * headers gets a mapping — what is understood there, with the given meanings over it — unless a mapping made on an
 * earlier sheet already reads it (one sheet per ambito: the first one's mapping reads the others).
 */
export function mapHeaders(
  file: PlanFile,
  pending: PendingImport,
  given: readonly { header: string; meaning: FieldMeaning }[],
  rows: { headerRow?: number; firstDataRow?: number } = {},
): PreparedImport {
  const meanings = new Map(given.map((g) => [normalizeHeader(g.header), g.meaning]));
  const mappings: PendingImport['mappings'] = [];
  const unused = new Set(meanings.keys());
  for (const view of pending.outcome.sheets) {
    const sheet = sheetOf(pending, view.fileIndex, view.sheet);
    if (mappings.some((m) => locateLayout(sheet, m.layout))) continue;
    const headerIndex = (rows.headerRow ?? view.headerRow) - 1;
    const reading = headerIndex === view.headerRow - 1 ? view : guessedReading(sheet, vocabularies(TEMPLATES), headerIndex);
    const headers = reading.columns.map((c) => normalizeHeader(c.header));
    if (!headers.some((h) => meanings.has(h)) && (rows.headerRow === undefined || view.readWith !== null)) continue;
    for (const h of headers) unused.delete(h);
    const columns = reading.columns.flatMap((c) => {
      const meaning = meanings.get(normalizeHeader(c.header)) ?? c.meaning;
      return meaning ? [{ index: c.index, meaning }] : [];
    });
    const firstDataIndex = rows.firstDataRow !== undefined ? rows.firstDataRow - 1 : headerIndex + 1;
    mappings.push({ source: { fileIndex: view.fileIndex, sheet: view.sheet }, layout: layoutFromSheet(sheet, { headerIndex, firstDataIndex, columns }, frameOf(pending)) });
  }
  if (unused.size > 0) {
    const written = given.map((g) => g.header).filter((h) => unused.has(normalizeHeader(h)));
    throw new ExchangeError('invalid-request', `--map: nessun foglio ha ${written.length === 1 ? "l'intestazione" : 'le intestazioni'} ${written.map((h) => `«${h}»`).join(', ')} nella riga di intestazione.`);
  }
  return evaluate(file, { ...pending, mappings: [...pending.mappings, ...mappings] });
}

/** The layout a sheet of the preview is read with: this import's mapping, else the columns as they are read now. */
export function layoutOfSheet(pending: PendingImport, fileIndex: number, sheetName: string): ColumnLayout {
  const own = pending.mappings.find((m) => m.source.fileIndex === fileIndex && m.source.sheet === sheetName);
  if (own) return own.layout;
  const view = viewOf(pending, fileIndex, sheetName);
  if (!view) throw new ExchangeError('not-found', `Nell'importazione non c'è il foglio «${sheetName}»: ripetere l'anteprima.`);
  const columns = view.columns.flatMap((c) => (c.meaning ? [{ index: c.index, meaning: c.meaning }] : []));
  return layoutFromSheet(sheetOf(pending, fileIndex, sheetName), { headerIndex: view.headerRow - 1, firstDataIndex: view.firstDataRow - 1, columns }, frameOf(pending));
}

/**
 * «Salva come modello…»: stores the sheet's layout under `name`; this import's mapping of the sheet gives way to the
 * saved layout, so the preview says «letto con il modello "NOME"» as the next workbook's will.
 */
export function saveSheetLayout(file: PlanFile, pending: PendingImport, fileIndex: number, sheet: string, name: string): { layouts: SavedLayout[]; prepared: PreparedImport } {
  const layout = layoutOfSheet(pending, fileIndex, sheet);
  if (!layout.columns.some((c) => c.meaning.kind !== 'ignore')) {
    throw new ExchangeError('invalid-request', `Il foglio «${sheet}» non ha colonne associate a un campo: non c'è un modello da salvare.`);
  }
  const layouts = file.layouts.save(layout, name);
  return { layouts, prepared: withMapping(file, pending, { fileIndex, sheet }, null) };
}
