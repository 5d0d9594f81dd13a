/**
 * Checks the container of an import file before SheetJS touches it: which format it is, whether it is encrypted,
 * truncated, damaged or a zip bomb. Every zip entry is inflated here with a hard output cap and checked against
 * its CRC-32 and its compressed size, and each local header must agree with the central directory.
 * Why: SheetJS would inflate everything in memory, trust the declared sizes, skip the CRC (a byte-flipped file
 * imported changed values) and answer in English.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { ImportRefusedError, formatCount, formatSizeAgainstLimit, tooLargeMessage } from './importRefused';
import type { ParseLimits } from './limits';

export type SpreadsheetKind = 'xlsx' | 'ods';

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

const refuse = (message: string): never => {
  throw new ImportRefusedError(message);
};
const DAMAGED = 'Il file è danneggiato o incompleto (archivio non leggibile): salvarlo di nuovo e riprovare.';

export interface CheckedArchive {
  kind: SpreadsheetKind;
  /** Every entry, inflated and verified, by name. */
  parts: Map<string, Buffer>;
}

/** Classifies the file and validates its zip container; throws `ImportRefusedError` with an Italian message. */
export function checkArchive(bytes: Buffer, limits: ParseLimits): CheckedArchive {
  if (bytes.length === 0) refuse('Il file è vuoto.');
  if (bytes.length > limits.maxFileBytes) refuse(tooLargeMessage(bytes.length, limits.maxFileBytes));
  if (bytes.subarray(0, 8).equals(CFB_MAGIC)) refuseCompoundFile(bytes);
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== ZIP_LOCAL) {
    refuse('Il file non è una cartella di lavoro Excel (.xlsx) o OpenDocument (.ods).');
  }
  const entries = readCentralDirectory(bytes, limits);
  const parts = inflateAll(bytes, entries, limits);
  return { kind: classify(parts), parts };
}

function refuseCompoundFile(bytes: Buffer): never {
  const marker = Buffer.from('EncryptedPackage', 'utf16le');
  if (bytes.includes(marker)) {
    return refuse('Il file è protetto da password (cifrato): rimuovere la password in Excel e riprovare.');
  }
  return refuse(
    'Il file è nel vecchio formato Excel 97-2003 (.xls), che non viene importato: salvarlo come .xlsx o .ods e riprovare.',
  );
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (bytes.readUInt32LE(i) === ZIP_END) return i;
  }
  return refuse(DAMAGED);
}

function readCentralDirectory(bytes: Buffer, limits: ParseLimits): ZipEntry[] {
  const end = findEndOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) refuse('Il file usa il formato ZIP64, non ammesso per un piano.');
  if (count > limits.maxZipEntries) {
    refuse(`Il file contiene troppe parti interne (${formatCount(count)}): il limite è ${formatCount(limits.maxZipEntries)}.`);
  }
  if (offset + size > end) refuse(DAMAGED);
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || bytes.readUInt32LE(p) !== ZIP_CENTRAL) refuse(DAMAGED);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    entries.push({
      flags: bytes.readUInt16LE(p + 8),
      method: bytes.readUInt16LE(p + 10),
      crc: bytes.readUInt32LE(p + 16),
      compressedSize: bytes.readUInt32LE(p + 20),
      uncompressedSize: bytes.readUInt32LE(p + 24),
      localHeaderOffset: bytes.readUInt32LE(p + 42),
      name: bytes.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  if (new Set(entries.map((e) => e.name)).size !== entries.length) refuse(DAMAGED);
  checkDeclaredSizes(entries, limits);
  return entries;
}

function checkDeclaredSizes(entries: ZipEntry[], limits: ParseLimits): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.flags & 0x41) refuse('Il file è protetto da password (cifrato): rimuovere la password e riprovare.');
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > 1024 * 1024 && ratio > limits.maxCompressionRatio) {
      refuse(`Il file è sospetto: la parte «${entry.name}» si espande ${formatCount(ratio)} volte (possibile «zip bomb»).`);
    }
  }
  if (total > limits.maxUncompressedBytes) {
    const shown = formatSizeAgainstLimit(total, limits.maxUncompressedBytes);
    refuse(`Il file decompresso occuperebbe ${shown.size}: il limite è ${shown.limit}.`);
  }
}

const damagedPart = (name: string) =>
  refuse(`Il file è danneggiato: la parte interna «${name}» non corrisponde al suo codice di controllo. Salvarlo di nuovo e riprovare.`);

/**
 * The local header of `entry` must repeat what the central directory says (name, method, encryption and, unless
 * they follow the data in a descriptor, CRC and sizes): SheetJS reads both and fails in English when they differ.
 */
function localDataStart(bytes: Buffer, entry: ZipEntry): number {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== ZIP_LOCAL) refuse(DAMAGED);
  const flags = bytes.readUInt16LE(at + 6);
  if (flags & 0x41) refuse('Il file è protetto da password (cifrato): rimuovere la password e riprovare.');
  const nameLength = bytes.readUInt16LE(at + 26);
  const dataStart = at + 30 + nameLength + bytes.readUInt16LE(at + 28);
  if (dataStart > bytes.length || bytes.toString('utf8', at + 30, at + 30 + nameLength) !== entry.name) refuse(DAMAGED);
  if (bytes.readUInt16LE(at + 8) !== entry.method) refuse(DAMAGED);
  const described = (flags & 0x08) !== 0;
  const agrees =
    described ||
    (bytes.readUInt32LE(at + 14) === entry.crc &&
      bytes.readUInt32LE(at + 18) === entry.compressedSize &&
      bytes.readUInt32LE(at + 22) === entry.uncompressedSize);
  if (!agrees) damagedPart(entry.name);
  return dataStart;
}

/** Inflates every entry with its declared size as a hard cap: a lying directory cannot make us allocate more. */
function inflateAll(bytes: Buffer, entries: ZipEntry[], limits: ParseLimits): Map<string, Buffer> {
  const contents = new Map<string, Buffer>();
  for (const entry of entries) {
    const dataStart = localDataStart(bytes, entry);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > bytes.length) refuse(DAMAGED);
    const out = inflateEntry(entry, bytes.subarray(dataStart, dataEnd), limits);
    if (crc32(out) !== entry.crc) damagedPart(entry.name);
    contents.set(entry.name, out);
  }
  return contents;
}

function inflateEntry(entry: ZipEntry, data: Buffer, limits: ParseLimits): Buffer {
  if (entry.method === 0) {
    if (data.length !== entry.uncompressedSize) refuse(DAMAGED);
    return data;
  }
  if (entry.method !== 8) refuse(`Il file usa un metodo di compressione non supportato (parte «${entry.name}»).`);
  const cap = Math.min(Math.max(1, entry.uncompressedSize), limits.maxUncompressedBytes);
  try {
    const { buffer: out, engine } = inflateRawSync(data, { maxOutputLength: cap, info: true }) as unknown as {
      buffer: Buffer;
      engine: { bytesWritten: number };
    };
    // The stream must end exactly where the directory says the compressed data ends, and give the declared size.
    if (out.length !== entry.uncompressedSize || engine.bytesWritten !== data.length) damagedPart(entry.name);
    return out;
  } catch (error) {
    if (error instanceof ImportRefusedError) throw error;
    if (error instanceof RangeError) {
      return refuse(`Il file è sospetto: la parte «${entry.name}» è più grande di quanto dichiarato (possibile «zip bomb»).`);
    }
    return refuse(DAMAGED);
  }
}

function classify(contents: Map<string, Buffer>): SpreadsheetKind {
  if (contents.has('xl/workbook.xml')) return 'xlsx';
  if (contents.has('xl/workbook.bin')) {
    return refuse('Il file è in formato Excel binario (.xlsb), che non viene importato: salvarlo come .xlsx e riprovare.');
  }
  const mime = contents.get('mimetype')?.toString('utf8').trim();
  if (mime === ODS_MIME || mime === `${ODS_MIME}-template`) return 'ods';
  if (mime?.startsWith('application/vnd.oasis.opendocument.')) {
    return refuse('Il file è un documento OpenDocument ma non un foglio di calcolo (.ods).');
  }
  return refuse('Il file è un archivio ZIP ma non una cartella di lavoro Excel (.xlsx) o OpenDocument (.ods).');
}
