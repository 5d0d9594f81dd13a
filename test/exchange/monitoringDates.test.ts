// Monitoring dates in the Excel exchange (issue 12): one «Valore al …» column per date of the plan, read back into
// the right date; the «Monitoraggi» sheet says which dates are closed; an import changing a closed value makes it a
// decision «Non applicare» and applies the rest; an untouched re-import passes; values at a new date add the date; no
// round on a closed date.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { exchangeHandlers } from '../../electron/app/exchangeHandlers';
import type { Card } from '../../shared/model';
import { sampleContext } from './fixtures';

let env: ReturnType<typeof sampleContext>;
beforeEach(() => {
  env = sampleContext();
});
afterEach(() => env.cleanup());

const load = () => env.file.repo.loadPlan(1);
/** Card 01_01_OS01 with a value at 31/12/2024 for each indicator (its 2024 target). */
function withYearEnd(card: Card): Card {
  return {
    ...card,
    indicators: card.indicators.map((ind) => ({ ...ind, measurements: [...ind.measurements, { date: '2024-12-31', value: ind.targets.find((t) => t.year === 2024)!.value }] })),
  };
}
async function exported(format: 'xlsx' | 'ods' = 'xlsx') {
  const produced = await exchangeHandlers(env.ctx).exportWorkbook({ planId: 1, format, selection: { kind: 'all' } });
  return XLSX.read(Buffer.from(produced.dataBase64 ?? '', 'base64'), { cellNF: true }); // formats kept when written back
}
const rowsOf = (wb: XLSX.WorkBook, sheet: string) => XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[sheet]!, { header: 1, raw: false, defval: null });
const base64 = (wb: XLSX.WorkBook, bookType: 'xlsx' | 'ods' = 'xlsx') => (XLSX.write(wb, { type: 'buffer', bookType }) as Buffer).toString('base64');

describe('the exported workbook', () => {
  it('has one «Valore al …» column per date of the plan and a «Monitoraggi» sheet saying which are closed', async () => {
    env.file.repo.closeMonitoringDate(1, '2024-06-30', 'mrossi');
    const wb = await exported();
    const header = rowsOf(wb, 'Indicatori')[0] as string[];
    expect(header.filter((h) => h.startsWith('Valore al'))).toEqual(['Valore al 30/06/2024', 'Valore al 31/12/2024']);
    const monitoring = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Monitoraggi']!, { header: 1, raw: true, defval: null });
    expect(monitoring[0]).toEqual(['Data', 'Valori inseriti', 'Stato', 'Chiuso il', 'Chiuso da', "Performance dell'ente alla chiusura"]);
    expect(monitoring.slice(1).map((r) => [r[1], r[2], r[4]])).toEqual([
      [123, 'chiuso', 'mrossi'],
      [0, 'aperto', null],
    ]);
    expect(['n', 'd']).toContain(wb.Sheets['Monitoraggi']!['A2']!.t); // a real date cell
    expect(monitoring[1]![5]).toBeCloseTo(load().closures![0]!.snapshot.performance!, 3);
  });
});

describe.each(['xlsx', 'ods'] as const)('importing the values of each date (%s)', (format) => {
  it('reads the 31/12 column back into 31/12 and leaves 30/06 alone', async () => {
    const plan = load();
    const saved = env.file.repo.saveCard(1, withYearEnd(plan.cards[0]!));
    const produced = await exchangeHandlers(env.ctx).exportWorkbook({ planId: 1, format, selection: { kind: 'all' } });
    // back to a plan without the 31/12 values: the workbook brings them
    env.file.repo.saveCard(1, { ...plan.cards[0]!, version: saved.version });
    const handlers = exchangeHandlers(env.ctx);
    const preview = await handlers.previewImport({ planId: 1, fileName: `anno.${format}`, dataBase64: produced.dataBase64 ?? '' });
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(preview.summary.valuesChanged).toBe(5);
    await handlers.applyImport({ token: preview.token });
    const [first] = env.reopen().repo.loadPlan(1).cards;
    expect(first!.indicators.map((i) => i.measurements.map((m) => m.date))).toEqual(Array(5).fill(['2024-06-30', '2024-12-31']));
    const { version: _written, ...content } = first!;
    const { version: _loaded, ...expected } = withYearEnd(plan.cards[0]!);
    expect(content).toEqual(expected);
  });
});

describe('a closed date through export and import', () => {
  beforeEach(() => {
    env.file.repo.closeMonitoringDate(1, '2024-06-30', 'mrossi');
  });

  it('re-imports an untouched workbook without changes and stays closed', async () => {
    const handlers = exchangeHandlers(env.ctx);
    const wb = await exported();
    const preview = await handlers.previewImport({ planId: 1, fileName: 'x.xlsx', dataBase64: base64(wb) });
    expect(preview.problems).toEqual([]);
    expect(new Set(preview.cards.map((c) => c.status))).toEqual(new Set(['unchanged']));
    await handlers.applyImport({ token: preview.token });
    expect(env.reopen().repo.loadPlan(1).closures?.map((c) => c.date)).toEqual(['2024-06-30']);
  });

  it('a workbook changing a closed value: a decision «Non applicare» that blocks nothing, the rest applies (issue 17 §3)', async () => {
    const handlers = exchangeHandlers(env.ctx);
    const wb = await exported();
    const sheet = wb.Sheets['Indicatori']!;
    const header = rowsOf(wb, 'Indicatori')[0] as string[];
    sheet[XLSX.utils.encode_cell({ r: 2, c: header.indexOf('Valore al 30/06/2024') })] = { t: 'n', v: 47 }; // row 3: 01_01_OS01, indicator 2 (43)
    sheet[XLSX.utils.encode_cell({ r: 2, c: header.indexOf('Valore al 31/12/2024') })] = { t: 'n', v: 70, z: '#,##0' };
    const preview = await handlers.previewImport({ planId: 1, fileName: 'x.xlsx', dataBase64: base64(wb) });
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(preview.canApply).toBe(true);
    expect(preview.decisions).toEqual([
      {
        id: 'chiuso|f1|01_01_OS01|1|value:2024-06-30',
        kind: 'closed',
        message:
          "«x.xlsx» – foglio «Indicatori», riga 3, colonna «Valore al 30/06/2024»: scheda 01_01_OS01, «Ampiezza delle attività di assesment»: il file porta il valore al 30/06/2024 da 43 a 47, ma il monitoraggio al 30/06/2024 è chiuso: il valore non si cambia con un'importazione (per correggerlo: «Rettifica…» nella scheda, con il motivo). Il resto della cartella si applica.",
        options: [{ id: 'ignora', label: 'Non applicare (resta il valore del piano)' }],
        suggested: 'ignora',
        chosen: 'ignora',
        required: false,
      },
    ]);
    expect(preview.summary.valuesChanged).toBe(1);
    await handlers.applyImport({ token: preview.token });
    const stored = env.reopen().repo.loadPlan(1).cards[0]!.indicators[1]!.measurements;
    expect(stored).toEqual([
      { date: '2024-06-30', value: { kind: 'number', value: 43, decimals: 0 } },
      { date: '2024-12-31', value: { kind: 'number', value: 70, decimals: 0 } },
    ]);
  });

  it('two workbooks naming a card each: each closed value changed is a decision of its own file, the rest of the plan untouched', async () => {
    const handlers = exchangeHandlers(env.ctx);
    const changed = async (code: string, name: string, value: number) => {
      const produced = await handlers.exportWorkbook({ planId: 1, format: 'xlsx', selection: { kind: 'codes', codes: [code] } });
      const wb = XLSX.read(Buffer.from(produced.dataBase64 ?? '', 'base64'), { cellNF: true });
      const rows = rowsOf(wb, 'Indicatori');
      const header = rows[0] as string[];
      const at = XLSX.utils.encode_cell({ r: rows.findIndex((r) => r[header.indexOf('Indicatore')] === name), c: header.indexOf('Valore al 30/06/2024') });
      wb.Sheets['Indicatori']![at] = { t: 'n', v: value };
      return base64(wb);
    };
    const files = [
      { fileName: 'uno.xlsx', dataBase64: await changed('03_01_OS02', 'Età media del personale', 55) },
      { fileName: 'due.xlsx', dataBase64: await changed('01_01_OS01', 'Ampiezza delle attività di assesment', 47) },
    ];
    const before = load();
    const preview = await handlers.previewImportFiles({ planId: 1, files });
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(preview.decisions.map((d) => [d.id, d.kind, d.chosen])).toEqual([
      [`chiuso|f1|03_01_OS02|${before.cards.find((c) => c.code === '03_01_OS02')!.indicators.findIndex((i) => i.name === 'Età media del personale')}|value:2024-06-30`, 'closed', 'ignora'],
      ['chiuso|f2|01_01_OS01|1|value:2024-06-30', 'closed', 'ignora'],
    ]);
    expect(preview.summary.valuesChanged).toBe(0);
    expect(preview.cards.filter((c) => c.changes.length > 0 || c.indicators.length > 0)).toEqual([]);
  });

  it('reports a file saying a date is closed that the plan has open, without closing it', async () => {
    const wb = await exported();
    const monitoring = wb.Sheets['Monitoraggi']!;
    monitoring['C3'] = { t: 's', v: 'chiuso' };
    const preview = await exchangeHandlers(env.ctx).previewImport({ planId: 1, fileName: 'x.xlsx', dataBase64: base64(wb) });
    expect(preview.problems.map((p) => p.message)).toEqual([
      "Il file indica chiuso il monitoraggio al 31/12/2024, che nel piano è aperto: l'importazione non chiude le date (si chiudono da Impostazioni).",
    ]);
    expect(preview.canApply).toBe(true);
  });

  it('prepares no data-collection round for a closed date', async () => {
    await expect(exchangeHandlers(env.ctx).prepareRound({ planId: 1, format: 'xlsx', grouping: { kind: 'area' } })).rejects.toThrow(
      'Il monitoraggio al 30/06/2024 è chiuso: per raccogliere nuovi valori scegliere in Impostazioni come data di monitoraggio una data aperta.',
    );
  });
});

describe('values at a date the plan does not list', () => {
  it('add the date, said in the preview, and are stored at it', async () => {
    const wb = await exported();
    const rows = rowsOf(wb, 'Indicatori') as unknown[][];
    const header = rows[0] as string[];
    const sheet = wb.Sheets['Indicatori']!;
    const column = header.length;
    sheet[XLSX.utils.encode_cell({ r: 0, c: column })] = { t: 's', v: 'Valore al 30/09/2024' };
    sheet[XLSX.utils.encode_cell({ r: 1, c: column })] = { t: 'n', v: 2 };
    sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: column } });
    const handlers = exchangeHandlers(env.ctx);
    const preview = await handlers.previewImport({ planId: 1, fileName: 'x.xlsx', dataBase64: base64(wb) });
    expect(preview.problems.map((p) => p.message)).toContain("Il 30/09/2024 non era una data di monitoraggio del piano: viene aggiunta all'elenco delle date (Impostazioni).");
    await handlers.applyImport({ token: preview.token });
    const plan = env.reopen().repo.loadPlan(1);
    expect(plan.settings.monitoringDates).toEqual(['2024-06-30', '2024-09-30', '2024-12-31']);
    expect(plan.cards[0]!.indicators[0]!.measurements.find((m) => m.date === '2024-09-30')?.value).toEqual({ kind: 'number', value: 2, decimals: 0 });
  });
});
