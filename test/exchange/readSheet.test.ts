// Issue 19: the limits hold on what SheetJS actually produced, whatever the expansion budget counted, and a sheet
// whose cells sit far away is walked by its filled places, never hole by hole (a cell at row 500 million used to
// be reached by a loop over every empty row before it).
import { describe, expect, it } from 'vitest';
import type XLSX from 'xlsx';
import { DEFAULT_LIMITS } from '../../electron/exchange/limits';
import { readSheet } from '../../electron/exchange/readWorkbook';

const text = (t: string): XLSX.CellObject => ({ t: 's', v: t });
function sheetOf(cells: [number, number, XLSX.CellObject][]): XLSX.WorkSheet {
  const data: XLSX.CellObject[][] = [];
  for (const [r, c, cell] of cells) (data[r] ??= [])[c] = cell;
  return { '!data': data } as unknown as XLSX.WorkSheet;
}
const read = (sheet: XLSX.WorkSheet, limits = {}) => {
  try {
    return readSheet('Indicatori', sheet, false, { ...DEFAULT_LIMITS, ...limits }, { cells: 0, chars: 0 });
  } catch (error) {
    return (error as Error).message;
  }
};

describe('the sheet SheetJS made, checked again', () => {
  it('keeps the rows and columns as they are, empty places included', () => {
    expect(read(sheetOf([[0, 0, text('a')], [2, 3, text('b')]]))).toEqual({ name: 'Indicatori', rows: [[{ kind: 'text', text: 'a' }], [], [null, null, null, { kind: 'text', text: 'b' }]] });
  });

  it('refuses a cell far below or far right at once, without walking the holes', () => {
    const started = performance.now();
    expect(read(sheetOf([[0, 0, text('a')], [500_000_000, 0, text('b')]]))).toBe('Il foglio «Indicatori» ha dati oltre la riga 20.000: limite superato.');
    expect(read(sheetOf([[0, 1_000_000_000, text('b')]]))).toBe('Il foglio «Indicatori» ha dati oltre la colonna 200: limite superato.');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('ignores a far row that holds nothing', () => {
    expect(read(sheetOf([[0, 0, text('a')], [500_000_000, 0, { t: 'z' } as XLSX.CellObject]]))).toEqual({ name: 'Indicatori', rows: [[{ kind: 'text', text: 'a' }]] });
  });

  it('counts the cells and the characters SheetJS produced against the limits', () => {
    const cells = Array.from({ length: 5 }, (_, i): [number, number, XLSX.CellObject] => [i, 0, text('abcd')]);
    expect(read(sheetOf(cells), { maxCells: 4 })).toBe('Il file ha più di 4 celle con dati: limite superato nel foglio «Indicatori», riga 5, colonna A.');
    expect(read(sheetOf(cells), { maxTextChars: 10 })).toBe('Il file contiene più di 10 caratteri di testo: limite superato nel foglio «Indicatori», riga 3, colonna A.');
  });
});

describe('date cells', () => {
  it('read the same serial as the date of its own calendar, each time (dates met before are kept by calendar)', () => {
    const dated = (serial: number, date1904: boolean) => readSheet('Piano', sheetOf([[0, 0, { t: 'n', v: serial, z: 'dd/mm/yyyy' }]]), date1904, DEFAULT_LIMITS, { cells: 0, chars: 0 }).rows[0]![0];
    for (let round = 0; round < 2; round++) {
      expect(dated(45473, false)).toEqual({ kind: 'date', iso: '2024-06-30' });
      expect(dated(45473, true)).toEqual({ kind: 'date', iso: '2028-07-01' });
      expect(dated(3_000_000, false)).toEqual({ kind: 'number', value: 3_000_000, format: 'dd/mm/yyyy' });
    }
  });
});
