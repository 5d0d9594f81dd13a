// The layouts of shared/exchange/templates.ts are data: each writable one is exported and read back unchanged (xlsx
// and ods), the performance portal's own vocabulary ("Codice" = the indicator's code) wins on its sheets, and a new
// layout — here an invented one like the template Unioncamere might send — is added with a description and a
// fixture only, no code.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { exchangeHandlers } from '../../electron/app/exchangeHandlers';
import { importWorkbooks } from '../../shared/exchange/importWorkbooks';
import type { SheetCell, WorkbookData } from '../../shared/exchange/sheetTypes';
import { buildTemplateSpec } from '../../shared/exchange/templateSpec';
import { TEMPLATES, writableTemplates, type ExchangeTemplate } from '../../shared/exchange/templates';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { sampleContext, xlsxFrom, type Aoa } from './fixtures';

let env: ReturnType<typeof sampleContext>;
beforeEach(() => {
  env = sampleContext();
});
afterEach(() => env.cleanup());

const others = writableTemplates().filter((t) => t.id !== 'canonico');

describe.each(others.flatMap((t) => (['xlsx', 'ods'] as const).map((format) => [t.id, format] as const)))('the %s layout in %s', (id, format) => {
  it('is exported with its Riepilogo sheet and read back without any change', async () => {
    const handlers = exchangeHandlers(env.ctx);
    const produced = await handlers.exportWorkbook({ planId: 1, format, selection: { kind: 'all' }, template: id });
    expect(produced.fileName).toBe(`PIRA 2024 - ${id}.${format}`);
    expect(XLSX.read(Buffer.from(produced.dataBase64 ?? '', 'base64')).SheetNames.at(-1)).toBe('Riepilogo');
    const preview = await handlers.previewImport({ planId: 1, fileName: produced.fileName, dataBase64: produced.dataBase64 ?? '' });
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(preview.files[0]?.description).toBe(TEMPLATES.find((t) => t.id === id)?.name);
    expect(preview.cards.map((c) => c.status)).toEqual(samplePlan2024.cards.map(() => 'unchanged'));
    expect(preview.decisions.filter((d) => d.required)).toEqual([]);
  });
});

describe('the performance portal layout', () => {
  it('reads its short headers with its own meaning: "Codice" is the indicator code, "Obiettivo" the card', async () => {
    const card = samplePlan2024.cards[0]!;
    const rows: Aoa = [
      ['Codice', 'Titolo', 'Descrizione', 'Obiettivo', 'Unità di misura', 'Target primo anno', 'Target secondo anno'],
      ['KPI156', card.indicators[1]!.name, 'descrizione libera', card.code, 'n.', '90', '95'],
    ];
    const preview = await exchangeHandlers(env.ctx).previewImport({ planId: 1, fileName: 'portale.xlsx', dataBase64: xlsxFrom({ Indicatori: rows }).toString('base64') });
    expect(preview.files[0]?.description).toBe('Portale della performance (obiettivi e indicatori)');
    expect(preview.cards[0]?.indicators.filter((i) => i.status === 'changed')).toEqual([
      {
        status: 'changed',
        name: card.indicators[1]!.name,
        changes: [
          { field: 'Codice KPI', before: '', after: 'KPI156' },
          { field: 'Target 2024', before: '80', after: '90' },
          { field: 'Target 2025', before: 'n.d.', after: '95' },
        ],
      },
    ]);
  });
});

/** An invented layout, as another body might send it: described here, read and written by the existing code. */
const ENTE_TERZO: ExchangeTemplate = {
  id: 'ente-terzo',
  name: 'Modello di un ente terzo (prova)',
  description: 'Un foglio per gli indicatori con intestazioni proprie.',
  writable: true,
  indicators: {
    sheet: 'KPI',
    layout: 'table',
    columns: [
      { header: 'Cod. Ob.', meaning: { kind: 'field', field: 'cardCode' } },
      { header: 'Denominazione KPI', meaning: { kind: 'field', field: 'name' } },
      { header: 'Misura', meaning: { kind: 'field', field: 'udm' } },
      { header: 'Consuntivo semestrale', meaning: { kind: 'measurement', date: null } },
      { header: 'Atteso anno corrente', meaning: { kind: 'target', year: null } },
    ],
  },
  values: { nameCell: 'name', operator: 'none' },
};

const cell = (v: string | number | null): SheetCell | null => (v === null ? null : typeof v === 'number' ? { kind: 'number', value: v, format: '0' } : { kind: 'text', text: v });
const workbook = (rows: (string | number | null)[][]): WorkbookData => ({ sheets: [{ name: 'KPI', rows: rows.map((r) => r.map(cell)) }] });

describe('a new layout described as data', () => {
  const card = samplePlan2024.cards[0]!;
  const fixture = workbook([
    ['Cod. Ob.', 'Denominazione KPI', 'Misura', 'Consuntivo semestrale', 'Atteso anno corrente'],
    [card.code, card.indicators[1]!.name, 'n.', 47, 85],
  ]);

  it('is not understood without its description', () => {
    const outcome = importWorkbooks([{ fileName: 'ente.xlsx', workbook: fixture }], samplePlan2024);
    expect(outcome.canApply).toBe(false);
    expect(outcome.problems.map((p) => p.message)).toContainEqual(expect.stringContaining('Nessun foglio con le schede'));
  });

  it('imports once described, and the same description writes it', () => {
    const templates = [...TEMPLATES, ENTE_TERZO];
    const outcome = importWorkbooks([{ fileName: 'ente.xlsx', workbook: fixture }], samplePlan2024, { templates });
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(outcome.files[0]?.description).toBe('Modello di un ente terzo (prova)');
    expect(outcome.cards[0]?.indicators.filter((i) => i.status === 'changed')[0]?.changes).toEqual([
      { field: 'Valore al 30/06/2024', before: '43', after: '47' },
      { field: 'Target 2024', before: '80', after: '85' },
    ]);
    const spec = buildTemplateSpec(samplePlan2024, [card.code], ENTE_TERZO);
    expect(spec.sheets.map((s) => s.name)).toEqual(['KPI', 'Riepilogo']);
    expect(spec.sheets[0]?.rows[2]).toEqual([
      { kind: 'text', text: card.code },
      { kind: 'text', text: card.indicators[1]!.name },
      { kind: 'text', text: 'n.' },
      { kind: 'number', value: 43, format: '#,##0' },
      { kind: 'number', value: 80, format: '#,##0' },
    ]);
  });
});
