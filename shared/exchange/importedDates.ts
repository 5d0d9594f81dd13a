/**
 * What an import does with monitoring dates: values at a date the plan does not list add that date (said as a
 * warning), the «Monitoraggi» sheet's closed dates are compared with the plan's (reported, never applied), and a
 * change to a value of a closed date is an error at its row: the import is refused until the file is corrected.
 * Why refused and not "needs a reason": a correction of a closed value is an amendment with who, when and why,
 * made in the card; a workbook carries none of that.
 */
import type { Problem } from '../api';
import { formatDate } from '../dates';
import { frozenEdits } from '../frozenValues';
import type { Card, IsoDate, PlanDocument, PlanSettings, Value } from '../model';
import { closedDates, monitoringDatesOf, sortedDates } from '../monitoringDates';
import { formatValue } from '../values';
import type { CardPair } from './mergePlan';
import type { FileMonitoring } from './monitoringSheet';
import { problemAt } from './sheetLayout';

/** The settings with every date holding values (or listed by a «Monitoraggi» sheet) added, and what was added. */
export function withImportedDates(settings: PlanSettings, cards: readonly Card[], sheets: readonly FileMonitoring[]): { settings: PlanSettings; problems: Problem[] } {
  const listed = monitoringDatesOf(settings);
  const used = cards.flatMap((card) => card.indicators.flatMap((indicator) => indicator.measurements.map((m) => m.date)));
  const added = sortedDates([...used, ...sheets.flatMap((s) => s.dates)]).filter((date) => !listed.includes(date));
  if (added.length === 0) return { settings, problems: [] };
  const problems: Problem[] = added.map((date) => ({
    severity: 'warning',
    message: `Il ${formatDate(date)} non era una data di monitoraggio del piano: viene aggiunta all'elenco delle date (Impostazioni).`,
  }));
  return { settings: { ...settings, monitoringDates: sortedDates([...listed, ...added]) }, problems };
}

/** A file that says a date is closed while the plan has it open: the import does not close it. */
export function closedElsewhere(doc: Pick<PlanDocument, 'closures'>, sheets: readonly FileMonitoring[]): Problem[] {
  const closed = closedDates(doc);
  return sortedDates(sheets.flatMap((s) => s.closed))
    .filter((date) => !closed.has(date))
    .map((date) => ({
      severity: 'warning',
      message: `Il file indica chiuso il monitoraggio al ${formatDate(date)}, che nel piano è aperto: l'importazione non chiude le date (si chiudono da Impostazioni).`,
    }));
}

const shown = (value: Value | null) => (value === null ? 'vuoto' : formatValue(value));

/** One error per value of a closed date the file would change, at the row that changes it. */
export function closedValueProblems(pairs: readonly CardPair[], closed: ReadonlySet<IsoDate>): Problem[] {
  if (closed.size === 0) return [];
  return pairs.flatMap((pair) =>
    pair.indicators.flatMap((indicator) => {
      if (!indicator.inFile || !indicator.place) return [];
      const card = pair.old ?? pair.next;
      const before = indicator.old ? { ...card, indicators: [indicator.old] } : null;
      const edits = frozenEdits(before, { ...card, indicators: [indicator.next] }, closed);
      return edits.map((edit) => ({
        ...problemAt(
          indicator.place!,
          `il monitoraggio al ${formatDate(edit.date)} è chiuso: il valore di «${edit.indicatorName}» (scheda ${edit.cardCode}) non può passare da ` +
            `${shown(edit.before)} a ${shown(edit.after)} con un'importazione. Riportare nel file il valore del piano; per correggerlo usare «Rettifica…» nella scheda, indicando il motivo.`,
        ),
        column: `Valore al ${formatDate(edit.date)}`,
      }));
    }),
  );
}
