/**
 * What each sheet of a workbook is read as, column by column: by a built-in layout, a saved layout or this import's
 * mapping, or not read — then with the header row most likely to be the header, what the built-in vocabularies
 * understand of it and the fields still missing. Why: the mapping step shows every sheet this way, and a refusal
 * lists what was understood, what was not and what is missing instead of only "intestazioni non riconosciute".
 */
import type { CardMeaning, IndicatorColumn } from './columns';
import type { FieldMeaning } from './columnLayout';
import { cellText } from './headerText';
import { fromCardMeaning, fromIndicatorColumn } from './layoutFields';
import { mappedTables, type LocatedMapping } from './mappedTables';
import type { TableLayout } from './sheetLayout';
import type { SheetData } from './sheetTypes';
import type { Vocabulary } from './templateVocabulary';

const HEADER_SCAN_ROWS = 20;
const WIDTH_SCAN_ROWS = 50;
const MAX_HEADER_CHARS = 60;

export interface ReadWith {
  kind: 'builtin' | 'saved' | 'mapped';
  /** The built-in layout's or the saved layout's name ("" for this import's mapping). */
  name: string;
}

export interface SheetReading {
  sheet: SheetData;
  /** `null`: the sheet is not read. */
  readWith: ReadWith | null;
  headerIndex: number;
  firstDataIndex: number;
  /** Every header of the header row, with what it is read as (`null`: not understood). */
  columns: { index: number; header: string; meaning: FieldMeaning | null }[];
  /** Fields still needed for an unread sheet to be read (Italian labels). */
  missing: string[];
}

function withUnknown(columns: { index: number; header: string; meaning: FieldMeaning | null }[], unknown: { index: number; header: string }[]) {
  return [...columns, ...unknown.map((u) => ({ ...u, meaning: null }))].sort((a, b) => a.index - b.index);
}

export function builtInCardReading(sheet: SheetData, layout: TableLayout<CardMeaning>, name: string): SheetReading {
  const columns = layout.columns.filter((c) => !c.part).map((c) => ({ index: c.index, header: c.header, meaning: fromCardMeaning(c.meaning) }));
  return { sheet, readWith: { kind: 'builtin', name }, headerIndex: layout.headerIndex, firstDataIndex: layout.headerIndex + 1, columns: withUnknown(columns, layout.unknown), missing: [] };
}

export function builtInIndicatorReading(sheet: SheetData, layout: TableLayout<IndicatorColumn>, name: string): SheetReading {
  const columns = layout.columns.map((c) => ({ index: c.index, header: c.header, meaning: fromIndicatorColumn(c.meaning) }));
  return { sheet, readWith: { kind: 'builtin', name }, headerIndex: layout.headerIndex, firstDataIndex: layout.headerIndex + 1, columns: withUnknown(columns, layout.unknown), missing: [] };
}

export function mappedReading(sheet: SheetData, located: LocatedMapping, readWith: ReadWith | null, missing: string[] = []): SheetReading {
  return { sheet, readWith, headerIndex: located.headerIndex, firstDataIndex: located.firstDataIndex, columns: withUnknown(located.columns, located.unknown), missing };
}

/** What the built-in vocabularies understand of one header (the first layout that knows it). */
function understood(header: string, vocabs: readonly Vocabulary[]): FieldMeaning | null {
  if (header.length > MAX_HEADER_CHARS) return null;
  for (const vocab of vocabs) {
    const indicator = vocab.indicator(header);
    if (indicator) return fromIndicatorColumn(indicator);
    const card = vocab.card(header);
    if (card) return fromCardMeaning(card);
  }
  return null;
}

/**
 * An unread sheet: its header row is the first of the first rows that fills at least half as many cells as the widest
 * row (titles above a table fill one or two); what each header is understood as and the fields missing.
 * `headerIndex` given: that row (the user moved the header row).
 */
export function guessedReading(sheet: SheetData, vocabs: readonly Vocabulary[], headerIndex?: number, firstDataIndex?: number): SheetReading {
  const filled = (r: number) => (sheet.rows[r] ?? []).filter((cell) => cellText(cell) !== '').length;
  const widest = Math.max(0, ...sheet.rows.slice(0, WIDTH_SCAN_ROWS).map((_, r) => filled(r)));
  const scan = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  let header = headerIndex ?? 0;
  if (headerIndex === undefined) {
    for (let r = 0; r < scan; r++) {
      if (filled(r) >= Math.max(2, Math.ceil(widest / 2))) {
        header = r;
        break;
      }
    }
  }
  const columns = (sheet.rows[header] ?? []).flatMap((cell, index) => {
    const text = cellText(cell);
    return text === '' ? [] : [{ index, header: text, meaning: understood(text, vocabs) }];
  });
  const located: LocatedMapping = {
    sheet: sheet.name,
    headerIndex: header,
    firstDataIndex: Math.max(header + 1, firstDataIndex ?? 0),
    columns: columns.flatMap((c) => (c.meaning ? [{ ...c, meaning: c.meaning }] : [])),
    unknown: columns.filter((c) => !c.meaning).map(({ index, header: text }) => ({ index, header: text })),
  };
  return mappedReading(sheet, located, null, mappedTables(sheet, located).missing);
}
