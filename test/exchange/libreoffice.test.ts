// The exported xlsx and ods open in another spreadsheet program: LibreOffice converts them headless to CSV and
// the cards and values are there; the data-collection workbooks, opened and saved again by LibreOffice, keep their
// protection (checked in the saved XML). Skipped, with a visible message, only when `soffice` is not installed.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { buildWorkbookSpec } from '../../shared/exchange/exportSpec';
import { buildRoundSpec } from '../../shared/exchange/roundSpec';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { DEFAULT_LIMITS } from '../../electron/exchange/limits';
import { readWorkbookWith } from '../../electron/exchange/readWorkbook';
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

type Zip = { FullPaths: string[]; FileIndex: { content: Uint8Array }[] };
const CFB = (XLSX as unknown as { CFB: { read(data: Buffer, options: { type: 'buffer' }): Zip } }).CFB;
const parts = (bytes: Buffer, pattern: RegExp) => {
  const zip = CFB.read(bytes, { type: 'buffer' });
  return zip.FullPaths.flatMap((p, i) => (pattern.test(p) ? [Buffer.from(zip.FileIndex[i]!.content).toString('utf8')] : []));
};

const repeats = (attributes: string, kind: 'columns' | 'rows') => Number(new RegExp(`table:number-${kind}-repeated="(\\d+)"`).exec(attributes)?.[1] ?? '1');

/**
 * Cells whose effective style (their own, else their column's default: LibreOffice writes the most used style of a
 * column as its default and leaves it off the cells) unprotects them.
 */
function unprotectedCells(content: string, open: Set<string>): number {
  let count = 0;
  for (const table of content.match(/<table:table [\s\S]*?<\/table:table>/g) ?? []) {
    const defaults = [...table.matchAll(/<table:table-column\b([^>]*)\/?>/g)].flatMap((m) => Array(repeats(m[1]!, 'columns')).fill(/table:default-cell-style-name="([^"]+)"/.exec(m[1]!)?.[1] ?? 'Default'));
    for (const row of table.matchAll(/<table:table-row\b([^>]*)>([\s\S]*?)<\/table:table-row>/g)) {
      let column = 0;
      for (const cell of row[2]!.matchAll(/<table:(?:covered-)?table-cell\b([^>]*?)\/?>/g)) {
        const own = /table:style-name="([^"]+)"/.exec(cell[1]!)?.[1];
        for (let k = 0; k < repeats(cell[1]!, 'columns'); k++, column++) if (open.has(own ?? defaults[column] ?? 'Default')) count += repeats(row[1]!, 'rows');
      }
    }
  }
  return count;
}

/** Opens `input` in LibreOffice and saves it again in the same format (what a colleague's "Salva" does). */
function resavedByLibreOffice(input: string, format: 'xlsx' | 'ods'): Buffer {
  const outDir = folder.file(`resaved-${format}`);
  const filter = format === 'xlsx' ? 'xlsx:Calc MS Excel 2007 XML' : 'ods:calc8';
  execFileSync('soffice', [`-env:UserInstallation=file://${folder.file(`profile-resave-${format}`)}`, '--headless', '--convert-to', filter, '--outdir', outDir, input], {
    stdio: 'ignore',
    timeout: 90_000,
  });
  return fs.readFileSync(path.join(outDir, path.basename(input)));
}

describe.skipIf(!soffice)('a data-collection workbook saved again by LibreOffice', () => {
  const group = { label: 'Obiettivo trasversale', codes: ['03_01_OS02', '03_01_OS05'] };
  const fillIn = 3 * samplePlan2024.cards.filter((c) => group.codes.includes(c.code)).reduce((n, c) => n + c.indicators.length, 0);

  it('xlsx: every sheet stays protected and only the fill-in cells stay unlocked', () => {
    const input = folder.file('raccolta.xlsx');
    fs.writeFileSync(input, writeWorkbook(buildRoundSpec(samplePlan2024, group), 'xlsx'));
    const saved = resavedByLibreOffice(input, 'xlsx');
    const sheets = parts(saved, /\/xl\/worksheets\/sheet\d+\.xml$/);
    expect(sheets.length).toBeGreaterThanOrEqual(5);
    for (const sheet of sheets) expect(sheet).toMatch(/<sheetProtection [^>]*sheet="(1|true)"/);
    const styles = parts(saved, /\/xl\/styles\.xml$/)[0] ?? '';
    const xfs = styles.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1]?.match(/<xf\b[^>]*?\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g) ?? [];
    const unlocked = new Set(xfs.flatMap((xf, i) => (/<protection [^>]*locked="(0|false)"/.test(xf) ? [String(i)] : [])));
    const cells = sheets.flatMap((sheet) => [...sheet.matchAll(/<c r="[A-Z]+\d+"[^>]*?\ss="(\d+)"/g)].filter((m) => unlocked.has(m[1]!)));
    expect(cells).toHaveLength(fillIn);
  }, 120_000);

  it('ods: every table stays protected and only the fill-in cells stay unprotected', () => {
    const input = folder.file('raccolta.ods');
    fs.writeFileSync(input, writeWorkbook(buildRoundSpec(samplePlan2024, group), 'ods'));
    const content = parts(resavedByLibreOffice(input, 'ods'), /\/content\.xml$/)[0] ?? '';
    const tables = [...content.matchAll(/<table:table ([^>]*)>/g)].map((m) => m[1]!);
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const attributes of tables) expect(attributes).toContain('table:protected="true"');
    const styles = content.match(/<style:style\b[^>]*?(?:\/>|>[\s\S]*?<\/style:style>)/g) ?? [];
    const open = new Set(styles.filter((s) => s.includes('style:cell-protect="none"')).map((s) => /style:name="([^"]+)"/.exec(s)?.[1] ?? ''));
    expect(unprotectedCells(content, open)).toBe(fillIn);
  }, 120_000);

  it('ods: the own reader reads what LibreOffice saved, cell for cell as SheetJS does (issue 21)', async () => {
    const input = folder.file('raccolta-lettura.ods');
    fs.writeFileSync(input, writeWorkbook(buildRoundSpec(samplePlan2024, group), 'ods'));
    const saved = resavedByLibreOffice(input, 'ods');
    const own = await readWorkbookWith(saved, DEFAULT_LIMITS);
    expect({ reader: own.reader, fallback: own.fallback }).toEqual({ reader: 'ods', fallback: null });
    expect(own.workbook).toEqual((await readWorkbookWith(saved, DEFAULT_LIMITS, true)).workbook);
  }, 120_000);
});
