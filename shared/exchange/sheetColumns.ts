/**
 * A sheet as the mapping step shows it: each column's header, three sample values written as the user reads them
 * (`20,0%`, `64.488`, `30/06/2024`) and what it is read as, the value and target columns resolved to their date and
 * year. Why: the user decides what a column means by seeing what it holds, not by its letter.
 */
import type { SheetColumns } from '../api';
import { formatDate } from '../dates';
import { formatNumber, formatPercent } from '../values';
import type { FieldMeaning } from './columnLayout';
import { measurementDate, targetYear } from './indicatorRows';
import type { PlanFrame } from './layoutFromSheet';
import { columnLetter } from './sheetLayout';
import type { SheetReading } from './sheetReadings';
import type { SheetCell } from './sheetTypes';
import { formatDecimals, isPercentFormat } from './valueCells';

const SAMPLES = 3;
const SAMPLE_CHARS = 60;

export function sampleText(cell: SheetCell | null | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'text': {
      const flat = cell.text.trim().replace(/\s*\n\s*/g, ' ⏎ ');
      return flat.length > SAMPLE_CHARS ? `${flat.slice(0, SAMPLE_CHARS - 1)}…` : flat;
    }
    case 'number': {
      const decimals = formatDecimals(cell.format);
      if (isPercentFormat(cell.format)) return formatPercent(cell.value, decimals ?? 2);
      return formatNumber(cell.value, decimals ?? Math.min(6, (String(cell.value).split('.')[1] ?? '').length));
    }
    case 'date':
      return formatDate(cell.iso);
    case 'bool':
      return cell.value ? 'sì' : 'no';
    case 'error':
      return cell.text;
    case 'unreadable':
      return cell.shown || cell.written;
  }
}

/** A value column's date and a target's year made explicit for the plan (`null` date = the monitoring date). */
export function resolvedMeaning(meaning: FieldMeaning, frame: PlanFrame): FieldMeaning {
  if (frame.planYear < 1990) return meaning; // a new plan whose year is not known yet
  const ctx = { planYear: frame.planYear, horizonStart: frame.horizonStart, monitoringDate: frame.monitoringDate };
  if (meaning.kind === 'measurement') return { kind: 'measurement', date: measurementDate(meaning, ctx) };
  if (meaning.kind === 'target') return { kind: 'target', year: targetYear(meaning, ctx) };
  return meaning;
}

export function sheetColumns(reading: SheetReading, fileIndex: number, fileName: string, frame: PlanFrame): SheetColumns {
  const { sheet } = reading;
  const columns = reading.columns.map(({ index, header, meaning }) => {
    const samples: string[] = [];
    for (let r = reading.firstDataIndex; r < sheet.rows.length && samples.length < SAMPLES; r++) {
      const shown = sampleText(sheet.rows[r]?.[index]);
      if (shown !== '') samples.push(shown);
    }
    return { index, letter: columnLetter(index), header, samples, meaning: meaning && resolvedMeaning(meaning, frame) };
  });
  return {
    fileIndex,
    fileName,
    sheet: sheet.name,
    readWith: reading.readWith,
    headerRow: reading.headerIndex + 1,
    firstDataRow: reading.firstDataIndex + 1,
    rowCount: sheet.rows.length,
    columns,
    missing: reading.missing,
  };
}
