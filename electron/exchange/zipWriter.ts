/**
 * Writes a zip archive part by part, each part's text streamed into the compressor in slices of about a megabyte:
 * each slice is deflated on its own and ends with a sync flush, so the slices join into one deflate stream and a
 * large part (the sheet of a ×100 plan is tens of MB of XML) is never held whole, as a string or as bytes.
 * Why: the export writes its XML in one pass (xlsxWriter.ts, odsWriter.ts); SheetJS's zip (zipXml.ts) takes whole
 * parts and compresses them in JavaScript. zipArchive.ts is the reader's, with the reader's limits.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

const SLICE_CHARS = 1 << 20;
/** zlib's fastest level: on this XML level 6 costs about three times as much for files a fifth smaller. */
const LEVEL = 1;
const DOS_DATE_1980 = (1 << 5) | 1;

interface Entry {
  name: Buffer;
  crc: number;
  size: number;
  packedSize: number;
  offset: number;
  method: 0 | 8;
}

export class ZipWriter {
  private readonly chunks: Buffer[] = [];
  private readonly entries: Entry[] = [];
  private offset = 0;
  private pending: string[] = [];
  private pendingChars = 0;
  private part: { name: string; crc: number; size: number; packed: Buffer[] } | null = null;

  /** A part written whole and stored uncompressed (the ODS `mimetype`, which must come first and unpacked). */
  stored(name: string, text: string): void {
    const data = Buffer.from(text, 'utf8');
    this.addEntry(name, crc32(data), data.length, [data], 0);
  }

  /** A whole small part, compressed. */
  add(name: string, text: string): void {
    this.begin(name);
    this.write(text);
    this.end();
  }

  begin(name: string): void {
    if (this.part) throw new Error(`zip: parte ${this.part.name} non chiusa`);
    this.part = { name, crc: 0, size: 0, packed: [] };
  }

  write(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= SLICE_CHARS) this.flush(constants.Z_SYNC_FLUSH);
  }

  end(): void {
    this.flush(constants.Z_FINISH);
    const part = this.part!;
    this.part = null;
    this.addEntry(part.name, part.crc, part.size, part.packed, 8);
  }

  /** The archive: the parts, then the central directory. */
  finish(): Buffer {
    const directory = this.entries.map((e) => {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(0x0800, 8); // UTF-8 names
      header.writeUInt16LE(e.method, 10);
      header.writeUInt16LE(DOS_DATE_1980, 14);
      header.writeUInt32LE(e.crc, 16);
      header.writeUInt32LE(e.packedSize, 20);
      header.writeUInt32LE(e.size, 24);
      header.writeUInt16LE(e.name.length, 28);
      header.writeUInt32LE(e.offset, 42);
      return Buffer.concat([header, e.name]);
    });
    const size = directory.reduce((sum, d) => sum + d.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(this.offset, 16);
    return Buffer.concat([...this.chunks, ...directory, end]);
  }

  private flush(mode: number): void {
    const part = this.part;
    if (!part) throw new Error('zip: nessuna parte aperta');
    const data = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingChars = 0;
    part.crc = crc32(data, part.crc);
    part.size += data.length;
    part.packed.push(deflateRawSync(data, { level: LEVEL, finishFlush: mode }));
  }

  private addEntry(name: string, crc: number, size: number, packed: Buffer[], method: 0 | 8): void {
    const packedSize = packed.reduce((sum, b) => sum + b.length, 0);
    if (this.offset + packedSize > 0xffff_ffff || size > 0xffff_ffff) throw new Error('zip: file oltre 4 GB');
    const entry: Entry = { name: Buffer.from(name, 'utf8'), crc, size, packedSize, offset: this.offset, method };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(DOS_DATE_1980, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(packedSize, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(entry.name.length, 26);
    this.chunks.push(header, entry.name, ...packed);
    this.offset += header.length + entry.name.length + packedSize;
    this.entries.push(entry);
  }
}
