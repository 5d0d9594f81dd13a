/**
 * The "Obiettivi" sheet: one row per objective card with every card field and the computed performance,
 * written by the export and read back by header (only the columns present in the file are imported).
 * Why: a colleague edits titles, classifications and resources in one table; absent columns are left untouched.
 */
import type { Problem } from '../api';
import type { Card, Catalogues } from '../model';
import { parseItalianNumber } from '../italianNumbers';
import { parseResources } from '../values';
import { resolveAmbitoLine, resolveMissione, resolveObiettivoStrategico, resolveProgramma } from './classifications';
import { CARD_COLUMNS, classifyCardHeader, type CardField, type CardMeaning } from './columns';
import { cellText } from './headerText';
import { cellAt, isBlankRow, problemAt, type CellPlace, type TableLayout } from './sheetLayout';
import type { OutCell, SheetCell, SheetData } from './sheetTypes';
import { unreadableMessage } from './numberTexts';
import { EURO_FORMAT, percentCell, text } from './valueCells';

export const CARDS_SHEET = 'Obiettivi';

export type CardFields = Partial<Omit<Card, 'id' | 'code' | 'position' | 'indicators'>>;

export interface FileCard {
  code: string;
  title: string | undefined;
  fields: CardFields;
  place: CellPlace;
  /** Read from the "Codice: … | titolo" row above a table: it creates the card, never changes a stored one. */
  onlyIfNew?: boolean;
}

export const CARD_WIDTHS: Record<CardField, number> = {
  code: 13,
  title: 50,
  missione: 10,
  programma: 11,
  ambitoLine: 12,
  obiettivoStrategico: 11,
  description: 80,
  resources: 16,
  area: 32,
  office: 32,
  footnotes: 40,
  weight: 10,
  performance: 14,
  planYear: 8,
};

export function cardHeaders(): string[] {
  return CARD_COLUMNS.map((c) => c.label);
}

export function cardRow(card: Card, performance: number | null, planYear = 0): OutCell[] {
  const cells = cardCells(card, performance, planYear);
  return CARD_COLUMNS.map((c) => cells[c.field]);
}

/** Every card field as the cell the export writes. */
export function cardCells(card: Card, performance: number | null, planYear: number): Record<CardField, OutCell> {
  return {
    code: text(card.code),
    title: text(card.title),
    missione: text(card.missione),
    programma: text(card.programma),
    ambitoLine: text(card.ambitoLine),
    obiettivoStrategico: text(card.obiettivoStrategico),
    description: text(card.description),
    resources: card.resources.kind === 'internal' ? text('risorse interne') : { kind: 'number', value: card.resources.euros, format: EURO_FORMAT },
    area: text(card.area),
    office: text(card.office),
    footnotes: text(card.footnotes.join('\n')),
    weight: { kind: 'number', value: card.weight, format: '#,##0.##' },
    performance: performance === null ? text('n.d.') : percentCell(performance, 0),
    planYear: { kind: 'number', value: planYear, format: '0' },
  };
}

export function isCardsTable(found: CardMeaning[]): boolean {
  return found.includes('code') && found.includes('title');
}

export { classifyCardHeader };

/**
 * Reads the card rows under the located header; classifications are mapped through `catalogues`. `onIndicatorRows`:
 * the card fields of a sheet of indicator rows (a row without a code is reported by the indicator reader, not here).
 */
export function readCardRows(
  sheet: SheetData,
  layout: TableLayout<CardMeaning>,
  catalogues: Catalogues,
  planYear: number,
  onIndicatorRows = false,
): { cards: FileCard[]; problems: Problem[] } {
  const cards: FileCard[] = [];
  const problems: Problem[] = [];
  // The code and missione columns, found once per table rather than on every row.
  const codeColumn = layout.columns.find((c) => c.meaning === 'code');
  const missioneColumn = layout.columns.find((c) => c.meaning === 'missione');
  for (let r = layout.firstDataIndex ?? layout.headerIndex + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (isBlankRow(row)) continue;
    const code = cellText(codeColumn ? cellAt(row, codeColumn) : null);
    const rowPlace = { sheet: sheet.name, row: r + 1 };
    if (code === '') {
      if (!onIndicatorRows) problems.push(problemAt(codeColumn ? { ...rowPlace, column: codeColumn } : rowPlace, 'manca il codice della scheda (es. 01_01_OS01).'));
      continue;
    }
    const fields: CardFields = {};
    const missioneText = cellText(missioneColumn ? cellAt(row, missioneColumn) : null);
    const missione = missioneText === '' ? '' : resolveMissione(missioneText, catalogues).code;
    for (const column of layout.columns) {
      const meaning = column.meaning;
      if (meaning === 'code' || meaning === 'performance' || meaning === 'blank') continue;
      const read = readCardField(meaning, cellAt(row, column), catalogues, missione, planYear);
      if ('error' in read) problems.push(problemAt({ ...rowPlace, column }, read.error));
      else {
        Object.assign(fields, read.value);
        if (read.note) problems.push(problemAt({ ...rowPlace, column }, read.note, 'warning'));
      }
    }
    cards.push({ code, title: fields.title, fields, place: rowPlace });
  }
  return { cards, problems };
}

type FieldRead = { value: CardFields; note?: string } | { error: string };

function readCardField(field: CardField, cell: SheetCell | null, catalogues: Catalogues, missione: string, planYear: number): FieldRead {
  if (cell?.kind === 'unreadable' && (field === 'resources' || field === 'weight')) return { error: unreadableMessage(cell) };
  const written = cell?.kind === 'text' ? cell.text.trim() : cellText(cell);
  switch (field) {
    case 'missione':
      return { value: { missione: written === '' ? '' : resolveMissione(written, catalogues).code } };
    case 'programma': {
      if (written === '') return { value: { programma: '' } };
      const resolved = resolveProgramma(written, missione, catalogues);
      return resolved.note ? { value: { programma: resolved.code }, note: resolved.note } : { value: { programma: resolved.code } };
    }
    case 'ambitoLine':
      return { value: { ambitoLine: resolveAmbitoLine(written) } };
    case 'obiettivoStrategico':
      return { value: { obiettivoStrategico: resolveObiettivoStrategico(written, catalogues) } };
    case 'resources': {
      if (cell?.kind === 'number') return { value: { resources: { kind: 'amount', euros: cell.value } } };
      const parsed = parseResources(written);
      return parsed.ok ? { value: { resources: parsed.value } } : { error: parsed.error };
    }
    case 'footnotes':
      return { value: { footnotes: written.split('\n').map((l) => l.trim()).filter(Boolean) } };
    case 'weight': {
      if (cell?.kind === 'number') return cell.value >= 0 ? { value: { weight: cell.value } } : { error: 'il peso non può essere negativo.' };
      const parsed = parseItalianNumber(written);
      if (!parsed.ok || parsed.value.value < 0) return { error: 'scrivere un peso numerico (1 = pesi uguali).' };
      return { value: { weight: parsed.value.value } };
    }
    case 'title':
    case 'description':
    case 'area':
    case 'office':
      return { value: { [field]: field === 'description' ? written.replace(/\r\n?/g, '\n') : written } };
    case 'planYear':
      return written === '' || written === String(planYear) ? { value: {} } : { error: `la riga è dell'anno ${written}, il piano del ${planYear}: correggere l'anno o importare nel piano giusto.` };
    case 'code':
    case 'performance':
      return { value: {} };
  }
}
