// Paste of indicator rows copied from Excel/Word: the seed's own table lines must read back, headers skipped,
// bad rows reported with row and column.
import { describe, expect, it } from 'vitest';
import { describePasteProblem, parsePastedRows, splitTabular } from '../../shared/pasteRows';

const options = { years: [2024, 2025, 2026], monitoringDate: '2024-06-30' };

describe('splitTabular', () => {
  it.each([
    ['a\tb\nc\td', [['a', 'b'], ['c', 'd']]],
    ['a\tb\r\nc\td\r\n', [['a', 'b'], ['c', 'd']]],
    ['"Nome\nalgoritmo"\tx', [['Nome\nalgoritmo', 'x']]],
    ['"con ""virgolette"""\t1', [['con "virgolette"', '1']]],
  ])('%j', (text, rows) => {
    expect(splitTabular(text)).toEqual(rows);
  });
});

describe('parsePastedRows', () => {
  it('reads a seed table with separate operators and skips its two header lines', () => {
    const text = [
      'Indicatori\tTipologia\tUdM\t30/06/2024\tTarget 2024\t\tTarget 2025\tTarget 2026\tPerformance\tPeso indicatori',
      '\t\t\t\t>=\t\t\t\t\t',
      'Ampiezza delle attività di assesment\tEfficienza\tn.\t43\t>=\t80\tn.d.\tn.d.\t54%\t20,0%',
      'Grado di utilizzo delle risorse\tSalute economica\t%\t7%\t>=\t80%\tn.d.\tn.d.\t8%\t20,0%',
    ].join('\n');
    const result = parsePastedRows(text, options);
    expect(result.headerRows).toBe(2);
    expect(result.problems).toEqual([]);
    expect(result.indicators).toHaveLength(2);
    const [first, second] = result.indicators;
    expect(first).toMatchObject({ name: 'Ampiezza delle attività di assesment', tipologia: 'Efficienza', udm: 'n.', operator: '>=', weight: 0.2 });
    expect(first?.measurements).toEqual([{ date: '2024-06-30', value: { kind: 'number', value: 43, decimals: 0 } }]);
    expect(first?.targets.map((t) => t.value.kind)).toEqual(['number', 'missing', 'missing']);
    expect(second?.targets[0]?.value).toEqual({ kind: 'percent', value: 0.8, decimals: 0 });
  });

  it.each([
    ['merged operator', 'Adozione del bando\tEfficienza\tdata\t24.01.2024\t<= 31.01.2024\tn.d.\tn.d.\t100%\t16,7%', '<=', 'date'],
    ['yes/no', 'Diffusione\tEfficienza\tsi/no\tsì\t= sì\tn.d.\tn.d.\t100%\t20,0%', '=', 'bool'],
    ['thousands', 'Attrattività eventi\tVolume\tn.\t8.380\t>= 7.500\t7.500\t7.500\t100%\t20,0%', '>=', 'number'],
    ['trailing empty cell', 'Intranet\tEfficienza\tsi/no\tn.d.\t=\tsi\tsi\tsi\tn.d.\t14,3%\t', '=', 'bool'],
  ])('%s', (_label, line, operator, targetKind) => {
    const result = parsePastedRows(line, options);
    expect(result.problems).toEqual([]);
    expect(result.indicators[0]?.operator).toBe(operator);
    expect(result.indicators[0]?.targets[0]?.value.kind).toBe(targetKind);
  });

  it('asks the reading of a bare number under % (0,85: 85% or 0,85%?) at its row and column, as typing and the import (issue 17)', () => {
    const result = parsePastedRows('Grado di utilizzo\tSalute economica\t%\t0,85\t>=\t80\tn.d.\tn.d.\t8%\t20,0%', options);
    expect(result.indicators).toEqual([]);
    expect(result.problems.map(describePasteProblem)).toEqual([
      'Riga 1, colonna «Valore»: «0,85» sotto un indicatore in %: si intende 85% oppure 0,85%? Scrivere il valore con il segno %',
      'Riga 1, colonna «Target 2024»: «80» sotto un indicatore in %: si intende 80% oppure 8.000%? Scrivere il valore con il segno %',
    ]);
  });

  it('keeps the second line of a quoted Excel cell as the algoritmo', () => {
    const result = parsePastedRows('"Desk\nNumero di desk"\tEfficienza\tn.\t1\t>= 1\tn.d.\tn.d.\t100%\t20,0%', options);
    expect(result.indicators[0]).toMatchObject({ name: 'Desk', algoritmo: 'Numero di desk' });
  });

  it.each([
    ['Nome\tEfficienza\tn.\tabc\t>= 1\tn.d.\tn.d.\t0%\t20,0%', 'Valore'],
    ['Nome\tEfficienza\tn.\t1\t1\tn.d.\tn.d.\t0%\t20,0%', 'Operatore'],
    ['Nome\tEfficienza\tn.\t1\t>= 1\tn.d.\tn.d.', 'Peso'],
    ['Nome\tEfficienza\tn.\t1\t>= 1\tboh\tn.d.\t0%\t20,0%', 'Target 2025'],
    ['\tEfficienza\tn.\t1\t>= 1\tn.d.\tn.d.\t0%\t20,0%', 'Indicatore'],
  ])('reports %j in column %s and imports nothing of that row', (line, column) => {
    const ok = 'Buono\tEfficienza\tn.\t2\t>= 1\tn.d.\tn.d.\t100%\t20,0%';
    const result = parsePastedRows(`${ok}\n${line}`, options);
    expect(result.indicators.map((i) => i.name)).toEqual(['Buono']);
    expect(result.problems.map((p) => [p.row, p.column])).toContainEqual([2, column]);
    expect(describePasteProblem(result.problems[0]!)).toMatch(/^Riga 2, colonna «/);
  });
});
