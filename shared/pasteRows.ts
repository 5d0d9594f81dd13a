/**
 * Rows copied from Excel or Word (tab-separated text) turned into indicators, in the seed's column order:
 * Indicatore | Tipologia | UdM | Valore | [Operatore] | Target anno 1 (operator merged or not) | … | Performance | Peso.
 * Why: the office keeps its tables in Word/Excel and pastes them; header rows are skipped and every row that
 * cannot be read is reported with its row and column instead of being guessed.
 */
import type { Indicator, IsoDate, Operator } from './model';
import { blankIndicator } from './planDefaults';
import { barePercentQuestion } from './percentEvidence';
import { parseOperator, parseTargetCell, parseValue, parseWeight } from './values';

export interface PasteProblem {
  /** 1-based line of the pasted text. */
  row: number;
  column: string;
  message: string;
}

export interface PasteOptions {
  /** Years of the plan's horizon, in order: one target column each. */
  years: number[];
  /** The plan's monitoring date: the pasted value is the measurement at this date. */
  monitoringDate: IsoDate;
}

export interface PasteResult {
  indicators: Indicator[];
  /** Rows not imported (errors), with the reason. */
  problems: PasteProblem[];
  /** Lines recognised as table headings and skipped. */
  headerRows: number;
}

const HEADER_WORDS = /^(indicator[ei]|nome|tipologia|udm|unit[aà] di misura|target|peso|performance|valore|stato|algoritmo)\b/i;
const OPERATOR_ONLY = /^(>=|<=|=>|=<|=|≥|≤)$/;
const YEAR_ONLY = /^\d{4}$/;

/** Splits tab-separated text, honouring Excel's quoting of cells that contain tabs, newlines or quotes. */
export function splitTabular(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += ch;
      atCellStart = false;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function isHeading(cells: string[]): boolean {
  const [first = ''] = cells;
  if (first === '') return cells.every((c) => c === '' || OPERATOR_ONLY.test(c) || YEAR_ONLY.test(c) || HEADER_WORDS.test(c));
  return HEADER_WORDS.test(first) && cells.slice(1).some((c) => HEADER_WORDS.test(c));
}

export function columnLabels(years: number[]): string[] {
  return ['Indicatore', 'Tipologia', 'UdM', 'Valore', 'Operatore', ...years.map((y) => `Target ${y}`), 'Performance', 'Peso'];
}

export function parsePastedRows(text: string, options: PasteOptions): PasteResult {
  const result: PasteResult = { indicators: [], problems: [], headerRows: 0 };
  splitTabular(text).forEach((raw, index) => {
    const cells = raw.map((c) => c.trim());
    while (cells.length > 0 && cells.at(-1) === '') cells.pop();
    if (cells.length === 0) return;
    if (isHeading(cells)) {
      result.headerRows += 1;
      return;
    }
    const read = readRow(cells, index + 1, options);
    if (read.problems.length > 0) result.problems.push(...read.problems);
    else if (read.indicator) result.indicators.push(read.indicator);
  });
  return result;
}

function readRow(cells: string[], row: number, options: PasteOptions): { indicator?: Indicator; problems: PasteProblem[] } {
  const problems: PasteProblem[] = [];
  const report = (column: string, message: string) => problems.push({ row, column, message });
  const [nameCell = '', tipologia = '', udm = '', valueCell = ''] = cells;
  const [name = '', ...algoLines] = nameCell.split(/\r?\n/).map((l) => l.trim());
  if (name === '') report('Indicatore', 'nome dell’indicatore mancante');

  // A bare number under % (0,85 or 85): the same question as typing and the import, answered by writing the %.
  const question = (text: string) => barePercentQuestion(text.trim().replace(/^[<>=≤≥\s]+/, ''), udm);
  const valueQuestion = question(valueCell);
  const value = valueQuestion ? ({ ok: false, error: valueQuestion.message } as const) : parseValue(valueCell, { udm });
  if (!value.ok) report('Valore', value.error);

  let next = 4;
  let operator: Operator | null = null;
  if (OPERATOR_ONLY.test(cells[next] ?? '')) {
    const op = parseOperator(cells[next] ?? '');
    if (op.ok) operator = op.value;
    next += 1;
  }
  const targets: Indicator['targets'] = [];
  for (const year of options.years) {
    const targetQuestion = question(cells[next] ?? '');
    const cell = targetQuestion ? ({ ok: false, error: targetQuestion.message } as const) : parseTargetCell(cells[next] ?? '', { udm });
    next += 1;
    if (!cell.ok) {
      report(`Target ${year}`, cell.error);
      continue;
    }
    operator = operator ?? cell.value.operator;
    targets.push({ year, value: cell.value.value });
  }
  if (operator === null) report('Operatore', 'operatore mancante: scrivere >=, <= oppure = prima del primo target');

  const rest = cells.slice(next).filter((c) => c !== '');
  const weightCell = rest.at(-1);
  let weight = 0;
  if (weightCell === undefined) report('Peso', 'peso mancante: scrivere una percentuale (es. 20,0%) nell’ultima colonna');
  else {
    const parsed = parseWeight(weightCell);
    if (parsed.ok) weight = parsed.value;
    else report('Peso', parsed.error);
  }

  if (problems.length > 0 || !value.ok || operator === null) return { problems };
  return {
    problems,
    indicator: blankIndicator(options.years, {
      name,
      algoritmo: algoLines.filter(Boolean).join(' '),
      tipologia,
      udm,
      operator,
      targets,
      measurements: [{ date: options.monitoringDate, value: value.value }],
      weight,
    }),
  };
}

/** "Riga 3, colonna «Peso»: …" — the Italian line shown for each row that was not pasted. */
export function describePasteProblem(problem: PasteProblem): string {
  return `Riga ${problem.row}, colonna «${problem.column}»: ${problem.message}`;
}
