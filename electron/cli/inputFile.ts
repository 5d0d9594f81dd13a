/**
 * Checks a file named on the command line before anything reads it: `stat`, refuse what is not a regular file (a
 * folder, a pipe, a device like /dev/zero) or is over the limit; then reads at most `maxBytes + 1` bytes of it.
 * Why: `readFileSync` read a 1,5 GB sparse file whole (1,6 GB of memory) before the importer's size check, and
 * never returned on /dev/zero or a FIFO.
 */
import fs from 'node:fs';
import { describeFsError, fsErrorCode } from '../../db/fsErrors';
import { readAtMost } from '../exchange/boundedRead';
import { tooLargeMessage } from '../exchange/importRefused';
import { CliError } from './command';

function failure(error: unknown, filePath: string): CliError {
  if (fsErrorCode(error) === 'ENOENT') return new CliError(`Il file da importare «${filePath}» non esiste.`);
  return new CliError(describeFsError(error, `«${filePath}»`) ?? `Impossibile leggere «${filePath}».`);
}

/**
 * The size of the import file `filePath`, once it is known to be a regular file within `maxBytes`: the parse process
 * reads it by its path (a file is read once, and this thread does not pass its bytes on).
 */
export function checkInputFile(filePath: string, maxBytes: number): number {
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
  return stats.size;
}

export function readInputFile(filePath: string, maxBytes: number): Buffer {
  checkInputFile(filePath, maxBytes);
  let bytes: Buffer | null;
  try {
    bytes = readAtMost(filePath, maxBytes);
  } catch (error) {
    throw failure(error, filePath);
  }
  if (bytes === null) throw new CliError(tooLargeMessage(maxBytes + 1, maxBytes));
  return bytes;
}
