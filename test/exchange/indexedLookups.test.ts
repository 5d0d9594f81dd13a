// The look-ups the import makes once per workbook instead of once per row (issue 21) answer as the scans they
// replaced: among stored cards sharing a code the first one counts, among a card's indicators whose names normalise
// alike the first one counts, and a row of several files reaches each stored indicator in file order.
import { describe, expect, it } from 'vitest';
import { importWorkbooks } from '../../shared/exchange/importWorkbooks';
import type { SheetCell, SheetData } from '../../shared/exchange/sheetTypes';
import { readValue } from '../../shared/exchange/valueCells';
import type { Card, PlanDocument } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';

const text = (t: string): SheetCell => ({ kind: 'text', text: t });
/** A colleague's sheet without a UdM column: each value is read with the UdM of the stored indicator. */
const sheetOf = (rows: string[][]): SheetData => ({
  name: 'Indicatori',
  rows: [['Codice', 'Indicatore', 'Tipologia', 'Valore al 30/06/2024'].map(text), ...rows.map((r) => r.map(text))],
});
const workbook = (rows: string[][]) => [{ fileName: 'collega.xlsx', workbook: { sheets: [sheetOf(rows)] } }];
const valueAt = (card: Card | undefined, index: number) => card?.indicators[index]?.measurements.find((m) => m.date === '2024-06-30')?.value;

const asPercent = readValue(text('45'), '%');
const asNumber = readValue(text('45'), 'numero');

describe('indexed look-ups of the import keep the first match of the scans', () => {
  it('reads the UdM in the words of the numbers it reads (the premise of the tests below)', () => {
    expect(asPercent.ok && asNumber.ok).toBe(true);
    expect(asPercent).not.toEqual(asNumber);
  });

  it('of two stored cards with the same code, takes the UdM of the first', () => {
    const stored: PlanDocument = structuredClone(samplePlan2024);
    const first = stored.cards[0]!;
    first.indicators[0]!.udm = '%';
    const twin: Card = structuredClone(first);
    twin.id = 9999;
    twin.position = 9999;
    twin.indicators[0]!.udm = 'numero';
    stored.cards.push(twin);
    const outcome = importWorkbooks(workbook([[first.code, first.indicators[0]!.name, first.indicators[0]!.tipologia, '45']]), stored);
    expect(asPercent.ok && valueAt(outcome.doc.cards[0], 0)).toEqual(asPercent.ok && asPercent.value);
  });

  it('the first of the same code wins whichever UdM it has', () => {
    const stored: PlanDocument = structuredClone(samplePlan2024);
    const first = stored.cards[0]!;
    first.indicators[0]!.udm = 'numero';
    const twin: Card = structuredClone(first);
    twin.id = 9999;
    twin.position = 9999;
    twin.indicators[0]!.udm = '%';
    stored.cards.push(twin);
    const outcome = importWorkbooks(workbook([[first.code, first.indicators[0]!.name, first.indicators[0]!.tipologia, '45']]), stored);
    expect(asNumber.ok && valueAt(outcome.doc.cards[0], 0)).toEqual(asNumber.ok && asNumber.value);
  });

  it('of two indicators of a card whose names normalise alike, takes the first', () => {
    const stored: PlanDocument = structuredClone(samplePlan2024);
    const card = stored.cards[0]!;
    const [a, b] = card.indicators;
    if (!a || !b) throw new Error('the sample card has two indicators');
    a.name = 'Tasso di risposta';
    a.udm = '%';
    b.name = 'tasso di RISPOSTA!';
    b.udm = 'numero';
    const outcome = importWorkbooks(workbook([[card.code, 'TASSO DI RISPOSTA', a.tipologia, '45']]), stored);
    expect(asPercent.ok && valueAt(outcome.doc.cards[0], 0)).toEqual(asPercent.ok && asPercent.value);
    expect(valueAt(outcome.doc.cards[0], 1)).toEqual(b.measurements.find((m) => m.date === '2024-06-30')?.value);
  });

  it('two files changing the same indicator differently are offered in file order', () => {
    const stored: PlanDocument = structuredClone(samplePlan2024);
    const card = stored.cards[0]!;
    const indicator = card.indicators[0]!;
    indicator.udm = 'numero';
    const row = (value: string) => [card.code, indicator.name, indicator.tipologia, value];
    const files = [
      { fileName: 'primo.xlsx', workbook: { sheets: [sheetOf([row('11')])] } },
      { fileName: 'secondo.xlsx', workbook: { sheets: [sheetOf([row('22')])] } },
    ];
    const conflict = importWorkbooks(files, stored).decisions.find((d) => d.kind === 'conflict');
    expect(conflict?.options.map((o) => o.label)).toEqual([
      expect.stringContaining('«primo.xlsx»'),
      expect.stringContaining('«secondo.xlsx»'),
      expect.stringContaining('lascia il valore del piano'),
    ]);
    expect(conflict?.options[0]?.label).toMatch(/^11 /);
  });
});
