/**
 * Builds a layout (columnLayout.ts) from what the user said about a sheet: the header row, the first data row and a
 * meaning for some columns (the mapping step's selects, or `--map "INTESTAZIONE=Campo"`). A column whose header
 * carries the date or year it is mapped to keeps it as `{data}`/`{anno}`, and a target without a year in its header
 * is kept relative to the plan: so the next workbook («Actual 31/12/2024», next year's «TARGET») reads by itself.
 * Why apart: the UI, the CLI and «Salva come modello…» must save the same description.
 */
import type { IsoDate } from '../model';
import { DATE_PLACEHOLDER, YEAR_PLACEHOLDER, type ColumnLayout, type FieldMeaning, type LayoutColumn } from './columnLayout';
import { cellText, dateInHeader, normalizeHeader, withDatePlaceholder, withYearPlaceholder, yearInHeader } from './headerText';
import type { SheetData } from './sheetTypes';

export interface PlanFrame {
  planYear: number;
  horizonStart: number;
  monitoringDate: IsoDate;
}

/** A plan year the layout can be relative to (a new plan whose year is not known yet has none). */
const MAX_OFFSET = 10;
const knownYear = (frame: PlanFrame) => frame.planYear >= 1990 && frame.horizonStart >= 1990;

/** One column as a layout keeps it: the header generalised where the meaning follows it. */
export function layoutColumn(header: string, meaning: FieldMeaning, frame: PlanFrame): LayoutColumn {
  if (meaning.kind === 'measurement' && meaning.date) {
    const written = dateInHeader(header);
    if (written === meaning.date) return { header: withDatePlaceholder(header, DATE_PLACEHOLDER), meaning: { kind: 'measurement', date: null } };
    if (written === null && knownYear(frame) && meaning.date === frame.monitoringDate) return { header, meaning: { kind: 'measurement', date: null } };
  }
  if (meaning.kind === 'target' && meaning.year !== null) {
    const written = yearInHeader(header);
    const offset = meaning.year - frame.horizonStart;
    if (written === meaning.year) return { header: withYearPlaceholder(header, YEAR_PLACEHOLDER), meaning: { kind: 'target', year: null } };
    if (written === null && knownYear(frame) && offset >= 0 && offset <= MAX_OFFSET) {
      const relative: FieldMeaning = meaning.year === frame.planYear ? { kind: 'target', year: null } : { kind: 'target', year: null, offset };
      return { header, meaning: relative };
    }
  }
  return { header, meaning };
}

export interface SheetMapping {
  /** 0-based header row and first data row of the sheet. */
  headerIndex: number;
  firstDataIndex: number;
  /** The meaning of each column, by 0-based column index; columns not listed are not read. */
  columns: readonly { index: number; meaning: FieldMeaning }[];
}

/** The layout a sheet's mapping describes; headers are the cells of its header row (a column without one is skipped). */
export function layoutFromSheet(sheet: SheetData, mapping: SheetMapping, frame: PlanFrame, name = ''): ColumnLayout {
  const row = sheet.rows[mapping.headerIndex] ?? [];
  const seen = new Set<string>();
  const columns = mapping.columns.flatMap(({ index, meaning }) => {
    const header = cellText(row[index]);
    if (header === '' || seen.has(normalizeHeader(header))) return [];
    seen.add(normalizeHeader(header));
    return [layoutColumn(header, meaning, frame)];
  });
  return { name, headerRow: mapping.headerIndex + 1, firstDataRow: Math.max(mapping.firstDataIndex, mapping.headerIndex + 1) + 1, columns };
}
