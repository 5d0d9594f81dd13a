/**
 * What an import does with monitoring dates: values at a date the plan does not list add that date (said as a
 * warning), and the «Monitoraggi» sheet's closed dates are compared with the plan's (reported, never applied). A
 * change to a value of a closed date is a decision, «Non applicare» (closedValueDecisions.ts).
 */
import type { Problem } from '../api';
import { formatDate } from '../dates';
import type { Card, PlanDocument, PlanSettings } from '../model';
import { closedDates, monitoringDatesOf, sortedDates } from '../monitoringDates';
import type { FileMonitoring } from './monitoringSheet';

/** The settings with every date holding values (or listed by a «Monitoraggi» sheet) added, and what was added. */
export function withImportedDates(settings: PlanSettings, cards: readonly Card[], sheets: readonly FileMonitoring[]): { settings: PlanSettings; problems: Problem[] } {
  const listed = monitoringDatesOf(settings);
  // Gathered straight into a set, by index (no iterator per list): at ×100 the cards hold some twelve thousand measurements.
  const used = new Set<string>();
  for (let c = 0; c < cards.length; c++) {
    const indicators = cards[c]!.indicators;
    for (let i = 0; i < indicators.length; i++) {
      const measurements = indicators[i]!.measurements;
      for (let m = 0; m < measurements.length; m++) used.add(measurements[m]!.date);
    }
  }
  for (const sheet of sheets) for (const date of sheet.dates) used.add(date);
  const added = sortedDates(used).filter((date) => !listed.includes(date));
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
