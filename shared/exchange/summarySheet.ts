/**
 * The "Riepilogo" sheet of every export: the plan's performance, then one small table per grouping (ambito
 * strategico, missione, programma, area di responsabilità) with the number of cards and the performance as real
 * percentage cells. Why: a colleague charts the figures directly; the import skips this sheet by its name.
 */
import { formatDate } from '../dates';
import type { IsoDate, PlanDocument } from '../model';
import { defaultScoringDate, objectivesLabel } from '../monitoringDates';
import { scorePlan, type PlanScore, type Rollup } from '../scoring';
import { SUMMARY_SHEET } from './recogniseSheets';
import type { OutCell, OutSheet } from './sheetTypes';
import { percentCell, text } from './valueCells';

const GROUPS: { key: 'ambito' | 'missione' | 'programma' | 'area'; title: string; code: string }[] = [
  { key: 'ambito', title: 'Performance per ambito strategico', code: 'Ambito' },
  { key: 'missione', title: 'Performance per missione', code: 'Missione' },
  { key: 'programma', title: 'Performance per programma', code: 'Programma' },
  { key: 'area', title: 'Performance per area di responsabilità', code: 'Area' },
];

const performanceCell = (p: number | null): OutCell => (p === null ? text('n.d.') : percentCell(p, 1));

function rollupRows(rollups: Rollup[], code: string): OutCell[][] {
  return [
    [text(code), text('Denominazione'), text('Schede'), text('Performance')],
    ...rollups.map((r) => [text(r.key === '' ? '—' : r.key), text(r.label), { kind: 'number', value: r.cardCount, format: '0' } as OutCell, performanceCell(r.performance)]),
  ];
}

/** The scores of `doc`'s cards with `codes` (all when `null`) at the plan's default scoring date. */
export function exportScore(doc: PlanDocument, codes: readonly string[] | null): { date: IsoDate; score: PlanScore } {
  const wanted = codes === null ? null : new Set(codes);
  const date = defaultScoringDate(doc);
  return { date, score: scorePlan({ ...doc, cards: doc.cards.filter((c) => wanted === null || wanted.has(c.code)) }, date) };
}

/** The summary of the cards `score` covers (`exportScore`: the sheets of one export share one scoring). */
export function summarySheet(doc: PlanDocument, { date, score }: { date: IsoDate; score: PlanScore }): OutSheet {
  const scored = score.cards.filter((c) => c.score.performance !== null).length;
  const cards = objectivesLabel(scored, score.cards.length);
  const rows: OutCell[][] = [[text(`Performance complessiva al ${formatDate(date)} (${cards}, piano ${doc.settings.year})`), null, null, performanceCell(score.performance)]];
  for (const group of GROUPS) rows.push([], [text(group.title)], ...rollupRows(score.rollups[group.key], group.code));
  return { name: SUMMARY_SHEET, rows, widths: [16, 70, 9, 14], frozenRows: 1, autoFilter: false, validations: [] };
}
