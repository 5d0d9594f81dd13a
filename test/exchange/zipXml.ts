/**
 * Test support: reads and edits XML parts inside an xlsx/ods zip with the zip reader/writer bundled in SheetJS (CFB).
 * Why: the tests and the fuzzer damage or alter exported workbooks part by part, and SheetJS's declaration file
 * does not describe CFB, so it is typed once here.
 */
import XLSX from 'xlsx';

type Zip = { FullPaths: string[]; FileIndex: { content: Uint8Array | number[] }[] };
const CFB = (XLSX as unknown as {
  CFB: {
    read(data: Buffer, options: { type: 'buffer' }): Zip;
    write(zip: Zip, options: { fileType: 'zip'; type: 'buffer'; compression: boolean }): Uint8Array;
  };
}).CFB;

/** The parts to edit: path suffix (e.g. `/content.xml`) → function from the part's XML to its new XML. */
export type XmlEdits = ReadonlyMap<string, (xml: string) => string>;

function entryOf(zip: Zip, suffix: string): Zip['FileIndex'][number] {
  const entry = zip.FileIndex[zip.FullPaths.findIndex((p) => p.endsWith(suffix))];
  if (!entry) throw new Error(`parte ${suffix} mancante nel file generato`);
  return entry;
}

/** The XML of one part (an error when absent). */
export function readZipXml(bytes: Buffer, suffix: string): string {
  return Buffer.from(entryOf(CFB.read(bytes, { type: 'buffer' }), suffix).content as Uint8Array).toString('utf8');
}

/**
 * Applies `edits` in order and returns the rewritten zip, compressed; a part named in `edits` but absent is an
 * error. Given an uncompressed zip, every part is compressed once, here.
 */
export function editZipXml(bytes: Buffer, edits: XmlEdits): Buffer {
  const zip = CFB.read(bytes, { type: 'buffer' });
  for (const [suffix, edit] of edits) {
    const entry = entryOf(zip, suffix);
    entry.content = Buffer.from(edit(Buffer.from(entry.content as Uint8Array).toString('utf8')), 'utf8');
  }
  return Buffer.from(CFB.write(zip, { fileType: 'zip', type: 'buffer', compression: true }));
}
