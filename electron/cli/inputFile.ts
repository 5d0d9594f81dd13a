/**
 * Reads a file named on the command line with the size check FIRST: `stat`, refuse what is not a regular file
 * (a folder, a pipe, a device like /dev/zero) or is over the limit, then read at most `maxBytes + 1` bytes.
 * Why: `readFileSync` read a 1,5 GB sparse file whole (1,6 GB of memory) before the importer's size check, and
 * never returned on /dev/zero or a FIFO.
 */
import fs from 'node:fs';
import { describeFsError, fsErrorCode } from '../../db/fsErrors';
import { tooLargeMessage } from '../exchange/importRefused';
import { CliError } from './command';

const CHUNK = 1024 * 1024;

function failure(error: unknown, filePath: string): CliError {
  if (fsErrorCode(error) === 'ENOENT') return new CliError(`Il file da importare «${filePath}» non esiste.`);
  return new CliError(describeFsError(error, `«${filePath}»`) ?? `Impossibile leggere «${filePath}».`);
}

export function readInputFile(filePath: string, maxBytes: number): Buffer {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(filePath);
  } catch (error) {
    throw failure(error, filePath);
  }
  if (stats.isDirectory()) throw new CliError(`«${filePath}» è una cartella, non un file: indicare il file da importare.`);
  if (!stats.isFile()) {
    throw new CliError(`«${filePath}» non è un file su disco (è una pipe, un dispositivo o un socket): indicare un file salvato.`);
  }
  if (stats.size > maxBytes) throw new CliError(tooLargeMessage(stats.size, maxBytes));
  const chunks: Buffer[] = [];
  let total = 0;
  let fd: number | null = null;
  try {
    fd = fs.openSync(filePath, 'r');
    // The file may grow between stat and read: never hold more than the limit and one chunk.
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) throw new CliError(tooLargeMessage(total, maxBytes));
    }
  } catch (error) {
    throw error instanceof CliError ? error : failure(error, filePath);
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
  return Buffer.concat(chunks, total);
}
