// The mapping API through `dispatch` (payloads validated as the UI's are): moving the header row starts from what the
// new row says, a sheet that names its cards by title updates them, a new plan takes the year written in the dialog,
// and saved layouts are renamed, deleted, exported to a JSON file and imported from one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/app/dispatch';
import { createHandlers } from '../../electron/app/handlers';
import type { ApiMethod, ApiRequest, ApiResponse, ImportPreview } from '../../shared/api';
import type { SavedLayout } from '../../shared/exchange/columnLayout';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { sampleContext, xlsxFrom, type Aoa } from './fixtures';
import { ambitoSheetsLayout, oneSheetLayout } from './unfamiliarLayouts';

let env: ReturnType<typeof sampleContext>;
let handlers: ReturnType<typeof createHandlers>;
beforeEach(() => {
  env = sampleContext();
  handlers = createHandlers(env.ctx); // one back end: its import sessions live as long as the test
});
afterEach(() => env.cleanup());

async function call<M extends ApiMethod>(method: M, req: ApiRequest<M>): Promise<ApiResponse<M>> {
  const result = await dispatch(handlers, method, JSON.parse(JSON.stringify(req)));
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as ApiResponse<M>;
}
const refusal = async <M extends ApiMethod>(method: M, req: ApiRequest<M>) => {
  const result = await dispatch(handlers, method, JSON.parse(JSON.stringify(req)));
  return result.ok ? null : result.error;
};

const preview = (sheets: Record<string, Aoa>, planId: number | null = 1, extra: { ente?: string } = {}) =>
  call('previewImportFiles', { planId, files: [{ fileName: 'collega.xlsx', dataBase64: xlsxFrom(sheets).toString('base64') }], ...extra });

describe('the mapping step through the API', () => {
  it('moving the header row starts from what the new row understands', async () => {
    const first = await preview(ambitoSheetsLayout());
    const sheet = first.sheets.find((s) => s.sheet === 'Ambito 2')!;
    expect(sheet.headerRow).toBe(4);
    const moved = await call('mapImportSheet', { token: first.token, mapping: { fileIndex: 0, sheet: 'Ambito 2', headerRow: 5, firstDataRow: 6, columns: [] } });
    const view = moved.sheets.find((s) => s.sheet === 'Ambito 2')!;
    expect([view.headerRow, view.firstDataRow, view.readWith]).toEqual([5, 6, null]);
    expect(view.columns.map((c) => c.header).slice(0, 3)).toEqual(['(codice)', '(testo)', '(codice – nome)']);
    // «(codice)» and «(valore)» are words the vocabularies know: understood, but no table yet.
    expect(view.columns[0]?.meaning).toEqual({ kind: 'card', field: 'code' });
    expect(view.missing).toEqual(['Indicatore']);
  });

  it('reads the other sheets with the same headers with one mapping, and a sheet mapped on its own with its own', async () => {
    const first = await preview(ambitoSheetsLayout());
    const view = first.sheets.find((s) => s.sheet === 'Ambito 1')!;
    const columns = (weight: 'weight' | 'note') =>
      view.columns.map((c, index) => ({
        index: c.index,
        meaning:
          c.meaning ??
          ([
            { kind: 'card', field: 'code' },
            { kind: 'card', field: 'title' },
            { kind: 'card', field: 'missione' },
            { kind: 'card', field: 'programma' },
            { kind: 'field', field: 'name' },
            { kind: 'field', field: 'algoritmo' },
            { kind: 'field', field: 'tipologia' },
            { kind: 'field', field: 'udm' },
            { kind: 'measurement', date: '2024-06-30' },
            { kind: 'field', field: 'operator' },
            { kind: 'target', year: 2024 },
            { kind: 'target', year: 2025 },
            { kind: 'target', year: 2026 },
            { kind: 'field', field: weight },
          ] as const)[index]!,
      }));
    const once = await call('mapImportSheet', { token: first.token, mapping: { fileIndex: 0, sheet: 'Ambito 1', headerRow: 3, firstDataRow: 5, columns: columns('weight') } });
    expect(once.sheets.map((s) => [s.sheet, s.readWith?.kind, s.headerRow, s.firstDataRow])).toEqual([
      ['Ambito 1', 'mapped', 3, 5],
      ['Ambito 2', 'mapped', 4, 6],
      ['Ambito 3', 'mapped', 3, 5],
    ]);
    const own = await call('mapImportSheet', { token: first.token, mapping: { fileIndex: 0, sheet: 'Ambito 2', headerRow: 4, firstDataRow: 6, columns: columns('note') } });
    const quota = (sheet: string) => own.sheets.find((s) => s.sheet === sheet)?.columns.find((c) => c.header === 'Quota')?.meaning;
    expect([quota('Ambito 1'), quota('Ambito 2'), quota('Ambito 3')]).toEqual([{ kind: 'field', field: 'weight' }, { kind: 'field', field: 'note' }, { kind: 'field', field: 'weight' }]);
  });

  it('updates the cards a sheet names by their title', async () => {
    const card = samplePlan2024.cards[3]!;
    const rows: Aoa = [
      ['Finalità', 'Misuratore', 'Esito'],
      [card.title, card.indicators[0]!.name, 99],
      ['Un obiettivo che il piano non ha', 'Qualcosa', 1],
    ];
    const first = await preview({ F: rows });
    const mapped = await call('mapImportSheet', {
      token: first.token,
      mapping: {
        fileIndex: 0,
        sheet: 'F',
        headerRow: 1,
        firstDataRow: 2,
        columns: [
          { index: 0, meaning: { kind: 'card', field: 'title' } },
          { index: 1, meaning: { kind: 'field', field: 'name' } },
          { index: 2, meaning: { kind: 'measurement', date: '2024-06-30' } },
        ],
      },
    });
    expect(mapped.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([
      'Foglio «F», riga 3, colonna «Finalità» (A): nessuna scheda del piano ha il titolo «Un obiettivo che il piano non ha»: indicare la colonna del codice della scheda.',
    ]);
    const changed = mapped.cards.find((c) => c.code === card.code);
    expect(card.indicators[0]?.measurements[0]?.value).toEqual({ kind: 'number', value: 2, decimals: 0 });
    expect(changed?.indicators.find((i) => i.status === 'changed')?.changes).toEqual([{ field: 'Valore al 30/06/2024', before: '2', after: '99' }]);
  });

  it('gives a new plan the year written in the dialog', async () => {
    const empty = sampleContext(false);
    const other = createHandlers(empty.ctx);
    try {
      const rows = oneSheetLayout()['Foglio1']!.map((r) => r.slice(0, 2));
      const first = await other.previewImportFiles({ planId: null, files: [{ fileName: 'x.xlsx', dataBase64: xlsxFrom({ F: rows }).toString('base64') }], ente: 'CCIAA' });
      expect(first.frame).toEqual({ monitoringDates: [], horizonYears: [] });
      const withYear = await other.chooseImportOptions({ token: first.token, choices: {}, year: 2025 });
      expect([withYear.year, withYear.frame.horizonYears]).toEqual([2025, [2025, 2026, 2027]]);
    } finally {
      empty.cleanup();
    }
  });
});

describe('saved layouts through the API', () => {
  async function saved(name: string): Promise<{ layouts: SavedLayout[]; preview: ImportPreview }> {
    const first = await preview(oneSheetLayout());
    const mapped = await call('mapImportSheet', {
      token: first.token,
      mapping: {
        fileIndex: 0,
        sheet: 'Foglio1',
        headerRow: 1,
        firstDataRow: 2,
        columns: [
          { index: 0, meaning: { kind: 'codeAndTitle' } },
          { index: 1, meaning: { kind: 'field', field: 'name' } },
          { index: 10, meaning: { kind: 'measurement', date: '2024-06-30' } },
        ],
      },
    });
    return call('saveImportLayout', { token: mapped.token, fileIndex: 0, sheet: 'Foglio1', name });
  }

  it('are listed, renamed, deleted; a name taken is refused', async () => {
    const { layouts } = await saved('Lucca');
    expect(layouts.map((l) => [l.name, l.columns.map((c) => c.header)])).toEqual([['Lucca', ['SCOPO', 'PARAMETRO', 'RILEVAZIONE {data}']]]);
    expect(await refusal('saveImportLayout', { token: (await preview(oneSheetLayout())).token, fileIndex: 0, sheet: 'Foglio1', name: 'lucca' })).toMatchObject({ code: 'conflict' });
    expect((await call('renameImportLayout', { name: 'Lucca', newName: 'Pisa' })).map((l) => l.name)).toEqual(['Pisa']);
    expect(await call('listImportLayouts', {})).toHaveLength(1);
    expect(await call('deleteImportLayout', { name: 'pisa' })).toEqual([]);
    expect(await refusal('deleteImportLayout', { name: 'Pisa' })).toMatchObject({ code: 'not-found', message: "Nel file non c'è un modello di importazione «Pisa»." });
  });

  it('travel as a small JSON file to another plan file, checked on the way in', async () => {
    await saved('Lucca');
    const produced = await call('exportImportLayout', { name: 'Lucca' });
    expect(produced.fileName).toBe('Modello PIRA - Lucca.json');
    const text = Buffer.from(produced.dataBase64 ?? '', 'base64').toString('utf8');
    expect(JSON.parse(text)).toMatchObject({ formato: 'PIRA Desk – modello di importazione', versione: 1, modello: { name: 'Lucca', headerRow: 1, firstDataRow: 2 } });
    await call('deleteImportLayout', { name: 'Lucca' });
    expect((await call('importImportLayout', { fileName: produced.fileName, dataBase64: produced.dataBase64 ?? '' })).map((l) => l.name)).toEqual(['Lucca']);
    const next = await preview(oneSheetLayout());
    expect(next.files[0]?.description).toBe('letto con il modello "Lucca"');
    const broken = Buffer.from(text.replace('"codeAndTitle"', '"codiceTitolo"')).toString('base64');
    expect(await refusal('importImportLayout', { fileName: 'rotto.json', dataBase64: broken })).toMatchObject({ code: 'invalid-request', message: expect.stringContaining('«rotto.json»: il modello non è valido (campo «modello.columns.0.meaning') });
  });
});
