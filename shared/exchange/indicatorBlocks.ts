/**
 * Splits an indicator sheet into table blocks, the way an officer pastes the document's cards into Excel: a header
 * row per card (or one for the whole sheet), an optional second header row ("Target" over "2024 2025 2026", or `>=`
 * alone), the card code in a "Codice" column or in a "Codice: 01_01_OS01" row above the header, "*…" footnotes.
 * Why: each block is read with its own columns and card, so Word tables pasted as they are import without retyping.
 */
import type { Problem } from '../api';
import { parseOperator } from '../values';
import { classifyIndicatorHeader, type IndicatorColumn } from './columns';
import { cellText, normalizeHeader } from './headerText';
import { problemAt, sheetProblem, type LocatedColumn, type TableLayout } from './sheetLayout';
import type { SheetCell, SheetData } from './sheetTypes';

export interface IndicatorBlock {
  layout: TableLayout<IndicatorColumn>;
  /** The code of a "Codice: …" row above the header, with its 1-based row and the title written beside it. */
  cardCode: { code: string; row: number; title?: string } | null;
  /** 0-based indices of the data rows (blank and footnote rows excluded). */
  rows: number[];
}

const CODE_LABEL = /^\s*(?:codice(?:\s+(?:obiettivo|scheda))?|cod\.?\s*obiettivo)\s*:\s*(.*)$/is;
const YEAR = /^(?:19|20|21)\d{2}$/;
/** Header cells are short; long texts (indicator names) are not even classified. */
const MAX_HEADER_CHARS = 60;
const NO_CARD =
  'la tabella non dice a quale scheda appartiene: aggiungere sopra l’intestazione una riga «Codice: 01_01_OS01» oppure una colonna «Codice» con il codice su ogni riga.';
/** Outside a table, a row with this many filled cells looks like indicator data: refusing it beats losing it. */
const DATA_LIKE_CELLS = 3;

/** A row's non-empty cells with their visible text. */
type FilledCells = { index: number; text: string }[];

const filled = (row: (SheetCell | null)[]): FilledCells =>
  row.map((cell, index) => ({ index, text: cellText(cell) })).filter((c) => c.text !== '');

/** Whether a cell shows something: cellText(cell) !== '', without writing out numbers, dates and yes/no (never empty). */
const shows = (cell: SheetCell | null) => cell !== null && (cell.kind === 'number' || cell.kind === 'date' || cell.kind === 'bool' || cellText(cell) !== '');

/** How many cells of each row show something, counted once per sheet: each layout tried on the sheet reads them (recogniseSheets.ts). */
export function filledCounts(sheet: SheetData): number[] {
  const counts: number[] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    let count = 0;
    for (const cell of sheet.rows[r] ?? []) if (shows(cell ?? null)) count++;
    counts.push(count);
  }
  return counts;
}

/** Rows with more filled cells are neither code, label nor footnote rows: their cells need not be written out. */
const FEW_CELLS = 2;
const NO_CELLS: FilledCells = [];

/** What a header means in one layout (templateVocabulary.ts); the free sheet's vocabulary by default. */
export type ClassifyIndicatorHeader = (header: string) => IndicatorColumn | null;

const isNameHeader = (cell: SheetCell | null, classify: ClassifyIndicatorHeader) => {
  if (cell?.kind !== 'text' || cell.text.length > MAX_HEADER_CHARS) return false;
  const meaning = classify(cell.text);
  return meaning?.kind === 'field' && meaning.field === 'name';
};

/** A header row: an "Indicatore(i)" column and at least two other recognised columns. */
export function headerAt(sheet: SheetData, r: number, classify: ClassifyIndicatorHeader = classifyIndicatorHeader): TableLayout<IndicatorColumn> | null {
  const row = sheet.rows[r] ?? [];
  if (!row.some((cell) => isNameHeader(cell, classify))) return null;
  const columns: LocatedColumn<IndicatorColumn>[] = [];
  const unknown: { index: number; header: string }[] = [];
  for (const { index, text } of filled(row)) {
    const meaning = text.length > MAX_HEADER_CHARS ? null : classify(text);
    if (meaning) columns.push({ index, header: text, meaning });
    else unknown.push({ index, header: text });
  }
  return columns.length >= 3 ? { sheet: sheet.name, headerIndex: r, columns, unknown } : null;
}

/**
 * `Codice: 01_01_OS01` in one cell (the card's title may follow in the next: the `documento` export), or `Codice:` |
 * `01_01_OS01` in two. `undefined` = not a code row.
 */
function codeRow(cells: FilledCells): { code: string; title?: string } | undefined {
  const match = cells[0] && cells.length <= 2 ? CODE_LABEL.exec(cells[0].text) : null;
  if (!match) return undefined;
  const inline = (match[1] ?? '').trim();
  if (inline === '') return { code: cells[1]?.text ?? '' };
  return cells[1] ? { code: inline, title: cells[1].text } : { code: inline };
}

/** "Obiettivo: …", "D.M. 27/03/2013 Missione: …", "Area di responsabilità: …": the card's heading lines. */
function isLabelRow(cells: FilledCells): boolean {
  return cells.length >= 1 && cells.length <= 2 && (cells[0]?.text ?? '').endsWith(':');
}

/** "*Target modificato rispetto al PIAO 2024": one cell starting with an asterisk. */
function isFootnote(cells: FilledCells): string | null {
  return cells.length === 1 && cells[0]?.text.startsWith('*') ? (cells[0]?.text ?? null) : null;
}

/**
 * The row under the header when it holds only years and operators (name, tipologia, UdM and values empty): its years
 * complete the "Target" columns; anything else in it is reported and ignored. Returns whether it was one.
 */
function mergeSubHeader(sheet: SheetData, layout: TableLayout<IndicatorColumn>, problems: Problem[]): boolean {
  const r = layout.headerIndex + 1;
  const row = sheet.rows[r] ?? [];
  const holdsData = layout.columns.some(
    (c) => (c.meaning.kind === 'measurement' || (c.meaning.kind === 'field' && ['name', 'tipologia', 'udm'].includes(c.meaning.field))) && cellText(row[c.index]) !== '',
  );
  const cells = filled(row);
  const isOperator = (text: string) => parseOperator(text).ok;
  if (holdsData || !cells.some((c) => YEAR.test(c.text) || isOperator(c.text))) return false;
  for (const { index, text } of cells) {
    const existing = layout.columns.find((c) => c.index === index);
    const place = { sheet: sheet.name, row: r + 1, column: { index, header: existing?.header ?? '(vuota)' } };
    if (YEAR.test(text) && (!existing || (existing.meaning.kind === 'target' && existing.meaning.year === null))) {
      const located = { index, header: `Target ${text}`, meaning: { kind: 'target', year: Number(text) } as IndicatorColumn };
      layout.columns = [...layout.columns.filter((c) => c.index !== index), located].sort((a, b) => a.index - b.index);
    } else if (!isOperator(text)) {
      problems.push(problemAt(place, `«${text}» sotto l'intestazione non è un anno né un operatore: ignorato.`, 'warning'));
    }
  }
  return true;
}

/**
 * filledCounts(sheet) and, for each set of `names` (the normalised headers one layout reads as the indicator's name),
 * the rows with a cell it holds: the only rows headerAt can take as a header with that layout. One pass over the
 * cells, each normalised once (normalizeHeader remembers), instead of every cell classified once per layout.
 */
export function scanRows(sheet: SheetData, names: readonly ReadonlySet<string>[]): { counts: number[]; headerRows: Set<number>[] } {
  const counts: number[] = [];
  const headerRows = names.map(() => new Set<number>());
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    let count = 0;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] ?? null;
      if (shows(cell)) count++;
      if (cell?.kind !== 'text' || cell.text.length > MAX_HEADER_CHARS) continue;
      const header = normalizeHeader(cell.text);
      for (let i = 0; i < names.length; i++) if (names[i]!.has(header)) headerRows[i]!.add(r);
    }
    counts.push(count);
  }
  return { counts, headerRows };
}

/**
 * The blocks of a sheet, or `null` when no row looks like an indicator header. `counts`: filledCounts(sheet);
 * `headerRows`: scanRows's for `classify`, when the caller tries several layouts.
 */
export function findIndicatorBlocks(
  sheet: SheetData,
  classify: ClassifyIndicatorHeader = classifyIndicatorHeader,
  counts: readonly number[] = filledCounts(sheet),
  headerRows?: ReadonlySet<number>,
): { blocks: IndicatorBlock[]; problems: Problem[] } | null {
  if (headerRows?.size === 0) return null; // no header row: no block, whatever the other rows hold
  const blocks: IndicatorBlock[] = [];
  const problems: Problem[] = [];
  const outside: number[] = [];
  let current: IndicatorBlock | null = null;
  let pending: IndicatorBlock['cardCode'] = null;
  for (let r = 0; r < sheet.rows.length; r++) {
    const count = counts[r] ?? 0;
    if (count === 0) continue; // a blank row
    const layout = !headerRows || headerRows.has(r) ? headerAt(sheet, r, classify) : null;
    if (layout) {
      current = { layout, cardCode: pending, rows: [] };
      pending = null;
      blocks.push(current);
      if (!current.cardCode && !layout.columns.some((c) => c.meaning.kind === 'field' && (c.meaning.field === 'cardCode' || c.meaning.field === 'cardTitle'))) {
        problems.push(problemAt({ sheet: sheet.name, row: r + 1 }, NO_CARD));
      }
      if (mergeSubHeader(sheet, layout, problems)) r++;
      continue;
    }
    const cells = count <= FEW_CELLS ? filled(sheet.rows[r] ?? []) : NO_CELLS;
    const codeCells = codeRow(cells);
    if (codeCells !== undefined) {
      const { code } = codeCells;
      if (code === '') problems.push(problemAt({ sheet: sheet.name, row: r + 1 }, 'la riga «Codice:» non contiene il codice della scheda.'));
      else if (pending) problems.push(problemAt({ sheet: sheet.name, row: pending.row }, `«Codice: ${pending.code}» non è seguito da una tabella di indicatori: ignorato.`, 'warning'));
      pending = code === '' ? null : { ...codeCells, row: r + 1 };
      current = null;
      continue;
    }
    if (isLabelRow(cells)) {
      current = null;
      continue;
    }
    const footnote = current ? isFootnote(cells) : null;
    if (footnote) {
      problems.push(problemAt({ sheet: sheet.name, row: r + 1 }, `nota «${footnote}» non importata (le note si modificano nella colonna «Note» o nella scheda).`, 'warning'));
    } else if (current) current.rows.push(r);
    else if (blocks.length === 0) continue; // titles above the first table
    else if (count >= DATA_LIKE_CELLS) {
      problems.push(problemAt({ sheet: sheet.name, row: r + 1 }, 'la riga sembra un indicatore ma non sta sotto una riga di intestazione («Indicatori», «Tipologia», «UdM»…): ripetere l’intestazione sopra la tabella.'));
    } else outside.push(r + 1);
  }
  if (blocks.length === 0) return null;
  if (pending) problems.push(problemAt({ sheet: sheet.name, row: pending.row }, `«Codice: ${pending.code}» non è seguito da una tabella di indicatori: ignorato.`, 'warning'));
  if (outside.length > 0) {
    problems.push(sheetProblem(sheet.name, `${outside.length === 1 ? '1 riga' : `${outside.length} righe`} fuori dalle tabelle degli indicatori (la prima è la riga ${outside[0]}): ignorate.`, 'warning'));
  }
  return { blocks, problems };
}
