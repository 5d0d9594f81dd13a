// Number cells with a format are read by indicatorRows.ts without readValueCell's wrappers (valueCells.ts,
// formattedNumber): the values, targets and open readings (with their cell's place) must be what readValueCell and
// readTarget give, for every format and UdM, and a number without a format must still be an open reading.
import { describe, expect, it } from 'vitest';
import { findIndicatorBlocks } from '../../shared/exchange/indicatorBlocks';
import { readIndicatorRows } from '../../shared/exchange/indicatorRows';
import type { SheetCell, SheetData } from '../../shared/exchange/sheetTypes';
import { formattedNumber, readTarget, readValueCell } from '../../shared/exchange/valueCells';

const FORMATS = ['0%', '0.00%', '#,##0', '#,##0.00', '0.0', '#,##0.00 €', 'dd/mm/yyyy', 'General', ''];
const UDMS = ['%', 'n.', 'data', '€', ''];
const NUMBERS = [0, 0.85, 1, 3, 46.56, 0.0277, 1 / 3, 45473, -2.5, 1234567.891];
const place = { sheet: 'Indicatori', row: 2 };

const text = (t: string): SheetCell => ({ kind: 'text', text: t });
const num = (value: number, format: string): SheetCell => ({ kind: 'number', value, format });

describe('formattedNumber', () => {
  it('gives what readValueCell and readTarget read from a number cell with a format, null without one', () => {
    for (const format of FORMATS) {
      for (const udm of UDMS) {
        for (const n of NUMBERS) {
          const cell = num(n, format);
          const read = readValueCell(cell, udm, place);
          const target = readTarget(cell, udm, place);
          const fast = formattedNumber(cell, udm);
          if (format === 'General' || format === '') expect(fast).toBeNull();
          else {
            expect(read.ok && read.value.ambiguity).toBe(null);
            expect(fast, `${n} ${format} ${udm}`).toEqual(read.ok ? read.value.value : undefined);
            expect(fast).toEqual(target.ok ? target.value.value : undefined);
          }
        }
      }
    }
    expect(formattedNumber(text('46,56%'), '%')).toBeNull();
    expect(formattedNumber(null, '%')).toBeNull();
  });
});

describe('indicator rows with number cells', () => {
  const sheet: SheetData = {
    name: 'Indicatori',
    rows: [
      ['Codice', 'Indicatore', 'UdM', 'Valore al 30/06/2024', 'Target 2024', 'Target 2025'].map(text),
      [text('01_01_OS01'), text('Efficacia'), text('%'), num(0.4656, '0.00%'), num(0.43, '0%'), num(0.5, 'General')],
      [text('01_01_OS01'), text('Volume'), text('n.'), num(64488, '#,##0'), num(65281.5, '#,##0.0'), text('n.d.')],
    ],
  };
  const ctx = { planYear: 2024, horizonStart: 2024, monitoringDate: '2024-06-30', storedUdm: () => undefined };

  it('reads formatted numbers as values and targets, and a number without a format as a reading placed at its cell', () => {
    const found = findIndicatorBlocks(sheet);
    const { indicators, problems } = readIndicatorRows(sheet, found!.blocks[0]!, ctx);
    expect(problems).toEqual([]);
    const [efficacia, volume] = indicators;
    expect([...efficacia!.measurements]).toEqual([['2024-06-30', { kind: 'percent', value: 0.4656, decimals: 2 }]]);
    expect(efficacia!.targets.get(2024)).toEqual({ kind: 'percent', value: 0.43, decimals: 0 });
    expect(efficacia!.targets.get(2025)).toEqual({ kind: 'percent', value: 0.5, decimals: 0 });
    expect([...efficacia!.readings.keys()]).toEqual(['target:2025']);
    expect(efficacia!.readings.get('target:2025')!.place).toEqual({ sheet: 'Indicatori', row: 2, column: expect.objectContaining({ index: 5, header: 'Target 2025' }) });
    expect(volume!.measurements.get('2024-06-30')).toEqual({ kind: 'number', value: 64488, decimals: 0 });
    expect(volume!.targets.get(2024)).toEqual({ kind: 'number', value: 65281.5, decimals: 1 });
    expect(volume!.readings.size).toBe(0);
  });
});
