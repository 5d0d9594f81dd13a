// Reads one indicator table of the seed document into raw string cells.
// Why: the seed's tables come in several layouts (operator separate or merged, header split over two rows, "Stato"
// years, no Performance column, misaligned header cells), so body rows are read by content, not by header position.

export interface SeedLine {
  /** 1-based line number in the seed file. */
  line: number;
  text: string;
}

export interface SeedProblem {
  line: number;
  message: string;
}

export interface SeedIndicatorRow {
  line: number;
  /** Name + ' ' + algoritmo as published, `*` included. */
  firstCell: string;
  tipologia: string;
  udm: string;
  /** The value at the monitoring date, as written. */
  actual: string;
  operator: string;
  /** One raw cell per target year ('' when empty). */
  targets: string[];
  /** The published performance, or null when the table has no Performance column. */
  performance: string | null;
  weight: string;
}

export interface SeedTable {
  headerLine: number;
  /** The monitoring date of the actual column as written (`30/06/2024`). */
  actualLabel: string;
  /** True when the actual column's header carries `*` (it refers to a footnote). */
  actualMarked: boolean;
  targetYears: number[];
  hasPerformance: boolean;
  rows: SeedIndicatorRow[];
  /** Footnotes written as table rows, without the leading `*`. */
  footnotes: string[];
}

const OPERATOR = /^(>=|<=|=)$/;
const MERGED_OPERATOR = /^(>=|<=|=)\s*(\S.*)$/;

export function isTableHeader(text: string): boolean {
  return text.startsWith('Indicatori\t');
}

/** Strips the leading `*` (and spaces) of a footnote. */
export function footnoteText(text: string): string {
  return text.replace(/^\*\s*/, '').trim();
}

interface Header {
  actualLabel: string;
  actualMarked: boolean;
  years: (number | null)[];
  hasPerformance: boolean;
}

function readHeader(row: SeedLine, problems: SeedProblem[]): Header {
  const header: Header = { actualLabel: '', actualMarked: false, years: [], hasPerformance: false };
  for (const cell of row.text.split('\t').map((c) => c.trim())) {
    const actual = /^(\d{2}\/\d{2}\/\d{4})(\*?)$/.exec(cell);
    const target = /^(?:Target|Stato)(?: (\d{4}))?$/.exec(cell);
    if (actual) {
      header.actualLabel = actual[1] ?? '';
      header.actualMarked = actual[2] === '*';
    } else if (target) header.years.push(target[1] ? Number(target[1]) : null);
    else if (cell === 'Performance') header.hasPerformance = true;
    else if (!['', 'Indicatori', 'Tipologia', 'UdM'].includes(cell) && !/^Peso indicatori:?$/.test(cell)) {
      problems.push({ line: row.line, message: `intestazione non riconosciuta: "${cell}"` });
    }
  }
  if (!header.actualLabel) problems.push({ line: row.line, message: 'manca la colonna del valore rilevato' });
  return header;
}

/** A row under the header whose first cell is empty: years of a split header, or the operator column's label. */
function readSubHeader(row: SeedLine, header: Header, problems: SeedProblem[]): void {
  const years = row.text.split('\t').map((c) => c.trim()).filter((c) => /^\d{4}$/.test(c));
  for (const year of years) {
    const slot = header.years.indexOf(null);
    if (slot >= 0) header.years[slot] = Number(year);
    else header.years.push(Number(year));
  }
  for (const cell of row.text.split('\t').map((c) => c.trim())) {
    if (cell && !/^\d{4}$/.test(cell) && !OPERATOR.test(cell)) {
      problems.push({ line: row.line, message: `valore non classificato nella sotto-intestazione: "${cell}"` });
    }
  }
}

function readBodyRow(row: SeedLine, table: SeedTable, problems: SeedProblem[]): SeedIndicatorRow | null {
  const cells = row.text.split('\t').map((c) => c.trim());
  const [firstCell = '', tipologia = '', udm = '', actual = ''] = cells;
  let next = 4;
  let operator = '';
  const targets: string[] = [];
  const opCell = cells[next] ?? '';
  const merged = MERGED_OPERATOR.exec(opCell);
  if (OPERATOR.test(opCell)) {
    operator = opCell;
    next += 1;
  } else if (merged) {
    operator = merged[1] ?? '';
    targets.push(merged[2] ?? '');
    next += 1;
  } else {
    problems.push({ line: row.line, message: `operatore mancante prima del target: "${opCell}"` });
    return null;
  }
  while (targets.length < table.targetYears.length) targets.push(cells[next++] ?? '');
  const performance = table.hasPerformance ? (cells[next++] ?? '') : null;
  const weight = cells[next++] ?? '';
  const extra = cells.slice(next).filter((c) => c !== '');
  if (extra.length > 0) problems.push({ line: row.line, message: `celle in più dopo il peso: ${extra.join(' | ')}` });
  if (!firstCell || !tipologia || !udm || !actual || !weight) {
    problems.push({ line: row.line, message: 'riga incompleta (nome, tipologia, UdM, valore o peso mancante)' });
  }
  return { line: row.line, firstCell, tipologia, udm, actual, operator, targets, performance, weight };
}

/** Parses the table's lines: the header line first, then every following tab-separated line. */
export function parseTable(lines: SeedLine[], problems: SeedProblem[]): SeedTable {
  const [headerRow, ...rest] = lines;
  if (!headerRow) throw new Error('parseTable needs at least the header line');
  const header = readHeader(headerRow, problems);
  const table: SeedTable = {
    headerLine: headerRow.line,
    actualLabel: header.actualLabel,
    actualMarked: header.actualMarked,
    targetYears: [],
    hasPerformance: header.hasPerformance,
    rows: [],
    footnotes: [],
  };
  for (const row of rest) {
    const first = row.text.split('\t')[0]?.trim() ?? '';
    if (first.startsWith('*')) {
      const others = row.text.split('\t').slice(1).filter((c) => c.trim() !== '');
      if (others.length > 0) problems.push({ line: row.line, message: 'nota a piè di tabella con altre celle' });
      table.footnotes.push(footnoteText(first));
    } else if (first === '') {
      if (table.rows.length > 0) problems.push({ line: row.line, message: 'riga senza indicatore dentro la tabella' });
      else readSubHeader(row, header, problems);
    } else {
      if (table.targetYears.length === 0) table.targetYears = checkedYears(header, headerRow.line, problems);
      const parsed = readBodyRow(row, table, problems);
      if (parsed) table.rows.push(parsed);
    }
  }
  return table;
}

function checkedYears(header: Header, line: number, problems: SeedProblem[]): number[] {
  const years = header.years.filter((y): y is number => y !== null);
  if (years.length === 0 || years.length !== header.years.length) {
    problems.push({ line, message: 'anni dei target non determinabili dall\'intestazione' });
  }
  return years;
}
