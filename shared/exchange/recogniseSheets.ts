/**
 * What each sheet of a workbook is: the Piano sheet (by name or labels), lookup and summary sheets (by name, skipped),
 * a table of cards or of indicators in whichever layout of templates.ts recognises it best, or nothing (a warning).
 * Why: reading starts only once the layout of every table is known, so that the plan's year and monitoring date can
 * be taken from the headers when the file has no Piano sheet.
 */
import type { Problem } from '../api';
import { CATALOGUE_SHEETS } from './catalogueSheets';
import { isCardsTable } from './cardsSheet';
import type { CardMeaning } from './columns';
import { cellText, normalizeHeader } from './headerText';
import { findIndicatorBlocks, type IndicatorBlock } from './indicatorBlocks';
import { MONITORING_SHEET } from './monitoringSheet';
import { PLAN_SHEET, isPlanSheet } from './planSheet';
import { isBlankRow, locateTable, sheetProblem, type TableLayout } from './sheetLayout';
import type { SheetData, WorkbookData } from './sheetTypes';
import { bestLayout, type Vocabulary } from './templateVocabulary';

/** Sheets the export writes for people only: never read back. */
export const INSTRUCTIONS_SHEET = 'Istruzioni';
export const SUMMARY_SHEET = 'Riepilogo';

/** Not tables of cards or indicators (the «Monitoraggi» sheet is read apart, by importWorkbooks.ts). */
const SKIPPED = new Set([...Object.values(CATALOGUE_SHEETS), INSTRUCTIONS_SHEET, SUMMARY_SHEET, MONITORING_SHEET].map(normalizeHeader));
const CARD_SHEET_NAMES = new Set(['obiettivi', 'schede', 'schede obiettivo']);

export interface RecognisedWorkbook {
  plan: SheetData | null;
  cardTables: { sheet: SheetData; layout: TableLayout<CardMeaning> }[];
  indicatorTables: { sheet: SheetData; blocks: IndicatorBlock[] }[];
  /** The layouts that recognised the tables (most columns first). */
  layouts: Vocabulary['template'][];
  /** Texts above the first table of each sheet ("Piano degli indicatori 2024 – monitoraggio al 30/06"). */
  titles: string[];
  problems: Problem[];
}

const columnsOf = (blocks: IndicatorBlock[]) => blocks.reduce((n, b) => n + b.layout.columns.length, 0);

function titlesAbove(sheet: SheetData, headerIndex: number): string[] {
  return sheet.rows
    .slice(0, headerIndex)
    .filter((row) => !isBlankRow(row))
    .map((row) => row.map((cell) => cellText(cell)).filter(Boolean).join(' '));
}

export function recogniseSheets(workbook: WorkbookData, vocabs: readonly Vocabulary[]): RecognisedWorkbook {
  const found: RecognisedWorkbook = { plan: null, cardTables: [], indicatorTables: [], layouts: [], titles: [], problems: [] };
  for (const sheet of workbook.sheets) {
    const name = normalizeHeader(sheet.name);
    if (SKIPPED.has(name)) continue;
    if (!found.plan && (name === normalizeHeader(PLAN_SHEET) || isPlanSheet(sheet))) {
      found.plan = sheet;
      continue;
    }
    const indicators = bestLayout(vocabs, (v) => findIndicatorBlocks(sheet, v.indicator), (f) => columnsOf(f.blocks));
    const cards = bestLayout(vocabs, (v) => locateTable(sheet, v.card, isCardsTable), (f) => f.columns.length);
    const asCards = cards && (!indicators || CARD_SHEET_NAMES.has(name));
    if (asCards) {
      found.cardTables.push({ sheet, layout: cards.found });
      found.layouts.push(cards.vocab.template);
      found.titles.push(...titlesAbove(sheet, cards.found.headerIndex));
    } else if (indicators) {
      found.indicatorTables.push({ sheet, blocks: indicators.found.blocks });
      found.problems.push(...indicators.found.problems);
      found.layouts.push(indicators.vocab.template);
      found.titles.push(...titlesAbove(sheet, indicators.found.blocks[0]?.layout.headerIndex ?? 0));
    } else {
      if (sheet.rows.length > 0) found.problems.push(sheetProblem(sheet.name, 'intestazioni non riconosciute: il foglio è ignorato.', 'warning'));
      continue;
    }
    const unknown = asCards ? cards.found.unknown : (indicators?.found.blocks.flatMap((b) => b.layout.unknown) ?? []);
    for (const header of new Set(unknown.map((u) => u.header))) {
      found.problems.push(sheetProblem(sheet.name, `colonna «${header}» non riconosciuta: ignorata.`, 'warning'));
    }
  }
  return found;
}
