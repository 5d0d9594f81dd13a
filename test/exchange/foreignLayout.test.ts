// A colleague's workbook in a foreign layout (title rows, reordered and renamed columns, operators merged with the
// targets, Italian text numbers, blank rows, extra sheets, an old programme code) imports onto the sample plan
// with exactly the edits it carries; editing one cell of the canonical export changes exactly that field.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { exchangeHandlers } from '../../electron/app/exchangeHandlers';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { documentWithoutIds } from '../db/tempFiles';
import { sampleContext, xlsxFrom, type Aoa } from './fixtures';

let env: ReturnType<typeof sampleContext>;
beforeEach(() => {
  env = sampleContext();
});
afterEach(() => env.cleanup());

const base64 = (bytes: Buffer) => bytes.toString('base64');

/** The seed's first card as a colleague retypes it: Italian text everywhere, own column order and names. */
function foreignWorkbook(): Buffer {
  const rows: Aoa = [
    ['Camera di Commercio – monitoraggio PIRA', null, null],
    [null],
    ['Peso indicatori', 'Unità di misura', 'Target 2024', 'Indicatori', 'Cod. obiettivo', 'Valore al 30/06/2024', '2025', 'Tipologia', '__proto__', 'Note varie'],
    ['20,0%', 'n.', '>= 4', samplePlan2024.cards[0]!.indicators[0]!.name, '01_01_OS01', '1', 'n.d.', 'Efficienza', 'x', 'ok'],
    ['20,0%', 'n.', '>= 85', 'Ampiezza delle attività di assesment', '01_01_OS01', '45', 'n.d.', 'Efficienza', 'x', ''],
    [null],
    ['20,0%', 'n.', '>= 15', 'Capacità di affiancare le imprese', '01_01_OS01', '0', 'n.d.', 'Efficienza', null, null],
    ['20,0%', 'n.', '>= 1', 'Supporto finanziario alla "doppia transizione"', '01_01_OS01', '1', 'n.d.', 'Efficienza', null, null],
    ['20,0%', '%', '>= 80%', 'Grado di utilizzo delle risorse', '01_01_OS01', '7%', 'n.d.', 'Salute economica', null, null],
  ];
  const cards: Aoa = [
    ['Codice scheda', 'Titolo', 'D.M. 27/03/2013 Programma', 'constructor'],
    ['03_01_OS02', 'Salute organizzativa (aggiornato)', '032.004', 'y'],
  ];
  return xlsxFrom({ 'Dati 2024': rows, Appunti: [['promemoria', 'telefonare a Mario']], Schede: cards });
}

describe('foreign layout', () => {
  it('finds the columns by their headers and reports exactly the edited fields', async () => {
    const handlers = exchangeHandlers(env.ctx);
    const preview = await handlers.previewImport({ planId: 1, fileName: 'colleghi.xlsx', dataBase64: base64(foreignWorkbook()) });
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(preview.canApply).toBe(true);
    const warnings = preview.problems.map((p) => p.message).join('\n');
    expect(warnings).toContain('Foglio «Appunti»');
    expect(warnings).toContain('«Note varie»');
    expect(warnings).toContain('ricondotto a 032.003');
    const first = preview.cards.find((c) => c.code === '01_01_OS01');
    expect(first?.status).toBe('changed');
    expect(first?.changes).toEqual([]);
    expect(first?.indicators).toEqual([
      {
        status: 'changed',
        name: 'Ampiezza delle attività di assesment',
        changes: [
          { field: 'Valore al 30/06/2024', before: '43', after: '45' },
          { field: 'Target 2024', before: '80', after: '85' },
        ],
      },
    ]);
    const second = preview.cards.find((c) => c.code === '03_01_OS02');
    expect(second?.changes).toEqual([{ field: 'Obiettivo', before: 'Salute organizzativa', after: 'Salute organizzativa (aggiornato)' }]);
    // The card's rows are in another sheet of the file, its indicators are not: reported absent, kept as they are.
    expect(second?.indicators.map((i) => i.status)).toEqual(Array(12).fill('absent'));
    expect(preview.cards.filter((c) => c.status === 'absent')).toHaveLength(16);
    expect(({} as Record<string, unknown>).x).toBeUndefined();

    await handlers.applyImport({ token: preview.token });
    const stored = env.reopen().repo.loadPlan(1);
    const expected = structuredClone(samplePlan2024);
    const assesment = expected.cards[0]!.indicators[1]!;
    assesment.measurements[0]!.value = { kind: 'number', value: 45, decimals: 0 };
    assesment.targets[0]!.value = { kind: 'number', value: 85, decimals: 0 };
    expected.cards.find((c) => c.code === '03_01_OS02')!.title = 'Salute organizzativa (aggiornato)';
    expect(documentWithoutIds(stored)).toEqual(documentWithoutIds(expected));
  });

  it('refuses to apply a row whose value cannot be read, saying sheet, row and column', async () => {
    const rows: Aoa = [
      ['Codice', 'Indicatore', 'Valore rilevato'],
      ['01_01_OS01', 'Ampiezza delle attività di assesment', '8.3'],
    ];
    const handlers = exchangeHandlers(env.ctx);
    const preview = await handlers.previewImport({ planId: 1, fileName: 'x.xlsx', dataBase64: base64(xlsxFrom({ Foglio1: rows })) });
    expect(preview.canApply).toBe(false);
    expect(preview.problems).toContainEqual(
      expect.objectContaining({ severity: 'error', sheet: 'Foglio1', row: 2, column: '«Valore rilevato» (C)', message: expect.stringContaining('virgola') }),
    );
    await expect(Promise.resolve().then(() => handlers.applyImport({ token: preview.token }))).rejects.toMatchObject({ code: 'invalid-request' });
  });
});

describe('one edited cell', () => {
  it.each([
    ['Indicatori', 'Target 2025', 'Età media del personale', 60, { field: 'Target 2025', before: '58', after: '60' }],
    ['Indicatori', 'Peso', 'Età media del personale', 0.1, { field: 'Peso', before: '8,3%', after: '10,0%' }],
    ['Indicatori', 'Note', 'Età media del personale', 'verificare', { field: 'Note', before: '', after: 'verificare' }],
  ] as const)('%s / %s of «%s» changes only that field', async (sheetName, header, indicatorName, newValue, change) => {
    const handlers = exchangeHandlers(env.ctx);
    const produced = await handlers.exportWorkbook({ planId: 1, format: 'xlsx', selection: { kind: 'all' } });
    const wb = XLSX.read(Buffer.from(produced.dataBase64 ?? '', 'base64'), { cellNF: true });
    const sheet = wb.Sheets[sheetName]!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    const column = (rows[0] as string[]).indexOf(header);
    const row = rows.findIndex((r) => r[2] === indicatorName);
    const address = XLSX.utils.encode_cell({ r: row, c: column });
    sheet[address] = typeof newValue === 'number' ? { ...sheet[address], t: 'n', v: newValue } : { t: 's', v: newValue };
    const edited = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const preview = await handlers.previewImport({ planId: 1, fileName: 'x.xlsx', dataBase64: base64(edited) });
    const changed = preview.cards.filter((c) => c.status !== 'unchanged');
    expect(changed.map((c) => c.code)).toEqual(['03_01_OS02']);
    expect(changed[0]?.indicators).toEqual([{ status: 'changed', name: indicatorName, changes: [change] }]);
  });
});
