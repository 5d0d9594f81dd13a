// The seed's Word tables pasted into Excel (seedWorkbook.ts) import onto the sample plan: unedited they change
// nothing; edited, the preview lists exactly the edited fields; shifted or unkeyed tables are errors with sheet,
// row and column, and an error anywhere blocks the whole apply (the plan stays byte for byte as it was).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPending, prepareImport } from '../../electron/exchange/exchangeService';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { documentWithoutIds } from '../db/tempFiles';
import { bytesOf, sampleContext, xlsxFrom, type Aoa } from './fixtures';
import { ambito1, ambito2, ambito3, nameCell, pct } from './seedWorkbook';

let env: ReturnType<typeof sampleContext>;
beforeEach(() => {
  env = sampleContext();
});
afterEach(() => env.cleanup());

const IN_FILE = ['01_01_OS01', '01_01_OS04', '01_04_OS02', '01_05_OS02', '02_01_OS01', '01_04_OS01', '03_01_OS03'];

const workbook = (sheets: Record<string, Aoa> = { 'Ambito 1': ambito1(), 'Ambito 2': ambito2(), 'Ambito 3': ambito3() }) => xlsxFrom(sheets);
const preview = (bytes: Buffer) => prepareImport(env.file, 1, bytes);

/** Replaces the cell in the row whose first cells hold `name` (the name cell, or the code then the name). */
function edit(rows: Aoa, name: string, column: number, value: Aoa[number][number]): void {
  const row = rows.find((r) => r.includes(name));
  if (!row) throw new Error(`riga «${name.slice(0, 30)}» assente dal fixture`);
  row[column] = value;
}

describe('the seed tables pasted into Excel', () => {
  it('import unedited without changing anything, saying what they ignored', async () => {
    const { preview: result } = await preview(workbook());
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.canApply).toBe(true);
    expect(result.cards.filter((c) => c.status !== 'absent').map((c) => [c.code, c.status])).toEqual(
      samplePlan2024.cards.filter((c) => IN_FILE.includes(c.code)).map((c) => [c.code, 'unchanged']),
    );
    expect(result.problems.map((p) => p.message)).toEqual([
      'Foglio «Ambito 1», riga 14, colonna «(vuota)» (F): «1» sotto l\'intestazione non è un anno né un operatore: ignorato.',
      'Foglio «Ambito 2», riga 10: nota «*Gli ultimi dati disponibili si riferiscono al 31.3.2024» non importata (le note si modificano nella colonna «Note» o nella scheda).',
      'Foglio «Ambito 3», riga 25: nota «*Target modificato rispetto al PIAO 2024» non importata (le note si modificano nella colonna «Note» o nella scheda).',
    ]);
  });

  it('list exactly the edited cells, in Italian, and apply only those', async () => {
    const [one, two, three] = [ambito1(), ambito2(), ambito3()];
    edit(one, nameCell('01_01_OS01', 2), 3, 47);
    edit(one, nameCell('01_05_OS02', 2), 5, '2');
    edit(two, nameCell('02_01_OS01', 1), 4, 64700);
    edit(two, nameCell('02_01_OS01', 2), 6, '--');
    edit(two, nameCell('02_01_OS01', 3), 4, pct(0.0301, '0.00%'));
    edit(three, nameCell('01_04_OS01', 1), 6, 8000);
    edit(three, nameCell('01_04_OS01', 3), 8, 0.25);
    const renamed = nameCell('01_04_OS01', 2).replace(/\n.*/s, '\nNumero di eventi realizzati presso gli spazi camerali');
    edit(three, nameCell('01_04_OS01', 2), 0, renamed);
    edit(three, nameCell('03_01_OS03', 2), 3, 'sì');
    edit(three, nameCell('03_01_OS03', 1), 6, '31/01/2025');
    const { preview: result, pending } = await preview(workbook({ 'Ambito 1': one, 'Ambito 2': two, 'Ambito 3': three }));
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const changed = result.cards.filter((c) => c.status === 'changed');
    expect(changed.map((c) => [c.code, c.changes, c.indicators])).toEqual([
      ['01_01_OS01', [], [{ status: 'changed', name: 'Ampiezza delle attività di assesment', changes: [{ field: 'Valore al 30/06/2024', before: '43', after: '47' }] }]],
      ['01_05_OS02', [], [{ status: 'changed', name: 'Storytelling imprenditoriale', changes: [{ field: 'Target 2025', before: 'n.d.', after: '2' }] }]],
      [
        '01_04_OS01',
        [],
        [
          { status: 'changed', name: 'Attrattività eventi realizzati', changes: [{ field: 'Target 2026', before: '7.500', after: '8.000' }] },
          {
            status: 'changed',
            name: 'Eventi Spazi camerali',
            changes: [{ field: 'Algoritmo di calcolo', before: 'Numero di eventi realizzati e/o ospitati presso gli spazi camerali', after: 'Numero di eventi realizzati presso gli spazi camerali' }],
          },
          { status: 'changed', name: 'Eventi Auditorium', changes: [{ field: 'Peso', before: '20,0%', after: '25,0%' }] },
        ],
      ],
      [
        '03_01_OS03',
        [],
        [
          { status: 'changed', name: 'Giornata della Trasparenza', changes: [{ field: 'Target 2025', before: '30/11/2025', after: '31/01/2025' }] },
          { status: 'changed', name: 'Codice di comportamento', changes: [{ field: 'Valore al 30/06/2024', before: 'no', after: 'sì' }] },
        ],
      ],
      [
        '02_01_OS01',
        [],
        [
          { status: 'changed', name: 'Cassetto digitale', changes: [{ field: 'Valore al 30/06/2024', before: '64.488', after: '64.700' }] },
          { status: 'changed', name: 'Grado di adesione al cassetto digitale', changes: [{ field: 'Target 2025', before: 'n.d.', after: '--' }] },
          { status: 'changed', name: 'Nuove adesioni al cassetto digitale', changes: [{ field: 'Valore al 30/06/2024', before: '2,77%', after: '3,01%' }] },
        ],
      ],
    ]);
    expect(result.cards.filter((c) => c.status === 'unchanged').map((c) => c.code)).toEqual(['01_01_OS04', '01_04_OS02']);

    applyPending(env.file, pending);
    const expected = structuredClone(samplePlan2024);
    const card = (code: string) => expected.cards.find((c) => c.code === code)!;
    card('01_01_OS01').indicators[1]!.measurements[0]!.value = { kind: 'number', value: 47, decimals: 0 };
    card('01_05_OS02').indicators[1]!.targets[1]!.value = { kind: 'number', value: 2, decimals: 0 };
    card('01_04_OS01').indicators[0]!.targets[2]!.value = { kind: 'number', value: 8000, decimals: 0 };
    card('01_04_OS01').indicators[1]!.algoritmo = 'Numero di eventi realizzati presso gli spazi camerali';
    card('01_04_OS01').indicators[2]!.weight = 0.25;
    card('02_01_OS01').indicators[0]!.measurements[0]!.value = { kind: 'number', value: 64700, decimals: 0 };
    card('02_01_OS01').indicators[1]!.targets[1]!.value = { kind: 'missing', mark: '--' };
    card('02_01_OS01').indicators[2]!.measurements[0]!.value = { kind: 'percent', value: 0.0301, decimals: 2 };
    card('03_01_OS03').indicators[0]!.targets[1]!.value = { kind: 'date', value: '2025-01-31' };
    card('03_01_OS03').indicators[1]!.measurements[0]!.value = { kind: 'bool', value: true };
    expect(documentWithoutIds(env.reopen().repo.loadPlan(1))).toEqual(documentWithoutIds(expected));
  });
});

describe('layouts the import refuses', () => {
  const errorsOf = async (sheets: Record<string, Aoa>) => {
    const before = bytesOf(env.path);
    const { preview: result, pending } = await preview(workbook(sheets));
    expect(result.canApply).toBe(false);
    expect(() => applyPending(env.file, pending)).toThrow(/errori bloccanti/);
    expect(bytesOf(env.path).equals(before)).toBe(true);
    return { result, errors: result.problems.filter((p) => p.severity === 'error') };
  };

  it('a row shifted against the header (the text export lost the merged "Target 2024") blocks the whole file', async () => {
    const three = ambito3();
    const header = three.findIndex((r) => r[4] === 'Target 2024');
    three[header] = ['Indicatori', 'Tipologia', 'UdM', '30/06/2024', 'Target 2024', 'Target 2025', 'Target 2026', 'Performance', 'Peso indicatori:', null];
    const one = ambito1();
    edit(one, nameCell('01_01_OS01', 2), 3, 47);
    const { result, errors } = await errorsOf({ 'Ambito 1': one, 'Ambito 3': three });
    expect(errors).toHaveLength(9);
    expect(errors[0]).toMatchObject({ sheet: 'Ambito 3', row: header + 2, column: '«Target 2024» (E)' });
    expect(errors[0]?.message).toContain("l'operatore «<=» è da solo nella cella ma la colonna accanto ha già l'intestazione «Target 2025»");
    // The other tables are still read and previewed: the officer sees everything before fixing the file.
    expect(result.cards.find((c) => c.code === '01_01_OS01')?.indicators).toHaveLength(1);
  });

  it('a value under a hole of the header (two empty cells after "Target 2024", one in the rows) is an error', async () => {
    const rows: Aoa = [
      ['Codice: 03_01_OS03'],
      ['Indicatori', 'Tipologia', 'UdM', '30/06/2024', 'Target 2024', null, null, 'Target 2025', 'Target 2026', 'Performance', 'Peso indicatori'],
      [nameCell('03_01_OS03', 2), 'Efficienza', 'si/no', 'no', '=', 'si', 'si', 'si', '0%', '11,1%'],
    ];
    const { errors } = await errorsOf({ Foglio1: rows });
    expect(errors.map((e) => [e.row, e.column])).toContainEqual([3, '«(vuota)» (G)']);
    expect(errors.find((e) => e.column === '«(vuota)» (G)')?.message).toContain('sfalsata');
  });

  it('a table without its card, a code that contradicts the "Codice:" row, a stray data row', async () => {
    const rows: Aoa = [
      ['Indicatori', 'Tipologia', 'UdM', '30/06/2024', 'Target 2024'],
      [nameCell('03_01_OS03', 3), 'Efficienza', 'n.', 'n.d.', '>= 3'],
      ['Codice: 03_01_OS03'],
      ['Codice', 'Indicatori', 'UdM', '30/06/2024', 'Target 2024'],
      ['03_01_OS02', nameCell('03_01_OS03', 3), 'n.', '2', '>= 3'],
      ['Obiettivo:', 'Trasparenza e anticorruzione'],
      [nameCell('03_01_OS03', 5), 'Efficienza', 'n.', '1', '>= 2'],
    ];
    const { errors } = await errorsOf({ Foglio1: rows });
    expect(errors.map((e) => [e.row, e.column ?? null, e.message])).toEqual([
      [1, null, 'Foglio «Foglio1», riga 1: la tabella non dice a quale scheda appartiene: aggiungere sopra l’intestazione una riga «Codice: 01_01_OS01» oppure una colonna «Codice» con il codice su ogni riga.'],
      [7, null, 'Foglio «Foglio1», riga 7: la riga sembra un indicatore ma non sta sotto una riga di intestazione («Indicatori», «Tipologia», «UdM»…): ripetere l’intestazione sopra la tabella.'],
      [5, '«Codice» (A)', 'Foglio «Foglio1», riga 5, colonna «Codice» (A): il codice 03_01_OS02 non corrisponde a «Codice: 03_01_OS03» della riga 3.'],
    ]);
  });
});
