/**
 * The mapping engine: a layout description (columnLayout.ts) applied to the cells of a sheet. It finds the layout's
 * header row by its texts, gives each column its meaning (the date or year of a `{data}`/`{anno}` header taken from the
 * header itself) and turns the result into the located tables the existing readers take: an indicator table (rows
 * that may carry their card's fields too) and/or a card table. Pure: cells and data in, tables out.
 * Why: everything after it — matching, diff, preview, decisions, apply — is the one path every layout takes.
 */
import type { CardMeaning, IndicatorColumn } from './columns';
import { readColumns, DATE_PLACEHOLDER, YEAR_PLACEHOLDER, type ColumnLayout, type FieldMeaning } from './columnLayout';
import { cellText, dateInHeader, headerWords, normalizeHeader, yearInHeader } from './headerText';
import type { IndicatorBlock } from './indicatorBlocks';
import { meaningLabel } from './layoutFields';
import { isBlankRow, type LocatedColumn, type TableLayout } from './sheetLayout';
import type { SheetData } from './sheetTypes';

const HEADER_SCAN_ROWS = 20;

export interface MappedColumn {
  index: number;
  header: string;
  /** With the date or year of a `{data}`/`{anno}` header filled in. */
  meaning: FieldMeaning;
}

/** A layout found on a sheet: where its header and data are, each column's meaning, the headers it does not know. */
export interface LocatedMapping {
  sheet: string;
  headerIndex: number;
  firstDataIndex: number;
  columns: MappedColumn[];
  unknown: { index: number; header: string }[];
}

/** A card table found by a mapping; `onIndicatorRows`: the card fields repeated on each indicator row. */
export interface MappedCardTable {
  layout: TableLayout<CardMeaning>;
  onIndicatorRows: boolean;
}

export interface MappedTables {
  cards: MappedCardTable | null;
  block: IndicatorBlock | null;
  /** Italian labels of the fields still needed for the sheet to be read (empty when it is read). */
  missing: string[];
}

/** Whether a header cell is the layout's header; with `{data}`/`{anno}` any date or year may stand there. */
function headerMatches(layoutHeader: string, written: string): boolean {
  if (layoutHeader.includes(DATE_PLACEHOLDER)) {
    return dateInHeader(written) !== null && headerWords(written) === normalizeHeader(layoutHeader.replace(DATE_PLACEHOLDER, ' '));
  }
  if (layoutHeader.includes(YEAR_PLACEHOLDER)) {
    return yearInHeader(written) !== null && headerWords(written) === normalizeHeader(layoutHeader.replace(YEAR_PLACEHOLDER, ' '));
  }
  return normalizeHeader(written) === normalizeHeader(layoutHeader);
}

/** The meaning of a matched column, the date or year of its header filled in. */
function resolved(layoutHeader: string, written: string, meaning: FieldMeaning): FieldMeaning {
  if (meaning.kind === 'measurement' && layoutHeader.includes(DATE_PLACEHOLDER)) return { kind: 'measurement', date: dateInHeader(written) };
  if (meaning.kind === 'target' && layoutHeader.includes(YEAR_PLACEHOLDER)) return { kind: 'target', year: yearInHeader(written) };
  return meaning;
}

function locateAt(sheet: SheetData, r: number, layout: ColumnLayout): LocatedMapping | null {
  const row = sheet.rows[r] ?? [];
  const written = row.map((cell) => cellText(cell));
  const used = new Set<number>();
  const columns: MappedColumn[] = [];
  for (const column of layout.columns) {
    const index = written.findIndex((text, i) => text !== '' && !used.has(i) && headerMatches(column.header, text));
    if (index < 0) {
      if (column.meaning.kind === 'ignore') continue;
      return null;
    }
    used.add(index);
    columns.push({ index, header: written[index] ?? '', meaning: resolved(column.header, written[index] ?? '', column.meaning) });
  }
  const unknown = written.flatMap((header, index) => (header !== '' && !used.has(index) ? [{ index, header }] : []));
  const firstDataIndex = Math.max(r + 1, r + (layout.firstDataRow - layout.headerRow));
  return { sheet: sheet.name, headerIndex: r, firstDataIndex, columns: columns.sort((a, b) => a.index - b.index), unknown };
}

/**
 * Where `layout` is on `sheet`: the row it was made on if its headers are there, else the first of the first rows
 * that holds every header it reads (an ignored column may be missing). `null` when no row does.
 */
export function locateLayout(sheet: SheetData, layout: ColumnLayout): LocatedMapping | null {
  if (readColumns(layout).length === 0) return null;
  const preferred = layout.headerRow - 1;
  const atPreferred = preferred >= 0 ? locateAt(sheet, preferred, layout) : null;
  if (atPreferred) return atPreferred;
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SCAN_ROWS); r++) {
    if (r === preferred) continue;
    const found = locateAt(sheet, r, layout);
    if (found) return found;
  }
  return null;
}

/**
 * The indicator reader's columns: the card's code (or the code part of "code – title") and title, the indicator's
 * fields; the other mapped columns (card fields, ignored ones) are `blank`, headed columns the reader skips.
 */
function indicatorColumns(columns: readonly MappedColumn[]): LocatedColumn<IndicatorColumn>[] {
  return columns.map(({ index, header, meaning }): LocatedColumn<IndicatorColumn> => {
    if (meaning.kind === 'codeAndTitle') return { index, header, meaning: { kind: 'field', field: 'cardCode' }, part: 'code' };
    if (meaning.kind === 'card' && meaning.field === 'code') return { index, header, meaning: { kind: 'field', field: 'cardCode' } };
    if (meaning.kind === 'card' && meaning.field === 'title') return { index, header, meaning: { kind: 'field', field: 'cardTitle' } };
    if (meaning.kind === 'field' || meaning.kind === 'target' || meaning.kind === 'measurement') return { index, header, meaning };
    return { index, header, meaning: { kind: 'blank' } };
  });
}

function cardColumns(columns: readonly MappedColumn[]): LocatedColumn<CardMeaning>[] {
  return columns.flatMap(({ index, header, meaning }): LocatedColumn<CardMeaning>[] => {
    if (meaning.kind === 'codeAndTitle') {
      return [
        { index, header, meaning: 'code', part: 'code' },
        { index, header, meaning: 'title', part: 'title' },
      ];
    }
    return meaning.kind === 'card' ? [{ index, header, meaning: meaning.field }] : [];
  });
}

const isIndicatorMeaning = (m: FieldMeaning) => m.kind === 'field' || m.kind === 'target' || m.kind === 'measurement';
const label = (meaning: FieldMeaning) => meaningLabel(meaning);

/**
 * The tables of a located mapping. A sheet with the indicator's name and its card (code, "code – title", or a title
 * the plan knows) is a table of indicators, and its card fields build or update the cards; a sheet with the card's
 * code and title and no indicator field is a table of cards. Otherwise `missing` says what is still needed.
 */
export function mappedTables(sheet: SheetData, located: LocatedMapping): MappedTables {
  const meanings = located.columns.map((c) => c.meaning);
  const has = (test: (m: FieldMeaning) => boolean) => meanings.some(test);
  const hasCode = has((m) => m.kind === 'codeAndTitle' || (m.kind === 'card' && m.field === 'code'));
  const hasTitle = has((m) => m.kind === 'codeAndTitle' || (m.kind === 'card' && m.field === 'title'));
  const hasName = has((m) => m.kind === 'field' && m.field === 'name');
  const indicatorSheet = has(isIndicatorMeaning);
  const base = { sheet: located.sheet, headerIndex: located.headerIndex, firstDataIndex: located.firstDataIndex };
  const cards = cardColumns(located.columns);
  const cardKey = `${label({ kind: 'card', field: 'code' })} (o ${label({ kind: 'codeAndTitle' })}, o ${label({ kind: 'card', field: 'title' })})`;
  const cardSheet = !indicatorSheet && has((m) => m.kind === 'card' || m.kind === 'codeAndTitle');
  if (!cardSheet) {
    const missing = [...(hasName ? [] : [label({ kind: 'field', field: 'name' })]), ...(hasCode || hasTitle ? [] : [cardKey])];
    if (missing.length > 0) return { cards: null, block: null, missing };
    const rows: number[] = [];
    for (let r = located.firstDataIndex; r < sheet.rows.length; r++) if (!isBlankRow(sheet.rows[r])) rows.push(r);
    const block: IndicatorBlock = { layout: { ...base, columns: indicatorColumns(located.columns), unknown: located.unknown }, cardCode: null, rows };
    const carriesCards = hasCode && cards.some((c) => c.meaning !== 'code');
    return { cards: carriesCards ? { layout: { ...base, columns: cards, unknown: [] }, onIndicatorRows: true } : null, block, missing: [] };
  }
  const missing = [...(hasCode ? [] : [label({ kind: 'card', field: 'code' })]), ...(hasTitle ? [] : [label({ kind: 'card', field: 'title' })])];
  if (missing.length > 0) return { cards: null, block: null, missing };
  return { cards: { layout: { ...base, columns: cards, unknown: located.unknown }, onIndicatorRows: false }, block: null, missing: [] };
}
