/**
 * The "Indicatori" sheet: one row per indicator keyed by card code and position, with every indicator field,
 * one "Valore al <data>" column per measurement date and one "Target <anno>" column per year.
 * Why: the law's minimum (tipologia, UdM, fonte, algoritmo, target per year, observed value) in one editable table.
 */
import type { Indicator, IsoDate } from '../model';
import { formatDate } from '../dates';
import { INDICATOR_COLUMNS, type IndicatorColumn, type IndicatorField } from './columns';
import { measurementDate, targetYear, type IndicatorReadContext } from './indicatorRows';
import type { OutCell } from './sheetTypes';
import { percentCell, text, valueCell } from './valueCells';

export const INDICATORS_SHEET = 'Indicatori';

/** The columns of an export, in order: fixed fields, value columns, operator, targets, the rest. */
export function indicatorColumns(dates: IsoDate[], years: number[]): IndicatorColumn[] {
  const field = (f: IndicatorField): IndicatorColumn => ({ kind: 'field', field: f });
  return [
    ...(['cardCode', 'position', 'name', 'algoritmo', 'tipologia', 'udm'] as const).map(field),
    ...dates.map((date): IndicatorColumn => ({ kind: 'measurement', date })),
    field('operator'),
    ...years.map((year): IndicatorColumn => ({ kind: 'target', year })),
    ...(['weight', 'cap', 'override', 'justification', 'note', 'fonte', 'kpiCode', 'performance'] as const).map(field),
  ];
}

export function indicatorHeader(column: IndicatorColumn): string {
  if (column.kind === 'measurement') return `Valore al ${formatDate(column.date ?? '')}`;
  if (column.kind === 'target') return `Target ${column.year ?? ''}`;
  if (column.kind === 'blank') return '';
  const { field } = column;
  return INDICATOR_COLUMNS.find((c) => c.field === field)?.label ?? field;
}

export function indicatorWidth(column: IndicatorColumn): number {
  if (column.kind !== 'field') return 14;
  const widths: Partial<Record<IndicatorField, number>> = {
    cardCode: 13,
    position: 5,
    name: 50,
    algoritmo: 50,
    tipologia: 16,
    udm: 7,
    operator: 10,
    weight: 9,
    cap: 12,
    override: 12,
    justification: 40,
    note: 30,
    fonte: 24,
    kpiCode: 12,
    performance: 14,
  };
  return widths[column.field] ?? 14;
}

/** Where relative columns point (the plan's year, the monitoring date); the canonical export's columns are absolute. */
export type ColumnContext = Pick<IndicatorReadContext, 'planYear' | 'horizonStart' | 'monitoringDate'>;
const ABSOLUTE: ColumnContext = { planYear: 0, horizonStart: 0, monitoringDate: '' };

export function indicatorRow(
  cardCode: string,
  position: number,
  indicator: Indicator,
  performance: number | null,
  columns: readonly IndicatorColumn[],
  ctx: ColumnContext = ABSOLUTE,
): OutCell[] {
  return columns.map((column): OutCell => {
    if (column.kind === 'blank') return null;
    if (column.kind === 'measurement') {
      const date = measurementDate(column, ctx);
      const found = indicator.measurements.find((m) => m.date === date);
      return found ? valueCell(found.value) : null;
    }
    if (column.kind === 'target') {
      const year = targetYear(column, ctx);
      const found = indicator.targets.find((t) => t.year === year);
      return found ? valueCell(found.value) : null;
    }
    switch (column.field) {
      case 'cardCode':
        return text(cardCode);
      case 'position':
        return { kind: 'number', value: position, format: '0' };
      case 'weight':
        return percentCell(indicator.weight, 1);
      case 'cap':
        return indicator.cap === undefined ? null : indicator.cap === 'none' ? text('nessuno') : percentCell(indicator.cap, 0);
      case 'override':
        return indicator.override ? percentCell(indicator.override.performance, 0) : null;
      case 'justification':
        return text(indicator.override?.justification ?? '');
      case 'performance':
        return performance === null ? text('n.d.') : percentCell(performance, 0);
      case 'cardTitle':
        return null;
      case 'name':
      case 'algoritmo':
      case 'tipologia':
      case 'udm':
      case 'operator':
      case 'note':
      case 'fonte':
      case 'kpiCode':
        return text(indicator[column.field]);
    }
  });
}
