/**
 * The bench's one table: one row per operation, one column per workload (×10, ×100), the target for the largest
 * workload and whether it is met, printed with Italian number formats.
 * Why: `npm run bench` is where speed and memory targets are read, never in timed tests.
 */
import { formatNumber } from '../../shared/values';

export type Unit = 'ms' | 'MB' | 'KB' | '×';
export interface Target {
  /** The figure of the last column must stay at or below (`max`) or reach at least (`min`) this value. */
  max?: number;
  min?: number;
}

interface Row {
  label: string;
  unit: Unit;
  values: (number | null)[];
  target?: Target;
}

const format = (value: number | null, unit: Unit): string => {
  if (value === null) return '—';
  if (unit === '×') return `${formatNumber(value, 2)}×`;
  if (unit === 'MB') return `${formatNumber(value, value < 100 ? 1 : 0)} MB`;
  if (unit === 'KB') return `${formatNumber(value, value < 10 ? 2 : 1)} KB`;
  return value >= 1000 ? `${formatNumber(value / 1000, 2)} s` : `${formatNumber(value, value < 10 ? 2 : 0)} ms`;
};

const describeTarget = (target: Target | undefined, unit: Unit): string => {
  if (target?.max !== undefined) return `≤ ${format(target.max, unit)}`;
  if (target?.min !== undefined) return `≥ ${format(target.min, unit)}`;
  return '';
};

export class BenchTable {
  private readonly rows: Row[] = [];

  constructor(private readonly columns: string[]) {}

  add(label: string, unit: Unit, values: (number | null)[], target?: Target): void {
    this.rows.push({ label, unit, values, target });
  }

  print(notes: string[]): void {
    const header = ['Operazione', ...this.columns, 'Obiettivo', 'Esito'];
    const body = this.rows.map((row) => {
      const last = row.values.at(-1) ?? null;
      const met =
        row.target === undefined || last === null
          ? ''
          : (row.target.max === undefined || last <= row.target.max) && (row.target.min === undefined || last >= row.target.min)
            ? 'ok'
            : 'NON RAGGIUNTO';
      return [row.label, ...this.columns.map((_, i) => format(row.values[i] ?? null, row.unit)), describeTarget(row.target, row.unit), met];
    });
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    console.log(line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const cells of body) console.log(line(cells));
    if (notes.length > 0) console.log(['', ...notes].join('\n'));
  }
}
