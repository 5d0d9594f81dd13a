/**
 * Checks the container of an import file before anything parses it: which format it is, whether it is encrypted,
 * an old binary workbook, truncated, damaged or manipulated. The zip is read once, by zipArchive.ts, and every
 * entry is verified (declared size as a hard cap, compressed length, CRC-32); the XML parts are kept for the
 * checks and the parser, which never read the zip themselves.
 * Why: SheetJS would inflate everything in memory, trust the declared sizes, skip the CRC (a byte-flipped file
 * imported changed values), read a different directory than ours, and answer in English.
 */
import { EMPTY_FILE_MESSAGE, ImportRefusedError, tooLargeMessage } from './importRefused';
import type { ParseLimits } from './limits';
import { inflateEntry, partKey, readZipDirectory } from './zipArchive';

export type SpreadsheetKind = 'xlsx' | 'ods';

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL = 0x04034b50;
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';
/** The parts a workbook reader may need: XML, relationships, and the ODS mimetype. */
const KEPT = /\.(xml|rels)$|^mimetype$/i;

const refuse = (message: string): never => {
  throw new ImportRefusedError(message);
};

export interface CheckedArchive {
  kind: SpreadsheetKind;
  /** The verified XML parts (and the mimetype), by name as written in the archive. */
  parts: Map<string, Buffer>;
}

/** Classifies the file and validates its zip container; throws `ImportRefusedError` with an Italian message. */
export function checkArchive(bytes: Buffer, limits: ParseLimits): CheckedArchive {
  if (bytes.length === 0) refuse(EMPTY_FILE_MESSAGE);
  if (bytes.length > limits.maxFileBytes) refuse(tooLargeMessage(bytes.length, limits.maxFileBytes));
  if (bytes.subarray(0, 8).equals(CFB_MAGIC)) refuseCompoundFile(bytes);
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== ZIP_LOCAL) {
    refuse('Il file non è una cartella di lavoro Excel (.xlsx) o OpenDocument (.ods).');
  }
  const parts = new Map<string, Buffer>();
  const names = new Set<string>();
  for (const entry of readZipDirectory(bytes, limits)) {
    // Every entry is verified, even those nobody reads: a damaged file is refused whole.
    const content = inflateEntry(bytes, entry);
    names.add(partKey(entry.name));
    if (KEPT.test(entry.name)) parts.set(entry.name, content);
  }
  return { kind: classify(parts, names), parts };
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

function classify(parts: Map<string, Buffer>, names: ReadonlySet<string>): SpreadsheetKind {
  const opendocument = names.has('mimetype') || names.has('meta-inf/manifest.xml') || names.has('content.xml');
  const numbers = names.has('index/document.iwa');
  if (parts.has('xl/workbook.xml') && (opendocument || numbers)) {
    // Which one would be read depends on the reader (SheetJS reads an ODS or Numbers body first): refused, not guessed.
    return refuse(`Il file è danneggiato o manipolato: contiene sia una cartella di lavoro Excel sia un documento ${numbers ? 'Apple Numbers' : 'OpenDocument'}. Importazione rifiutata.`);
  }
  if (numbers) return refuse('Il file è un documento Apple Numbers, che non viene importato: esportarlo da Numbers come .xlsx e riprovare.');
  if (parts.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('xl/workbook.bin')) {
    return refuse('Il file è in formato Excel binario (.xlsb), che non viene importato: salvarlo come .xlsx e riprovare.');
  }
  const mime = parts.get('mimetype')?.toString('utf8').trim();
  if (mime === ODS_MIME || mime === `${ODS_MIME}-template`) return 'ods';
  if (mime?.startsWith('application/vnd.oasis.opendocument.')) {
    return refuse('Il file è un documento OpenDocument ma non un foglio di calcolo (.ods).');
  }
  return refuse('Il file è un archivio ZIP ma non una cartella di lavoro Excel (.xlsx) o OpenDocument (.ods).');
}
