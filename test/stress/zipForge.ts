/**
 * Takes a real export apart into its zip entries and writes them back with the structure tricks a hostile file
 * uses: a smuggled second central directory, duplicated names, bytes outside the entries, sizes that lie, data
 * descriptors, overlapping entries. Why here: the fixture tests and the importer fuzzer build the same tricks
 * from the product's own exports, and each trick is written down next to the bytes that make it.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ForgeEntry {
  name: string;
  /** The uncompressed content. */
  data: Buffer;
  /** 8 (deflate, the default) or 0 (stored). */
  method?: 0 | 8;
  /** General purpose flags of both headers (bit 3: sizes in a data descriptor after the data). */
  flags?: number;
  /** What the central directory / local header say instead of the truth. */
  lie?: { centralSize?: number; localSize?: number; centralCompressed?: number; localCompressed?: number; crc?: number };
  /** Bytes written after the compressed data (data descriptor included when bit 3 is set). */
  trailer?: Buffer;
}

export interface ForgeOptions {
  /** Bytes written between the local entries and the central directory ("data outside declared entries"). */
  gap?: Buffer;
  /** Central directory entries pointing at the local data of another entry (index), as extra names. */
  overlaps?: { name: string; sameAs: number }[];
  /** The archive comment (may hide a second end record). */
  comment?: Buffer;
  /** Bytes appended after the end record. */
  tail?: Buffer;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** The entries of a well-formed zip (as written by SheetJS or LibreOffice), in central directory order. */
export function zipEntries(bytes: Buffer): ForgeEntry[] {
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== END) end--;
  const count = bytes.readUInt16LE(end + 10);
  let p = bytes.readUInt32LE(end + 16);
  const entries: ForgeEntry[] = [];
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(p + 10) as 0 | 8;
    const compressed = bytes.readUInt32LE(p + 20);
    const nameLength = bytes.readUInt16LE(p + 28);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLength);
    const at = bytes.readUInt32LE(p + 42);
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    const raw = bytes.subarray(start, start + compressed);
    entries.push({ name, method, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) });
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return entries;
}

interface Written {
  offset: number;
  entry: ForgeEntry;
  crc: number;
  compressed: number;
}

function centralRecord(w: Written, name = w.entry.name): Buffer {
  const { entry } = w;
  const nameBytes = Buffer.from(name, 'utf8');
  const record = Buffer.alloc(46);
  record.writeUInt32LE(CENTRAL, 0);
  record.writeUInt16LE(20, 4);
  record.writeUInt16LE(20, 6);
  record.writeUInt16LE(entry.flags ?? 0, 8);
  record.writeUInt16LE(entry.method ?? 8, 10);
  record.writeUInt32LE(entry.lie?.crc ?? w.crc, 16);
  record.writeUInt32LE(entry.lie?.centralCompressed ?? w.compressed, 20);
  record.writeUInt32LE(entry.lie?.centralSize ?? entry.data.length, 24);
  record.writeUInt16LE(nameBytes.length, 28);
  record.writeUInt32LE(w.offset, 42);
  return Buffer.concat([record, nameBytes]);
}

function endRecord(count: number, size: number, offset: number, comment: Buffer): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([end, comment]);
}

/** The local entries of `entries` from `start`: their bytes and where each one is. */
function writeLocals(entries: ForgeEntry[], start = 0): { bytes: Buffer; written: Written[] } {
  const parts: Buffer[] = [];
  const written: Written[] = [];
  let offset = start;
  for (const entry of entries) {
    const method = entry.method ?? 8;
    const packed = method === 8 ? deflateRawSync(entry.data) : entry.data;
    const crc = crc32(entry.data);
    const described = ((entry.flags ?? 0) & 8) !== 0;
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(described ? 0 : (entry.lie?.crc ?? crc), 14);
    local.writeUInt32LE(entry.lie?.localCompressed ?? (described ? 0 : packed.length), 18);
    local.writeUInt32LE(entry.lie?.localSize ?? (described ? 0 : entry.data.length), 22);
    local.writeUInt16LE(name.length, 26);
    const trailer = entry.trailer ?? (described ? descriptor(crc, packed.length, entry.data.length) : Buffer.alloc(0));
    parts.push(local, name, packed, trailer);
    written.push({ offset, entry, crc, compressed: packed.length });
    offset += 30 + name.length + packed.length + trailer.length;
  }
  return { bytes: Buffer.concat(parts), written };
}

/** A data descriptor with its optional signature. */
export function descriptor(crc: number, compressed: number, size: number): Buffer {
  const d = Buffer.alloc(16);
  d.writeUInt32LE(0x08074b50, 0);
  d.writeUInt32LE(crc, 4);
  d.writeUInt32LE(compressed, 8);
  d.writeUInt32LE(size, 12);
  return d;
}

/** A zip of `entries`, with the structure tricks of `options`. */
export function forgeZip(entries: ForgeEntry[], options: ForgeOptions = {}): Buffer {
  const { bytes: locals, written } = writeLocals(entries);
  const gap = options.gap ?? Buffer.alloc(0);
  const records = written.map((w) => centralRecord(w));
  for (const overlap of options.overlaps ?? []) records.push(centralRecord(written[overlap.sameAs]!, overlap.name));
  const directory = Buffer.concat(records);
  const start = locals.length + gap.length;
  return Buffer.concat([locals, gap, directory, endRecord(records.length, directory.length, start, options.comment ?? Buffer.alloc(0)), options.tail ?? Buffer.alloc(0)]);
}

/**
 * A zip whose real central directory lists `visible`, and a second, smuggled one listing `hidden`, reached by an
 * end record hidden in the archive comment: a reader that searches the end record from the last byte finds the
 * smuggled one, a reader that trusts the comment length finds the real one.
 */
export function forgeSmuggledDirectory(visible: ForgeEntry[], hidden: ForgeEntry[]): Buffer {
  const first = writeLocals(visible);
  const second = writeLocals(hidden, first.bytes.length);
  const realDirectory = Buffer.concat(first.written.map((w) => centralRecord(w)));
  const hiddenDirectory = Buffer.concat(second.written.map((w) => centralRecord(w)));
  const hiddenStart = first.bytes.length + second.bytes.length;
  const realStart = hiddenStart + hiddenDirectory.length;
  // The fake end record sits in the comment, within the last 22 bytes of the file.
  const fakeEnd = endRecord(hidden.length, hiddenDirectory.length, hiddenStart, Buffer.alloc(0)).subarray(0, 20);
  return Buffer.concat([
    first.bytes,
    second.bytes,
    hiddenDirectory,
    realDirectory,
    endRecord(visible.length, realDirectory.length, realStart, fakeEnd),
  ]);
}

/**
 * A zip where `inner`'s local entry is stored inside the data of an entry named `outer` (the "overlapping files"
 * bomb: the directory lists both, and their bytes are the same bytes).
 */
export function forgeNestedEntry(outer: string, inner: ForgeEntry, rest: ForgeEntry[]): Buffer {
  const nested = writeLocals([inner]);
  const wrapper: ForgeEntry = { name: outer, data: nested.bytes, method: 0 };
  const { bytes: locals, written } = writeLocals([wrapper, ...rest]);
  const innerAt = 30 + Buffer.byteLength(outer);
  const records = [...written.map((w) => centralRecord(w)), centralRecord({ ...nested.written[0]!, offset: innerAt })];
  const directory = Buffer.concat(records);
  return Buffer.concat([locals, directory, endRecord(records.length, directory.length, locals.length, Buffer.alloc(0))]);
}
