/**
 * What one workbook of an import says: its sheets recognised (any layout of templates.ts, saved or mapped layouts
 * first), its Piano and Monitoraggi sheets, and its cards and indicators read against the plan they go to.
 * Why: an import compares its files one by one as they arrive (importWorkbooks.ts); this is the part of each.
 */
import type { Problem } from '../api';
import type { Card, Indicator, PlanDocument } from '../model';
import { CARDS_SHEET, readCardRows, type FileCard } from './cardsSheet';
import { cellText, normalizeHeader } from './headerText';
import { withoutControlCharacters } from './importedText';
import type { ImportFile } from './importWorkbooks';
import { readIndicatorRows, type FileIndicator } from './indicatorRows';
import { INDICATORS_SHEET } from './indicatorsSheet';
import type { FileContent } from './mergePlan';
import { isMonitoringSheet, readMonitoringSheet, type FileMonitoring } from './monitoringSheet';
import { CANONICAL_FORMAT, readPlanSheet, type FileSettings } from './planSheet';
import { recogniseSheets, type LayoutInUse, type RecognisedWorkbook } from './recogniseSheets';
import { isRoundFormat } from './roundTemplate';
import { cardsOfBlocks, cardsOfRows, mergeCardSources } from './rowCards';
import type { WorkbookData } from './sheetTypes';
import { TEMPLATES } from './templates';
import type { Vocabulary } from './templateVocabulary';

export interface ReadFile {
  name: string;
  key: string;
  workbook: WorkbookData;
  recognised: RecognisedWorkbook;
  settings: FileSettings | null;
  /** What the file's «Monitoraggi» sheet says, if it has one. */
  monitoring: FileMonitoring | null;
  problems: Problem[];
}

export function describe(file: ReadFile): string {
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

/** Workbook `index` of an import (from 0) with its sheets recognised and what it says of itself read. */
export function readFile(file: ImportFile, index: number, vocabs: readonly Vocabulary[], layouts: readonly LayoutInUse[] | undefined): ReadFile {
  const cleaned = withoutControlCharacters(file.workbook);
  const recognised = recogniseSheets(cleaned.workbook, vocabs, layouts, index);
  const settings = recognised.plan ? readPlanSheet(recognised.plan) : null;
  const sheet = cleaned.workbook.sheets.find(isMonitoringSheet);
  const monitoring = sheet ? readMonitoringSheet(sheet) : null;
  const problems = [...cleaned.problems, ...recognised.problems, ...(settings?.problems ?? []), ...(monitoring?.problems ?? [])];
  if (recognised.indicatorTables.length > 0 && !carriesValues(recognised)) {
    problems.push({ severity: 'warning', message: 'Il file non contiene valori rilevati (nessuna colonna «Valore al …» compilata): porta solo schede, indicatori e target; i valori del piano restano come sono.' });
  }
  return { name: file.fileName, key: `f${index + 1}`, workbook: cleaned.workbook, recognised, settings, monitoring, problems };
}

/** The first stored card of each code, as a scan from the top would find it: made once for all the files. */
export function firstCardsByCode(stored: PlanDocument | null): ReadonlyMap<string, Card> {
  const byCode = new Map<string, Card>();
  for (const card of stored?.cards ?? []) if (!byCode.has(card.code)) byCode.set(card.code, card);
  return byCode;
}

/** A stored card's indicators by normalised name, the first of each name (as a search from the top finds it). */
const byName = new WeakMap<Card, ReadonlyMap<string, Indicator>>();

function indicatorsByName(card: Card): ReadonlyMap<string, Indicator> {
  let indicators = byName.get(card);
  if (!indicators) {
    const map = new Map<string, Indicator>();
    for (const indicator of card.indicators) {
      const name = normalizeHeader(indicator.name);
      if (!map.has(name)) map.set(name, indicator);
    }
    byName.set(card, (indicators = map));
  }
  return indicators;
}

export function readContent(file: ReadFile, base: PlanDocument, stored: PlanDocument | null, storedCards: ReadonlyMap<string, Card>): FileContent {
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
    const card = storedCards.get(cardCode);
    const byName = card ? indicatorsByName(card).get(normalizeHeader(name)) : undefined;
    return (byName ?? (position !== null ? card?.indicators[position - 1] : undefined))?.udm;
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
