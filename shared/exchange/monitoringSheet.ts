/**
 * The "Monitoraggi" sheet of the canonical workbook: one row per monitoring date of the plan with its values, whether
 * it is closed (when, by whom, the ente's performance kept at closing); read back for the dates it lists and those
 * it says are closed. Why: a workbook says which dates are closed; the import never closes or reopens a date, it
 * refuses changes to closed values (importWorkbooks.ts) and reports what the file says.
 */
import type { Problem } from '../api';
import { formatDateTime, parseDate } from '../dates';
import type { IsoDate, PlanDocument } from '../model';
import { closureOf, monitoringDatesOf, valueCounts } from '../monitoringDates';
import { cellText, normalizeHeader } from './headerText';
import { problemAt } from './sheetLayout';
import type { OutCell, OutSheet, SheetCell, SheetData } from './sheetTypes';
import { serialToIso, isUnformatted } from './unformattedNumbers';
import { percentCell, text } from './valueCells';

export const MONITORING_SHEET = 'Monitoraggi';
const HEADERS = ['Data', 'Valori inseriti', 'Stato', 'Chiuso il', 'Chiuso da', "Performance dell'ente alla chiusura"];
const CLOSED = 'chiuso';
const OPEN = 'aperto';

export function monitoringSheet(doc: PlanDocument): OutSheet {
  const counts = valueCounts(doc.cards);
  const rows: OutCell[][] = monitoringDatesOf(doc.settings).map((date) => {
    const closure = closureOf(doc, date);
    return [
      { kind: 'date', iso: date },
      { kind: 'number', value: counts.get(date) ?? 0, format: '0' },
      text(closure ? CLOSED : OPEN),
      closure ? text(formatDateTime(closure.closedAt)) : null,
      closure ? text(closure.closedBy) : null,
      closure ? (closure.snapshot.performance === null ? text('n.d.') : percentCell(closure.snapshot.performance, 1)) : null,
    ];
  });
  return { name: MONITORING_SHEET, rows: [HEADERS.map(text), ...rows], widths: [14, 15, 10, 22, 18, 34], frozenRows: 1, autoFilter: false, validations: [] };
}

export interface FileMonitoring {
  dates: IsoDate[];
  closed: IsoDate[];
  problems: Problem[];
}

function readDate(cell: SheetCell | null): IsoDate | null {
  if (cell?.kind === 'unreadable') return null; // reported as an unreadable row, never read from what it shows
  if (cell?.kind === 'date') return cell.iso;
  if (cell?.kind === 'number' && isUnformatted(cell.format) && Number.isInteger(cell.value) && cell.value > 0) return serialToIso(cell.value);
  const parsed = parseDate(cellText(cell));
  return parsed.ok ? parsed.value : null;
}

/** The dates listed (column «Data») and those marked closed (column «Stato»); unreadable rows are reported. */
export function readMonitoringSheet(sheet: SheetData): FileMonitoring {
  const result: FileMonitoring = { dates: [], closed: [], problems: [] };
  const [header = [], ...rows] = sheet.rows;
  const stateColumn = header.findIndex((cell) => normalizeHeader(cellText(cell)) === normalizeHeader('Stato'));
  rows.forEach((row, i) => {
    if (row.every((cell) => cellText(cell) === '')) return;
    const date = readDate(row[0] ?? null);
    const place = { sheet: sheet.name, row: i + 2, column: { index: 0, header: cellText(header[0]) } };
    if (date === null) {
      result.problems.push(problemAt(place, `«${cellText(row[0] ?? null)}» non è una data (scrivere gg/mm/aaaa): riga ignorata.`, 'warning'));
      return;
    }
    result.dates.push(date);
    if (stateColumn >= 0 && normalizeHeader(cellText(row[stateColumn] ?? null)) === CLOSED) result.closed.push(date);
  });
  return result;
}

/** True for the sheet written by `monitoringSheet` (found by its name). */
export function isMonitoringSheet(sheet: SheetData): boolean {
  return normalizeHeader(sheet.name) === normalizeHeader(MONITORING_SHEET);
}
