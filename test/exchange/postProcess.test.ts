// What SheetJS CE cannot write and the export adds by editing the zip: frozen header rows and drop-down lists in
// the xlsx, the published percent decimals and the euro sign in the ods. Read back here with SheetJS's own zip
// reader, independently of electron/exchange/zipXml.ts.
import XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { exportPlanWorkbook } from '../../electron/exchange/exchangeService';
import { sampleContext } from './fixtures';

type Zip = { FullPaths: string[]; FileIndex: { content: Uint8Array }[] };
const CFB = (XLSX as unknown as { CFB: { read(data: Buffer, options: { type: 'buffer' }): Zip } }).CFB;

function part(bytes: Buffer, suffix: string): string {
  const zip = CFB.read(bytes, { type: 'buffer' });
  const entry = zip.FileIndex[zip.FullPaths.findIndex((p) => p.endsWith(suffix))];
  if (!entry) throw new Error(`${suffix} assente`);
  return Buffer.from(entry.content).toString('utf8');
}

const sample = sampleContext();
afterAll(() => sample.cleanup());
const planId = sample.file.repo.listPlans()[0]!.id;

describe('xlsx export', () => {
  const xlsx = exportPlanWorkbook(sample.file, planId, 'xlsx', null).data;
  const indicators = part(xlsx, '/xl/worksheets/sheet3.xml'); // Piano, Obiettivi, Indicatori, …

  it('freezes the header row of every sheet', () => {
    const sheets = CFB.read(xlsx, { type: 'buffer' }).FullPaths.filter((p) => /\/xl\/worksheets\/sheet\d+\.xml$/.test(p));
    expect(sheets.length).toBeGreaterThanOrEqual(4);
    for (const sheet of sheets) expect(part(xlsx, sheet), sheet).toMatch(/<pane ySplit="1" topLeftCell="A2"[^>]*state="frozen"/);
  });
  it('offers drop-down lists on the indicator rows, placed where Excel requires them', () => {
    const lists = indicators.match(/<dataValidation type="list"[^>]*sqref="[A-Z]+2:[A-Z]+\d+"/g) ?? [];
    expect(lists.length).toBeGreaterThanOrEqual(3);
    expect(indicators.indexOf('<dataValidations')).toBeLessThan(indicators.indexOf('<pageMargins') === -1 ? Infinity : indicators.indexOf('<pageMargins'));
  });
});

describe('ods export', () => {
  const content = part(exportPlanWorkbook(sample.file, planId, 'ods', null).data, '/content.xml');

  it('keeps the published percent decimals (SheetJS writes 2 everywhere)', () => {
    const decimals = [...content.matchAll(/<number:percentage-style [^>]*><number:number number:decimal-places="(\d)"/g)].map((m) => m[1]);
    expect(new Set(decimals)).toEqual(new Set(['0', '1', '2']));
  });
  it('keeps the euro sign of the resources format', () => {
    expect(content).toContain('<number:text> €</number:text>');
  });
});
