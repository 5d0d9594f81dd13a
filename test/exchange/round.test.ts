// The data-collection round (issue 9): "Prepara raccolta dati" writes one protected workbook per area (instructions
// first, only the fill-in cells unlocked, xlsx and ods), and the returned workbooks are taken back at once: one merged
// preview saying per file who changed what, a value changed differently by two files is a conflict to resolve, a
// change to a protected cell is listed apart and applied only when accepted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { exchangeHandlers } from '../../electron/app/exchangeHandlers';
import type { ProducedFile } from '../../shared/api';
import { sampleContext } from './fixtures';

let env: ReturnType<typeof sampleContext>;
beforeEach(() => {
  env = sampleContext();
});
afterEach(() => env.cleanup());

type Zip = { FullPaths: string[]; FileIndex: { content: Uint8Array }[] };
const CFB = (XLSX as unknown as { CFB: { read(data: Buffer, options: { type: 'buffer' }): Zip } }).CFB;
const part = (bytes: Buffer, suffix: string) => {
  const zip = CFB.read(bytes, { type: 'buffer' });
  return Buffer.from(zip.FileIndex[zip.FullPaths.findIndex((p) => p.endsWith(suffix))]!.content).toString('utf8');
};
const bytesOf = (f: ProducedFile) => Buffer.from(f.dataBase64 ?? '', 'base64');
const FILL_IN = ['Valore al 30/06/2024', 'Note', 'Fonte dei dati'];

/** Edits the Indicatori cell of an indicator (by name) under `header`, keeping the cell's format. */
function edit(bytes: Buffer, format: 'xlsx' | 'ods', name: string, header: string, value: number | string): Buffer {
  const wb = XLSX.read(bytes, { cellNF: true, cellStyles: true });
  const sheet = wb.Sheets['Indicatori']!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
  const address = XLSX.utils.encode_cell({ r: rows.findIndex((r) => r[2] === name), c: (rows[0] as string[]).indexOf(header) });
  sheet[address] = typeof value === 'number' ? { ...sheet[address], t: 'n', v: value } : { t: 's', v: value };
  return XLSX.write(wb, { type: 'buffer', bookType: format }) as Buffer;
}

describe('preparing the round', () => {
  it('writes one workbook per area, instructions first, only its cards, marked as a round', async () => {
    const round = await exchangeHandlers(env.ctx).prepareRound({ planId: 1, format: 'xlsx', grouping: { kind: 'area' } });
    expect(round.files.map((f) => f.fileName)).toEqual([
      'Raccolta 30-06-2024 - Promozione e Sviluppo Economico.xlsx',
      'Raccolta 30-06-2024 - Obiettivo trasversale.xlsx',
      'Raccolta 30-06-2024 - Segretario Generale.xlsx',
      'Raccolta 30-06-2024 - Responsabile Prevenzione Corruzione Trasparenza.xlsx',
    ]);
    const wb = XLSX.read(bytesOf(round.files[2]!));
    expect(wb.SheetNames.slice(0, 5)).toEqual(['Istruzioni', 'Piano', 'Obiettivi', 'Indicatori', 'Riepilogo']);
    const instructions = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['Istruzioni']!, { header: 1 }).map((r) => r[0]).join('\n');
    expect(instructions).toContain('Raccolta dati – Segretario Generale – piano 2024, valori al 30/06/2024');
    expect(instructions).toContain('«Valore al 30/06/2024», «Note», «Fonte dei dati»');
    expect(XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Indicatori']!, { header: 1 }).slice(1).map((r) => r[0])).toEqual(Array(5).fill('01_04_OS01'));
    const piano = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Piano']!, { header: 1 });
    expect(piano).toContainEqual(['Raccolta dati per', 'Segretario Generale']);
    expect(piano.find((r) => r[0] === 'Formato')?.[1]).toMatch(/^Raccolta dati PIRA Desk/);
    const summary = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Riepilogo']!, { header: 1 });
    expect(summary[0]?.[3]).toBeTypeOf('number');
    expect(summary[0]?.[0]).toBe('Performance complessiva al 30/06/2024 (1 di 1 obiettivo valutabile, piano 2024)'); // issue 12: the date scored is said
    expect(summary).toContainEqual(['03', "Ottimizzazione della struttura, dell'organizzazione e delle risorse", 1, expect.any(Number)]);
  });

  it('protects every xlsx sheet and unlocks exactly the fill-in cells of the indicator rows', async () => {
    const round = await exchangeHandlers(env.ctx).prepareRound({ planId: 1, format: 'xlsx', grouping: { kind: 'cards', codes: ['01_01_OS01', '03_01_OS02'] } });
    const bytes = bytesOf(round.files[0]!);
    const sheets = CFB.read(bytes, { type: 'buffer' }).FullPaths.filter((p) => /\/xl\/worksheets\/sheet\d+\.xml$/.test(p));
    for (const sheet of sheets) expect(part(bytes, sheet), sheet).toMatch(/<sheetProtection sheet="1"/);
    expect(part(bytes, '/xl/workbook.xml')).not.toMatch(/workbookPassword|algorithmName/);
    const xfs = part(bytes, '/xl/styles.xml').match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1]?.match(/<xf\b[^>]*?\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g) ?? [];
    const unlockedStyles = new Set(xfs.flatMap((xf, i) => (xf.includes('<protection locked="0"/>') ? [String(i)] : [])));
    const indicators = part(bytes, '/xl/worksheets/sheet4.xml');
    const unlocked = [...indicators.matchAll(/<c r="([A-Z]+)(\d+)"[^>]*?\ss="(\d+)"/g)].filter((m) => unlockedStyles.has(m[3]!)).map((m) => `${m[1]}${m[2]}`);
    const header = XLSX.utils.sheet_to_json<string[]>(XLSX.read(bytes).Sheets['Indicatori']!, { header: 1 })[0]!;
    const letters = FILL_IN.map((h) => XLSX.utils.encode_col(header.indexOf(h)));
    const expected = Array.from({ length: 5 + 12 }, (_, i) => letters.map((l) => `${l}${i + 2}`)).flat();
    expect(unlocked.sort()).toEqual(expected.sort());
  });

  it('protects every ods table and unlocks the same cells', async () => {
    const round = await exchangeHandlers(env.ctx).prepareRound({ planId: 1, format: 'ods', grouping: { kind: 'cards', codes: ['01_01_OS01'] } });
    const content = part(bytesOf(round.files[0]!), '/content.xml');
    const tables = [...content.matchAll(/<table:table ([^>]*)>/g)].map((m) => m[1]!);
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const attributes of tables) expect(attributes).toContain('table:protected="true"');
    const styles = content.match(/<style:style\b[^>]*?(?:\/>|>[\s\S]*?<\/style:style>)/g) ?? [];
    const unlockedStyles = styles.filter((s) => s.includes('style:cell-protect="none"')).map((s) => /style:name="([^"]+)"/.exec(s)?.[1] ?? '');
    expect(unlockedStyles.length).toBeGreaterThan(0);
    const indicators = /<table:table table:name="Indicatori"[\s\S]*?<\/table:table>/.exec(content)?.[0] ?? '';
    const cells = [...indicators.matchAll(/table:style-name="([^"]+)"/g)].filter((m) => unlockedStyles.includes(m[1]!));
    expect(cells).toHaveLength(5 * FILL_IN.length);
  });
});

describe('taking the workbooks back', () => {
  it.each(['xlsx', 'ods'] as const)('merges two %s files into one preview per file; a protected cell is applied only when accepted', async (format) => {
    const handlers = exchangeHandlers(env.ctx);
    const round = await handlers.prepareRound({ planId: 1, format, grouping: { kind: 'area' } });
    const promozione = edit(bytesOf(round.files[0]!), format, 'Ampiezza delle attività di assesment', 'Valore al 30/06/2024', 47);
    let trasversale = edit(bytesOf(round.files[1]!), format, 'Età media del personale', 'Valore al 30/06/2024', 55);
    trasversale = edit(trasversale, format, 'Età media del personale', 'Target 2025', 50);
    const files = [
      { fileName: `promozione.${format}`, dataBase64: promozione.toString('base64') },
      { fileName: `trasversale.${format}`, dataBase64: trasversale.toString('base64') },
    ];
    const preview = await handlers.previewImportFiles({ planId: 1, files });
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(preview.files).toEqual([
      {
        fileName: `promozione.${format}`,
        description: 'Raccolta dati – Promozione e Sviluppo Economico',
        changes: [{ card: '01_01_OS01', indicator: 'Ampiezza delle attività di assesment', field: 'Valore al 30/06/2024', before: '43', after: '47' }],
        outside: [],
      },
      {
        fileName: `trasversale.${format}`,
        description: 'Raccolta dati – Obiettivo trasversale',
        changes: [{ card: '03_01_OS02', indicator: 'Età media del personale', field: 'Valore al 30/06/2024', before: expect.any(String), after: '55' }],
        outside: [{ card: '03_01_OS02', indicator: 'Età media del personale', field: 'Target 2025', before: '58', after: '50' }],
      },
    ]);
    const outside = preview.decisions.filter((d) => d.kind === 'outside');
    expect(outside).toEqual([expect.objectContaining({ required: false, chosen: 'ignora', suggested: 'ignora' })]);
    expect(preview.canApply).toBe(true);
    expect(preview.summary.text).toBe('2 schede aggiornate, 2 valori modificati');
    const accepted = await handlers.chooseImportOptions({ token: preview.token, choices: { [outside[0]!.id]: 'applica' } });
    expect(accepted.summary.text).toBe('2 schede aggiornate, 3 valori modificati');
    await handlers.applyImport({ token: preview.token });
    const age = env.reopen().repo.loadPlan(1).cards.find((c) => c.code === '03_01_OS02')?.indicators.find((i) => i.name === 'Età media del personale');
    expect(age?.measurements.find((m) => m.date === '2024-06-30')?.value).toEqual({ kind: 'number', value: 55, decimals: 0 });
    expect(age?.targets.find((t) => t.year === 2025)?.value).toEqual({ kind: 'number', value: 50, decimals: 0 });
  });

  it('a value changed differently by two files is a conflict to resolve, not last-writer-wins', async () => {
    const handlers = exchangeHandlers(env.ctx);
    const round = await handlers.prepareRound({ planId: 1, format: 'xlsx', grouping: { kind: 'cards', codes: ['01_01_OS01'] } });
    const one = edit(bytesOf(round.files[0]!), 'xlsx', 'Ampiezza delle attività di assesment', 'Valore al 30/06/2024', 47);
    const two = edit(bytesOf(round.files[0]!), 'xlsx', 'Ampiezza delle attività di assesment', 'Valore al 30/06/2024', 52);
    const same = edit(two, 'xlsx', 'Ampiezza delle attività di assesment', 'Note', 'dato provvisorio');
    const preview = await handlers.previewImportFiles({
      planId: 1,
      files: [
        { fileName: 'mario.xlsx', dataBase64: one.toString('base64') },
        { fileName: 'lucia.xlsx', dataBase64: same.toString('base64') },
      ],
    });
    const conflicts = preview.decisions.filter((d) => d.kind === 'conflict');
    expect(conflicts).toEqual([
      expect.objectContaining({
        required: true,
        chosen: null,
        options: [
          { id: 'v1', label: '47 («mario.xlsx»)' },
          { id: 'v2', label: '52 («lucia.xlsx»)' },
          { id: 'piano', label: '43 (lascia il valore del piano)' },
        ],
        message: expect.stringContaining('Scheda 01_01_OS01, «Ampiezza delle attività di assesment», Valore al 30/06/2024: i file scrivono valori diversi'),
      }),
    ]);
    expect(preview.canApply).toBe(false);
    const resolved = await handlers.chooseImportOptions({ token: preview.token, choices: { [conflicts[0]!.id]: 'v2' } });
    expect(resolved.canApply).toBe(true);
    await handlers.applyImport({ token: preview.token });
    const assesment = env.reopen().repo.loadPlan(1).cards[0]!.indicators[1]!;
    expect(assesment.measurements[0]?.value).toEqual({ kind: 'number', value: 52, decimals: 0 });
    expect(assesment.note).toBe('dato provvisorio');
  });

  it('reads what a colleague typed in an empty fill-in cell, not the decimals of the target beside it (issue 17 §11)', async () => {
    const handlers = exchangeHandlers(env.ctx);
    env.file.repo.savePlanSettings(1, { ...env.file.repo.loadPlan(1).settings, monitoringDate: '2024-12-31' });
    const round = await handlers.prepareRound({ planId: 1, format: 'xlsx', grouping: { kind: 'cards', codes: ['03_01_OS05'] } });
    let filled = edit(bytesOf(round.files[0]!), 'xlsx', 'Indagine di clima interno', 'Valore al 31/12/2024', 5); // target 5,0
    filled = edit(filled, 'xlsx', 'Distribuzione della dirigenza per genere', 'Valore al 31/12/2024', 0.335); // 33,5% under a 33% target
    const preview = await handlers.previewImportFiles({ planId: 1, files: [{ fileName: 'cug.xlsx', dataBase64: filled.toString('base64') }] });
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    await handlers.applyImport({ token: preview.token });
    const card = env.reopen().repo.loadPlan(1).cards.find((c) => c.code === '03_01_OS05')!;
    const at = (n: number) => card.indicators[n]!.measurements.find((m) => m.date === '2024-12-31')?.value;
    expect(at(2)).toEqual({ kind: 'number', value: 5, decimals: 0 }); // typed 5, never «5,0»
    expect(at(0)).toEqual({ kind: 'percent', value: 0.335, decimals: 1 }); // typed 33,5%, never shown as 34%
  });
});
