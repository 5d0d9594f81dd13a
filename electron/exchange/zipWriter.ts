/**
 * Writes a zip archive part by part, each part's text encoded into a buffer of a megabyte and streamed into the
 * compressor slice by slice: each slice is deflated on its own and ends with a sync flush, so the slices join into one
 * deflate stream and a large part (the sheet of a ×100 plan is tens of MB of XML) is never held whole.
 * Why: the export writes its XML in one pass (xlsxWriter.ts, odsWriter.ts); SheetJS's zip (CFB) takes whole
 * parts and compresses them in JavaScript. zipArchive.ts is the reader's, with the reader's limits.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

const SLICE_BYTES = 1 << 20;
/** The most bytes UTF-8 takes for one UTF-16 code unit. */
const MAX_BYTES_PER_CHAR = 3;
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
  private readonly slice = Buffer.allocUnsafe(SLICE_BYTES);
  private used = 0;
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
    const most = text.length * MAX_BYTES_PER_CHAR;
    if (this.used + most > SLICE_BYTES) this.flush(constants.Z_SYNC_FLUSH);
    if (most > SLICE_BYTES) this.deflate(Buffer.from(text, 'utf8'), constants.Z_SYNC_FLUSH);
    else this.used += this.slice.write(text, this.used, 'utf8');
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
    this.deflate(this.slice.subarray(0, this.used), mode);
    this.used = 0;
  }

  /** Compresses `data` at once (deflateRawSync copies nothing it keeps), so the slice can be filled again. */
  private deflate(data: Buffer, mode: number): void {
    const part = this.part;
    if (!part) throw new Error('zip: nessuna parte aperta');
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
