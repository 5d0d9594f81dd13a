/**
 * The date the list, the dashboard, the card and the print score at: the one chosen in "Valori al …", or the plan's
 * latest date with the most values; and the plan's dates as the chooser offers them (values, closed, predefinita).
 * Why one hook: every view that scores must show the same date and say it. It reads the list's rows (their value
 * counts), so it answers as soon as the list is shown, before any whole card is loaded.
 */
import { useMemo } from 'react';
import { formatDate } from '../../../shared/dates';
import type { IsoDate } from '../../../shared/model';
import { chosenScoringDate, closureOf, defaultScoringDateOf, monitoringDatesOf, valuesLabel, type ValueTally } from '../../../shared/monitoringDates';
import { tallyOfRows, type CardListRow, type PlanHead } from '../../../shared/planListing';
import { usePira } from '../../store/StoreContext';

export interface DateOption {
  date: IsoDate;
  /** `31/12/2024 · 5 valori`, `30/06/2024 · 123 valori · chiuso`. */
  label: string;
}

/** The plan's dates as the chooser lists them; the one scored by default says so ("predefinita": the one with most values). */
export function dateOptions(plan: Pick<PlanHead, 'settings' | 'closures'>, tally: ValueTally): DateOption[] {
  const preferred = defaultScoringDateOf(plan.settings, tally);
  return monitoringDatesOf(plan.settings).map((date) => ({
    date,
    label: [formatDate(date), valuesLabel(tally.byDate.get(date) ?? 0), ...(closureOf(plan, date) ? ['chiuso'] : []), ...(date === preferred ? ['predefinita'] : [])].join(' · '),
  }));
}

/** The tally of each rows array, counted once: the shell, the toolbar and the list ask for it in the same render. */
const tallies = new WeakMap<readonly CardListRow[], ValueTally>();

/** How many indicators the open plan has and how many hold a value at each date (from the list's rows). */
export function usePlanTally(): ValueTally {
  const rows = usePira((s) => s.rows);
  return useMemo(() => {
    let tally = tallies.get(rows);
    if (!tally) tallies.set(rows, (tally = tallyOfRows(rows)));
    return tally;
  }, [rows]);
}

export function useScoringDate(): { date: IsoDate | null; options: DateOption[]; choose(date: IsoDate): void } {
  const plan = usePira((s) => s.plan);
  const tally = usePlanTally();
  const chosen = usePira((s) => s.scoringDate);
  const choose = usePira((s) => s.setScoringDate);
  const date = useMemo(() => (plan ? chosenScoringDate(plan.settings, tally, chosen) : null), [plan, tally, chosen]);
  const options = useMemo(() => (plan ? dateOptions(plan, tally) : []), [plan, tally]);
  return { date, options, choose };
}
