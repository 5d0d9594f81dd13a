/**
 * The data-collection round as data: the "Formato" that marks a round workbook, and the cells a colleague fills in
 * (the value at the monitoring date, notes, data source). Why: the export unlocks exactly these cells and the
 * import treats a change anywhere else in such a workbook as "outside the fill-in cells", from one definition.
 */
import type { IsoDate } from '../model';

export const ROUND_FORMAT = 'Raccolta dati PIRA Desk, versione 1 (vedi docs/excel-exchange.md)';

/** Indicator fields of the fill-in cells; `value` is the value at the plan's monitoring date. */
export const ROUND_FILL_IN = ['value', 'note', 'fonte'] as const;

export function isRoundFormat(format: string | undefined): boolean {
  return (format ?? '').trim().toLowerCase().startsWith(ROUND_FORMAT.slice(0, 30).toLowerCase());
}

/** Whether a field key of combineFiles.ts is one of the fill-in cells of a round on `monitoringDate`. */
export function roundEditable(monitoringDate: IsoDate): (key: string) => boolean {
  return (key) => key === `value:${monitoringDate}` || (ROUND_FILL_IN as readonly string[]).includes(key);
}
