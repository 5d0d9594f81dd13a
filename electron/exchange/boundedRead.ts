/**
 * Reads at most `maxBytes` of a file, whatever its size says: null when there is more. Used where an import file is
 * read (the CLI's check of a file named on the command line, the parse process reading it by its path).
 * Why: `readFileSync` read a 1,5 GB sparse file whole before the importer's size check, and a file may grow between
 * the `stat` that checked it and the read.
 */
import fs from 'node:fs';

const CHUNK = 1024 * 1024;

export function readAtMost(filePath: string, maxBytes: number): Buffer | null {
  const chunks: Buffer[] = [];
  let total = 0;
  const fd = fs.openSync(filePath, 'r');
  try {
    for (;;) {
      // Never more than the limit and one byte: enough to tell that the file is over it.
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) return null;
    }
  } finally {
    fs.closeSync(fd);
  }
  return Buffer.concat(chunks, total);
}
