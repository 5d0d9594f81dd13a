/**
 * The canonical workbook of a plan (or of a selection of its cards) as a format-neutral spec: Piano, Obiettivi,
 * Indicatori, Riepilogo and the lookup sheets, with number formats, frozen headers, widths and drop-down lists.
 * Why: the SheetJS writer stays a thin translator; the layout is documented in docs/excel-exchange.md.
 */
import type { Card, IsoDate, PlanDocument } from '../model';
import { monitoringDatesOf } from '../monitoringDates';
import { describePolicy } from '../scoring';
import { CATALOGUE_SHEETS, LIST_COLUMNS, catalogueRowCounts, catalogueSheets } from './catalogueSheets';
import { CARDS_SHEET, CARD_WIDTHS, cardHeaders, cardRow } from './cardsSheet';
import { CARD_COLUMNS, type CardField, type IndicatorColumn } from './columns';
import { INDICATORS_SHEET, indicatorColumns, indicatorHeader, indicatorRow, indicatorWidth } from './indicatorsSheet';
import { horizonYears } from '../planDefaults';
import { monitoringSheet } from './monitoringSheet';
import { planSheet } from './planSheet';
import type { ListValidation, OutSheet, WorkbookSpec } from './sheetTypes';
import { exportScore, summarySheet } from './summarySheet';
import { text } from './valueCells';

/** Rows below the data that still get the drop-down lists, for cards and indicators added in the spreadsheet. */
const SPARE_ROWS = 200;

/** The cards an export covers (all when `codes` is `null`), in plan order: the order of the Indicatori rows. */
export function exportedCards(doc: PlanDocument, codes: readonly string[] | null): Card[] {
  const wanted = codes === null ? null : new Set(codes);
  return doc.cards.filter((c) => wanted === null || wanted.has(c.code)).sort((a, b) => a.position - b.position);
}

export function buildWorkbookSpec(doc: PlanDocument, codes: string[] | null): WorkbookSpec {
  const cards = exportedCards(doc, codes);
  const scoring = exportScore(doc, codes);
  const scores = new Map(scoring.score.cards.map((c) => [c.code, c.score]));
  const scoreOf = (code: string) => scores.get(code);
  const counts = catalogueRowCounts(doc.catalogues);
  const list = (sheet: string, column: number, rows: number) => ({ sheet, column, firstRow: 2, lastRow: Math.max(2, rows + 1) });

  const cardColumn = (field: CardField) => CARD_COLUMNS.findIndex((c) => c.field === field);
  const cardLast = cards.length + 1 + SPARE_ROWS;
  const cardValidations: ListValidation[] = [
    { field: 'missione' as const, source: list(CATALOGUE_SHEETS.missioni, 0, counts.missioni), strict: false },
    { field: 'programma' as const, source: list(CATALOGUE_SHEETS.programmi, 0, counts.programmi), strict: false },
    { field: 'ambitoLine' as const, source: list(CATALOGUE_SHEETS.ambiti, 3, counts.lines), strict: false },
    { field: 'obiettivoStrategico' as const, source: list(CATALOGUE_SHEETS.obiettiviStrategici, 0, counts.os), strict: false },
    { field: 'area' as const, source: list(CATALOGUE_SHEETS.elenchi, LIST_COLUMNS.aree, counts.aree), strict: false },
    { field: 'office' as const, source: list(CATALOGUE_SHEETS.elenchi, LIST_COLUMNS.uffici, counts.uffici), strict: false },
  ].map(({ field, source, strict }) => ({ column: cardColumn(field), firstRow: 2, lastRow: cardLast, source, strict }));

  const cardsSheet: OutSheet = {
    name: CARDS_SHEET,
    rows: [cardHeaders().map(text), ...cards.map((card) => cardRow(card, scoreOf(card.code)?.performance ?? null))],
    widths: CARD_COLUMNS.map((c) => CARD_WIDTHS[c.field]),
    frozenRows: 1,
    autoFilter: true,
    validations: cardValidations,
  };

  const dates = measurementDates(doc, cards.flatMap((c) => c.indicators.flatMap((i) => i.measurements.map((m) => m.date))));
  const years = [...new Set([...horizonYears(doc.settings), ...cards.flatMap((c) => c.indicators.flatMap((i) => i.targets.map((t) => t.year)))])].sort(
    (a, b) => a - b,
  );
  const columns = indicatorColumns(dates, years);
  const rows = cards.flatMap((card) =>
    card.indicators.map((indicator, i) =>
      indicatorRow(card.code, i + 1, indicator, scoreOf(card.code)?.indicators[i]?.performance ?? null, columns),
    ),
  );
  const indicatorColumn = (field: string) => columns.findIndex((c: IndicatorColumn) => c.kind === 'field' && c.field === field);
  const indicatorLast = rows.length + 1 + SPARE_ROWS;
  const indicatorValidations: ListValidation[] = [
    { column: indicatorColumn('cardCode'), source: list(CARDS_SHEET, 0, cards.length + SPARE_ROWS), strict: false },
    { column: indicatorColumn('tipologia'), source: list(CATALOGUE_SHEETS.elenchi, LIST_COLUMNS.tipologie, counts.tipologie), strict: false },
    { column: indicatorColumn('udm'), source: list(CATALOGUE_SHEETS.elenchi, LIST_COLUMNS.unita, counts.unita), strict: false },
    { column: indicatorColumn('operator'), source: list(CATALOGUE_SHEETS.elenchi, LIST_COLUMNS.operatori, counts.operatori), strict: true },
  ].map((v) => ({ ...v, firstRow: 2, lastRow: indicatorLast }));

  const indicatorsSheet: OutSheet = {
    name: INDICATORS_SHEET,
    rows: [columns.map((c) => text(indicatorHeader(c))), ...rows],
    widths: columns.map(indicatorWidth),
    frozenRows: 1,
    autoFilter: true,
    validations: indicatorValidations,
  };
  return {
    sheets: [
      planSheet(doc.settings, describePolicy(doc.settings.policy)),
      cardsSheet,
      indicatorsSheet,
      summarySheet(doc, scoring),
      monitoringSheet(doc),
      ...catalogueSheets(doc.catalogues),
    ],
  };
}

/** One column per date of the plan (and any other date with values): the monitoring date first, then the others in calendar order. */
function measurementDates(doc: PlanDocument, used: IsoDate[]): IsoDate[] {
  const others = [...new Set([...monitoringDatesOf(doc.settings), ...used])].filter((d) => d !== doc.settings.monitoringDate).sort();
  return [doc.settings.monitoringDate, ...others];
}
