// The comparison API through dispatch on real files: "Nuovo piano" answers with its report, two years of the file
// compare by origin link, another file (uploaded or chosen in the desktop dialog) by code, and the comparison goes
// out as a real workbook and to the print view's route.
import { readFileSync } from 'node:fs';
import XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile, openPlanFile } from '../../../db/planFile';
import { dispatch } from '../../../electron/app/dispatch';
import { createHandlers } from '../../../electron/app/handlers';
import type { Host } from '../../../electron/app/host';
import type { ApiMethod, ApiResult, ComparisonFile } from '../../../shared/api';
import type { PlanComparison } from '../../../shared/planCompare';
import { settingsForYear } from '../../../shared/rollover';
import { samplePlan2024 } from '../../../shared/sample/plan2024';
import { formatValue } from '../../../shared/values';
import { tempFolder } from '../../db/tempFiles';
import { sampleContext } from '../../exchange/fixtures';

const sample = sampleContext();
const folder = tempFolder();
afterAll(() => {
  sample.cleanup();
  folder.remove();
});
const printed: string[] = [];
const chosen: (string | null)[] = [];
const host: Host = {
  ...sample.host,
  renderPdf: async (route) => {
    printed.push(route);
    return new Uint8Array([37, 80, 68, 70]);
  },
  printRoute: async (route) => {
    printed.push(route);
    return true;
  },
};
const handlers = createHandlers({ ...sample.ctx, host });
const desktop = createHandlers({ ...sample.ctx, host: { ...host, kind: 'electron', chooseFile: async () => chosen.shift() ?? null } });

async function call<T>(method: ApiMethod, req: unknown, using = handlers): Promise<T> {
  const result = (await dispatch(using, method, req)) as ApiResult<T>;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}
async function failure(method: ApiMethod, req: unknown, using = handlers) {
  const result = await dispatch(using, method, req);
  if (result.ok) throw new Error('nessun errore');
  return result.error;
}

const plan2024 = sample.file.repo.listPlans()[0]!.id;
let plan2025 = 0;

describe('createPlan with copied cards', () => {
  it('answers with the report of what was carried over', async () => {
    const created = await call<{ id: number; rollover: { cards: number; indicators: number; linkedIndicators: number; valuesDropped: number } }>(
      'createPlan',
      { settings: settingsForYear(samplePlan2024.settings, 2025), copyFromPlanId: plan2024, copyCards: true },
    );
    plan2025 = created.id;
    expect(created.rollover).toMatchObject({ cards: 18, indicators: 123, linkedIndicators: 123, valuesDropped: 123 });
  });
  it('answers without a report when nothing was copied', async () => {
    const created = await call<{ id: number; rollover?: unknown }>('createPlan', { settings: settingsForYear(samplePlan2024.settings, 2030) });
    expect(created.rollover).toBeUndefined();
  });
});

describe('comparePlans within the file', () => {
  it('pairs every card by its origin and finds nothing but the shift, then the one target edited', async () => {
    const untouched = await call<PlanComparison>('comparePlans', { before: { planId: plan2024 }, after: { planId: plan2025 } });
    expect(untouched.counts).toMatchObject({ pairedByOrigin: 18, unchanged: 18 });
    expect(untouched.plan).toEqual([]);

    const doc = sample.file.repo.loadPlan(plan2025);
    const card = doc.cards[3]!;
    const [first, ...rest] = card.indicators;
    const edited = { ...first!, targets: first!.targets.map((t) => (t.year === 2026 ? { ...t, value: { kind: 'number' as const, value: 12, decimals: 0 } } : t)) };
    await call('saveCard', { planId: plan2025, card: { ...card, indicators: [edited, ...rest] } });
    const after = await call<PlanComparison>('comparePlans', { before: { planId: plan2024 }, after: { planId: plan2025 } });
    expect(after.counts).toMatchObject({ changed: 1, unchanged: 17 });
    const changed = after.cards.find((c) => c.status === 'changed')!;
    expect(changed.code).toBe(card.code);
    expect(changed.indicators.map((i) => i.changes.map((ch) => `${ch.field}: ${ch.before} → ${ch.after}`))).toEqual([
      [`Target 2026: ${formatValue(first!.targets.find((t) => t.year === 2026)!.value)} → 12`],
    ]);
  });

  it('refuses a plan that is not in the file', async () => {
    expect(await failure('comparePlans', { before: { planId: plan2024 }, after: { planId: 999 } })).toMatchObject({ code: 'not-found' });
  });
});

describe('another plan file', () => {
  const colleaguePath = folder.file('collega.pira');
  const colleague = createPlanFile(colleaguePath, [samplePlan2024]);
  const doc = colleague.repo.loadPlan(colleague.repo.listPlans()[0]!.id);
  colleague.repo.saveCard(doc.id, { ...doc.cards[0]!, title: 'Titolo del collega' });
  colleague.close();

  it('is uploaded by a browser and compared by code, never written', async () => {
    const bytes = readFileSync(colleaguePath);
    const opened = await call<ComparisonFile>('openComparisonFile', { fileName: 'collega.pira', dataBase64: bytes.toString('base64') });
    expect(opened).toMatchObject({ fileName: 'collega.pira', plans: [{ year: 2024, cardCount: 18 }] });
    const c = await call<PlanComparison>('comparePlans', {
      before: { planId: plan2024 },
      after: { planId: opened.plans[0]!.id, fileToken: opened.token },
    });
    expect(c.after.label).toBe('piano 2024 (collega.pira)');
    expect(c.counts).toMatchObject({ pairedByOrigin: 0, pairedByCode: 18, changed: 1 });
    expect(c.cards[0]!.changes.map((ch) => ch.field)).toEqual(['Obiettivo']);
    expect(readFileSync(colleaguePath).equals(bytes)).toBe(true);
  });

  it('is chosen in the desktop dialog, or not at all', async () => {
    chosen.push(colleaguePath, null);
    expect(await call<ComparisonFile>('openComparisonFile', {}, desktop)).toMatchObject({ fileName: 'collega.pira' });
    expect(await call('openComparisonFile', {}, desktop)).toEqual({ cancelled: true });
    expect(await failure('openComparisonFile', {})).toMatchObject({ code: 'unavailable' });
  });

  it('refuses a file that is not a plan, naming it, and a token it does not know', async () => {
    const error = await failure('openComparisonFile', { fileName: 'appunti.pira', dataBase64: Buffer.from('testo qualunque').toString('base64') });
    expect(error).toMatchObject({ code: 'invalid-file', message: 'Il file «appunti.pira» non è un file di PIRA Desk.' });
    const unknown = await failure('comparePlans', { before: { planId: plan2024 }, after: { planId: 1, fileToken: 'sconosciuto' } });
    expect(unknown).toMatchObject({ code: 'not-found', message: expect.stringContaining('Confronta piani') });
  });
});

describe('export and print of a comparison', () => {
  it('delivers a workbook with real cells', async () => {
    const file = await call<{ fileName: string; dataBase64: string }>('exportComparison', {
      before: { planId: plan2024 },
      after: { planId: plan2025 },
      format: 'xlsx',
    });
    expect(file.fileName).toBe('Confronto PIRA 2024 - 2025.xlsx');
    const workbook = XLSX.read(Buffer.from(file.dataBase64, 'base64'), { cellNF: true });
    expect(workbook.SheetNames).toEqual(['Riepilogo', 'Differenze']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['Differenze']!, { header: 1 });
    expect(rows[0]).toEqual(['Scheda', 'Obiettivo', 'Esito', 'N. indicatore', 'Indicatore', 'Campo', 'Piano 2024', 'Piano 2025']);
    const target = workbook.Sheets['Differenze']!['H2']!;
    expect(rows[1]?.[5]).toBe('Target 2026');
    expect(target).toMatchObject({ t: 'n', v: 12, z: '#,##0' });
    const summary = workbook.Sheets['Riepilogo']!;
    expect(summary['B7']).toMatchObject({ t: 'n', z: 'dd/mm/yyyy', w: '30/06/2024' });
  });

  it('prints and saves the PDF of the print route', async () => {
    const req = { before: { planId: plan2024 }, after: { planId: plan2025 } };
    expect(await call('printComparison', req)).toEqual({ printed: true });
    const pdf = await call<{ fileName: string }>('exportComparisonPdf', req);
    expect(pdf.fileName).toBe('Confronto PIRA 2024 - 2025.pdf');
    const route = `#/stampa?sezione=confronto&prima=${plan2024}&dopo=${plan2025}`;
    expect(printed).toEqual([route, route]);
  });
});

// The file under comparison stays readable by the db layer afterwards (nothing was left open on it for writing).
afterAll(() => {
  const check = openPlanFile(folder.file('collega.pira'));
  expect(check.repo.listPlans()).toHaveLength(1);
  check.close();
});
