/**
 * The season: the open monitoring date being filled (the plan's `monitoringDate`, "rilevazione in corso"), how far
 * it is filled, the date to move on to once it is closed or full, and the order in which "go to the next empty
 * value" (Alt+V, Alt+N) visits the open dates.
 * Why one module: the monitoring view, the toolbar, Impostazioni, the data-collection dialog and the grids' keys
 * must agree on which date is being filled; typing at 30/06 while meaning 31/12 silently replaced real values.
 */
import type { Card, IsoDate, PlanDocument, PlanSettings } from './model';
import { closedDates, monitoringDatesOf, tallyOfCards, valueAt, type ValueTally } from './monitoringDates';

type SeasonPlan = Pick<PlanDocument, 'settings' | 'cards' | 'closures'>;
/** The plan as the toolbar knows it while only the list is loaded: settings, closings and the value tally. */
type TalliedPlan = Pick<PlanDocument, 'settings' | 'closures'>;
type DatesOf = Pick<PlanSettings, 'year' | 'monitoringDate' | 'monitoringDates'>;

export interface SeasonState {
  /** The date being filled (`settings.monitoringDate`). */
  date: IsoDate;
  closed: boolean;
  /** Indicators of the plan, and those still without a value (`n.d.` written counts as a value) at `date`. */
  total: number;
  missing: number;
  /** Every indicator has its value at `date`. */
  full: boolean;
}

/** Indicators of `cards` without a value at `date`. */
export function missingAt(cards: readonly Card[], date: IsoDate): number {
  let missing = 0;
  for (const card of cards) for (const indicator of card.indicators) if (valueAt(indicator, date) === undefined) missing += 1;
  return missing;
}

export function seasonState(doc: SeasonPlan): SeasonState {
  return seasonStateOf(doc, tallyOfCards(doc.cards));
}

export function seasonStateOf(doc: TalliedPlan, tally: ValueTally): SeasonState {
  const date = doc.settings.monitoringDate;
  const total = tally.indicators;
  const missing = total - (tally.byDate.get(date) ?? 0);
  return { date, closed: closedDates(doc).has(date), total, missing, full: total > 0 && missing === 0 };
}

/**
 * The open dates in the order a "next empty value" key visits them: the season first (when open), then the open
 * dates after it, then the open ones before it. Closed dates are never visited.
 */
export function fillOrder(settings: DatesOf, closed: ReadonlySet<IsoDate>): IsoDate[] {
  const season = settings.monitoringDate;
  const open = monitoringDatesOf(settings).filter((date) => !closed.has(date));
  return [...open.filter((d) => d === season), ...open.filter((d) => d > season), ...open.filter((d) => d < season)];
}

/**
 * The date to offer as the new season when the season is closed or full: the first open date in `fillOrder` that
 * still has empty values; null when the season is open with empty values, or no open date has any.
 */
export function nextSeasonDate(doc: SeasonPlan): IsoDate | null {
  return nextSeasonDateOf(doc, tallyOfCards(doc.cards));
}

export function nextSeasonDateOf(doc: TalliedPlan, tally: ValueTally): IsoDate | null {
  const state = seasonStateOf(doc, tally);
  if (!state.closed && !state.full) return null;
  const missingAtDate = (date: IsoDate) => tally.indicators - (tally.byDate.get(date) ?? 0);
  return fillOrder(doc.settings, closedDates(doc)).find((date) => date !== state.date && missingAtDate(date) > 0) ?? null;
}

/** The dates a season may be: the open ones (a closed date takes no values). */
export function seasonChoices(doc: Pick<PlanDocument, 'settings' | 'closures'>): IsoDate[] {
  const closed = closedDates(doc);
  return monitoringDatesOf(doc.settings).filter((date) => !closed.has(date) || date === doc.settings.monitoringDate);
}
