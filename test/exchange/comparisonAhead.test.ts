// Issue 21: an import compares each workbook with the plan as the parse process hands it over (comparisonAhead.ts),
// and the preview finishes that comparison instead of making its own. It must be the very preview the files give
// when compared after they were all read, and it must be left aside whenever it is not the comparison the preview
// would make: another reading of the plan, other files or another order, other options.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleFile, openPlanFile, type PlanFile } from '../../db/planFile';
import { startComparison, usableAhead } from '../../electron/exchange/comparisonAhead';
import { prepareImportFiles, previewParsed, readStoredPlan } from '../../electron/exchange/exchangeService';
import { startImportParsing } from '../../electron/exchange/importParsing';
import { writeWorkbook } from '../../electron/exchange/writeWorkbook';
import { buildWorkbookSpec } from '../../shared/exchange/exportSpec';
import type { ImportFile } from '../../shared/exchange/importWorkbooks';
import type { PlanDocument } from '../../shared/model';
import { tempFolder } from '../db/tempFiles';

const folder = tempFolder();
let file: PlanFile;
let inputs: { fileName: string; bytes: Uint8Array }[];
let files: ImportFile[];

/** The plan's export with 5 added to every number of card `k`'s first indicator. */
function editedExport(doc: PlanDocument, k: number): Uint8Array {
  const edited = structuredClone(doc);
  const indicator = edited.cards[k]!.indicators[0]!;
  indicator.measurements = indicator.measurements.map((m) => (m.value.kind === 'number' ? { ...m, value: { ...m.value, value: m.value.value + 5 } } : m));
  return writeWorkbook(buildWorkbookSpec(edited, null), 'xlsx');
}

beforeAll(async () => {
  const planPath = folder.file('piano.pira');
  createSampleFile(planPath).close();
  file = openPlanFile(planPath);
  const doc = file.repo.loadPlan(1);
  inputs = [
    { fileName: 'area-a.xlsx', bytes: editedExport(doc, 2) },
    { fileName: 'area-b.xlsx', bytes: editedExport(doc, 5) },
  ];
  files = await startImportParsing(inputs).files;
});
afterAll(() => {
  file.close();
  folder.remove();
});

describe('a comparison made as the files arrive', () => {
  it('gives the preview the files give when compared after they were all read', async () => {
    const plain = previewParsed(file, 1, files);
    expect(plain.preview.summary.valuesChanged).toBeGreaterThan(0);
    expect((await prepareImportFiles(file, 1, inputs)).preview).toEqual(plain.preview);
    const stored = readStoredPlan(file, 1);
    const ahead = startComparison(file, stored, {})!;
    for (const f of files) ahead.add(f);
    expect(usableAhead(ahead, stored, files, {})).toBe(ahead.comparison);
    expect(previewParsed(file, 1, files, {}, stored, ahead).preview).toEqual(plain.preview);
  });

  it('is left aside when it is not the one the preview makes', () => {
    const stored = readStoredPlan(file, 1);
    const ahead = startComparison(file, stored, { year: 2024 })!;
    for (const f of files) ahead.add(f);
    expect(usableAhead(ahead, stored, files, { year: 2024 })).toBe(ahead.comparison);
    expect(usableAhead(ahead, readStoredPlan(file, 1), files, { year: 2024 })).toBeUndefined();
    expect(usableAhead(ahead, null, files, { year: 2024 })).toBeUndefined();
    expect(usableAhead(ahead, stored, files.slice(0, 1), { year: 2024 })).toBeUndefined();
    expect(usableAhead(ahead, stored, [...files].reverse(), { year: 2024 })).toBeUndefined();
    expect(usableAhead(ahead, stored, files, {})).toBeUndefined();
    expect(usableAhead(ahead, stored, files, { year: 2024, ente: 'Altro ente' })).toBeUndefined();
    expect(usableAhead(ahead, stored, files, { year: 2024, layoutName: 'Tabella' })).toBeUndefined();
    expect(usableAhead(undefined, stored, files, { year: 2024 })).toBeUndefined();
  });

  it('does not start for a layout name the plan file lacks: the preview refuses it, as before', () => {
    const stored = readStoredPlan(file, 1);
    expect(startComparison(file, stored, { layoutName: 'Inesistente' })).toBeUndefined();
    expect(() => previewParsed(file, 1, files, { layoutName: 'Inesistente' }, stored, undefined)).toThrow(/non c'è un modello di importazione «Inesistente»/);
  });
});
