// Export → import of the sample plan (xlsx and ods) gives back identical data and identical scores, through the
// real handlers (worker parse, preview, apply) on a temporary plan file; formula-looking text stays text.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { exchangeHandlers } from '../../electron/app/exchangeHandlers';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { scorePlan } from '../../shared/scoring';
import type { PlanDocument } from '../../shared/model';
import { documentWithoutIds } from '../db/tempFiles';
import { sampleContext } from './fixtures';

let env: ReturnType<typeof sampleContext>;
beforeEach(() => {
  env = sampleContext();
});
afterEach(() => env.cleanup());

const scoresOf = (doc: PlanDocument) => scorePlan(doc).cards.map((c) => [c.code, c.score.performance, c.score.indicators.map((i) => i.performance)]);

describe.each(['xlsx', 'ods'] as const)('round trip in %s', (format) => {
  it('creates a new plan identical to the sample, with identical scores', async () => {
    const handlers = exchangeHandlers(env.ctx);
    const produced = await handlers.exportWorkbook({ planId: 1, format, selection: { kind: 'all' } });
    expect(produced.fileName).toBe(`PIRA 2024.${format}`);
    const empty = sampleContext(false);
    const target = exchangeHandlers(empty.ctx);
    const preview = await target.previewImport({ planId: null, fileName: produced.fileName, dataBase64: produced.dataBase64 ?? '' });
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(preview.cards.map((c) => c.status)).toEqual(samplePlan2024.cards.map(() => 'added'));
    const { planId } = await target.applyImport({ token: preview.token });
    const imported = empty.reopen().repo.loadPlan(planId);
    empty.cleanup();
    expect(documentWithoutIds(imported)).toEqual(documentWithoutIds(samplePlan2024));
    expect(scoresOf(imported)).toEqual(scoresOf(samplePlan2024));
  });

  it('re-imported into the same plan changes nothing', async () => {
    const handlers = exchangeHandlers(env.ctx);
    const produced = await handlers.exportWorkbook({ planId: 1, format, selection: { kind: 'all' } });
    const preview = await handlers.previewImport({ planId: 1, fileName: 'x', dataBase64: produced.dataBase64 ?? '' });
    expect(preview.canApply).toBe(true);
    expect(preview.problems).toEqual([]);
    expect(new Set(preview.cards.map((c) => c.status))).toEqual(new Set(['unchanged']));
  });
});

describe('formula-looking text', () => {
  // Leading tab/CR are formula triggers too; the import compares texts without their leading and trailing blanks,
  // so an untouched export of them is not a change (issue 10, defect 6).
  it.each(['=SUM(A1:A3)', '+39 0574 1234', '-1 rispetto al 2023', '@nota', '\t=1+1', '\r=1+1'])('%j is written as a string cell and never evaluated', async (title) => {
    const handlers = exchangeHandlers(env.ctx);
    const card = env.file.repo.loadPlan(1).cards[0]!;
    env.file.repo.saveCard(1, { ...card, title });
    const produced = await handlers.exportWorkbook({ planId: 1, format: 'xlsx', selection: { kind: 'codes', codes: [card.code] } });
    const wb = XLSX.read(Buffer.from(produced.dataBase64 ?? '', 'base64'), { cellFormula: true });
    const cell = wb.Sheets['Obiettivi']?.['B2'];
    expect(cell?.t).toBe('s');
    expect(cell?.f).toBeUndefined();
    expect(cell?.v).toBe(title);
    const preview = await handlers.previewImport({ planId: 1, fileName: 'x', dataBase64: produced.dataBase64 ?? '' });
    expect(preview.cards.find((c) => c.code === card.code)?.status).toBe('unchanged');
  });
});
