// Issue 21: a worksheet's value texts are read without the runtime's parseInt and parseFloat when they are plain
// digits (plainNumbers.ts), and the number scan lets plain whole numbers through without its full check
// (numberScan.ts). Both shortcuts must answer exactly what they stand for, on every text.
import { describe, expect, it } from 'vitest';
import { NumberScan } from '../../electron/exchange/numberScan';
import { decimalInt, decimalNumber } from '../../electron/exchange/plainNumbers';
import { numberTextProblem } from '../../shared/exchange/numberTexts';

let seed = 21;
const random = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;

/** Texts near the shortcuts' edges: digits, points, signs, exponents, spaces, 15 and 16 digits. */
function texts(count: number): string[] {
  const pieces = ['0', '1', '7', '9', '00', '123456789', '.', '-', '+', 'e', 'E', ' ', 'x', '_', '999999999999999', '1000000000000000'];
  const found = ['', '0', '.5', '5.', '0.077', '1e3', '0.1', '0.30000000000000004', '9007199254740993', '123456789012345.6'];
  while (found.length < count) {
    let text = '';
    for (let i = random(6); i >= 0; i--) text += pieces[random(pieces.length)];
    found.push(random(4) === 0 ? String(random(1_000_000) / 10 ** random(12)) : text);
  }
  return found;
}

describe('value texts read without the runtime parsers', () => {
  it('give what parseInt and parseFloat give', () => {
    for (const text of texts(50_000)) {
      expect(Object.is(decimalInt(text), parseInt(text, 10)), text).toBe(true);
      expect(Object.is(decimalNumber(text), parseFloat(text)), text).toBe(true);
    }
  });

  it('mark the same numeric cells as the full check of numberTexts.ts', () => {
    for (const text of texts(20_000)) {
      const scan = new NumberScan();
      scan.xlsxCell('Foglio', 0, 0, 'n', text);
      expect(scan.found.length, text).toBe(numberTextProblem(text.trim()) === null ? 0 : 1);
    }
  });
});
