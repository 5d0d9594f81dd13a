/**
 * A layout mapped by the user, as DATA: which header means which field of the canonical workbook, where the header
 * row is and where the data start. It is what the import preview's mapping step builds, what «Salva come modello…»
 * stores in the plan file, what `--map` builds on the command line and what a layout file (JSON) carries to a
 * colleague. Why data: the same description is applied by the pure mapping engine (mappedTables.ts) to any sheet, by
 * the CLI and by a later streaming reader, and it travels between offices without code.
 */
import type { CardField, IndicatorColumn, IndicatorField } from './columns';

/**
 * What a column holds: a card field (`Obiettivi` sheet), an indicator field, a value at a date or a target of a year
 * (`Indicatori` sheet), the card's code and title in one cell (split at the first dash), or nothing to read.
 * A value column's `date: null` and a target's `year: null` follow the header: a header with `{data}` / `{anno}` takes
 * the date or year written in it; without one, `date: null` is the plan's monitoring date and `year: null` the plan's
 * year (`offset`: that many years after the first year of the horizon).
 */
export type FieldMeaning =
  | { kind: 'card'; field: MappableCardField }
  | { kind: 'field'; field: MappableIndicatorField }
  | (IndicatorColumn & { kind: 'target' })
  | (IndicatorColumn & { kind: 'measurement' })
  | { kind: 'codeAndTitle' }
  | { kind: 'ignore' };

/** The card's code and title are card fields; the computed performance is never read. */
export type MappableCardField = Exclude<CardField, 'performance'>;
export type MappableIndicatorField = Exclude<IndicatorField, 'cardCode' | 'cardTitle' | 'performance'>;

export interface LayoutColumn {
  /** The header as written; `{data}` stands for any date written there, `{anno}` for any year. */
  header: string;
  meaning: FieldMeaning;
}

export interface ColumnLayout {
  /** The name under which it is saved ("" for the mapping of one import not saved yet). */
  name: string;
  /** 1-based row of the header on the sheet it was made on; on other sheets the header is found by its texts. */
  headerRow: number;
  /** 1-based first data row on that sheet; elsewhere the same distance below the header. */
  firstDataRow: number;
  columns: LayoutColumn[];
}

/** A layout saved in the plan file, with when it was saved (ISO instant). */
export interface SavedLayout extends ColumnLayout {
  savedAt: string;
}

export const DATE_PLACEHOLDER = '{data}';
export const YEAR_PLACEHOLDER = '{anno}';

export const isIgnored = (meaning: FieldMeaning) => meaning.kind === 'ignore';

/** The columns that matter for matching a sheet: an ignored column may be missing from the next workbook. */
export function readColumns(layout: ColumnLayout): LayoutColumn[] {
  return layout.columns.filter((c) => !isIgnored(c.meaning));
}
