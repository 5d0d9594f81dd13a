// Issue 19: the parser reads only what the checks counted. SheetJS finds its parts by its own rules: the workbook
// named by [Content_Types].xml, an ODS body as soon as META-INF/manifest.xml is there, names compared without
// case. A file whose checked parts say one thing and whose other parts say another was imported from the parts
// nobody checked (here a changed text; a repeat bomb there crashed the process). Now the parser is handed the
// checked parts only.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSampleFile } from '../../db/planFile';
import { prepareImport } from '../../electron/exchange/exchangeService';
import { editZipXml, readZipXml } from './zipXml';
import { sampleExports } from './fixtures';
import { runTsx } from '../stress/runTsx';
import { forgeZip, zipEntries, type ForgeEntry } from '../stress/zipForge';

const sample = sampleExports();
const { file, xlsx, ods } = sample;
afterAll(() => sample.close());

async function changedCards(bytes: Buffer): Promise<string[]> {
  const prepared = await prepareImport(file, 1, bytes, { year: 2024 });
  return prepared.preview.cards.filter((c) => c.status !== 'unchanged').map((c) => c.code);
}

const text = (data: string): Buffer => Buffer.from(data, 'utf8');
const UNCHECKED = 'Testo mai controllato';

describe('the parser is handed the checked parts only', () => {
  it('ignores a second workbook that [Content_Types].xml names as the main one', async () => {
    const entries = zipEntries(xlsx);
    const sheet = readZipXml(xlsx, 'xl/worksheets/sheet3.xml').replace(/<c r="C2" t="s"><v>\d+<\/v><\/c>/, `<c r="C2" t="inlineStr"><is><t>${UNCHECKED}</t></is></c>`);
    expect(sheet).toContain(UNCHECKED);
    const rels = readZipXml(xlsx, 'xl/_rels/workbook.xml.rels')
      .replace(/Target="worksheets\/sheet(\d+)\.xml"/g, (_, n: string) => `Target="/xl/worksheets/${n === '3' ? 'altro3' : `sheet${n}`}.xml"`)
      .replace(/Target="(sharedStrings|styles|theme\/theme1|metadata)\.xml"/g, 'Target="/xl/$1.xml"');
    const types = readZipXml(xlsx, '[Content_Types].xml').replace('PartName="/xl/workbook.xml"', 'PartName="/xl/altro/workbook.xml"');
    const hidden: ForgeEntry[] = [
      { name: 'xl/altro/workbook.xml', data: text(readZipXml(xlsx, 'xl/workbook.xml')) },
      { name: 'xl/altro/_rels/workbook.xml.rels', data: text(rels) },
      { name: 'xl/worksheets/altro3.xml', data: text(sheet) },
    ];
    const forged = forgeZip([...entries.map((e) => (e.name === '[Content_Types].xml' ? { ...e, data: text(types) } : e)), ...hidden]);
    expect(await changedCards(forged)).toEqual([]);
  });

  it('refuses an OpenDocument body slipped into an xlsx instead of reading either', async () => {
    const content = readZipXml(ods, 'content.xml');
    const changed = content.replace(/(<table:table table:name="Indicatori"[\s\S]*?<table:table-row[\s\S]*?<\/table:table-row>[\s\S]*?<text:p>)[^<]*/, `$1${UNCHECKED}`);
    expect(changed).toContain(UNCHECKED);
    const manifest = readZipXml(ods, 'META-INF/manifest.xml');
    const forged = forgeZip([
      ...zipEntries(xlsx),
      { name: 'META-INF/manifest.xml', data: text(manifest) },
      { name: 'content.xml', data: text(changed) },
    ]);
    await expect(changedCards(forged)).rejects.toMatchObject({ message: expect.stringMatching(/contiene sia una cartella di lavoro Excel sia un documento OpenDocument/) });
  });

  it('does not read cells an XML parser does not see (here a row in a comment): SheetJS gets the part rewritten', async () => {
    const hidden = `<!-- <row r="500"><c r="A500" t="inlineStr"><is><t>01_01_OS01</t></is></c><c r="C500" t="inlineStr"><is><t>${UNCHECKED}</t></is></c></row> -->`;
    const commented = editZipXml(xlsx, new Map([['xl/worksheets/sheet3.xml', (xml: string) => xml.replace('</sheetData>', `${hidden}</sheetData>`)]]));
    expect(readZipXml(commented, 'xl/worksheets/sheet3.xml')).toContain(hidden);
    expect(await changedCards(commented)).toEqual([]);
  });

  it('refuses a Numbers index slipped into an xlsx, and nothing of SheetJS reaches the output ("?? 1004 Invalid offset beyond length")', async () => {
    const iwa = Buffer.alloc(1004, 0x41);
    iwa.set([0, 0xe8, 0x03, 0], 0);
    const input = sample.folder.file('numeri.xlsx');
    fs.writeFileSync(input, forgeZip([...zipEntries(xlsx), { name: 'Index/Document.iwa', data: iwa }]));
    const planPath = sample.folder.file('piano-numeri.pira');
    createSampleFile(planPath).close();
    const result = await runTsx(path.join('electron', 'cli', 'main.ts'), ['import', '--db', planPath, input, '--dry-run'], { timeoutMs: 120_000 });
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).not.toMatch(/\?\?|Invalid offset/);
    expect(result.stderr).toMatch(/contiene sia una cartella di lavoro Excel sia un documento Apple Numbers/);
  }, 150_000);
});
