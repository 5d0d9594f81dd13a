/**
 * From the cells of a workbook to the preview: recognises the sheets by name and by headers (canonical or
 * foreign), reads settings, catalogues, cards and indicators, merges them onto the target plan and lists changes.
 * Why: the one pure entry point the back end calls after the worker has read the file.
 */
import type { CardDiff, Problem } from '../api';
import type { Catalogues, PlanDocument } from '../model';
import { CATALOGUE_SHEETS, readCatalogues } from './catalogueSheets';
import { CARDS_SHEET, classifyCardHeader, isCardsTable, readCardRows, type FileCard } from './cardsSheet';
import type { CardField } from './columns';
import { normalizeHeader } from './headerText';
import { findIndicatorBlocks, type IndicatorBlock } from './indicatorBlocks';
import { readIndicatorRows, type FileIndicator } from './indicatorRows';
import { INDICATORS_SHEET } from './indicatorsSheet';
import { diffCards } from './importDiff';
import { mergePlan, settingsFromFile, type MergeResult } from './mergePlan';
import { PLAN_SHEET, isPlanSheet, readPlanSheet, type FileSettings } from './planSheet';
import { locateTable, sheetProblem, type TableLayout } from './sheetLayout';
import type { SheetData, WorkbookData } from './sheetTypes';

export interface ImportOutcome {
  merge: MergeResult;
  cards: CardDiff[];
  problems: Problem[];
  canApply: boolean;
}

const CATALOGUE_NAMES = new Set(Object.values(CATALOGUE_SHEETS).map(normalizeHeader));
const EMPTY_CATALOGUES: Catalogues = { missioni: [], programmi: [], ambiti: [], obiettiviStrategici: [], aree: [], uffici: [], tipologie: [], unita: [] };

interface Recognised {
  plan: SheetData | null;
  cardTables: { sheet: SheetData; layout: TableLayout<CardField> }[];
  indicatorTables: { sheet: SheetData; blocks: IndicatorBlock[] }[];
  problems: Problem[];
}

function recognise(workbook: WorkbookData): Recognised {
  const found: Recognised = { plan: null, cardTables: [], indicatorTables: [], problems: [] };
  for (const sheet of workbook.sheets) {
    const name = normalizeHeader(sheet.name);
    if (CATALOGUE_NAMES.has(name)) continue;
    if (!found.plan && (name === normalizeHeader(PLAN_SHEET) || isPlanSheet(sheet))) {
      found.plan = sheet;
      continue;
    }
    const indicators = findIndicatorBlocks(sheet);
    const cards = indicators ? null : locateTable(sheet, classifyCardHeader, isCardsTable);
    if (indicators) {
      found.indicatorTables.push({ sheet, blocks: indicators.blocks });
      found.problems.push(...indicators.problems);
    } else if (cards) found.cardTables.push({ sheet, layout: cards });
    else if (sheet.rows.length > 0) {
      found.problems.push(sheetProblem(sheet.name, 'intestazioni non riconosciute: il foglio è ignorato.', 'warning'));
      continue;
    } else continue;
    const unknown = indicators ? indicators.blocks.flatMap((b) => b.layout.unknown) : (cards?.unknown ?? []);
    for (const header of new Set(unknown.map((u) => u.header))) {
      found.problems.push(sheetProblem(sheet.name, `colonna «${header}» non riconosciuta: ignorata.`, 'warning'));
    }
  }
  return found;
}

export function importWorkbook(workbook: WorkbookData, stored: PlanDocument | null, options: { year?: number } = {}): ImportOutcome {
  const found = recognise(workbook);
  const problems: Problem[] = [...found.problems];
  const fileSettings: FileSettings | null = found.plan ? readPlanSheet(found.plan) : null;
  problems.push(...(fileSettings?.problems ?? []));
  const fileCatalogues = readCatalogues(workbook.sheets);
  if (!stored) problems.push(...fileCatalogues.problems);
  if (stored && options.year !== undefined && options.year !== stored.settings.year) {
    problems.push({ severity: 'error', message: `Il piano di destinazione è del ${stored.settings.year}, non del ${options.year}.` });
  }
  const settings = stored?.settings ?? settingsFromFile(fileSettings, options.year, []);
  const catalogues = stored?.catalogues ?? fileCatalogues.catalogues ?? EMPTY_CATALOGUES;
  const cards: FileCard[] = [];
  for (const { sheet, layout } of found.cardTables) {
    const read = readCardRows(sheet, layout, catalogues);
    cards.push(...read.cards);
    problems.push(...read.problems);
  }
  const storedUdm = (cardCode: string, position: number | null, name: string) => {
    const indicators = stored?.cards.find((c) => c.code === cardCode)?.indicators ?? [];
    const byName = indicators.find((i) => normalizeHeader(i.name) === normalizeHeader(name));
    return (byName ?? (position !== null ? indicators[position - 1] : undefined))?.udm;
  };
  const indicators: FileIndicator[] = [];
  const seen = new Set(problems.map((p) => p.message));
  for (const { sheet, blocks } of found.indicatorTables) {
    for (const block of blocks) {
      const read = readIndicatorRows(sheet, block, { planYear: settings.year, monitoringDate: settings.monitoringDate, storedUdm });
      indicators.push(...read.indicators);
      // Each block repeats the sheet's header: a duplicated-column warning is said once per sheet.
      problems.push(...read.problems.filter((p) => p.row !== undefined || (!seen.has(p.message) && seen.add(p.message))));
    }
  }
  if (found.cardTables.length === 0 && found.indicatorTables.length === 0) {
    problems.push({
      severity: 'error',
      message: `Nessun foglio con le schede («${CARDS_SHEET}»: Codice, Obiettivo…) o con gli indicatori («${INDICATORS_SHEET}»: Codice obiettivo, Indicatore…) trovato nel file.`,
    });
  }
  const merge = mergePlan(
    stored,
    { settings: fileSettings, catalogues: fileCatalogues.catalogues, cards, indicators, hasIndicatorTable: found.indicatorTables.length > 0 },
    options.year,
  );
  problems.push(...merge.problems);
  return { merge, cards: diffCards(merge.pairs), problems, canApply: !problems.some((p) => p.severity === 'error') };
}
