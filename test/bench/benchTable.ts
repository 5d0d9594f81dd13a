/**
 * The bench's one table: one row per operation, one column per workload (×10, ×100), the target for the largest
 * workload and whether it is met (judged on the median), printed with Italian number formats; a figure of several
 * rounds shows its extremes beside the median, `1,20 s (1,10–1,45)`.
 * Why: `npm run bench` is where speed and memory targets are read, never in timed tests, and a ratio is quoted with
 * how much it moved over the rounds.
 */
import { formatNumber } from '../../shared/values';
import type { Spread } from './timing';

export type Unit = 'ms' | 'MB' | 'KB' | '×';
export interface Target {
  /** The figure of the last column must stay at or below (`max`) or reach at least (`min`) this value. */
  max?: number;
  min?: number;
}

/** One cell: a single figure, a median with its extremes, or nothing measured. */
export type Figure = number | Spread | null;

interface Row {
  label: string;
  unit: Unit;
  values: Figure[];
  target?: Target;
}

/** How `value` is written in `unit`, the unit's symbol apart; ms turn into seconds from 1.000 on. */
function scaled(value: number, unit: Unit): { digits: (n: number) => string; symbol: string } {
  if (unit === '×') return { digits: (n) => formatNumber(n, 2), symbol: '×' };
  if (unit === 'MB') return { digits: (n) => formatNumber(n, value < 100 ? 1 : 0), symbol: ' MB' };
  if (unit === 'KB') return { digits: (n) => formatNumber(n, value < 10 ? 2 : 1), symbol: ' KB' };
  if (value >= 1000) return { digits: (n) => formatNumber(n / 1000, 2), symbol: ' s' };
  return { digits: (n) => formatNumber(n, value < 10 ? 2 : 0), symbol: ' ms' };
}

/** `1,20 s`, or with a spread `1,20 s (1,10–1,45)`: the extremes written on the median's scale, without the unit. */
export function formatFigure(figure: Figure, unit: Unit): string {
  if (figure === null) return '—';
  const middle = typeof figure === 'number' ? figure : figure.median;
  const { digits, symbol } = scaled(middle, unit);
  const written = `${digits(middle)}${symbol}`;
  return typeof figure === 'number' ? written : `${written} (${digits(figure.min)}–${digits(figure.max)})`;
}

const medianOf = (figure: Figure): number | null => (figure === null || typeof figure === 'number' ? figure : figure.median);

const describeTarget = (target: Target | undefined, unit: Unit): string => {
  if (target?.max !== undefined) return `≤ ${formatFigure(target.max, unit)}`;
  if (target?.min !== undefined) return `≥ ${formatFigure(target.min, unit)}`;
  return '';
};

export class BenchTable {
  private readonly rows: Row[] = [];

  constructor(private readonly columns: string[]) {}

  add(label: string, unit: Unit, values: Figure[], target?: Target): void {
    this.rows.push({ label, unit, values, target });
  }

  print(notes: string[]): void {
    const header = ['Operazione', ...this.columns, 'Obiettivo', 'Esito'];
    const body = this.rows.map((row) => {
      const last = medianOf(row.values.at(-1) ?? null);
      const met =
        row.target === undefined || last === null
          ? ''
          : (row.target.max === undefined || last <= row.target.max) && (row.target.min === undefined || last >= row.target.min)
            ? 'ok'
            : 'NON RAGGIUNTO';
      return [row.label, ...this.columns.map((_, i) => formatFigure(row.values[i] ?? null, row.unit)), describeTarget(row.target, row.unit), met];
    });
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    console.log(line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const cells of body) console.log(line(cells));
    if (notes.length > 0) console.log(['', ...notes].join('\n'));
  }
}
