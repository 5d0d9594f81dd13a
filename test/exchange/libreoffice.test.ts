// The exported xlsx and ods open in another spreadsheet program: LibreOffice converts them headless to CSV and
// the cards and values are there. Skipped, with a visible message, only when `soffice` is not installed.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWorkbookSpec } from '../../shared/exchange/exportSpec';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { writeWorkbook } from '../../electron/exchange/writeWorkbook';
import { tempFolder } from '../db/tempFiles';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!soffice) console.warn('⚠ soffice (LibreOffice) non installato: il test di apertura in LibreOffice è SALTATO.');

const folder = tempFolder();
afterAll(() => folder.remove());

describe.skipIf(!soffice)('exported workbooks open in LibreOffice', () => {
  it.each(['xlsx', 'ods'] as const)('%s converts to CSV with every indicator row', (format) => {
    const input = folder.file(`piano.${format}`);
    fs.writeFileSync(input, writeWorkbook(buildWorkbookSpec(samplePlan2024, null), format));
    const outDir = folder.file(`csv-${format}`);
    // Sheet 3 (Indicatori) as UTF-8 CSV; a private profile so parallel runs do not share LibreOffice's lock.
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${folder.file(`profile-${format}`)}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,3', '--outdir', outDir, input],
      { stdio: 'ignore', timeout: 90_000 },
    );
    const csv = fs.readFileSync(path.join(outDir, fs.readdirSync(outDir)[0] ?? ''), 'utf8');
    const lines = csv.trim().split('\n');
    expect(lines[0]).toContain('Codice obiettivo,N.,Indicatore');
    expect(lines).toHaveLength(1 + samplePlan2024.cards.reduce((n, c) => n + c.indicators.length, 0));
    expect(csv).toContain('Cassetto digitale');
    expect(csv).toContain('30/06/2024');
  }, 120_000);
});
