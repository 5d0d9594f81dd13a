// Issue 18: workbooks in layouts PIRA Desk has never seen are refused saying what is understood, what is not and what
// is missing; mapped once in the preview they bring every 30/06 value into the sample plan (113/113 published
// performances) and build an empty file's 18 cards and 123 indicators; saved as a layout, the next workbook of the
// same layout is read by itself. Through the API handlers, as the dialog does.
import { afterEach, describe, expect, it } from 'vitest';
import { exchangeHandlers } from '../../electron/app/exchangeHandlers';
import { createPlanFile, openPlanFile, type PlanFile } from '../../db/planFile';
import type { ImportPreview, SheetColumns, SheetMappingRequest } from '../../shared/api';
import { parseFieldName } from '../../shared/exchange/layoutFields';
import type { PlanDocument } from '../../shared/model';
import { tempFolder } from '../db/tempFiles';
import { memoryHost, xlsxFrom, type Aoa } from './fixtures';
import {
  AMBITO_MAP,
  AMBITO_ROWS,
  ENGLISH_MAP,
  ONE_SHEET_HEADERS,
  ONE_SHEET_MAP,
  ambitoSheetsLayout,
  englishLayout,
  oneSheetLayout,
  publishedReproduced,
  withoutJuneValues,
} from './unfamiliarLayouts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

/** A plan file holding `docs` (none: an empty file) and the exchange handlers over it. */
function planFile(docs: PlanDocument[]) {
  const folder = tempFolder();
  const path = folder.file('piano.pira');
  createPlanFile(path, docs).close();
  let file: PlanFile = openPlanFile(path);
  cleanups.push(() => {
    file.close();
    folder.remove();
  });
  const ctx = { host: memoryHost(), file: () => file };
  return {
    handlers: exchangeHandlers(ctx),
    reopen: () => {
      file.close();
      file = openPlanFile(path);
      return file;
    },
    ctx,
  };
}

const upload = (sheets: Record<string, Aoa>, fileName = 'collega.xlsx') => ({ fileName, dataBase64: xlsxFrom(sheets).toString('base64') });

/** What the user sets in the mapping step: the meaning of each header of `map` over what is understood already. */
function mappingOf(view: SheetColumns, map: Record<string, string>, rows: { headerRow?: number; firstDataRow?: number } = {}): SheetMappingRequest {
  return {
    fileIndex: view.fileIndex,
    sheet: view.sheet,
    headerRow: rows.headerRow ?? view.headerRow,
    firstDataRow: rows.firstDataRow ?? view.firstDataRow,
    columns: view.columns.flatMap((c) => {
      const meaning = map[c.header] !== undefined ? parseFieldName(map[c.header] ?? '') : c.meaning;
      if (map[c.header] !== undefined && !meaning) throw new Error(`campo sconosciuto: ${map[c.header]}`);
      return meaning ? [{ index: c.index, meaning }] : [];
    }),
  };
}

const errors = (preview: ImportPreview) => preview.problems.filter((p) => p.severity === 'error').map((p) => p.message);

const LAYOUTS = [
  { name: 'un foglio, intestazioni sconosciute', sheets: oneSheetLayout, map: ONE_SHEET_MAP, rows: {} },
  { name: 'intestazioni in inglese', sheets: englishLayout, map: ENGLISH_MAP, rows: {} },
  { name: 'un foglio per ambito, titoli sopra', sheets: ambitoSheetsLayout, map: AMBITO_MAP, rows: AMBITO_ROWS },
] as const;

describe('a workbook in a layout no synonym list knows', () => {
  it('is refused saying what is understood, what is not and what is missing', async () => {
    const { handlers } = planFile([withoutJuneValues()]);
    const preview = await handlers.previewImportFiles({ planId: 1, files: [upload(oneSheetLayout())] });
    expect(preview.canApply).toBe(false);
    const [view] = preview.sheets;
    expect(view).toMatchObject({ sheet: 'Foglio1', readWith: null, headerRow: 1, firstDataRow: 2, missing: ['Indicatore', 'Codice (o Codice e titolo della scheda, o Obiettivo)'] });
    expect(view?.columns.map((c) => c.header)).toEqual(ONE_SHEET_HEADERS);
    expect(view?.columns[1]?.samples).toEqual(['Ampiezza delle azioni di diffusione e sensibilizzazione rea…', 'Ampiezza delle attività di assesment', 'Capacità di affiancare le imprese']);
    expect(view?.columns[9]?.samples).toEqual(['20,0%', '20,0%', '20,0%']);
    const message = preview.problems.find((p) => p.sheet === 'Foglio1')?.message ?? '';
    expect(message).toContain('Foglio «Foglio1»: non letto. Intestazioni della riga 1 riconosciute: nessuna; non riconosciute: «SCOPO», «PARAMETRO»');
    expect(message).toContain('mancano: Indicatore, Codice (o Codice e titolo della scheda, o Obiettivo)');
  });

  it('into an empty file blames the unread sheet, not the year', async () => {
    const { handlers } = planFile([]);
    const preview = await handlers.previewImportFiles({ planId: null, files: [upload(englishLayout())], ente: 'CCIAA' });
    expect(errors(preview)).toEqual([
      'Nessun foglio con le schede («Obiettivi»: Codice, Obiettivo…) o con gli indicatori («Indicatori»: Codice obiettivo, Indicatore…) trovato nel file: indicare il significato delle colonne dei fogli non letti (nell’anteprima, «Colonne dei fogli»; da riga di comando, --map).',
    ]);
    expect(preview.problems.find((p) => p.sheet === 'KPIs')?.message).toContain('Foglio «KPIs»: non letto.');
  });

  it('lists the headers that are understood (a synonym) apart', async () => {
    const { handlers } = planFile([withoutJuneValues()]);
    const preview = await handlers.previewImportFiles({ planId: 1, files: [upload(ambitoSheetsLayout())] });
    const first = preview.sheets.find((s) => s.sheet === 'Ambito 1');
    expect(first).toMatchObject({ readWith: null, headerRow: 3 });
    expect(first?.columns.find((c) => c.header === 'Segno')?.meaning).toEqual({ kind: 'field', field: 'operator' });
    expect(preview.problems.find((p) => p.sheet === 'Ambito 2')?.message).toContain('riconosciute: «Segno» = Operatore; non riconosciute: «Rif.», «Finalità»');
  });
});

describe.each(LAYOUTS)('the layout "$name", mapped once', ({ sheets, map, rows }) => {
  it('brings every 30/06 value into the sample plan without them: 113/113 published performances', async () => {
    const { handlers, reopen } = planFile([withoutJuneValues()]);
    const preview = await handlers.previewImportFiles({ planId: 1, files: [upload(sheets())] });
    const view = preview.sheets.find((s) => s.readWith === null);
    if (!view) throw new Error('nessun foglio da associare');
    const mapped = await handlers.mapImportSheet({ token: preview.token, mapping: mappingOf(view, map, rows) });
    expect(errors(mapped)).toEqual([]);
    expect(mapped.sheets.map((s) => s.readWith?.kind)).toEqual(mapped.sheets.map(() => 'mapped'));
    expect(mapped.canApply).toBe(true);
    expect(mapped.summary).toMatchObject({ cardsAdded: 0, indicatorsAdded: 0, cardsUpdated: 18 });
    await handlers.applyImport({ token: mapped.token });
    const result = publishedReproduced(reopen().repo.loadPlan(1));
    expect(result).toEqual({ published: 113, reproduced: 113, missed: [] });
  });

  it('builds an empty file: 18 cards, 123 indicators, at least 111/113 published performances', async () => {
    const { handlers, reopen } = planFile([]);
    const preview = await handlers.previewImportFiles({ planId: null, files: [upload(sheets())], ente: 'Camera di Commercio di Pistoia-Prato' });
    const view = preview.sheets.find((s) => s.readWith === null);
    if (!view) throw new Error('nessun foglio da associare');
    const mapped = await handlers.mapImportSheet({ token: preview.token, mapping: mappingOf(view, map, rows) });
    expect(errors(mapped)).toEqual([]);
    expect([mapped.planId, mapped.year, mapped.canApply]).toEqual([null, 2024, true]);
    const { planId } = await handlers.applyImport({ token: mapped.token });
    const created = reopen().repo.loadPlan(planId);
    expect(created.cards).toHaveLength(18);
    expect(created.cards.flatMap((c) => c.indicators)).toHaveLength(123);
    // The ambito's line from the code (the sample files two cards under another line: the document's own slip).
    const byCode = (a: string[], b: string[]) => (a[0] ?? '').localeCompare(b[0] ?? '');
    expect(created.cards.map((c) => [c.code, c.ambitoLine, c.missione, c.programma]).sort(byCode)).toEqual(
      withoutJuneValues().cards.map((c) => [c.code, c.code.slice(0, 5), c.missione, c.programma]).sort(byCode),
    );
    const result = publishedReproduced(created);
    // The office's manual override (CUG) and its uncapped indicator are not in such workbooks.
    expect(result.reproduced).toBeGreaterThanOrEqual(111);
    expect(result.missed.filter((m) => !/\((CUG|Esperienza del personale)\)/.test(m))).toEqual([]);
  });

  it('saved as a layout, reads the next workbook of that layout by itself', async () => {
    const { handlers } = planFile([withoutJuneValues()]);
    const preview = await handlers.previewImportFiles({ planId: 1, files: [upload(sheets())] });
    const view = preview.sheets.find((s) => s.readWith === null)!;
    const mapped = await handlers.mapImportSheet({ token: preview.token, mapping: mappingOf(view, map, rows) });
    const saved = await handlers.saveImportLayout({ token: mapped.token, fileIndex: 0, sheet: view.sheet, name: 'Modello del collega' });
    expect(saved.layouts.map((l) => l.name)).toEqual(['Modello del collega']);
    expect(saved.preview.files[0]?.description).toBe('letto con il modello "Modello del collega"');
    const next = await handlers.previewImportFiles({ planId: 1, files: [upload(sheets(), 'il mese dopo.xlsx')] });
    expect(errors(next)).toEqual([]);
    expect(next.files[0]?.description).toBe('letto con il modello "Modello del collega"');
    expect(next.sheets.every((s) => s.readWith?.kind === 'saved')).toBe(true);
    expect(next.summary.cardsUpdated).toBe(18);
  });
});
