/**
 * The typed columns of the indicator grids (value at a monitoring date, target of a year, weight) as data: how a
 * column reads an indicator, parses what was typed (saying what it understood) and writes the indicator back.
 * Why: the card grid and the monitoring grid share one cell component and one block paste over these; each monitoring
 * date of the plan is one `measurementColumn(date, key)`, read-only once the date is closed.
 */
import type { Indicator, IsoDate, PlanSettings } from '../../../shared/model';
import { measurementKey, monitoringDatesOf } from '../../../shared/monitoringDates';
import { fillOrder } from '../../../shared/monitoringSeason';
import { horizonYears } from '../../../shared/planDefaults';
import { plausibilityWarnings } from '../../../shared/plausibility';
import { targetFor } from '../../../shared/scoring';
import { describeValue, parseEnteredTarget, parseEnteredValue, percentChoices } from '../../../shared/valueEntry';
import { formatDate, formatPercent, formatValue, parseWeight, type ParseResult } from '../../../shared/values';
import { withMeasurement, withTarget } from './cardEdits';

/** A parsed cell: what to do to the indicator, and what was understood, in words. */
export interface CellEdit {
  apply(ind: Indicator): Indicator;
  understood: string;
}

export interface CellColumn {
  /** Draft field and validation path suffix: `value`, `target.2024`, `weight`. */
  key: string;
  /** DOM name of the column's inputs: the focus moves up and down a column by it. */
  name: string;
  /** Column title; a cell's accessible name is `<title> – <row>` (`Valore al 30/06/2024 – indicatore 1`). */
  title: string;
  /** The cell's text for an indicator ('' = nothing stored). */
  read(ind: Indicator): string;
  parse(text: string, ind: Indicator): ParseResult<CellEdit>;
  /** The monitoring date of a value column. */
  date?: IsoDate;
  /** A value column of a closed date: shown, never typed into; only an amendment changes it. */
  readOnly?: boolean;
  /**
   * The two readings of a bare number under a `%` indicator (`0,85`: `85%` proposed, `0,85%`), which `parse` refuses
   * until one is written (shared/percentEvidence.ts); null when the text raises no such question.
   */
  choices?(text: string, ind: Indicator): { proposal: string; alternative: string } | null;
  /** Plausibility warnings on a readable value (shared/plausibility.ts): said before it is saved, never blocking. */
  warnings?(text: string, ind: Indicator): string[];
}

function edit(apply: (ind: Indicator) => Indicator, understood: string): ParseResult<CellEdit> {
  return { ok: true, value: { apply, understood } };
}

const columnName = (key: string) => key.replace('.', '-');

/** The DOM names of the open dates' value columns in the order Alt+V and Alt+N visit them (the season first). */
export function fillColumnNames(settings: Pick<PlanSettings, 'year' | 'monitoringDate' | 'monitoringDates'>, closed: ReadonlySet<IsoDate>): string[] {
  return fillOrder(settings, closed).map((date) => columnName(measurementKey(date, settings.monitoringDate)));
}

/** The value measured at `date`; an empty cell removes the measurement (nothing was measured yet). */
export function measurementColumn(date: IsoDate, key = 'value', closed = false): CellColumn {
  const read = (ind: Indicator) => {
    const measured = ind.measurements.find((m) => m.date === date);
    return measured ? formatValue(measured.value) : '';
  };
  return {
    key,
    name: columnName(key),
    title: `Valore al ${formatDate(date)}`,
    date,
    read,
    parse: closed
      ? (text, ind) =>
          text.trim() === read(ind)
            ? edit((i) => i, 'valore invariato')
            : { ok: false, error: `il monitoraggio al ${formatDate(date)} è chiuso: per correggere il valore usare «Rettifica…» nella scheda, indicando il motivo` }
      : (text, ind) => {
          const parsed = parseEnteredValue(text, ind.udm);
          if (!parsed.ok) return parsed;
          return edit((i) => withMeasurement(i, date, parsed.value), describeValue(parsed.value));
        },
    ...(closed
      ? { readOnly: true }
      : {
          choices: (text: string, ind: Indicator) => percentChoices(text, ind.udm),
          warnings: (text: string, ind: Indicator) => {
            const parsed = parseEnteredValue(text, ind.udm);
            return parsed.ok && text.trim() !== read(ind) ? plausibilityWarnings(ind, date, parsed.value) : [];
          },
        }),
  };
}

/** One value column per monitoring date of the plan, in calendar order; those of `closed` dates read-only. */
export function valueColumns(settings: Pick<PlanSettings, 'year' | 'monitoringDate' | 'monitoringDates'>, closed: ReadonlySet<IsoDate>): CellColumn[] {
  return monitoringDatesOf(settings).map((date) => measurementColumn(date, measurementKey(date, settings.monitoringDate), closed.has(date)));
}

/** The target of `year`; a merged operator (`>= 80`) also sets the indicator's operator. */
export function targetColumn(year: number): CellColumn {
  return {
    key: `target.${year}`,
    name: `target-${year}`,
    title: `Target ${year}`,
    choices: (text, ind) => percentChoices(text, ind.udm),
    read: (ind) => {
      const target = targetFor(ind, year);
      return ind.targets.some((t) => t.year === year) ? formatValue(target) : '';
    },
    parse: (text, ind) => {
      const parsed = parseEnteredTarget(text, ind.udm);
      if (!parsed.ok) return parsed;
      const { operator, value } = parsed.value;
      const understood = operator ? `${describeValue(value)}, operatore ${operator}` : describeValue(value);
      return edit((i) => {
        const next = withTarget(i, year, value);
        return operator ? { ...next, operator } : next;
      }, understood);
    },
  };
}

export const weightColumn: CellColumn = {
  key: 'weight',
  name: 'weight',
  title: 'Peso',
  read: (ind) => formatPercent(ind.weight, 1),
  parse: (text) => {
    const parsed = parseWeight(text);
    if (!parsed.ok) return parsed;
    const understood = parsed.value === 0 ? 'peso 0%: l’indicatore non conta nella media' : `peso ${formatPercent(parsed.value, 1)}`;
    return edit((i) => ({ ...i, weight: parsed.value }), understood);
  },
};

type GridSettings = Pick<PlanSettings, 'year' | 'monitoringDate' | 'monitoringDates' | 'horizonStart' | 'horizonEnd'>;

/** The card grid's typed columns: a value per monitoring date, a target per year of the horizon, weight. */
export interface CardGridColumns {
  values: CellColumn[];
  /** The value column of the monitoring date (Alt+V goes there). */
  value: CellColumn;
  targets: CellColumn[];
  weight: CellColumn;
  /** Left to right, as a pasted block fills them (the operator select between values and targets is skipped). */
  all: CellColumn[];
}

export function cardGridColumns(settings: GridSettings, closed: ReadonlySet<IsoDate> = new Set()): CardGridColumns {
  const values = valueColumns(settings, closed);
  const value = values.find((c) => c.date === settings.monitoringDate) ?? values[0] ?? measurementColumn(settings.monitoringDate);
  const targets = horizonYears(settings).map(targetColumn);
  return { values, value, targets, weight: weightColumn, all: [...values, ...targets, weightColumn] };
}

/** The monitoring grid's typed columns: the target of the plan year, then a value per monitoring date. */
export function monitoringColumns(settings: Omit<GridSettings, 'horizonStart' | 'horizonEnd'>, closed: ReadonlySet<IsoDate> = new Set()): CellColumn[] {
  return [targetColumn(settings.year), ...valueColumns(settings, closed)];
}
