/**
 * Writes a plan in any writable layout of templates.ts that is not the canonical workbook (the Word tables, the
 * performance portal): headers with their `{anno}`/`{data}` filled in, cells from the same writers as the canonical
 * export, the layout's value rules (name and algoritmo in one cell, operator alone before the value), and the
 * Riepilogo sheet. Why: a layout added as data is exported without code.
 */
import { formatDate } from '../dates';
import type { Card, PlanDocument } from '../model';
import { scorePlan } from '../scoring';
import { cardCells } from './cardsSheet';
import type { IndicatorColumn } from './columns';
import { exportedCards } from './exportSpec';
import { indicatorRow, type ColumnContext } from './indicatorsSheet';
import type { OutCell, OutSheet, WorkbookSpec } from './sheetTypes';
import { exportScore, summarySheet } from './summarySheet';
import type { ExchangeTemplate, TemplateColumn } from './templates';
import { text } from './valueCells';

const BLANK: IndicatorColumn = { kind: 'blank' };

function headerText(header: string, ctx: ColumnContext): string {
  return header
    .replace('{data}', formatDate(ctx.monitoringDate))
    .replace(/\{anno\+(\d)\}/g, (_, n: string) => String(ctx.horizonStart + Number(n)))
    .replace('{anno}', String(ctx.planYear));
}

function sheet(name: string, rows: OutCell[][], columns: readonly TemplateColumn<unknown>[], frozenRows: number): OutSheet {
  return { name, rows, widths: columns.map((c) => (/indicator|titolo|descrizione|algoritmo/i.test(c.header) ? 50 : 16)), frozenRows, autoFilter: false, validations: [] };
}

/** The layout's value rules applied to one indicator row written with the canonical writers. */
function withValueRules(cells: OutCell[], meanings: IndicatorColumn[], template: ExchangeTemplate, name: string, algoritmo: string, operator: string): OutCell[] {
  const out = [...cells];
  meanings.forEach((meaning, i) => {
    if (template.values.nameCell === 'name-and-algoritmo' && meaning.kind === 'field' && meaning.field === 'name' && algoritmo !== '') {
      out[i] = text(`${name}\n${algoritmo}`);
    }
    if (template.values.operator === 'before-value' && meaning.kind === 'target' && meanings[i + 1]?.kind === 'blank') {
      out[i + 1] = out[i] ?? null;
      out[i] = text(operator);
    }
  });
  return out;
}

export function buildTemplateSpec(doc: PlanDocument, codes: string[] | null, template: ExchangeTemplate): WorkbookSpec {
  const { settings } = doc;
  const ctx: ColumnContext = { planYear: settings.year, horizonStart: settings.horizonStart, monitoringDate: settings.monitoringDate };
  const cards = exportedCards(doc, codes);
  const score = scorePlan(doc);
  const scoreOf = (code: string) => score.cards.find((c) => c.code === code)?.score;
  const sheets: OutSheet[] = [];
  if (template.cards) {
    const columns = template.cards.columns;
    const rows = cards.map((card) => {
      const cells = cardCells(card, scoreOf(card.code)?.performance ?? null, settings.year);
      return columns.map((c) => (c.meaning === 'blank' ? null : cells[c.meaning]));
    });
    sheets.push(sheet(template.cards.sheet, [columns.map((c) => text(headerText(c.header, ctx))), ...rows], columns, 1));
  }
  const { columns, layout } = template.indicators;
  const meanings = columns.map((c) => (c.meaning === 'blank' ? BLANK : c.meaning));
  const header = columns.map((c) => text(headerText(c.header, ctx)));
  const rowsOf = (card: Card) =>
    card.indicators.map((indicator, i) =>
      withValueRules(
        indicatorRow(card.code, i + 1, indicator, scoreOf(card.code)?.indicators[i]?.performance ?? null, meanings, ctx),
        meanings,
        template,
        indicator.name,
        indicator.algoritmo,
        indicator.operator,
      ),
    );
  const rows = layout === 'table' ? [header, ...cards.flatMap(rowsOf)] : cards.flatMap((card) => [[text(`Codice: ${card.code}`), text(card.title)], header, ...rowsOf(card), []]);
  sheets.push(sheet(template.indicators.sheet, rows, columns, layout === 'table' ? 1 : 0));
  sheets.push(summarySheet(doc, exportScore(doc, codes)));
  return { sheets };
}
