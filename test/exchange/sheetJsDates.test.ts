// Issue 21: readSheet no longer loads SheetJS for its two date functions; the copies in sheetJsDates.ts must answer
// as SheetJS's own for every format and serial (built-in and implicit formats, the plan's, random ones; serials at
// the edges of the calendar, both epochs).
import { describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { dateOfSerial, isDateFormat } from '../../electron/exchange/sheetJsDates';
import { seededRandom } from '../stress/mutations';

const SSF = XLSX.SSF as unknown as {
  is_date(format: string): boolean;
  parse_date_code(value: number, options: { date1904: boolean }): { y: number; m: number; d: number } | null;
  get_table(): Record<number, string>;
};

const PLAN_FORMATS = ['0.0%', '0.00%', 'dd/mm/yyyy', '#,##0.00 €', '#,##0.##', '#,##0.0', '"上午/下午 "hh"時"mm"分"ss"秒 "', 'General', '@', '[h]:mm', 'd.m', 'd\\.m', '[Red]0', '[$-410]dddd', 'B2yyyy', 'b1', 'A/P', 'am/pm', '_(* #,##0_)', '0\\-0', '"date"0', '[>=100]0', 'E+00', 'gg'];
const ALPHABET = ['0', '#', '?', '.', ',', '%', 'E', '+', '-', '"', '\\', '_', '@', '*', ' ', '(', ')', '[', ']', 'h', 'm', 's', 'd', 'y', 'e', 'g', 'b', 'B', '1', '2', 'A', 'a', '/', 'P', 'G', 'General', '上午/下午', 'x', '€'];

describe('the copies of SheetJS’s date functions', () => {
  it('tell date formats as SSF.is_date does', () => {
    const random = seededRandom(21);
    const formats = [...Object.values(SSF.get_table()), ...PLAN_FORMATS];
    for (let i = 0; i < 20_000; i++) {
      formats.push(Array.from({ length: 1 + Math.floor(random() * 8) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join(''));
    }
    const disagreeing = formats.filter((format) => isDateFormat(format) !== SSF.is_date(format));
    expect(disagreeing).toEqual([]);
    expect(formats.filter((format) => isDateFormat(format)).length).toBeGreaterThan(1000); // both answers were met
  });

  it('give a serial the day SSF.parse_date_code gives it, in both epochs', () => {
    const random = seededRandom(19);
    const serials = [-1, -0.5, 0, 0.5, 0.99999999, 1, 59, 59.9999999, 60, 60.5, 61, 366, 45473, 45473.99999999, 45473.9999999999, 2958465, 2958465.5, 2958466, 1e-7, 1e-300];
    for (let i = 0; i < 20_000; i++) serials.push(random() * 3_000_000 - 1000, Math.floor(random() * 60_000) + (random() < 0.5 ? 0.99999 + random() * 0.00001 : 0));
    for (const date1904 of [false, true]) {
      const disagreeing = serials.filter((value) => {
        const theirs = SSF.parse_date_code(value, { date1904 });
        const ours = dateOfSerial(value, date1904);
        return theirs === null ? ours !== null : ours === null || ours.y !== theirs.y || ours.m !== theirs.m || ours.d !== theirs.d;
      });
      expect(disagreeing).toEqual([]);
    }
  });
});
