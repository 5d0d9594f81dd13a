// printHandlers: the route given to the host, the PDF's suggested name, and refusals before the host is called.
import { describe, expect, it } from 'vitest';
import { checkPrintScope, pdfFileName, printHandlers } from '../../electron/app/printHandlers';
import type { AppContext } from '../../electron/app/context';
import type { Host } from '../../electron/app/host';
import type { PrintScope, ProducedFile } from '../../shared/api';
import type { PlanDocument } from '../../shared/model';

const doc = {
  id: 5,
  settings: { year: 2024, monitoringDate: '2024-06-30' },
  cards: [{ code: '01_01_OS01' }, { code: '03_01_OS05' }],
} as unknown as PlanDocument;

function fakeContext() {
  const calls: { printed: string[]; rendered: string[]; delivered: Array<{ suggestedName: string; size: number }> } = {
    printed: [],
    rendered: [],
    delivered: [],
  };
  const host: Host = {
    kind: 'electron',
    appVersion: 'test',
    async deliverFile(file): Promise<ProducedFile> {
      calls.delivered.push({ suggestedName: file.suggestedName, size: file.data.length });
      expect(file.filters).toEqual([{ name: 'Documento PDF', extensions: ['pdf'] }]);
      return { fileName: file.suggestedName, savedPath: `/tmp/${file.suggestedName}` };
    },
    deliverFiles: () => Promise.reject(new Error('non usato')),
    async renderPdf(route) {
      calls.rendered.push(route);
      return new Uint8Array([37, 80, 68, 70]);
    },
    async printRoute(route) {
      calls.printed.push(route);
      return true;
    },
  };
  const ctx = {
    host,
    file: () => ({ repo: { loadPlan: (id: number) => ({ ...doc, id }) } }),
  } as unknown as AppContext;
  return { ctx, calls };
}

describe('pdfFileName', () => {
  it.each<[PrintScope, string]>([
    [{ kind: 'plan' }, 'PIRA 2024.pdf'],
    [{ kind: 'cards', codes: ['01_01_OS01'] }, 'PIRA 2024 - 01_01_OS01.pdf'],
    [{ kind: 'cards', codes: ['A/B:C'] }, 'PIRA 2024 - A_B_C.pdf'],
    [{ kind: 'cards', codes: ['01_01_OS01', '03_01_OS05', '02_01_OS01'] }, 'PIRA 2024 - 3 schede.pdf'],
    [{ kind: 'dashboard' }, 'PIRA 2024 - cruscotto.pdf'],
  ])('%j → %s', (scope, expected) => {
    expect(pdfFileName(2024, scope)).toBe(expected);
  });
});

describe('checkPrintScope', () => {
  it.each<[PrintScope, string | null]>([
    [{ kind: 'plan' }, null],
    [{ kind: 'dashboard' }, null],
    [{ kind: 'cards', codes: ['03_01_OS05'] }, null],
    [{ kind: 'cards', codes: [] }, 'Nessuna scheda selezionata da stampare.'],
    [{ kind: 'cards', codes: ['09_09_OS09'] }, 'La scheda 09_09_OS09 non esiste nel piano 2024: impossibile stampare.'],
    [{ kind: 'cards', codes: ['X', '01_01_OS01', 'Y'] }, 'Le schede X, Y non esistono nel piano 2024: impossibile stampare.'],
    [{ kind: 'plan', date: '2024-12-31' }, null],
    [{ kind: 'cards', codes: ['01_01_OS01'], date: '2024-06-30' }, null],
    [{ kind: 'dashboard', date: '2024-09-30' }, 'Il 30/09/2024 non è una data di monitoraggio del piano 2024 (date: 30/06/2024, 31/12/2024): impossibile stampare.'],
  ])('%j', (scope, message) => {
    if (message === null) expect(() => checkPrintScope(doc, scope)).not.toThrow();
    else expect(() => checkPrintScope(doc, scope)).toThrow(message);
  });
});

describe('printHandlers', () => {
  it('prints the route of the scope through the host', async () => {
    const { ctx, calls } = fakeContext();
    const result = await printHandlers(ctx).printDocument({ planId: 5, scope: { kind: 'cards', codes: ['01_01_OS01'] } });
    expect(result).toEqual({ printed: true });
    expect(calls.printed).toEqual(['#/stampa/01_01_OS01?piano=5']);
  });

  it('renders the PDF of the route and hands it over with the suggested name', async () => {
    const { ctx, calls } = fakeContext();
    const result = await printHandlers(ctx).exportPdf({ planId: 5, scope: { kind: 'plan' } });
    expect(calls.rendered).toEqual(['#/stampa?piano=5']);
    expect(calls.delivered).toEqual([{ suggestedName: 'PIRA 2024.pdf', size: 4 }]);
    expect(result).toEqual({ fileName: 'PIRA 2024.pdf', savedPath: '/tmp/PIRA 2024.pdf' });
  });

  it('prints and exports the dashboard alone through its own route', async () => {
    const { ctx, calls } = fakeContext();
    await printHandlers(ctx).printDocument({ planId: 5, scope: { kind: 'dashboard' } });
    await printHandlers(ctx).exportPdf({ planId: 5, scope: { kind: 'dashboard' } });
    expect(calls.printed).toEqual(['#/stampa?sezione=cruscotto&piano=5']);
    expect(calls.rendered).toEqual(['#/stampa?sezione=cruscotto&piano=5']);
    expect(calls.delivered).toEqual([{ suggestedName: 'PIRA 2024 - cruscotto.pdf', size: 4 }]);
  });

  it('never calls the host for a card that does not exist', async () => {
    const { ctx, calls } = fakeContext();
    const handlers = printHandlers(ctx);
    const scope: PrintScope = { kind: 'cards', codes: ['NOPE'] };
    await expect(handlers.exportPdf({ planId: 5, scope })).rejects.toMatchObject({ code: 'not-found' });
    await expect(handlers.printDocument({ planId: 5, scope })).rejects.toMatchObject({ code: 'not-found' });
    expect(calls).toEqual({ printed: [], rendered: [], delivered: [] });
  });
});
