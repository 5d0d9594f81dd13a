/**
 * Aligns rows of cells into a fixed-width text table (numbers right-aligned). Why: terminal output of `score`.
 */
export type Align = 'left' | 'right';

export function textTable(header: string[], rows: string[][], align: Align[]): string {
  const widths = header.map((h, col) => Math.max(h.length, ...rows.map((row) => (row[col] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, col) => (align[col] === 'right' ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Cuts long text to `max` characters with an ellipsis, so a row fits a terminal. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
