// Issue 10, defect 4 (and the SheetJS messages of defect 8): a damaged archive is refused, never imported with
// changed content or read as empty. Every part is checked against its CRC-32 and its compressed size, the local
// headers must agree with the central directory, and every XML part must be well-formed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { createSampleFile, openPlanFile, type PlanFile } from '../../db/planFile';
import { exportPlanWorkbook, prepareImport } from '../../electron/exchange/exchangeService';
import { editZipXml } from './zipXml';
import { tempFolder } from '../db/tempFiles';

type Zip = { FullPaths: string[]; FileIndex: { content: Uint8Array }[] };
const CFB = (XLSX as unknown as {
  CFB: { read(d: Buffer, o: { type: 'buffer' }): Zip; write(z: Zip, o: { fileType: 'zip'; type: 'buffer'; compression: boolean }): Uint8Array };
}).CFB;

const folder = tempFolder();
let file: PlanFile;
let xlsx: Buffer;
beforeAll(() => {
  const path = folder.file('piano.pira');
  createSampleFile(path).close();
  file = openPlanFile(path, { readonly: true });
  xlsx = exportPlanWorkbook(file, 1, 'xlsx', null).data;
});
afterAll(() => {
  file.close();
  folder.remove();
});

/** The export rewritten without compression, so that a flipped byte still "inflates" to changed content. */
function storedCopy(bytes: Buffer): Buffer {
  return Buffer.from(CFB.write(CFB.read(bytes, { type: 'buffer' }), { fileType: 'zip', type: 'buffer', compression: false }));
}

/** Offset of the local header of entry `name`. */
function localHeader(bytes: Buffer, name: string): number {
  const at = bytes.indexOf(Buffer.from(name, 'utf8'));
  expect(at).toBeGreaterThan(30);
  return at - 30;
}

async function outcome(bytes: Buffer): Promise<string> {
  try {
    const prepared = await prepareImport(file, 1, bytes, { year: 2024 });
    const changed = prepared.preview.cards.filter((c) => c.status !== 'unchanged').map((c) => c.code);
    return `importato: ${changed.length} schede cambiate ${changed.join(',')}`;
  } catch (error) {
    expect((error as { code?: string }).code).toBe('import-refused');
    return (error as Error).message;
  }
}

function expectItalianRefusal(message: string, pattern: RegExp): void {
  expect(message).toMatch(pattern);
  expect(message).not.toMatch(/\b(zip|compressed|size|encryption|unsupported|bad|invalid|error)\b/i);
}

describe('damaged archives', () => {
  it('an untouched export imports with no change (the checks accept real files)', async () => {
    expect(await outcome(xlsx)).toBe('importato: 0 schede cambiate ');
    expect(await outcome(storedCopy(xlsx))).toBe('importato: 0 schede cambiate ');
  });

  it('a flipped byte inside a stored sheet is refused by its CRC-32, not imported with a changed value', async () => {
    const stored = storedCopy(xlsx);
    const target = stored.indexOf('Ampiezza delle attivit');
    expect(target).toBeGreaterThan(0);
    const flipped = Buffer.from(stored);
    flipped[target] = 'B'.charCodeAt(0);
    expectItalianRefusal(await outcome(flipped), /danneggiato: la parte interna «xl\/sharedStrings\.xml» non corrisponde al suo codice di controllo/);
  });

  it('a flipped byte inside compressed data is refused', async () => {
    const at = localHeader(xlsx, 'xl/worksheets/sheet3.xml');
    const flipped = Buffer.from(xlsx);
    const data = at + 30 + flipped.readUInt16LE(at + 26) + flipped.readUInt16LE(at + 28);
    flipped[data + 200] = flipped[data + 200]! ^ 0x10;
    expectItalianRefusal(await outcome(flipped), /danneggiato/);
  });

  it('a sheet whose XML is garbage (with a matching CRC) is refused, not read as empty', async () => {
    const garbage = editZipXml(xlsx, new Map([['xl/worksheets/sheet3.xml', () => '\u0001\u0002garbage<<>>& not xml at all']]));
    expectItalianRefusal(await outcome(garbage), /foglio «Indicatori» \(parte «xl\/worksheets\/sheet3\.xml»\) non è XML valido/);
    const cut = editZipXml(xlsx, new Map([['xl/worksheets/sheet3.xml', (xml: string) => xml.slice(0, xml.length / 2)]]));
    expectItalianRefusal(await outcome(cut), /non è XML valido/);
    const other = editZipXml(xlsx, new Map([['xl/worksheets/sheet3.xml', () => '<?xml version="1.0"?><nulla/>']]));
    expectItalianRefusal(await outcome(other), /non contiene ciò che dovrebbe/);
  });

  it('a local header whose compressed size disagrees with the directory is refused in Italian (SheetJS: "Bad compressed size")', async () => {
    const at = localHeader(xlsx, 'xl/worksheets/sheet3.xml');
    const lying = Buffer.from(xlsx);
    lying.writeUInt32LE(lying.readUInt32LE(at + 18) + 7, at + 18);
    expectItalianRefusal(await outcome(lying), /non corrisponde al suo codice di controllo/);
  });

  it('an entry encrypted in its local header only is refused in Italian (SheetJS: "Unsupported ZIP encryption")', async () => {
    const at = localHeader(xlsx, 'xl/worksheets/sheet3.xml');
    const encrypted = Buffer.from(xlsx);
    encrypted.writeUInt16LE(encrypted.readUInt16LE(at + 6) | 1, at + 6);
    expectItalianRefusal(await outcome(encrypted), /protetto da password/);
  });

  it('compressed data followed by junk inside its declared size is refused', async () => {
    const zip = CFB.read(xlsx, { type: 'buffer' });
    const rebuilt = Buffer.from(CFB.write(zip, { fileType: 'zip', type: 'buffer', compression: true }));
    const at = localHeader(rebuilt, 'docProps/core.xml');
    // Declare two more compressed bytes in both headers than the deflate stream really has.
    const central = rebuilt.lastIndexOf(Buffer.from('docProps/core.xml', 'utf8')) - 46;
    for (const [offset, field] of [[at, 18], [central, 20]] as const) rebuilt.writeUInt32LE(rebuilt.readUInt32LE(offset + field) + 2, offset + field);
    expectItalianRefusal(await outcome(rebuilt), /danneggiato/);
  });
});
