// Issue 22, point 4: the grammar that decides whether the number a cell stores can be read at all, what an
// unreadable one can stand for, and that such a cell survives the trip from the parse worker.
import { describe, expect, it } from 'vitest';
import { packWorkbook, unpackWorkbook } from '../../electron/exchange/workerProtocol';
import { numberTextProblem, proposedReading, unreadableMessage } from '../../shared/exchange/numberTexts';

describe('numberTextProblem', () => {
  it.each([
    ['4', null],
    ['0.2', null],
    ['-5.25', null],
    ['45473', null],
    ['1E-5', null],
    [' 7 ', null],
    ['0', null],
    ['', 'vuoto'],
    ['0x10', 'non-numero'],
    ['1,5', 'non-numero'],
    ['NaN', 'non-numero'],
    ['Infinity', 'non-numero'],
    ['INF', 'non-numero'],
    ['1e309', 'fuori-intervallo'],
    ['2e15', 'fuori-intervallo'],
    ['1e-320', 'troppo-piccolo'],
    ['3e-11', 'troppo-piccolo'],
    ['-0', 'meno-zero'],
    ['-0.0', 'meno-zero'],
  ])('%j → %s', (text, problem) => {
    expect(numberTextProblem(text)).toBe(problem);
  });
});

describe('what an unreadable cell can stand for', () => {
  it.each<[string, string, string, unknown]>([
    ['', '4', 'n.', { kind: 'number', value: 4, decimals: 0 }],
    ['', '5%', '%', { kind: 'percent', value: 0.05, decimals: 0 }],
    ['', '1,234.5', 'n.', null],
    ['', '', 'n.', null],
    ['-0', '0', 'n.', { kind: 'number', value: 0, decimals: 0 }],
    ['0x10', '16', 'n.', null],
  ])('written %j, shown %j, UdM %j', (written, shown, udm, reading) => {
    expect(proposedReading({ kind: 'unreadable', written, shown }, udm)).toEqual(reading);
  });
  it('says what is wrong and what to do', () => {
    expect(unreadableMessage({ kind: 'unreadable', written: '', shown: '4' })).toMatch(/^la cella mostra «4» ma il numero che contiene è vuoto .*: riscrivere il valore/);
    expect(unreadableMessage({ kind: 'unreadable', written: '1e309', shown: '' })).toMatch(/fuori dall’intervallo ammesso \(al massimo 1\.000\.000\.000\.000\.000/);
  });
});

describe('the parse worker’s reply', () => {
  it('carries an unreadable cell with what it holds and shows', () => {
    const workbook = { sheets: [{ name: 'S', rows: [[null, { kind: 'unreadable' as const, written: '', shown: '4' }, { kind: 'number' as const, value: 1, format: 'General' }]] }] };
    expect(unpackWorkbook(packWorkbook(workbook).packed)).toEqual(workbook);
  });
});
