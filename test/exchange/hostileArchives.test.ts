// Issue 19, zip-structure families: the archive is read in exactly one way. A smuggled second central directory,
// a name present twice (also differing only in case, as SheetJS looks parts up), bytes outside the declared
// entries, overlapping entries and sizes that lie (also behind a data descriptor) are refused in Italian; the
// product's own exports, also rewritten with data descriptors, still import unchanged.
import { afterAll, describe, expect, it } from 'vitest';
import { prepareImport } from '../../electron/exchange/exchangeService';
import { DEFAULT_LIMITS } from '../../electron/exchange/limits';
import { editZipXml } from './zipXml';
import { sampleExports } from './fixtures';
import { forgeNestedEntry, forgeSmuggledDirectory, forgeZip, zipEntries, type ForgeEntry } from '../stress/zipForge';

const sample = sampleExports();
const { file, xlsx, ods } = sample;
afterAll(() => sample.close());

async function outcome(bytes: Buffer): Promise<string> {
  try {
    const prepared = await prepareImport(file, 1, bytes, { year: 2024 });
    return `importato: ${prepared.preview.cards.filter((c) => c.status !== 'unchanged').length} schede cambiate`;
  } catch (error) {
    expect((error as { code?: string }).code, String(error)).toBe('import-refused');
    return (error as Error).message;
  }
}

const ENGLISH = /\b(the|of|is|invalid|error|bad|size|compressed|unsupported|directory|offset|length)\b/i;
async function expectRefused(bytes: Buffer, pattern: RegExp): Promise<void> {
  const message = await outcome(bytes);
  expect(message).toMatch(pattern);
  expect(message).not.toMatch(ENGLISH);
}

const sheet3 = 'xl/worksheets/sheet3.xml';
const withEntry = (entries: ForgeEntry[], name: string, change: (e: ForgeEntry) => ForgeEntry) =>
  entries.map((e) => (e.name === name ? change(e) : e));

describe('one central directory, read one way', () => {
  it('the exports rebuilt entry by entry (also with data descriptors) still import unchanged', async () => {
    expect(await outcome(forgeZip(zipEntries(xlsx)))).toBe('importato: 0 schede cambiate');
    expect(await outcome(forgeZip(zipEntries(ods).map((e) => (e.name === 'mimetype' ? e : { ...e, flags: 8 }))))).toBe('importato: 0 schede cambiate');
  });

  it('refuses an end record hidden in the comment that points to a smuggled directory (crashed the process: an ods bomb behind an xlsx)', async () => {
    const bomb = editZipXml(ods, new Map([['content.xml', (xml: string) => xml.replace(/<table:table-cell(?=[^>]*office:value-type)/, '<table:table-cell table:number-columns-repeated="100000000"')]]));
    await expectRefused(forgeSmuggledDirectory(zipEntries(xlsx), zipEntries(bomb)), /secondo indice nascosto/);
  });

  it('refuses a part present twice, also when the names differ only in case or slashes', async () => {
    const entries = zipEntries(xlsx);
    const original = entries.find((e) => e.name === sheet3)!;
    await expectRefused(forgeZip([...entries, { ...original }]), /«xl\/worksheets\/sheet3\.xml» compare due volte/);
    await expectRefused(forgeZip([{ ...original, name: 'XL/Worksheets/Sheet3.xml' }, ...entries]), /compare due volte nell'archivio \(anche come «XL\/Worksheets\/Sheet3\.xml»\)/);
    await expectRefused(forgeZip([...entries, { ...original, name: 'xl\\worksheets\\sheet3.xml' }]), /compare due volte/);
  });

  it('refuses bytes outside the declared entries: between them, before the first, after the end record', async () => {
    const entries = zipEntries(xlsx);
    await expectRefused(forgeZip(entries, { gap: Buffer.from('dati nascosti') }), /dati fuori dalle parti dichiarate/);
    const prefixed = Buffer.concat([Buffer.from('PK\u0003\u0004prefisso'), forgeZip(entries)]);
    await expectRefused(prefixed, /danneggiato/);
    await expectRefused(forgeZip(entries, { tail: Buffer.from('coda') }), /danneggiato/);
  });

  it('refuses directory entries sharing the same bytes (one stored inside another, or both at one offset)', async () => {
    const entries = zipEntries(xlsx);
    const inner = entries.find((e) => e.name === sheet3)!;
    const rest = entries.filter((e) => e !== inner);
    await expectRefused(forgeNestedEntry('xl/media/contenitore.bin', inner, rest), /«xl\/media\/contenitore\.bin» e «xl\/worksheets\/sheet3\.xml» si sovrappongono/);
    const at = entries.indexOf(inner);
    await expectRefused(forgeZip(entries, { overlaps: [{ name: 'xl/worksheets/copia.xml', sameAs: at }] }), /danneggiato/);
  });

  it('refuses sizes that lie, in the directory, in the local header, or behind a data descriptor (4,2 GB allocated before)', async () => {
    const entries = zipEntries(xlsx);
    const lie = (l: ForgeEntry['lie'], flags = 0) => forgeZip(withEntry(entries, sheet3, (e) => ({ ...e, flags, lie: l })));
    await expectRefused(lie({ localSize: 0xfffffff0 }, 8), /«xl\/worksheets\/sheet3\.xml» non corrisponde/);
    await expectRefused(lie({ centralSize: 1000 }), /più grande di quanto dichiarato|non corrisponde/);
    await expectRefused(lie({ localSize: 1000 }), /non corrisponde/);
    const described = withEntry(entries, sheet3, (e) => ({ ...e, flags: 8, trailer: Buffer.alloc(16) }));
    await expectRefused(forgeZip(described), /non corrisponde/);
  });

  it('caps every part and the whole archive before inflating', async () => {
    const entries = zipEntries(xlsx);
    const big = Buffer.alloc(DEFAULT_LIMITS.maxPartBytes + 1024 * 1024, 0x20);
    await expectRefused(forgeZip([...entries, { name: 'xl/media/vuoto.bin', data: big }]), /la parte interna «xl\/media\/vuoto\.bin» occuperebbe 65 MB, il limite per una parte è 64 MB/);
  });
});
