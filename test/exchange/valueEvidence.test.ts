// The import side of issue 17 §2 and §10: a bare number under a % indicator follows the one rule of typing and paste
// (shared/percentEvidence.ts), as a number without format AND as text; a value out of scale (65 in a %-formatted cell
// = 6.500% against an 80% target) is a warning at its sheet, row and column, never silent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { exchangeHandlers } from '../../electron/app/exchangeHandlers';
import { naturalDecimals } from '../../shared/percentEvidence';
import { sampleContext } from './fixtures';

let env: ReturnType<typeof sampleContext>;
beforeEach(() => {
  env = sampleContext();
});
afterEach(() => env.cleanup());

async function exported() {
  const produced = await exchangeHandlers(env.ctx).exportWorkbook({ planId: 1, format: 'xlsx', selection: { kind: 'all' } });
  return XLSX.read(Buffer.from(produced.dataBase64 ?? '', 'base64'), { cellNF: true });
}
const base64 = (wb: XLSX.WorkBook) => (XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64');
/** Row 6 of «Indicatori» is 01_01_OS01, indicator 5 «Grado di utilizzo delle risorse» (%, 7% at 30/06, target 80%). */
async function withYearEnd(cell: XLSX.CellObject) {
  const wb = await exported();
  const sheet = wb.Sheets['Indicatori']!;
  const header = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })[0]!;
  sheet[XLSX.utils.encode_cell({ r: 5, c: header.indexOf('Valore al 31/12/2024') })] = cell;
  return exchangeHandlers(env.ctx).previewImport({ planId: 1, fileName: 'x.xlsx', dataBase64: base64(wb) });
}

describe('a value out of scale', () => {
  it('65 in a %-formatted cell (6.500%) is a warning at its row and column', async () => {
    const preview = await withYearEnd({ t: 'n', v: 65, z: '0%' });
    expect(preview.problems).toEqual([
      {
        severity: 'warning',
        sheet: 'Indicatori',
        row: 6,
        column: 'Valore al 31/12/2024',
        message:
          'Foglio «Indicatori», riga 6: scheda 01_01_OS01, «Grado di utilizzo delle risorse», valore al 31/12/2024: 6.500% supera il 100%, mentre i target dell’indicatore arrivano al massimo a 80%: controllare il valore (una percentuale scritta come numero?).',
      },
      {
        severity: 'warning',
        sheet: 'Indicatori',
        row: 6,
        column: 'Valore al 31/12/2024',
        message:
          'Foglio «Indicatori», riga 6: scheda 01_01_OS01, «Grado di utilizzo delle risorse», valore al 31/12/2024: 6.500% è 81 volte più grande del target 2024 (80%) e 929 volte più grande del valore al 30/06/2024 (7%): controllare il valore.',
      },
    ]);
    expect(preview.canApply).toBe(true);
  });

  it('65% is plausible: no warning', async () => {
    expect((await withYearEnd({ t: 'n', v: 0.65, z: '0%' })).problems).toEqual([]);
  });
});

describe('a bare number under %, as typing and paste read it', () => {
  it.each<[string, XLSX.CellObject, string, boolean]>([
    ['0,85 without format: 85% to confirm', { t: 'n', v: 0.85 }, 'frazione', true],
    ['0,85 written as text: the same question', { t: 's', v: '0,85' }, 'frazione', true],
    ['85 without format: 85% to confirm', { t: 'n', v: 85 }, 'punti', true],
    ['46,56 without format: only points, said but not asked', { t: 'n', v: 46.56 }, 'punti', false],
  ])('%s', async (_what, cell, suggested, required) => {
    const preview = await withYearEnd(cell);
    const readings = preview.decisions.filter((d) => d.kind === 'reading' && d.message.includes('Valore al 31/12/2024'));
    expect(readings.map((d) => ({ suggested: d.suggested, required: d.required }))).toEqual([{ suggested, required }]);
    expect(preview.canApply).toBe(!required);
  });
});

describe('naturalDecimals', () => {
  it.each([
    [5, 0],
    [-12, 0],
    [0, 0],
    [-0, 0],
    [1e15, 0],
    [123456789012345, 0],
    [5.25, 2],
    [-0.125, 3],
    [0.1 + 0.2, 1],
    [1 / 3, 6],
    [1e-7, 0],
    [123456.5, 1],
    [Number.NaN, 0],
  ])('%s shows %s decimals', (n, decimals) => {
    expect(naturalDecimals(n)).toBe(decimals);
  });
});
