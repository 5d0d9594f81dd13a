/**
 * The monitoring dates of a plan (30/06 and 31/12 by default, others added in Impostazioni), which of them hold
 * values, and the date the plan is scored at when nobody chose one: the latest of those with the most values.
 * Why one module: the grids' columns, the dashboard, the list, the print, the CLI and the db's checks must agree on
 * what "the dates of the plan" and "a date with values" are.
 */
import { formatDate } from './dates';
import { finding, type FindingDraft } from './finding';
import type { Card, Closure, Indicator, IsoDate, PlanDocument, PlanSettings, Value } from './model';
import { formatNumber, formatValue } from './values';

/** A plan's monitoring dates when nobody listed them: mid-year and year end. */
export function defaultMonitoringDates(year: number): IsoDate[] {
  const y = String(year).padStart(4, '0');
  return [`${y}-06-30`, `${y}-12-31`];
}

/** The dates once each, in calendar order. */
export function sortedDates(dates: Iterable<IsoDate>): IsoDate[] {
  return [...new Set(dates)].sort();
}

/** The plan's dates in calendar order: the stored list (or the defaults), always with the monitoring date in it. */
export function monitoringDatesOf(settings: Pick<PlanSettings, 'year' | 'monitoringDate' | 'monitoringDates'>): IsoDate[] {
  return sortedDates([...(settings.monitoringDates ?? defaultMonitoringDates(settings.year)), settings.monitoringDate]);
}

/** The value measured at `date`, or undefined when there is none (an empty cell is none). */
export function valueAt(indicator: Pick<Indicator, 'measurements'>, date: IsoDate): Value | undefined {
  const value = indicator.measurements.find((m) => m.date === date)?.value;
  return value && !(value.kind === 'missing' && value.mark === '') ? value : undefined;
}

/** What a value not entered at a date is called: kept apart from a declared `n.d.` (dato non disponibile). */
export const NOT_RECORDED = 'non rilevato';

/** A measured value as written (`43`, `46,56%`, `n.d.`), or «non rilevato» when nothing was entered. */
export function formatMeasured(value: Value | undefined): string {
  return value === undefined ? NOT_RECORDED : formatValue(value);
}

/** How many indicators of `cards` have a value (`n.d.` written included) at each date. */
export function valueCounts(cards: readonly Card[]): Map<IsoDate, number> {
  const counts = new Map<IsoDate, number>();
  for (const card of cards) {
    for (const indicator of card.indicators) {
      for (const m of indicator.measurements) {
        if (valueAt(indicator, m.date) !== undefined) counts.set(m.date, (counts.get(m.date) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** True when at least one indicator of the card has a value at `date`. */
export function cardHasValuesAt(card: Card, date: IsoDate): boolean {
  return card.indicators.some((indicator) => valueAt(indicator, date) !== undefined);
}

/**
 * How many indicators a plan has, and how many hold a value at each date: what the date chooser, the season and the
 * default date need. Built from the cards (`tallyOfCards`) or from the list's rows (shared/planListing.ts), so that a
 * screen showing only the list agrees with one holding every card.
 */
export interface ValueTally {
  indicators: number;
  byDate: ReadonlyMap<IsoDate, number>;
}

export function tallyOfCards(cards: readonly Card[]): ValueTally {
  return { indicators: cards.reduce((n, card) => n + card.indicators.length, 0), byDate: valueCounts(cards) };
}

type Dated = Pick<PlanSettings, 'year' | 'monitoringDate' | 'monitoringDates'>;

/**
 * The date scored when nobody chose one: the LATEST of the dates with the MOST values (the first values typed at 31/12
 * do not turn every view to a 31/12 where most cards are n.d.; once 31/12 is as full as 30/06 it takes over); the
 * monitoring date when no date has values yet.
 */
export function defaultScoringDateOf(settings: Dated, tally: ValueTally): IsoDate {
  const counts = tally.byDate;
  let best: IsoDate | null = null;
  for (const date of monitoringDatesOf(settings)) {
    const count = counts.get(date) ?? 0;
    if (count > 0 && (best === null || count >= (counts.get(best) ?? 0))) best = date;
  }
  return best ?? settings.monitoringDate;
}

export function defaultScoringDate(doc: Pick<PlanDocument, 'settings' | 'cards'>): IsoDate {
  return defaultScoringDateOf(doc.settings, tallyOfCards(doc.cards));
}

/** "5 di 18 obiettivi valutabili": how many objectives a figure of the ente is the mean of (dashboard and print). */
export function objectivesLabel(scored: number, total: number): string {
  return `${formatNumber(scored, 0)} di ${formatNumber(total, 0)} ${total === 1 ? 'obiettivo valutabile' : 'obiettivi valutabili'}`;
}

/** The date chosen on screen when it is still one of the plan's dates, otherwise the default one. */
export function chosenScoringDate(settings: Dated, tally: ValueTally, chosen: IsoDate | null | undefined): IsoDate {
  return chosen && monitoringDatesOf(settings).includes(chosen) ? chosen : defaultScoringDateOf(settings, tally);
}

export function scoringDateOf(doc: Pick<PlanDocument, 'settings' | 'cards'>, chosen: IsoDate | null | undefined): IsoDate {
  return chosenScoringDate(doc.settings, tallyOfCards(doc.cards), chosen);
}

/** The listed date before `date` that has values (what a comparison starts from), or null. */
export function previousDateWithValuesOf(settings: Dated, tally: ValueTally, date: IsoDate): IsoDate | null {
  const earlier = monitoringDatesOf(settings).filter((d) => d < date && (tally.byDate.get(d) ?? 0) > 0);
  return earlier.at(-1) ?? null;
}

export function previousDateWithValues(doc: Pick<PlanDocument, 'settings' | 'cards'>, date: IsoDate): IsoDate | null {
  return previousDateWithValuesOf(doc.settings, tallyOfCards(doc.cards), date);
}

/**
 * The grids' key of the value column of `date` (drafts, validation paths): `value` for the monitoring date, as
 * before several dates existed, `value.2024-12-31` for the others.
 */
export function measurementKey(date: IsoDate, monitoringDate: IsoDate): string {
  return date === monitoringDate ? 'value' : `value.${date}`;
}

/** The closing of `date`, if it is closed. */
export function closureOf(doc: Pick<PlanDocument, 'closures'>, date: IsoDate): Closure | undefined {
  return doc.closures?.find((c) => c.date === date);
}

export function closedDates(doc: Pick<PlanDocument, 'closures'>): Set<IsoDate> {
  return new Set((doc.closures ?? []).map((c) => c.date));
}

/** "1 valore", "5 valori", "nessun valore". */
export function valuesLabel(count: number): string {
  return count === 0 ? 'nessun valore' : count === 1 ? '1 valore' : `${formatNumber(count, 0)} valori`;
}

/** The Italian message refusing a list of dates that leaves values out (db and settings screen). */
export function unlistedValuesMessage(unlisted: readonly { date: IsoDate; count: number }[]): string {
  const what = unlisted.map((u) => `${formatDate(u.date)} (${valuesLabel(u.count)})`).join(', ');
  return unlisted.length === 1
    ? `La data ${what} ha valori ma non è tra le date di monitoraggio del piano: aggiungerla in Impostazioni, oppure cancellare prima i suoi valori.`
    : `Le date ${what} hanno valori ma non sono tra le date di monitoraggio del piano: aggiungerle in Impostazioni, oppure cancellare prima i loro valori.`;
}

/**
 * What the card says about the date it is scored at: no value at all there (every indicator n.d., with the dates
 * that do have values), or some indicators still without one. Why: a card never says "Nessun problema" while a
 * switch of date turned it n.d.
 */
export function scoringDateFindings(card: Card, settings: Pick<PlanSettings, 'year' | 'monitoringDate' | 'monitoringDates'>, date: IsoDate): FindingDraft[] {
  const total = card.indicators.length;
  const missing = card.indicators.filter((indicator) => valueAt(indicator, date) === undefined).length;
  if (total === 0 || missing === 0) return [];
  const shown = formatDate(date);
  if (missing === total) {
    const elsewhere = monitoringDatesOf(settings).filter((d) => d !== date && cardHasValuesAt(card, d));
    const where = elsewhere.length > 0 ? ` (valori inseriti al ${elsewhere.map(formatDate).join(', ')})` : '';
    return [finding('warning', 'no-values-at-date', 'indicators', `Nessun valore al ${shown}: la scheda e i suoi indicatori sono n.d. a questa data${where}.`)];
  }
  const what = missing === 1 ? `1 indicatore su ${total} senza valore` : `${missing} indicatori su ${total} senza valore`;
  return [finding('info', 'values-missing-at-date', 'indicators', `${what} al ${shown}: ${missing === 1 ? 'è n.d.' : 'sono n.d.'} a questa data.`)];
}
