// Issue 19: a workbook whose value cells hold the largest doubles made the preview format 1,8e308 with two
// decimals; n × 10^decimals overflowed to Infinity and "Errore interno imprevisto: The number Infinity cannot be
// converted to a BigInt…" reached the user. Whatever the import then decides about such numbers, every message
// is Italian and nothing throws.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import { exportPlanWorkbook, prepareImport } from '../../electron/exchange/exchangeService';
import { editZipXml } from './zipXml';
import { cli } from '../cli/captureCli';
import { tempFolder } from '../db/tempFiles';

const folder = tempFolder();
let planPath: string;
let xlsx: Buffer;
beforeAll(() => {
  planPath = folder.file('piano.pira');
  createSampleFile(planPath).close();
  const file = openPlanFile(planPath, { readonly: true });
  xlsx = exportPlanWorkbook(file, 1, 'xlsx', null).data;
  file.close();
});
afterAll(() => folder.remove());

/** The export with every number cell of the indicators' value and target columns set to `value`. */
const withNumbers = (value: string) =>
  editZipXml(xlsx, new Map([['xl/worksheets/sheet3.xml', (xml: string) => xml.replace(/(<c r="[H-N]\d+" s="\d+"><v>)[^<]*(<\/v>)/g, `$1${value}$2`)]]));

const ENGLISH = /\b(Infinity|NaN|BigInt|cannot|converted|undefined|null|error)\b/;

describe('cells holding the extremes of the doubles', () => {
  it.each(['1.7976931348623157e308', '-1.7976931348623157e308', '1e308', '5e-324'])('%s: a preview or a refusal, in Italian', async (value) => {
    const workbook = withNumbers(value);
    const file = openPlanFile(planPath, { readonly: true });
    try {
      const prepared = await prepareImport(file, 1, workbook, { year: 2024 });
      for (const problem of prepared.preview.problems) expect(problem.message).not.toMatch(ENGLISH);
    } catch (error) {
      expect((error as { code?: string }).code, String(error)).toBe('import-refused');
    } finally {
      file.close();
    }
    const input = folder.file(`numeri-${value}.xlsx`);
    fs.writeFileSync(input, workbook);
    const result = await cli('import', '--db', planPath, input, '--dry-run', '--year', '2024');
    expect(result.err).not.toMatch(/interno imprevisto/);
    expect(result.err + result.out).not.toMatch(ENGLISH);
  });
});
