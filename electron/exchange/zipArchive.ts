/**
 * The one way an import file's zip is read: exactly one central directory, found where the end record says it is,
 * whose entries tile the file from its first byte to the directory (no bytes outside them, no two entries sharing
 * data, no two names SheetJS would take for the same part), each local header agreeing with the directory, and
 * each entry inflated with its declared size as a hard cap, its compressed length and CRC-32 checked on the way.
 * Why: a reader that searches the end record from the last byte (SheetJS) and one that trusts the comment length
 * saw two different archives, and a part declared small inflated to gigabytes (issue 19). Whatever reads the
 * workbook afterwards reads these entries, never the zip again.
 * Reuse: `readZipDirectory` validates the structure without inflating; `inflateEntry` gives one verified entry
 * (a streaming reader can inflate the same entries chunk by chunk with the same caps).
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { ImportRefusedError, formatCount, formatSizeAgainstLimit } from './importRefused';
import type { ParseLimits } from './limits';

export interface ZipEntry {
  /** The name as written in the directory (UTF-8). */
  name: string;
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the local header starts and where its compressed data starts. */
  offset: number;
  dataStart: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const DESCRIPTOR = 0x08074b50;
const ZIP64_EXTRA = 0x0001;
/** Traditional and strong encryption, masked directory (SheetJS refuses the same bits). */
const ENCRYPTED = 0x0001 | 0x0040 | 0x2000;
const DESCRIBED = 0x0008;

const refuse = (message: string): never => {
  throw new ImportRefusedError(message);
};
const DAMAGED = 'Il file è danneggiato o incompleto (archivio non leggibile): salvarlo di nuovo e riprovare.';
const MANIPULATED = 'Il file è danneggiato o manipolato:';
const ENCRYPTED_MESSAGE = 'Il file è protetto da password (cifrato): rimuovere la password e riprovare.';

const damagedPart = (name: string): never =>
  refuse(`Il file è danneggiato: la parte interna «${name}» non corrisponde al suo codice di controllo. Salvarlo di nuovo e riprovare.`);

/** The key under which SheetJS finds a part: case-insensitive, `\` and `/` alike, no leading slash. */
export function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

/** Position of the end record: the one whose comment reaches exactly the last byte. */
function endRecordAt(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === END && at + 22 + bytes.readUInt16LE(at + 20) === bytes.length) return at;
  }
  return refuse(DAMAGED);
}

function checkEndRecord(bytes: Buffer, end: number, limits: ParseLimits): { count: number; start: number } {
  // A second end record in the comment is a second directory for whoever searches from the last byte.
  if (bytes.subarray(end + 22).includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]))) {
    refuse(`${MANIPULATED} l'archivio ZIP contiene un secondo indice nascosto nel commento. Importazione rifiutata.`);
  }
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const start = bytes.readUInt32LE(end + 16);
  const zip64 = count === 0xffff || size === 0xffffffff || start === 0xffffffff || (end >= 20 && bytes.readUInt32LE(end - 20) === ZIP64_LOCATOR);
  if (zip64) refuse('Il file usa il formato ZIP64, non ammesso per un piano.');
  if (bytes.readUInt16LE(end + 4) !== 0 || bytes.readUInt16LE(end + 6) !== 0 || bytes.readUInt16LE(end + 8) !== count) {
    refuse('Il file è un archivio ZIP diviso in più parti, non ammesso: salvarlo come un unico file e riprovare.');
  }
  if (count > limits.maxZipEntries) {
    refuse(`Il file contiene troppe parti interne (${formatCount(count)}): il limite è ${formatCount(limits.maxZipEntries)}.`);
  }
  if (start + size !== end) refuse(DAMAGED);
  return { count, start };
}

/** Whether an extra field block (central or local) holds a ZIP64 record; refuses a malformed block. */
function hasZip64Extra(bytes: Buffer, from: number, to: number): boolean {
  let p = from;
  while (p < to) {
    if (p + 4 > to) return refuse(DAMAGED);
    const id = bytes.readUInt16LE(p);
    const length = bytes.readUInt16LE(p + 2);
    if (p + 4 + length > to) return refuse(DAMAGED);
    if (id === ZIP64_EXTRA) return true;
    p += 4 + length;
  }
  return false;
}

interface CentralRecord extends Omit<ZipEntry, 'dataStart' | 'method'> {
  method: number;
  flags: number;
  nameBytes: Buffer;
}

function readCentralRecords(bytes: Buffer, count: number, start: number, end: number): CentralRecord[] {
  const records: CentralRecord[] = [];
  let p = start;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || bytes.readUInt32LE(p) !== CENTRAL) refuse(DAMAGED);
    const flags = bytes.readUInt16LE(p + 8);
    const method = bytes.readUInt16LE(p + 10);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraEnd = p + 46 + nameLength + bytes.readUInt16LE(p + 30);
    const next = extraEnd + bytes.readUInt16LE(p + 32);
    if (next > end || nameLength === 0) refuse(DAMAGED);
    if (flags & ENCRYPTED) refuse(ENCRYPTED_MESSAGE);
    if (hasZip64Extra(bytes, p + 46 + nameLength, extraEnd)) refuse('Il file usa il formato ZIP64, non ammesso per un piano.');
    if (bytes.readUInt16LE(p + 34) !== 0) refuse(DAMAGED);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
    const name = nameBytes.toString('utf8');
    if (method !== 0 && method !== 8) refuse(`Il file usa un metodo di compressione non supportato (parte «${name}»).`);
    records.push({
      name,
      nameBytes,
      flags,
      method,
      crc: bytes.readUInt32LE(p + 16),
      compressedSize: bytes.readUInt32LE(p + 20),
      size: bytes.readUInt32LE(p + 24),
      offset: bytes.readUInt32LE(p + 42),
    });
    p = next;
  }
  if (p !== end) refuse(DAMAGED);
  return records;
}

function refuseDuplicateNames(records: readonly CentralRecord[]): void {
  const seen = new Map<string, string>();
  for (const record of records) {
    const key = partKey(record.name);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const also = earlier === record.name ? '' : ` (anche come «${earlier}»)`;
      refuse(`${MANIPULATED} la parte interna «${record.name}» compare due volte nell'archivio${also}. Importazione rifiutata.`);
    }
    seen.set(key, record.name);
  }
}

function checkDeclaredSizes(records: readonly CentralRecord[], limits: ParseLimits): void {
  let total = 0;
  for (const record of records) {
    if (record.method === 0 && record.compressedSize !== record.size) damagedPart(record.name);
    if (record.size > limits.maxPartBytes) {
      const shown = formatSizeAgainstLimit(record.size, limits.maxPartBytes);
      refuse(`Il file è troppo grande una volta decompresso: la parte interna «${record.name}» occuperebbe ${shown.size}, il limite per una parte è ${shown.limit}.`);
    }
    total += record.size;
    const ratio = record.size / Math.max(1, record.compressedSize);
    if (record.size > 1024 * 1024 && ratio > limits.maxCompressionRatio) {
      refuse(`Il file è sospetto: la parte «${record.name}» si espande ${formatCount(ratio)} volte (possibile «zip bomb»).`);
    }
  }
  if (total > limits.maxUncompressedBytes) {
    const shown = formatSizeAgainstLimit(total, limits.maxUncompressedBytes);
    refuse(`Il file decompresso occuperebbe ${shown.size}: il limite è ${shown.limit}.`);
  }
}

/**
 * The local header of `record` must repeat the directory (name, flags, method and, unless a data descriptor
 * carries them, CRC and sizes; a descriptor must repeat them too). Returns where its data starts and where the
 * entry ends.
 */
function localEntry(bytes: Buffer, record: CentralRecord): { dataStart: number; end: number } {
  const at = record.offset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) refuse(DAMAGED);
  const flags = bytes.readUInt16LE(at + 6);
  if (flags & ENCRYPTED) refuse(ENCRYPTED_MESSAGE);
  const nameLength = bytes.readUInt16LE(at + 26);
  const extraStart = at + 30 + nameLength;
  const dataStart = extraStart + bytes.readUInt16LE(at + 28);
  if (dataStart > bytes.length || !bytes.subarray(at + 30, extraStart).equals(record.nameBytes)) refuse(DAMAGED);
  if (flags !== record.flags || bytes.readUInt16LE(at + 8) !== record.method) damagedPart(record.name);
  if (hasZip64Extra(bytes, extraStart, dataStart)) refuse('Il file usa il formato ZIP64, non ammesso per un piano.');
  const local = [bytes.readUInt32LE(at + 14), bytes.readUInt32LE(at + 18), bytes.readUInt32LE(at + 22)];
  const declared = [record.crc, record.compressedSize, record.size];
  const described = (flags & DESCRIBED) !== 0;
  // With a descriptor the local fields are zero (or, for some writers, already the true values).
  const agrees = local.every((v, i) => v === declared[i] || (described && v === 0));
  if (!agrees) damagedPart(record.name);
  const dataEnd = dataStart + record.compressedSize;
  if (dataEnd > bytes.length) refuse(DAMAGED);
  if (!described) return { dataStart, end: dataEnd };
  const signed = dataEnd + 4 <= bytes.length && bytes.readUInt32LE(dataEnd) === DESCRIPTOR;
  const fields = signed ? dataEnd + 4 : dataEnd;
  if (fields + 12 > bytes.length) refuse(DAMAGED);
  const written = [bytes.readUInt32LE(fields), bytes.readUInt32LE(fields + 4), bytes.readUInt32LE(fields + 8)];
  if (!written.every((v, i) => v === declared[i])) damagedPart(record.name);
  return { dataStart, end: fields + 12 };
}

/**
 * Validates the structure of a zip (no inflating): throws `ImportRefusedError` in Italian, else returns its
 * entries in directory order.
 */
export function readZipDirectory(bytes: Buffer, limits: ParseLimits): ZipEntry[] {
  if (bytes.length < 22) refuse(DAMAGED);
  const end = endRecordAt(bytes);
  const { count, start } = checkEndRecord(bytes, end, limits);
  const records = readCentralRecords(bytes, count, start, end);
  refuseDuplicateNames(records);
  checkDeclaredSizes(records, limits);
  // The entries, in file order, must cover every byte from the first one to the directory exactly once.
  const entries = records.map((record) => ({ record, ...localEntry(bytes, record) }));
  const inFileOrder = [...entries].sort((a, b) => a.record.offset - b.record.offset);
  let expected = 0;
  let previous = '';
  for (const entry of inFileOrder) {
    if (entry.record.offset < expected) {
      refuse(`${MANIPULATED} le parti interne «${previous}» e «${entry.record.name}» si sovrappongono nell'archivio. Importazione rifiutata.`);
    }
    if (entry.record.offset > expected) break;
    expected = entry.end;
    previous = entry.record.name;
  }
  if (expected !== start) {
    refuse(`${MANIPULATED} l'archivio contiene dati fuori dalle parti dichiarate. Importazione rifiutata.`);
  }
  return entries.map(({ record, dataStart }) => ({
    name: record.name,
    method: record.method === 0 ? 0 : 8,
    crc: record.crc,
    compressedSize: record.compressedSize,
    size: record.size,
    offset: record.offset,
    dataStart,
  }));
}

/**
 * The content of one entry, inflated with its declared size as the cap (a longer stream is refused before more is
 * allocated), the compressed stream ending exactly at its declared length, and the CRC-32 checked. A stored entry
 * is a view of `bytes`, not a copy.
 */
export function inflateEntry(bytes: Buffer, entry: ZipEntry): Buffer {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let out: Buffer;
  if (entry.method === 0) out = data;
  else {
    try {
      // One output chunk of the declared size (and a byte, so that a sound stream never fills it): zlib's default of
      // 16 KB made content.xml 1.400 chunks, allocated one by one and then copied into one buffer (issue 21).
      const chunkSize = Math.max(64, entry.size + 1);
      const inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size), chunkSize, info: true }) as unknown as {
        buffer: Buffer;
        engine: { bytesWritten: number };
      };
      if (inflated.engine.bytesWritten !== data.length) damagedPart(entry.name);
      out = inflated.buffer;
    } catch (error) {
      if (error instanceof ImportRefusedError) throw error;
      if (error instanceof RangeError) {
        return refuse(`Il file è sospetto: la parte «${entry.name}» è più grande di quanto dichiarato (possibile «zip bomb»).`);
      }
      return refuse(DAMAGED);
    }
  }
  if (out.length !== entry.size || crc32(out) !== entry.crc) damagedPart(entry.name);
  return out;
}
