/**
 * The cards a workbook brings, from every place it writes them: card tables first (the «Obiettivi» sheet), then the
 * card fields repeated on indicator rows (a one-sheet layout: the first row of each code, later rows filling its gaps,
 * a row that disagrees reported), then the «Codice: … | titolo» rows above the document's tables (only to create a
 * card). Why: a colleague's sheet of indicator rows must be able to build the cards of an empty file by itself.
 */
import type { Problem } from '../api';
import type { FileCard } from './cardsSheet';
import { cardLabel, type CardField } from './columns';
import type { IndicatorBlock } from './indicatorBlocks';
import { problemAt } from './sheetLayout';

const isEmpty = (value: unknown) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** One card per code from the rows of a sheet of indicators; disagreeing later rows are warnings (the first row wins). */
export function cardsOfRows(rows: readonly FileCard[]): { cards: FileCard[]; problems: Problem[] } {
  const byCode = new Map<string, FileCard>();
  const problems: Problem[] = [];
  for (const row of rows) {
    const first = byCode.get(row.code);
    if (!first) {
      byCode.set(row.code, { ...row, fields: { ...row.fields } });
      continue;
    }
    for (const [key, value] of Object.entries(row.fields)) {
      const kept = (first.fields as Record<string, unknown>)[key];
      if (isEmpty(value)) continue;
      if (isEmpty(kept)) (first.fields as Record<string, unknown>)[key] = value;
      else if (JSON.stringify(kept) !== JSON.stringify(value)) {
        const field = cardLabel(key as CardField);
        problems.push(problemAt(row.place, `la scheda ${row.code} ha «${field}» diverso da quello della riga ${first.place.row}: vale la riga ${first.place.row}.`, 'warning'));
      }
    }
    if (first.title === undefined || first.title === '') first.title = first.fields.title;
  }
  return { cards: [...byCode.values()], problems };
}

/** The cards named by «Codice: 01_01_OS01 | titolo» rows above the tables: they create a card, never change one. */
export function cardsOfBlocks(sheet: string, blocks: readonly IndicatorBlock[]): FileCard[] {
  return blocks.flatMap(({ cardCode }) =>
    cardCode?.title ? [{ code: cardCode.code, title: cardCode.title, fields: { title: cardCode.title }, place: { sheet, row: cardCode.row }, onlyIfNew: true }] : [],
  );
}

/** Every source together, one card per code: a card table's row wins over indicator rows, which win over a «Codice:» row. */
export function mergeCardSources(tables: readonly FileCard[], fromRows: readonly FileCard[], fromBlocks: readonly FileCard[]): FileCard[] {
  const seen = new Set(tables.map((c) => c.code));
  const rest = [...fromRows, ...fromBlocks].filter((c) => !seen.has(c.code) && seen.add(c.code));
  return [...tables, ...rest];
}
