// Broken, foreign and hostile files are refused with a clear Italian `import-refused` message and the plan file
// stays byte-for-byte unchanged, through the API handler and through the CLI.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exchangeHandlers } from '../../electron/app/exchangeHandlers';
import { runCli } from '../../electron/cli/runCli';
import { parseWorkbookInWorker } from './parseOne';
import { DEFAULT_LIMITS } from '../../electron/exchange/limits';
import { bytesOf, sampleContext, xlsxFrom, zipFrom } from './fixtures';

let env: ReturnType<typeof sampleContext>;
beforeEach(() => {
  env = sampleContext();
});
afterEach(() => env.cleanup());

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const validXlsx = () => xlsxFrom({ Indicatori: [['Codice obiettivo', 'Indicatore'], ['01_01_OS01', 'x']] });

const HOSTILE: [string, () => Buffer, RegExp][] = [
  ['an empty file', () => Buffer.alloc(0), /vuoto/],
  ['a CSV text file', () => Buffer.from('Codice;Indicatore\n01_01_OS01;x\n'), /non è una cartella di lavoro/],
  ['a PDF', () => Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n'), /non è una cartella di lavoro/],
  ['a truncated xlsx', () => validXlsx().subarray(0, 900), /danneggiato o incompleto/],
  ['a password-protected workbook', () => Buffer.concat([CFB, Buffer.alloc(200), Buffer.from('EncryptedPackage', 'utf16le')]), /protetto da password/],
  ['an Excel 97-2003 file', () => Buffer.concat([CFB, Buffer.alloc(600)]), /97-2003/],
  ['a zip with encrypted entries', () => zipFrom([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>'), flags: 1 }]), /protetto da password/],
  ['a zip bomb (huge ratio)', () => zipFrom([{ name: 'xl/workbook.xml', data: Buffer.alloc(20 * 1024 * 1024) }]), /zip bomb/],
  ['a zip lying about sizes', () => zipFrom([{ name: 'xl/workbook.xml', data: Buffer.alloc(4 * 1024 * 1024), declared: 1000 }]), /più grande di quanto dichiarato/],
  ['a text document (odt)', () => zipFrom([{ name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text') }]), /non un foglio di calcolo/],
  ['a zip that is no workbook', () => zipFrom([{ name: 'readme.txt', data: Buffer.from('ciao') }]), /non una cartella di lavoro/],
  ['a file over the size limit', () => Buffer.alloc(DEFAULT_LIMITS.maxFileBytes + 1), /troppo grande/],
];

describe('refused files leave the plan file untouched', () => {
  it.each(HOSTILE)('%s', async (_name, make, message) => {
    const before = bytesOf(env.path);
    const handlers = exchangeHandlers(env.ctx);
    const preview = handlers.previewImport({ planId: 1, fileName: 'x.xlsx', dataBase64: make().toString('base64') });
    await expect(preview).rejects.toMatchObject({ code: 'import-refused', message: expect.stringMatching(message) });
    expect(bytesOf(env.path).equals(before)).toBe(true);
  });

  it('the CLI exits non-zero on a hostile file and on a file with errors, leaving the plan file byte-for-byte unchanged', async () => {
    env.file.close();
    const before = bytesOf(env.path);
    const err: string[] = [];
    const io = { out: () => undefined, err: (t: string) => err.push(t) };
    const bomb = `${env.path}.bomb.xlsx`;
    fs.writeFileSync(bomb, zipFrom([{ name: 'xl/workbook.xml', data: Buffer.alloc(20 * 1024 * 1024) }]));
    expect(await runCli(['import', '--db', env.path, bomb, '--year', '2024'], io)).toBe(1);
    const bad = `${env.path}.bad.xlsx`;
    fs.writeFileSync(bad, xlsxFrom({ Indicatori: [['Codice obiettivo', 'Indicatore', 'Target 2024'], ['01_01_OS01', 'Ampiezza delle attività di assesment', 'tanti']] }));
    expect(await runCli(['import', '--db', env.path, bad, '--year', '2024'], io)).toBe(1);
    expect(err.join('')).toMatch(/zip bomb/);
    expect(err.join('')).toMatch(/errori bloccanti/);
    expect(bytesOf(env.path).equals(before)).toBe(true);
    env.reopen();
  });
});

describe('limits of the parse worker', () => {
  const limits = { ...DEFAULT_LIMITS };
  it.each([
    ['too many sheets', { maxSheets: 2 }, () => xlsxFrom({ A: [['x']], B: [['x']], C: [['x']] }), /3 fogli/],
    ['too many rows', { maxRows: 50 }, () => xlsxFrom({ A: Array.from({ length: 80 }, (_, i) => [`riga ${i}`]) }), /oltre la riga 50/],
    ['too many columns', { maxColumns: 10 }, () => xlsxFrom({ A: [Array.from({ length: 20 }, (_, i) => `c${i}`)] }), /oltre la colonna 10/],
    ['a huge string', { maxCellChars: 1000 }, () => xlsxFrom({ A: [['x'.repeat(5000)]] }), /5\.000 caratteri/],
    ['too much uncompressed data', { maxUncompressedBytes: 1000 }, () => validXlsx(), /decompresso/],
    ['a parse over the time limit', { timeoutMs: 1 }, () => validXlsx(), /tempo massimo/],
  ] as const)('refuses %s', async (_name, override, make, message) => {
    await expect(parseWorkbookInWorker(make(), { ...limits, ...override })).rejects.toMatchObject({
      code: 'import-refused',
      message: expect.stringMatching(message),
    });
  });

  it('reads formulas as their cached values, never evaluating them', async () => {
    const XLSX = (await import('xlsx')).default;
    const ws = XLSX.utils.aoa_to_sheet([['a', 'b']]);
    ws['A2'] = { t: 'n', v: 3, f: 'SUM(1,2)' };
    ws['B2'] = { t: 's', v: 'testo', f: 'WEBSERVICE("http://example.invalid")' };
    ws['!ref'] = 'A1:B2';
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'F');
    const read = await parseWorkbookInWorker(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    expect(read.sheets[0]?.rows[1]).toEqual([
      { kind: 'number', value: 3, format: 'General' },
      { kind: 'text', text: 'testo' },
    ]);
  });
});
