/**
 * The lookup sheets (Missioni, Programmi, Ambiti, Obiettivi strategici, Elenchi): written with the plan so that the
 * Obiettivi/Indicatori columns can offer drop-down lists, and read back when a workbook creates a new plan.
 * Why: catalogues are part of a plan; a colleague's workbook must carry the classification it was written against.
 */
import type { Problem } from '../api';
import { OPERATORS, type Catalogues, type NamedEntry } from '../model';
import { cellText, normalizeHeader } from './headerText';
import { isBlankRow, locateTable, sheetProblem } from './sheetLayout';
import type { OutCell, OutSheet, SheetData } from './sheetTypes';
import { text } from './valueCells';

export const CATALOGUE_SHEETS = {
  missioni: 'Missioni',
  programmi: 'Programmi',
  ambiti: 'Ambiti',
  obiettiviStrategici: 'Obiettivi strategici',
  elenchi: 'Elenchi',
} as const;

/** Column of each list in the "Elenchi" sheet (0-based), used by the data-validation ranges. */
export const LIST_COLUMNS = { aree: 0, uffici: 1, tipologie: 2, unita: 3, operatori: 4 } as const;
const LIST_HEADERS = ['Aree di responsabilità', 'Uffici', 'Tipologie', 'Unità di misura', 'Operatori'];

function table(name: string, headers: string[], body: OutCell[][], widths: number[]): OutSheet {
  return { name, rows: [headers.map(text), ...body], widths, frozenRows: 1, autoFilter: false, validations: [] };
}

export function catalogueSheets(catalogues: Catalogues): OutSheet[] {
  const lists: NamedEntry[][] = [catalogues.aree, catalogues.uffici, catalogues.tipologie, catalogues.unita, OPERATORS.map((name) => ({ name }))];
  const listRows = Math.max(...lists.map((l) => l.length));
  const ambitoRows = catalogues.ambiti.flatMap((a) =>
    (a.lines.length > 0 ? a.lines : [{ code: '', name: '' }]).map((line) => [a.code, a.name, a.description, line.code, line.name].map(text)),
  );
  return [
    table(CATALOGUE_SHEETS.missioni, ['Codice', 'Denominazione'], catalogues.missioni.map((m) => [text(m.code), text(m.name)]), [10, 80]),
    table(
      CATALOGUE_SHEETS.programmi,
      ['Codice', 'Denominazione', 'Alias (vecchi codici e nomi, uno per riga)'],
      catalogues.programmi.map((p) => [text(p.code), text(p.name), text(p.aliases.join('\n'))]),
      [10, 80, 60],
    ),
    table(CATALOGUE_SHEETS.ambiti, ['Codice ambito', 'Ambito', 'Descrizione ambito', 'Codice linea', 'Linea'], ambitoRows, [14, 60, 60, 14, 70]),
    table(
      CATALOGUE_SHEETS.obiettiviStrategici,
      ['Codice', 'Denominazione'],
      catalogues.obiettiviStrategici.map((o) => [text(o.code), text(o.name)]),
      [10, 80],
    ),
    table(
      CATALOGUE_SHEETS.elenchi,
      LIST_HEADERS,
      Array.from({ length: listRows }, (_, r) => lists.map((list) => text(list[r]?.name ?? ''))),
      [40, 50, 20, 16, 12],
    ),
  ];
}

/** Number of data rows of each list, for the validation ranges. */
export function catalogueRowCounts(catalogues: Catalogues): Record<keyof typeof LIST_COLUMNS | 'missioni' | 'programmi' | 'lines' | 'os', number> {
  return {
    missioni: catalogues.missioni.length,
    programmi: catalogues.programmi.length,
    lines: catalogues.ambiti.reduce((n, a) => n + Math.max(1, a.lines.length), 0),
    os: catalogues.obiettiviStrategici.length,
    aree: catalogues.aree.length,
    uffici: catalogues.uffici.length,
    tipologie: catalogues.tipologie.length,
    unita: catalogues.unita.length,
    operatori: OPERATORS.length,
  };
}

/** Reads whichever catalogue sheets exist; `null` when the file has none of them. */
export function readCatalogues(sheets: SheetData[]): { catalogues: Catalogues | null; problems: Problem[] } {
  const byName = new Map(sheets.map((s) => [normalizeHeader(s.name), s]));
  const find = (name: string) => byName.get(normalizeHeader(name));
  const found = Object.values(CATALOGUE_SHEETS).filter((n) => find(n));
  if (found.length === 0) return { catalogues: null, problems: [] };
  const problems: Problem[] = Object.values(CATALOGUE_SHEETS)
    .filter((n) => !find(n))
    .map((n) => sheetProblem(n, 'foglio assente: il catalogo corrispondente del nuovo piano resta vuoto.', 'warning'));
  const rowsOf = (name: string, headers: string[][]) => readTable(find(name), headers);
  const ambiti: Catalogues['ambiti'] = [];
  for (const [code, name, description, lineCode, lineName] of rowsOf(CATALOGUE_SHEETS.ambiti, [
    ['codice ambito'],
    ['ambito', 'ambito strategico'],
    ['descrizione ambito', 'descrizione'],
    ['codice linea'],
    ['linea', 'linea strategica'],
  ])) {
    let ambito = ambiti.find((a) => a.code === code);
    if (!ambito) ambiti.push((ambito = { code: code ?? '', name: name ?? '', description: description ?? '', lines: [] }));
    if (lineCode) ambito.lines.push({ code: lineCode, name: lineName ?? '' });
  }
  const elenchi = find(CATALOGUE_SHEETS.elenchi);
  const list = (column: number) =>
    (elenchi?.rows.slice(1) ?? []).map((row) => cellText(row[column])).filter((name) => name !== '').map((name) => ({ name }));
  const catalogues: Catalogues = {
    missioni: rowsOf(CATALOGUE_SHEETS.missioni, [['codice'], ['denominazione', 'missione']]).map(([code = '', name = '']) => ({ code, name })),
    programmi: rowsOf(CATALOGUE_SHEETS.programmi, [['codice'], ['denominazione', 'programma'], ['alias', 'alias vecchi codici e nomi uno per riga']]).map(
      ([code = '', name = '', aliases = '']) => ({ code, name, aliases: aliases.split('\n').map((a) => a.trim()).filter(Boolean) }),
    ),
    ambiti,
    obiettiviStrategici: rowsOf(CATALOGUE_SHEETS.obiettiviStrategici, [['codice'], ['denominazione', 'obiettivo strategico']]).map(
      ([code = '', name = '']) => ({ code, name }),
    ),
    aree: list(LIST_COLUMNS.aree),
    uffici: list(LIST_COLUMNS.uffici),
    tipologie: list(LIST_COLUMNS.tipologie),
    unita: list(LIST_COLUMNS.unita),
  };
  return { catalogues, problems };
}

/** The text of the wanted columns (by header synonyms) of every non-blank row under the header. */
function readTable(sheet: SheetData | undefined, wanted: string[][]): string[][] {
  if (!sheet) return [];
  const classify = (header: string) => {
    const words = normalizeHeader(header);
    const at = wanted.findIndex((synonyms) => synonyms.includes(words));
    return at >= 0 ? at : null;
  };
  const layout = locateTable(sheet, classify, (found) => found.includes(0));
  if (!layout) return [];
  const indexOf = (i: number) => layout.columns.find((c) => c.meaning === i)?.index;
  return sheet.rows
    .slice(layout.headerIndex + 1)
    .filter((row) => !isBlankRow(row))
    .map((row) => wanted.map((_, i) => {
      const index = indexOf(i);
      const cell = index === undefined ? null : row[index];
      return cell?.kind === 'text' ? cell.text.trim() : cellText(cell);
    }));
}
