/**
 * What each sheet of a workbook is: the Piano sheet (by name or labels), lookup and summary sheets (by name, skipped),
 * a table read with a layout the user mapped or saved (mappedTables.ts), a table of cards or of indicators in whichever
 * built-in layout of templates.ts recognises it best, or nothing (a warning saying what is understood and missing).
 * Why: reading starts only once the layout of every table is known, so that the plan's year and monitoring date can
 * be taken from the headers when the file has no Piano sheet.
 */
import type { Problem } from '../api';
import { CATALOGUE_SHEETS } from './catalogueSheets';
import { isCardsTable } from './cardsSheet';
import type { CardMeaning } from './columns';
import { cellText, normalizeHeader } from './headerText';
import { findIndicatorBlocks, scanRows, type IndicatorBlock } from './indicatorBlocks';
import { MONITORING_SHEET } from './monitoringSheet';
import { PLAN_SHEET, isPlanSheet } from './planSheet';
import { isBlankRow, locateTable, sheetProblem, type TableLayout } from './sheetLayout';
import { meaningLabel } from './layoutFields';
import type { SheetData, WorkbookData } from './sheetTypes';
import { bestLayout, type Vocabulary } from './templateVocabulary';
import type { ColumnLayout } from './columnLayout';
import { locateLayout, mappedTables, type MappedTables, type LocatedMapping } from './mappedTables';
import { builtInCardReading, builtInIndicatorReading, guessedReading, mappedReading, type SheetReading } from './sheetReadings';

/** Sheets the export writes for people only: never read back. */
export const INSTRUCTIONS_SHEET = 'Istruzioni';
export const SUMMARY_SHEET = 'Riepilogo';

/** Not tables of cards or indicators (the «Monitoraggi» sheet is read apart, by importWorkbooks.ts). */
const SKIPPED = new Set([...Object.values(CATALOGUE_SHEETS), INSTRUCTIONS_SHEET, SUMMARY_SHEET, MONITORING_SHEET].map(normalizeHeader));
const CARD_SHEET_NAMES = new Set(['obiettivi', 'schede', 'schede obiettivo']);

/**
 * A layout the user mapped in this import (`mapped`, made on the sheet `source`) or saved earlier (`saved`): tried on
 * every sheet before the built-in layouts. On any sheet but its own it must understand more columns than the best
 * built-in layout there, so that a saved layout never takes over a sheet a built-in one reads as well (the
 * document's tables, a canonical sheet).
 */
export interface LayoutInUse {
  kind: 'mapped' | 'saved';
  layout: ColumnLayout;
  source?: { fileIndex: number; sheet: string };
  /** Asked for by name (`import --layout NOME`): it reads every sheet it fits, whatever the built-in layouts read. */
  forced?: boolean;
}

export interface RecognisedWorkbook {
  plan: SheetData | null;
  /** `onIndicatorRows`: the card fields repeated on the rows of a sheet of indicators (one card per code). */
  cardTables: { sheet: SheetData; layout: TableLayout<CardMeaning>; onIndicatorRows?: boolean }[];
  indicatorTables: { sheet: SheetData; blocks: IndicatorBlock[] }[];
  /** Texts above the first table of each sheet ("Piano degli indicatori 2024 – monitoraggio al 30/06"). */
  titles: string[];
  /** Every sheet that is neither the Piano sheet nor a lookup one, with what its columns are read as. */
  sheets: SheetReading[];
  problems: Problem[];
}

const columnsOf = (blocks: IndicatorBlock[]) => blocks.reduce((n, b) => n + b.layout.columns.length, 0);
const isEmptySheet = (sheet: SheetData) => sheet.rows.every((row) => isBlankRow(row));
const quoted = (headers: readonly string[]) => headers.map((h) => `«${h}»`).join(', ');

/** "non letto: intestazioni riconosciute (riga 1): …; non riconosciute: …; mancano: …" — what to do, not only what failed. */
export function unreadMessage(reading: SheetReading): string {
  const known = reading.columns.flatMap((c) => (c.meaning ? [`«${c.header}» = ${meaningLabel(c.meaning)}`] : []));
  const unknown = reading.columns.filter((c) => !c.meaning).map((c) => c.header);
  return (
    `non letto. Intestazioni della riga ${reading.headerIndex + 1} riconosciute: ${known.length > 0 ? known.join(', ') : 'nessuna'}; ` +
    `non riconosciute: ${unknown.length > 0 ? quoted(unknown) : 'nessuna'}; mancano: ${reading.missing.join(', ') || 'nessun campo'}. ` +
    'Indicare il significato delle colonne per leggerlo (nell’anteprima, «Colonne dei fogli»; da riga di comando, --map).'
  );
}

function titlesAbove(sheet: SheetData, headerIndex: number): string[] {
  return sheet.rows
    .slice(0, headerIndex)
    .filter((row) => !isBlankRow(row))
    .map((row) => row.map((cell) => cellText(cell)).filter(Boolean).join(' '));
}

/**
 * The first layout in use that reads the sheet: its own mapping always (even when fields are still missing: the
 * mapping step shows the user's choices), any other one if it reads more than the best built-in layout (`builtIn`).
 */
function mappedOn(sheet: SheetData, fileIndex: number, layouts: readonly LayoutInUse[], builtIn: number): { use: LayoutInUse; located: LocatedMapping; tables: MappedTables } | null {
  const isOwn = (use: LayoutInUse) => use.source?.fileIndex === fileIndex && use.source.sheet === sheet.name;
  // The sheet's own mapping first: one made on another sheet with the same headers must not hide it.
  for (const use of [...layouts.filter(isOwn), ...layouts.filter((u) => !isOwn(u))]) {
    const own = isOwn(use);
    const located = locateLayout(sheet, use.layout);
    if (!located) continue;
    const tables = mappedTables(sheet, located);
    const reads = located.columns.filter((c) => c.meaning.kind !== 'ignore').length;
    if (own || (tables.missing.length === 0 && (use.forced || reads > builtIn))) return { use, located, tables };
  }
  return null;
}

export function recogniseSheets(workbook: WorkbookData, vocabs: readonly Vocabulary[], layouts: readonly LayoutInUse[] = [], fileIndex = 0): RecognisedWorkbook {
  const found: RecognisedWorkbook = { plan: null, cardTables: [], indicatorTables: [], titles: [], sheets: [], problems: [] };
  for (const sheet of workbook.sheets) {
    const name = normalizeHeader(sheet.name);
    if (SKIPPED.has(name)) continue;
    if (!found.plan && (name === normalizeHeader(PLAN_SHEET) || isPlanSheet(sheet))) {
      found.plan = sheet;
      continue;
    }
    const { counts, headerRows } = scanRows(sheet, vocabs.map((v) => v.indicatorNames));
    const indicators = bestLayout(vocabs, (v) => findIndicatorBlocks(sheet, v.indicator, counts, headerRows[vocabs.indexOf(v)]), (f) => columnsOf(f.blocks));
    const cards = bestLayout(vocabs, (v) => locateTable(sheet, v.card, isCardsTable), (f) => f.columns.length);
    const builtIn = Math.max(indicators?.found.blocks[0]?.layout.columns.length ?? 0, cards?.found.columns.length ?? 0);
    const mapped = mappedOn(sheet, fileIndex, layouts, builtIn);
    if (mapped && mapped.tables.missing.length > 0) {
      const reading = mappedReading(sheet, mapped.located, null, mapped.tables.missing);
      found.sheets.push(reading);
      found.problems.push(sheetProblem(sheet.name, unreadMessage(reading), 'warning'));
      continue;
    }
    if (mapped) {
      const { tables, located, use } = mapped;
      if (tables.cards) found.cardTables.push({ sheet, layout: tables.cards.layout, onIndicatorRows: tables.cards.onIndicatorRows });
      if (tables.block) found.indicatorTables.push({ sheet, blocks: [tables.block] });
      found.titles.push(...titlesAbove(sheet, located.headerIndex));
      found.sheets.push(mappedReading(sheet, located, { kind: use.kind, name: use.layout.name }));
      for (const { header } of located.unknown) found.problems.push(sheetProblem(sheet.name, `colonna «${header}» non associata a un campo: ignorata.`, 'warning'));
      continue;
    }
    const asCards = cards && (!indicators || CARD_SHEET_NAMES.has(name));
    if (asCards) {
      found.cardTables.push({ sheet, layout: cards.found });
      found.titles.push(...titlesAbove(sheet, cards.found.headerIndex));
      found.sheets.push(builtInCardReading(sheet, cards.found, cards.vocab.template.name));
    } else if (indicators) {
      found.indicatorTables.push({ sheet, blocks: indicators.found.blocks });
      found.problems.push(...indicators.found.problems);
      found.titles.push(...titlesAbove(sheet, indicators.found.blocks[0]?.layout.headerIndex ?? 0));
      const first = indicators.found.blocks[0];
      if (first) found.sheets.push(builtInIndicatorReading(sheet, first.layout, indicators.vocab.template.name));
    } else {
      if (isEmptySheet(sheet)) continue;
      const reading = guessedReading(sheet, vocabs);
      found.sheets.push(reading);
      found.problems.push(sheetProblem(sheet.name, unreadMessage(reading), 'warning'));
      continue;
    }
    const unknown = asCards ? cards.found.unknown : (indicators?.found.blocks.flatMap((b) => b.layout.unknown) ?? []);
    for (const header of new Set(unknown.map((u) => u.header))) {
      found.problems.push(sheetProblem(sheet.name, `colonna «${header}» non riconosciuta: ignorata.`, 'warning'));
    }
  }
  return found;
}
