/**
 * The date the list, the dashboard, the card and the print score at: the one chosen in "Valori al …", or the plan's
 * latest date with the most values; and the plan's dates as the chooser offers them (values, closed, predefinita).
 * Why one hook: every view that scores must show the same date and say it.
 */
import { useMemo } from 'react';
import { formatDate } from '../../../shared/dates';
import type { IsoDate, PlanDocument } from '../../../shared/model';
import { closureOf, defaultScoringDate, monitoringDatesOf, scoringDateOf, valueCounts, valuesLabel } from '../../../shared/monitoringDates';
import { usePira } from '../../store/StoreContext';

export interface DateOption {
  date: IsoDate;
  /** `31/12/2024 · 5 valori`, `30/06/2024 · 123 valori · chiuso`. */
  label: string;
}

/** The plan's dates as the chooser lists them; the one scored by default says so ("predefinita": the one with most values). */
export function dateOptions(doc: PlanDocument): DateOption[] {
  const counts = valueCounts(doc.cards);
  const preferred = defaultScoringDate(doc);
  return monitoringDatesOf(doc.settings).map((date) => ({
    date,
    label: [formatDate(date), valuesLabel(counts.get(date) ?? 0), ...(closureOf(doc, date) ? ['chiuso'] : []), ...(date === preferred ? ['predefinita'] : [])].join(' · '),
  }));
}

export function useScoringDate(): { date: IsoDate | null; options: DateOption[]; choose(date: IsoDate): void } {
  const doc = usePira((s) => s.doc);
  const chosen = usePira((s) => s.scoringDate);
  const choose = usePira((s) => s.setScoringDate);
  const date = useMemo(() => (doc ? scoringDateOf(doc, chosen) : null), [doc, chosen]);
  const options = useMemo(() => (doc ? dateOptions(doc) : []), [doc]);
  return { date, options, choose };
}
