// Issue 21: an ods's cells are read on the XML scan that checks them (odsReader.ts), no longer by SheetJS. Every ods
// the repository can make or holds is read by both readers and must give deep-equal workbooks (or the same refusal):
// the plan's exports at ×1 and ×10, the round's workbooks, SheetJS-written fixtures, the fuzzer's mutants and bombs,
// and hand-written parts for what an exported plan never holds. The files the own reader is meant for must be read
// by it, not handed to SheetJS (else the comparison would prove nothing).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanFile } from '../../db/planFile';
import { exchangeHandlers } from '../../electron/app/exchangeHandlers';
import { exportPlanWorkbook } from '../../electron/exchange/exchangeService';
import { DEFAULT_LIMITS, type ParseLimits } from '../../electron/exchange/limits';
import { readWorkbookWith } from '../../electron/exchange/readWorkbook';
import { scaledSample } from '../bench/scaledPlan';
import { tempFolder } from '../db/tempFiles';
import { mutants } from '../stress/mutations';
import { hostileWorkbooks } from '../stress/hostileWorkbooks';
import { sampleContext, sampleExports, xlsxFrom, zipFrom, type SampleExports } from './fixtures';
import { ambito1, ambito2, ambito3 } from './seedWorkbook';
import { ambitoSheetsLayout, englishLayout, oneSheetLayout } from './unfamiliarLayouts';
import type { HandWritten } from './handWrittenXlsx';
import { handWrittenOds } from './handWrittenOds';

type Outcome = { ok: unknown } | { refused: string; kind: string };

async function outcome(bytes: Buffer, limits: ParseLimits, sheetJs: boolean): Promise<{ outcome: Outcome; reader: string; fallback: string | null }> {
  try {
    const read = await readWorkbookWith(bytes, limits, sheetJs);
    return { outcome: { ok: read.workbook }, reader: read.reader, fallback: read.fallback };
  } catch (error) {
    return { outcome: { refused: (error as Error).message, kind: (error as Error).name }, reader: 'none', fallback: null };
  }
}

/** Both readers on `bytes`: the outcomes must be deep-equal; answers which reader the own path used. */
async function compare(bytes: Buffer, limits: ParseLimits = DEFAULT_LIMITS): Promise<{ reader: string; fallback: string | null; refused: boolean }> {
  const own = await outcome(bytes, limits, false);
  const reference = await outcome(bytes, limits, true);
  expect(own.outcome).toEqual(reference.outcome);
  // Both paths run the checks and so the own reader: an error of its own would be the same on both sides.
  if ('refused' in own.outcome) expect(own.outcome.kind).toBe('ImportRefusedError');
  return { reader: own.reader, fallback: own.fallback, refused: 'refused' in own.outcome };
}

const OWN = { reader: 'ods', fallback: null, refused: false };

let exports: SampleExports;
beforeAll(() => {
  exports = sampleExports();
});
afterAll(() => exports.close());

describe('the own ods reader and SheetJS read the same cells', () => {
  it('in the plan’s export at ×1 and ×10, read by the own reader', async () => {
    expect(await compare(exports.ods)).toEqual(OWN);
    const folder = tempFolder();
    try {
      const file = createPlanFile(folder.file('dieci.pira'), [scaledSample(10)]);
      const bytes = exportPlanWorkbook(file, 1, 'ods', null).data;
      file.close();
      expect(await compare(bytes)).toEqual(OWN);
    } finally {
      folder.remove();
    }
  }, 120_000);

  it('in the workbooks of «Prepara raccolta dati», read by the own reader', async () => {
    const env = sampleContext();
    try {
      const round = await exchangeHandlers(env.ctx).prepareRound({ planId: 1, format: 'ods', grouping: { kind: 'area' } });
      expect(round.files.length).toBeGreaterThan(1);
      for (const file of round.files) expect(await compare(Buffer.from(file.dataBase64 ?? '', 'base64'))).toEqual(OWN);
    } finally {
      env.cleanup();
    }
  }, 120_000);

  it('in the fixtures the other tests build with SheetJS, read by the own reader', async () => {
    const fixtures = [
      xlsxFrom({ 'Ambito 1': ambito1(), 'Ambito 2': ambito2(), 'Ambito 3': ambito3() }, 'ods'),
      xlsxFrom(oneSheetLayout(), 'ods'),
      xlsxFrom(englishLayout(), 'ods'),
      xlsxFrom(ambitoSheetsLayout(), 'ods'),
      xlsxFrom({ Dati: [['testo', 1, true, new Date(2024, 5, 30), { v: 0.4656, z: '0.00%' }, null, '  ', '', { v: 45473, z: 'dd/mm/yyyy' }]] }, 'ods'),
    ];
    for (const bytes of fixtures) expect(await compare(bytes)).toEqual(OWN);
  }, 120_000);

  it.each(handWrittenOds().map((c): [string, HandWritten] => [c.name, c]))('in a hand-written workbook: %s', async (_, written) => {
    const result = await compare(zipFrom(written.entries), { ...DEFAULT_LIMITS, ...written.limits });
    if (written.refused) expect(result.refused).toBe(true);
    else expect(result.reader === 'ods' && result.fallback === null).toBe(written.own);
  });

  it('in the fuzzer’s bombs and mutants of the export (ods)', async () => {
    const files = [
      ...hostileWorkbooks(exports).filter((b) => b.format === 'ods'),
      ...[...mutants(exports, 400, 21)].filter((m) => m.format === 'ods'),
    ];
    const readers = { own: 0, sheetJs: 0, refused: 0 };
    for (const file of files) {
      const result = await compare(file.bytes);
      if (result.refused) readers.refused++;
      else if (result.reader === 'ods') readers.own++;
      else readers.sheetJs++;
    }
    // Most mutants keep the export's usual writing and are read by the own reader.
    expect(readers.own).toBeGreaterThan(readers.sheetJs);
  }, 600_000);
});
