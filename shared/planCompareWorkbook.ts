/**
 * A plan comparison as a workbook spec: "Riepilogo" (the two plans side by side, the counts, what was compared) and
 * "Differenze" (one row per changed field, card or indicator added or removed, with real number and date cells).
 * Why a spec: the same SheetJS writer as the plan export turns it into xlsx or ods (electron/exchange/writeWorkbook).
 */
import { EURO_FORMAT, text, valueCell } from './exchange/valueCells';
import type { OutCell, OutSheet, WorkbookSpec } from './exchange/sheetTypes';
import type { FieldValue, TypedFieldChange } from './fieldChanges';
import type { ComparedSide, PlanComparison } from './planCompare';
import { CARD_STATUS, describeScope, INDICATOR_STATUS } from './planCompareText';

export const SUMMARY_SHEET = 'Riepilogo';
export const DIFFERENCES_SHEET = 'Differenze';

const count = (n: number): OutCell => ({ kind: 'number', value: n, format: '#,##0' });
const capitalised = (label: string) => `${label.charAt(0).toUpperCase()}${label.slice(1)}`;

function fieldCell(value: FieldValue): OutCell {
  if (value.kind === 'text') return text(value.text);
  if (value.kind === 'euro') return { kind: 'number', value: value.euros, format: EURO_FORMAT };
  return valueCell(value);
}

function sideRows(before: ComparedSide, after: ComparedSide): OutCell[][] {
  const rows: [string, (s: ComparedSide) => OutCell][] = [
    ['Ente', (s) => text(s.ente)],
    ['Titolo', (s) => text(s.title)],
    ['File', (s) => text(s.fileName)],
    ['Anno', (s) => ({ kind: 'number', value: s.year, format: '0' })],
    ['Triennio', (s) => text(s.horizon.join('–'))],
    ['Data di monitoraggio', (s) => ({ kind: 'date', iso: s.monitoringDate })],
    ['Schede', (s) => count(s.cards)],
    ['Indicatori', (s) => count(s.indicators)],
  ];
  return rows.map(([label, cell]) => [text(label), cell(before), cell(after)]);
}

function summarySheet(c: PlanComparison): OutSheet {
  const { counts } = c;
  const rows: OutCell[][] = [
    [text('Voce'), text(capitalised(c.before.label)), text(capitalised(c.after.label))],
    ...sideRows(c.before, c.after),
    [],
    [text('Schede modificate'), count(counts.changed)],
    [text('Schede aggiunte'), count(counts.added)],
    [text('Schede tolte'), count(counts.removed)],
    [text('Schede invariate'), count(counts.unchanged)],
    [text("Abbinate per collegamento d'origine"), count(counts.pairedByOrigin)],
    [text('Abbinate per codice'), count(counts.pairedByCode)],
    [],
    [text('Cosa è confrontato')],
    ...describeScope(c).map((line) => [text(line)]),
  ];
  return { name: SUMMARY_SHEET, rows, widths: [38, 60, 60], frozenRows: 1, autoFilter: false, validations: [] };
}

interface Where {
  code: string;
  title: string;
  outcome: string;
  position?: number;
  indicator?: string;
}

function row(where: Where, change?: TypedFieldChange): OutCell[] {
  return [
    text(where.code),
    text(where.title),
    text(where.outcome),
    where.position === undefined ? null : count(where.position),
    text(where.indicator ?? ''),
    text(change?.field ?? ''),
    change ? fieldCell(change.beforeValue) : null,
    change ? fieldCell(change.afterValue) : null,
  ];
}

function differenceRows(c: PlanComparison): OutCell[][] {
  const rows = c.plan.map((change) => row({ code: '', title: '', outcome: 'piano modificato' }, change));
  for (const card of c.cards) {
    if (card.status === 'unchanged') continue;
    const at = { code: card.code, title: card.title };
    if (card.status !== 'changed') rows.push(row({ ...at, outcome: `scheda ${CARD_STATUS[card.status]}` }));
    for (const change of card.changes) rows.push(row({ ...at, outcome: 'scheda modificata' }, change));
    for (const indicator of card.indicators) {
      const where = { ...at, outcome: `indicatore ${INDICATOR_STATUS[indicator.status]}`, position: indicator.position, indicator: indicator.name };
      if (indicator.changes.length === 0) rows.push(row(where));
      for (const change of indicator.changes) rows.push(row(where, change));
    }
  }
  return rows;
}

export function comparisonWorkbookSpec(c: PlanComparison): WorkbookSpec {
  const header = ['Scheda', 'Obiettivo', 'Esito', 'N. indicatore', 'Indicatore', 'Campo', capitalised(c.before.label), capitalised(c.after.label)];
  const differences: OutSheet = {
    name: DIFFERENCES_SHEET,
    rows: [header.map(text), ...differenceRows(c)],
    widths: [14, 40, 20, 8, 48, 24, 30, 30],
    frozenRows: 1,
    autoFilter: true,
    validations: [],
  };
  return { sheets: [summarySheet(c), differences] };
}

/** `Confronto PIRA 2024 - 2025.xlsx` */
export function comparisonFileName(c: PlanComparison, extension: string): string {
  return `Confronto PIRA ${c.before.year} - ${c.after.year}.${extension}`;
}
