// The one-pass writer (issue 21) against the SheetJS writer it replaced: the sample plan's export and a round
// workbook, in xlsx and ods, read back with SheetJS and with the app's own import, give the same cells (type, value,
// number format), and the same frozen rows, drop-down lists, auto-filters, protection, unlocked cells, column widths
// and ODS data styles. oracle/sheetJsWriter.json is `workbookMeaning` (writtenWorkbook.ts) of the files main's CLI wrote
// before the change, from a new sample plan: `export --out plan.xlsx|ods` and `export --by area --format xlsx|ods`.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportPlanWorkbook, prepareRoundWorkbooks } from '../../electron/exchange/exchangeService';
import { sampleContext } from './fixtures';
import { workbookMeaning, type SheetMeaning } from './writtenWorkbook';

const oracle = JSON.parse(fs.readFileSync(path.join(__dirname, 'oracle', 'sheetJsWriter.json'), 'utf8')) as Record<string, SheetMeaning[]>;
const sample = sampleContext();
afterAll(() => sample.cleanup());
const planId = sample.file.repo.listPlans()[0]!.id;
const ROUND = 'Raccolta 30-06-2024 - Promozione e Sviluppo Economico';

describe.each(['xlsx', 'ods'] as const)('%s written in one pass', (format) => {
  it("means what the SheetJS writer's plan export meant", async () => {
    const written = await workbookMeaning(exportPlanWorkbook(sample.file, planId, format, null).data, format);
    expect(written).toEqual(oracle[`plan.${format}`]);
  });
  it("means what the SheetJS writer's round workbook meant", async () => {
    const round = prepareRoundWorkbooks(sample.file, planId, format, { kind: 'area' }).find((f) => f.fileName === `${ROUND}.${format}`);
    expect(round).toBeDefined();
    expect(await workbookMeaning(round!.data, format)).toEqual(oracle[`round.${format}`]);
  });
});
