/**
 * The typed columns of the indicator grids (value at a monitoring date, target of a year, weight) as data: how a
 * column reads an indicator, parses what was typed (saying what it understood) and writes the indicator back.
 * Why: the card grid and the monitoring grid share one cell component and one block paste over these; a second
 * monitoring date (issue 12) is one more `measurementColumn(date, key)`.
 */
import type { Indicator, IsoDate, PlanSettings } from '../../../shared/model';
import { horizonYears } from '../../../shared/planDefaults';
import { targetFor } from '../../../shared/scoring';
import { describeValue, parseEnteredTarget, parseEnteredValue } from '../../../shared/valueEntry';
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
}

function edit(apply: (ind: Indicator) => Indicator, understood: string): ParseResult<CellEdit> {
  return { ok: true, value: { apply, understood } };
}

/** The value measured at `date`; an empty cell removes the measurement (nothing was measured yet). */
export function measurementColumn(date: IsoDate, key = 'value'): CellColumn {
  return {
    key,
    name: key.replace('.', '-'),
    title: `Valore al ${formatDate(date)}`,
    read: (ind) => {
      const measured = ind.measurements.find((m) => m.date === date);
      return measured ? formatValue(measured.value) : '';
    },
    parse: (text, ind) => {
      const parsed = parseEnteredValue(text, ind.udm);
      if (!parsed.ok) return parsed;
      return edit((i) => withMeasurement(i, date, parsed.value), describeValue(parsed.value));
    },
  };
}

/** The target of `year`; a merged operator (`>= 80`) also sets the indicator's operator. */
export function targetColumn(year: number): CellColumn {
  return {
    key: `target.${year}`,
    name: `target-${year}`,
    title: `Target ${year}`,
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

/** The card grid's typed columns: value at the monitoring date, a target per year of the horizon, weight. */
export interface CardGridColumns {
  value: CellColumn;
  targets: CellColumn[];
  weight: CellColumn;
  /** Left to right, as a pasted block fills them (the operator select between value and targets is skipped). */
  all: CellColumn[];
}

export function cardGridColumns(settings: Pick<PlanSettings, 'monitoringDate' | 'horizonStart' | 'horizonEnd'>): CardGridColumns {
  const value = measurementColumn(settings.monitoringDate);
  const targets = horizonYears(settings).map(targetColumn);
  return { value, targets, weight: weightColumn, all: [value, ...targets, weightColumn] };
}

/** The monitoring grid's typed columns: the target of the plan year, then the value at the monitoring date. */
export function monitoringColumns(settings: Pick<PlanSettings, 'monitoringDate' | 'year'>): CellColumn[] {
  return [targetColumn(settings.year), measurementColumn(settings.monitoringDate)];
}
