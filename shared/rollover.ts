/**
 * The plan of a new year made from an earlier one ("Nuovo piano", CLI `rollover`): its settings (horizon, monitoring
 * date and the years in the title moved by the same number of years) and the report of what was carried over.
 * Why shared: the dialog, the back end and the CLI must propose, do and tell the same thing.
 */
import type { IsoDate, PlanDocument, PlanSettings, Value } from './model';
import { agreeing, countOf } from './italianText';
import { horizonYears } from './planDefaults';
import { formatDate, formatNumber } from './values';

/** `text` with each year of `years` written in it moved by `shift` (`… 2024` → `… 2025`); other numbers untouched. */
export function shiftYears(text: string, years: readonly number[], shift: number): string {
  const moved = new Set(years);
  return text.replace(/(?<!\d)(\d{4})(?!\d)/g, (written) => (moved.has(Number(written)) ? String(Number(written) + shift) : written));
}

/** The same day `shift` years later (29/02 becomes 28/02 in a common year). */
export function shiftDate(iso: IsoDate, shift: number): IsoDate {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y + shift, m, 0)).getUTCDate();
  return `${String(y + shift).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** The years a plan's text may mention as its own: its year and those of its horizon. */
export function ownYears(settings: PlanSettings): number[] {
  return [...new Set([settings.year, ...horizonYears(settings)])];
}

/** Settings of the plan of `year` made from `source`: everything kept, years (monitoring dates too) moved by the difference. */
export function settingsForYear(source: PlanSettings, year: number): PlanSettings {
  const shift = year - source.year;
  return {
    ...source,
    year,
    title: shiftYears(source.title, ownYears(source), shift),
    monitoringDate: shiftDate(source.monitoringDate, shift),
    ...(source.monitoringDates ? { monitoringDates: source.monitoringDates.map((date) => shiftDate(date, shift)) } : {}),
    horizonStart: source.horizonStart + shift,
    horizonEnd: source.horizonEnd + shift,
  };
}

export interface RolloverReport {
  fromYear: number;
  toYear: number;
  cards: number;
  indicators: number;
  /** Cards and indicators of the new plan linked to their origin. */
  linkedCards: number;
  linkedIndicators: number;
  horizon: { from: [number, number]; to: [number, number] };
  monitoringDate: { from: IsoDate; to: IsoDate };
  /**
   * Each year of the new horizon: targets carried over with a value, those carried over as `n.d.`/`--` (declared not
   * available or not foreseen: not a target to score against), and empty ones.
   */
  targets: { year: number; written: number; notAvailable: number; empty: number }[];
  /** Years of the old horizon outside the new one, with the targets (with a value) written for them (not carried over). */
  targetsLeft: { year: number; written: number }[];
  /** Observed values and manual performances of the old year (not carried over). */
  valuesDropped: number;
  overridesDropped: number;
  catalogueEntries: number;
}

const isWritten = (value: Value) => value.kind !== 'missing';
const isMarked = (value: Value) => value.kind === 'missing' && value.mark !== '';

/** What the new plan `created` took from `source`, counted on both as stored. */
export function rolloverReport(source: PlanDocument, created: PlanDocument): RolloverReport {
  const oldIndicators = source.cards.flatMap((c) => c.indicators);
  const newIndicators = created.cards.flatMap((c) => c.indicators);
  const cardIds = new Set(source.cards.map((c) => c.id));
  const indicatorIds = new Set(oldIndicators.map((i) => i.id));
  const newYears = horizonYears(created.settings);
  const countIn = (indicators: typeof oldIndicators, year: number, test: (value: Value) => boolean) =>
    indicators.filter((i) => i.targets.some((t) => t.year === year && test(t.value))).length;
  const writtenIn = (indicators: typeof oldIndicators, year: number) => countIn(indicators, year, isWritten);
  const { catalogues } = created;
  return {
    fromYear: source.settings.year,
    toYear: created.settings.year,
    cards: created.cards.length,
    indicators: newIndicators.length,
    linkedCards: created.cards.filter((c) => c.originId !== undefined && cardIds.has(c.originId)).length,
    linkedIndicators: newIndicators.filter((i) => i.originId !== undefined && indicatorIds.has(i.originId)).length,
    horizon: {
      from: [source.settings.horizonStart, source.settings.horizonEnd],
      to: [created.settings.horizonStart, created.settings.horizonEnd],
    },
    monitoringDate: { from: source.settings.monitoringDate, to: created.settings.monitoringDate },
    targets: newYears.map((year) => {
      const written = writtenIn(newIndicators, year);
      const notAvailable = countIn(newIndicators, year, isMarked);
      return { year, written, notAvailable, empty: newIndicators.length - written - notAvailable };
    }),
    targetsLeft: horizonYears(source.settings)
      .filter((year) => !newYears.includes(year))
      .map((year) => ({ year, written: writtenIn(oldIndicators, year) })),
    valuesDropped: oldIndicators.reduce((n, i) => n + i.measurements.length, 0),
    overridesDropped: oldIndicators.filter((i) => i.override !== undefined).length,
    catalogueEntries:
      catalogues.missioni.length +
      catalogues.programmi.length +
      catalogues.ambiti.reduce((n, a) => n + 1 + a.lines.length, 0) +
      catalogues.obiettiviStrategici.length +
      catalogues.aree.length +
      catalogues.uffici.length +
      catalogues.tipologie.length +
      catalogues.unita.length,
  };
}

const n = (count: number) => formatNumber(count, 0);
const cards = (count: number) => countOf(count, 'scheda', 'schede');
const indicators = (count: number) => countOf(count, 'indicatore', 'indicatori');
const span = ([from, to]: [number, number]) => `${from}–${to}`;

/** The report in Italian, one sentence a line (printed by the CLI, listed by the "Nuovo piano" dialog). */
export function describeRollover(r: RolloverReport): string[] {
  const carried = r.targets.filter((t) => t.written > 0 || t.notAvailable > 0);
  const toWrite = r.targets.filter((t) => t.written === 0 && t.notAvailable === 0);
  const lines = [
    `Piano ${r.toYear} creato dal piano ${r.fromYear}: ${cards(r.cards)} e ${indicators(r.indicators)} ${agreeing(r.indicators, 'copiato', 'copiati')} ` +
      `(${cards(r.linkedCards)} e ${indicators(r.linkedIndicators)} ${agreeing(r.linkedIndicators, 'collegato', 'collegati')} alla loro origine, per il confronto).`,
    `Triennio ${span(r.horizon.to)} (era ${span(r.horizon.from)}); data di monitoraggio ${formatDate(r.monitoringDate.to)} ` +
      `(era ${formatDate(r.monitoringDate.from)}).`,
  ];
  if (carried.length > 0) {
    const parts = carried.map(
      (t) =>
        `${t.year} (${countOf(t.written, 'scritto', 'scritti')}${t.notAvailable > 0 ? `, ${n(t.notAvailable)} n.d. o --` : ''}` +
        `${t.empty > 0 ? `, ${countOf(t.empty, 'vuoto', 'vuoti')}` : ''})`,
    );
    lines.push(`Target riportati con il loro anno: ${parts.join(', ')}.`);
  }
  if (toWrite.length > 0) lines.push(`Target da scrivere: ${toWrite.map((t) => t.year).join(', ')} (vuoti in tutti gli indicatori).`);
  for (const left of r.targetsLeft) {
    lines.push(`Target ${left.year} non riportati (fuori dal nuovo triennio): ${n(left.written)}.`);
  }
  lines.push(`Valori rilevati non riportati (appartengono al ${r.fromYear}): ${n(r.valuesDropped)}.`);
  lines.push(`Performance impostate a mano non riportate: ${n(r.overridesDropped)}.`);
  lines.push(`Cataloghi copiati: ${countOf(r.catalogueEntries, 'voce', 'voci')}.`);
  return lines;
}
